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

// After how many new cables an ingest into an archive that held
// `held_cables` when it began defers the indexes: a quarter of those held,
// and at least 1,000 (so a small ingest never rebuilds them, nor one that
// re-reads files already stored). Rebuilding costs in proportion to all
// cables, maintaining in proportion to the new ones; the quarter is a
// rule of thumb, measured only from an empty archive.
int64_t DeferIndexesAfter(int64_t held_cables);

// Drops the deferrable indexes present, recording them: inside the open
// transaction of `db` if there is one (the ingest's batch), else in one of
// its own.
Status DeferIndexes(Database& db);

// Which recorded indexes RestoreDeferredIndexes builds.
enum class RestoreIndexes {
  kAll,
  // All but those of the tables the link build rewrites (mentions,
  // person_variants): an ingest builds these while it computes the links,
  // the rest after writing them (link_build.h).
  kAllButLinkTables,
};

// Creates the recorded indexes `which` names and forgets their records, in
// one transaction (no other may be open); a no-op when none is recorded.
// *built (when given): how many were created.
Status RestoreDeferredIndexes(Database& db, int64_t* built = nullptr,
                              RestoreIndexes which = RestoreIndexes::kAll);

// The number of indexes recorded as deferred (0 when all are in place).
int64_t DeferredIndexCount(Database& db);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_DEFERRED_INDEXES_H_
