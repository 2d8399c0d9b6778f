// Deferred indexes: a large ingest builds the archive's lookup indexes once
// at its end instead of inserting into them cable by cable.
//
// An ingest adds ~40 entries a cable to eight secondary indexes of the
// child tables (tags by tag, recipients by route and name, relays by route,
// ...) at keys scattered over them. Row by row that is a b-tree descent and
// a dirtied page per entry, re-written to the WAL batch after batch; CREATE
// INDEX over the finished tables sorts once. Measured at 50,000 cables: the
// writer thread 14.2 s -> 8.5 s without ten of them, which took 3.5 s to
// build, 2.6 s of it the two on the cables table, now kept
// (docs/PERFORMANCE.md, session 9).
//
// Only indexes no ingest step reads are deferred: the writer finds cables
// by id, versions by (cable, path, hash) and paragraphs by cable, all kept.
// While they are away, searches stay correct (SQLite scans instead), only
// `tag:`, `route:`, `to:`, `ref:`... queries are slower.
//
// Crash safety: DeferIndexes drops the indexes and records each one's
// CREATE statement (as sqlite_master has it) in archive_meta in one
// transaction; RestoreDeferredIndexes creates them and forgets the records
// in another. An ingest killed in between leaves the records, and the next
// ingest restores the indexes when it ends.
#ifndef CABLESCOPE_ARCHIVE_DEFERRED_INDEXES_H_
#define CABLESCOPE_ARCHIVE_DEFERRED_INDEXES_H_

#include <cstdint>

#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

// Whether an ingest of `input_bytes` of input into an archive holding
// `held_cables` should defer the indexes: when it brings about a quarter of
// the cables held or more (~8 KB of input a cable). Rebuilding costs in
// proportion to all cables, maintaining in proportion to the new ones.
bool ShouldDeferIndexes(int64_t held_cables, uint64_t input_bytes);

// Drops the deferrable indexes present, recording them. No open transaction
// on `db`.
Status DeferIndexes(Database& db);

// Creates every recorded index and forgets the records; a no-op when none
// is recorded. No open transaction on `db`.
Status RestoreDeferredIndexes(Database& db);

// The number of indexes recorded as deferred (0 when all are in place).
int64_t DeferredIndexCount(Database& db);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_DEFERRED_INDEXES_H_
