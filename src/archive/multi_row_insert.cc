#include "archive/multi_row_insert.h"

namespace cablescope::archive {

Status MultiRowInsert::StatementFor(Database& db, size_t rows, Statement** out) {
  Statement& q = by_rows_[rows];
  if (!q.valid()) {
    // Anonymous parameters, numbered in order: row k's first is k * columns + 1.
    std::string sql = on_conflict_ == OnConflict::kFail ? "INSERT OR FAIL INTO " : "INSERT OR IGNORE INTO ";
    sql += table_;
    sql += " VALUES ";
    for (size_t k = 0; k < rows; ++k) {
      sql += k == 0 ? "(" : ", (";
      for (int c = 0; c < columns_; ++c) sql += c == 0 ? "?" : ", ?";
      sql += ')';
    }
    Status s = db.Prepare(sql, &q);
    if (!s.ok()) return s;
  }
  *out = &q;
  return Status::Ok();
}

}  // namespace cablescope::archive
