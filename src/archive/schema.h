// The archive's SQL schema: DDL, the schema version and migrations.
//
// The archive is one SQLite file that any SQLite tool can open. Its tables
// are normalised so that a person can query them with SQL (see
// docs/ARCHIVE.md); the FTS5 tables are an implementation detail of the
// searcher and may change between schema versions.
//
// The schema version lives in `PRAGMA user_version`. A writer migrates an
// older archive forward; a reader refuses a version it does not know.
#ifndef CABLESCOPE_ARCHIVE_SCHEMA_H_
#define CABLESCOPE_ARCHIVE_SCHEMA_H_

#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

inline constexpr int kSchemaVersion = 5;

// Creates the schema in an empty database, or migrates an older one to
// kSchemaVersion, in one transaction. Fails with kSchema for a database
// newer than this code or one that is not a cablescope archive.
Status EnsureSchema(Database& db);

// Checks that `db` holds an archive this code can read.
Status CheckSchema(Database& db);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_SCHEMA_H_
