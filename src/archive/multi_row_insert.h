// Inserts rows of one table (a cable's recipients, tags, paragraphs ...;
// the link build's persons and citation rows) with multi-row statements:
// `INSERT OR FAIL INTO t(a, b) VALUES (?, ?), (?, ?), ...`, up to kMaxRows
// rows an execution.
//
// Why: SQLite pays a fixed cost for each execution of a statement (the
// step machinery, opening the table's and its indexes' cursors, a fresh
// record buffer), and Debian builds it without lookaside memory, so each
// of those allocations is a malloc and a free. An ingest inserts ~30 child
// rows a cable and the link build ~2.5 million people's rows at 251,287
// cables, one statement a row before; with up to 16 rows a statement the
// ingest's inserts of a cable's child rows took 31% fewer instructions and
// the people's write 38% fewer (callgrind, docs/PERFORMANCE.md, session
// 16). The rows go in in the same order, so rowids and the tables are as
// before.
//
// OR FAIL: a row that breaks a constraint stops the statement but leaves
// the rows before it. The default (ABORT) would undo them too, and for that
// SQLite opens a statement journal around every execution of a statement
// of several rows, with a bitmap of the whole file's pages: more than all
// it saved, at 2,000 cables already. The callers (the ingest, the link
// build) treat a failed insert as fatal and roll the whole transaction
// back, so the difference is never seen.
#ifndef CABLESCOPE_ARCHIVE_MULTI_ROW_INSERT_H_
#define CABLESCOPE_ARCHIVE_MULTI_ROW_INSERT_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

class MultiRowInsert {
 public:
  // The most rows of one execution: a cable's paragraphs, recipients and
  // relays run to ~10 each; longer lists take several executions.
  static constexpr size_t kMaxRows = 16;

  // What a row that breaks a constraint does: stop the statement (FAIL,
  // above), or go uninserted while the others go in (IGNORE). Neither needs
  // a statement journal.
  enum class OnConflict { kFail, kIgnore };

  // `table` is the table and the columns to fill (`tags(cable, position,
  // tag)`), `columns` their number.
  MultiRowInsert(std::string_view table, int columns, OnConflict on_conflict = OnConflict::kFail)
      : table_(table), columns_(columns), on_conflict_(on_conflict) {}

  // Inserts rows 0 .. n-1 in order; `bind(row, statement, first)` binds
  // row `row`'s columns at parameters first .. first + columns - 1. Values
  // bound uncopied must live until Insert returns. Stops at the first error.
  template <typename BindRow>
  Status Insert(Database& db, size_t n, BindRow&& bind) {
    for (size_t start = 0; start < n; start += kMaxRows) {
      const size_t rows = std::min(kMaxRows, n - start);
      Statement* q = nullptr;
      Status s = StatementFor(db, rows, &q);
      if (!s.ok()) return s;
      q->Reset();
      for (size_t k = 0; k < rows; ++k) bind(start + k, *q, 1 + static_cast<int>(k) * columns_);
      s = q->Run();
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
  // The statement of `rows` rows, prepared on first use.
  Status StatementFor(Database& db, size_t rows, Statement** out);

  std::string table_;
  int columns_;
  OnConflict on_conflict_;
  std::array<Statement, kMaxRows + 1> by_rows_;  // by_rows_[k]: k rows
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_MULTI_ROW_INSERT_H_
