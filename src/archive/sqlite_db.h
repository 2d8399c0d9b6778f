// Thin RAII handles over SQLite's C API: a connection and a prepared
// statement. They add nothing but ownership and Status-returning calls, so
// that the rest of src/archive reads like the SQL it runs.
//
// A Database (and its Statements) belongs to one thread at a time; SQLite is
// built thread-safe, but a connection is not shared by cablescope. Several
// connections to one file may be used from different threads or processes:
// the archive runs in WAL mode, so readers see the last committed state while
// one writer writes.
#ifndef CABLESCOPE_ARCHIVE_SQLITE_DB_H_
#define CABLESCOPE_ARCHIVE_SQLITE_DB_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "archive/status.h"

namespace cablescope::archive {

// The page size of a new archive (Database::Open, kReadWriteCreate). An
// existing archive keeps the size it was created with.
inline constexpr int kNewArchivePageSize = 32768;

// A prepared statement. Move-only. Bind indexes are 1-based, column indexes
// 0-based, as in SQLite.
class Statement {
 public:
  Statement() = default;
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~Statement();
  Statement(Statement&& other) noexcept : stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool valid() const { return stmt_ != nullptr; }

  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, std::string_view value);  // copied by SQLite
  Statement& BindBlob(int index, std::string_view bytes);  // copied by SQLite
  Statement& BindDouble(int index, double value);
  Statement& BindOptional(int index, const std::string* value);  // null when nullptr
  // Not copied: `value` must stay alive and unchanged until the statement's
  // next Reset (never a temporary). For the ingest's large values (bodies,
  // records, postings), whose copy and its allocation were a tenth of the
  // writer thread's time.
  Statement& BindUncopied(int index, std::string_view value);
  Statement& BindUncopiedBlob(int index, std::string_view bytes);
  Statement& BindUncopiedOptional(int index, const std::string* value);  // null when nullptr
  Statement& BindNull(int index);

  // Runs one step: true when a row is available. On error or completion
  // returns false; `status()` then tells which.
  bool Step();
  // Runs to completion (for statements without result rows).
  Status Run();
  // Resets for a new execution and clears bindings.
  void Reset();
  // The outcome of the last Step/Run.
  Status status() const;

  bool IsNull(int column) const;
  int64_t Int(int column) const;
  double Double(int column) const;
  std::string_view Text(int column) const;  // valid until the next Step/Reset
  std::string_view Blob(int column) const;  // likewise
  std::string String(int column) const { return std::string(Text(column)); }

 private:
  // Binds text or a blob, copied by SQLite or not (BindUncopied).
  Statement& BindBytes(int index, std::string_view bytes, bool text, bool copy);

  sqlite3_stmt* stmt_ = nullptr;
  int last_rc_ = SQLITE_OK;
};

// An open connection.
class Database {
 public:
  enum class Mode { kReadOnly, kReadWriteCreate };

  // Opens `path`. kReadWriteCreate creates the file if needed. Sets WAL mode
  // (read-write only), a busy timeout so readers and a writer wait for each
  // other instead of failing, and synchronous=NORMAL (with WAL, a commit is
  // durable against a killed process; only a power cut may lose the last
  // commits, never consistency). On failure *out is empty and the status
  // says why.
  static Status Open(const std::string& path, Mode mode, std::unique_ptr<Database>* out);

  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements without results.
  Status Exec(std::string_view sql);
  // Prepares one statement; on failure *out is invalid.
  Status Prepare(std::string_view sql, Statement* out);
  // The status of the connection's last error, prefixed with `context`.
  Status Error(std::string_view context) const;

  int64_t LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }
  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

  sqlite3* db_;
  std::string path_;
};

// Runs `body` (returning Status) in a write transaction of its own:
// committed when it succeeds, rolled back when not.
template <class Body>
Status InWriteTransaction(Database& db, Body body) {
  Status s = db.Exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  s = body();
  if (!s.ok()) {
    db.Exec("ROLLBACK");
    return s;
  }
  return db.Exec("COMMIT");
}

// Helper: runs `sql` (one statement, no binds) and returns its first column
// of the first row as an integer, or `fallback` when there is no row.
int64_t QueryInt(Database& db, std::string_view sql, int64_t fallback = 0);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_SQLITE_DB_H_
