// Multi-row inserts (multi_row_insert.h): every row goes in, in order,
// however many rows and however they split into statements; a broken
// constraint is an error.
#include "archive/multi_row_insert.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace cablescope::archive {
namespace {

class MultiRowInsertTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Database::Open(":memory:", Database::Mode::kReadWriteCreate, &db_).ok());
    // A rowid table: the rowids show the order the rows went in.
    ASSERT_TRUE(db_->Exec("CREATE TABLE t(cable INTEGER NOT NULL, position INTEGER NOT NULL, "
                          "word TEXT NOT NULL, UNIQUE(cable, position))")
                    .ok());
  }

  // Inserts words[0..] as cable `cable`'s rows; the word at `null_at`
  // (when in range) as NULL, which the table refuses.
  Status Insert(MultiRowInsert& insert, int64_t cable, const std::vector<std::string>& words,
                size_t null_at = SIZE_MAX) {
    return insert.Insert(*db_, words.size(), [&](size_t k, Statement& q, int i) {
      q.Bind(i, cable).Bind(i + 1, static_cast<int64_t>(k));
      if (k == null_at) q.BindNull(i + 2);
      else q.BindUncopied(i + 2, words[k]);
    });
  }

  // Rows of `cable` as "rowid:position:word", in rowid order.
  std::vector<std::string> Rows(int64_t cable) {
    Statement q;
    EXPECT_TRUE(db_->Prepare("SELECT rowid, position, word FROM t WHERE cable = ?1 ORDER BY rowid", &q).ok());
    q.Bind(1, cable);
    std::vector<std::string> out;
    while (q.Step()) out.push_back(std::to_string(q.Int(0)) + ":" + std::to_string(q.Int(1)) + ":" + q.String(2));
    return out;
  }

  std::unique_ptr<Database> db_;
};

TEST_F(MultiRowInsertTest, EveryCountGoesInWholeAndInOrder) {
  MultiRowInsert insert("t(cable, position, word)", 3);
  // Around the statement size: none, one, a full statement, one over, several.
  const size_t m = MultiRowInsert::kMaxRows;
  int64_t rowid = 0;
  for (size_t n : {size_t{0}, size_t{1}, size_t{5}, m - 1, m, m + 1, 2 * m + 3}) {
    const int64_t cable = static_cast<int64_t>(n) + 100;
    std::vector<std::string> words, want;
    for (size_t k = 0; k < n; ++k) {
      words.push_back("w" + std::to_string(n) + "-" + std::to_string(k));
      want.push_back(std::to_string(++rowid) + ":" + std::to_string(k) + ":" + words.back());
    }
    ASSERT_TRUE(Insert(insert, cable, words).ok()) << n << " rows";
    EXPECT_EQ(Rows(cable), want) << n << " rows";
  }
}

TEST_F(MultiRowInsertTest, ABrokenConstraintIsAnError) {
  MultiRowInsert insert("t(cable, position, word)", 3);
  const std::vector<std::string> words = {"a", "b", "c", "d"};
  ASSERT_TRUE(Insert(insert, 1, words).ok());
  // The same keys again: UNIQUE(cable, position).
  EXPECT_FALSE(Insert(insert, 1, words).ok());
  // NOT NULL, in the middle of a statement, and in a statement after a full one.
  EXPECT_FALSE(Insert(insert, 2, words, 2).ok());
  std::vector<std::string> many(MultiRowInsert::kMaxRows + 2, "x");
  EXPECT_FALSE(Insert(insert, 3, many, MultiRowInsert::kMaxRows + 1).ok());
  // The statements still work afterwards.
  EXPECT_TRUE(Insert(insert, 4, words).ok());
  EXPECT_EQ(Rows(4).size(), words.size());
}

}  // namespace
}  // namespace cablescope::archive
