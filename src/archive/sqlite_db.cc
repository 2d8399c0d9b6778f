#include "archive/sqlite_db.h"

#include <string>

namespace cablescope::archive {

Statement::~Statement() {
  if (stmt_ != nullptr) sqlite3_finalize(stmt_);
}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    if (stmt_ != nullptr) sqlite3_finalize(stmt_);
    stmt_ = other.stmt_;
    last_rc_ = other.last_rc_;
    other.stmt_ = nullptr;
  }
  return *this;
}

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::BindBytes(int index, std::string_view bytes, bool text, bool copy) {
  sqlite3_destructor_type keep = copy ? SQLITE_TRANSIENT : SQLITE_STATIC;
  if (text) sqlite3_bind_text64(stmt_, index, bytes.data(), bytes.size(), keep, SQLITE_UTF8);
  else sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), keep);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view value) { return BindBytes(index, value, true, true); }

Statement& Statement::BindBlob(int index, std::string_view bytes) { return BindBytes(index, bytes, false, true); }

Statement& Statement::BindDouble(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::BindOptional(int index, const std::string* value) {
  if (value == nullptr) return BindNull(index);
  return Bind(index, std::string_view(*value));
}

Statement& Statement::BindUncopied(int index, std::string_view value) {
  return BindBytes(index, value, true, false);
}

Statement& Statement::BindUncopiedBlob(int index, std::string_view bytes) {
  return BindBytes(index, bytes, false, false);
}

Statement& Statement::BindUncopiedOptional(int index, const std::string* value) {
  if (value == nullptr) return BindNull(index);
  return BindUncopied(index, std::string_view(*value));
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

bool Statement::Step() {
  last_rc_ = sqlite3_step(stmt_);
  return last_rc_ == SQLITE_ROW;
}

Status Statement::Run() {
  while (Step()) {
  }
  Status s = status();
  sqlite3_reset(stmt_);
  return s;
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  last_rc_ = SQLITE_OK;
}

Status Statement::status() const {
  if (last_rc_ == SQLITE_OK || last_rc_ == SQLITE_ROW || last_rc_ == SQLITE_DONE) return Status::Ok();
  sqlite3* db = sqlite3_db_handle(stmt_);
  return Status::IoError(std::string("sqlite: ") + sqlite3_errmsg(db));
}

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::Double(int column) const { return sqlite3_column_double(stmt_, column); }

std::string_view Statement::Text(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (p == nullptr) return {};
  return std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string_view Statement::Blob(int column) const {
  const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
  if (p == nullptr) return {};
  return std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

Status Database::Open(const std::string& path, Mode mode, std::unique_ptr<Database>* out) {
  // SQLite's memory statistics (on by default) take a global mutex around
  // every allocation of every connection; nothing here reads them. Set once,
  // before SQLite initialises (a later call is refused, harmlessly).
  [[maybe_unused]] static const bool statistics_off = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
  out->reset();
  int flags = SQLITE_OPEN_NOMUTEX;
  flags |= mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY
                                   : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    if (raw != nullptr) sqlite3_close(raw);
    if (mode == Mode::kReadOnly && rc == SQLITE_CANTOPEN) {
      return Status::NotFound("no archive at " + path + " (run `cablescope ingest` first)");
    }
    return Status::IoError("cannot open " + path + ": " + msg);
  }
  std::unique_ptr<Database> db(new Database(raw, path));
  sqlite3_busy_timeout(raw, 30000);
  sqlite3_extended_result_codes(raw, 0);
  if (mode == Mode::kReadWriteCreate) {
    // 32 KiB pages for a new file (a no-op on an existing one, which keeps
    // its size). Each page is its own WAL frame and write call; with 4 KiB
    // pages those calls and the page headers were a third of the writer's
    // time (docs/PERFORMANCE.md, session 3). 32 KiB halves the write calls
    // again, and a cables row (~10.7 KB) overflows less: at 251,287 cables
    // the archive is 5.68 -> 5.51 GB and the first search loads its
    // columns ~13% faster, queries otherwise unchanged; the ingest's time
    // moved within the machine's drift. 64 KiB gave 5.27 GB but `person:`
    // queries ~40% slower (session 19). Must come before WAL mode is set.
    Status s = db->Exec("PRAGMA page_size=" + std::to_string(kNewArchivePageSize) +
                        "; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    if (!s.ok()) return s;
  }
  Status s = db->Exec("PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;");
  if (!s.ok()) return s;
  if (mode == Mode::kReadOnly) {
    // Readers map the file: the full-text index's posting blobs span many
    // overflow pages (a common word's positions are ~5 MB at Cablegate
    // size), and a read call per page was most of a phrase query's time.
    // SQLite caps the map at its compile-time maximum (2 GB in Debian's
    // build) and reads overflow pages past it without its page cache, so a
    // bigger cache_size does not help (measured); the Searcher keeps hot
    // postings itself (posting_cache.h).
    s = db->Exec("PRAGMA mmap_size=68719476736;");
    if (!s.ok()) return s;
  }
  *out = std::move(db);
  return Status::Ok();
}

Database::~Database() { sqlite3_close_v2(db_); }

Status Database::Exec(std::string_view sql) {
  std::string text(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err != nullptr ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    return Status::IoError(path_ + ": " + msg);
  }
  return Status::Ok();
}

Status Database::Prepare(std::string_view sql, Statement* out) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    *out = Statement();
    return Error("prepare");
  }
  *out = Statement(stmt);
  return Status::Ok();
}

Status Database::Error(std::string_view context) const {
  return Status::IoError(path_ + ": " + std::string(context) + ": " + sqlite3_errmsg(db_));
}

int64_t QueryInt(Database& db, std::string_view sql, int64_t fallback) {
  Statement st;
  if (!db.Prepare(sql, &st).ok()) return fallback;
  if (!st.Step()) return fallback;
  return st.IsNull(0) ? fallback : st.Int(0);
}

}  // namespace cablescope::archive
