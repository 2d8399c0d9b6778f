// The background checkpointer (wal_checkpointer.h): checkpoints happen off
// the writer's thread, and the WAL file is reused instead of growing.
#include "archive/wal_checkpointer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "test_support.h"

namespace cablescope::archive {
namespace {

namespace fs = std::filesystem;

class WalCheckpointerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (testing::TempDir() / "wal.db").string();
    ASSERT_TRUE(Database::Open(path_, Database::Mode::kReadWriteCreate, &db_).ok());
    ASSERT_TRUE(db_->Exec("CREATE TABLE t(x BLOB)").ok());
    ASSERT_TRUE(db_->Prepare("INSERT INTO t VALUES (randomblob(40000))", &insert_).ok());
  }

  // One transaction of a few pages.
  void Commit() {
    ASSERT_TRUE(db_->Exec("BEGIN IMMEDIATE").ok());
    insert_.Reset();
    ASSERT_TRUE(insert_.Run().ok());
    ASSERT_TRUE(db_->Exec("COMMIT").ok());
    ++rows_;
  }

  // One transaction of `rows` rows: many pages.
  void BigCommit(int rows) {
    ASSERT_TRUE(db_->Exec("BEGIN IMMEDIATE").ok());
    for (int i = 0; i < rows; ++i) {
      insert_.Reset();
      ASSERT_TRUE(insert_.Run().ok());
    }
    ASSERT_TRUE(db_->Exec("COMMIT").ok());
    rows_ += rows;
  }

  // Small commits until the checkpointer's thread has ended a round and
  // no commit has come after it: the copy of what came during its last
  // pass still waits for the next commit. Bounded in count and time;
  // false when that moment was not had.
  bool CommitUntilARoundWaits(WalCheckpointer& checkpointer) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    for (int i = 0; i < 4000 && std::chrono::steady_clock::now() < deadline; ++i) {
      const int64_t passes = checkpointer.background_passes();
      const int64_t tails = checkpointer.tail_passes();
      Commit();
      if (i >= 20) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      // The round ended after this commit's hook ran if the hook took no tail.
      if (checkpointer.background_passes() > passes && checkpointer.tail_passes() == tails) return true;
    }
    return false;
  }

  uintmax_t WalSize() const { return fs::file_size(path_ + "-wal"); }

  std::string path_;
  std::unique_ptr<Database> db_;
  Statement insert_;
  int64_t rows_ = 0;
};

TEST_F(WalCheckpointerTest, CheckpointsInTheBackgroundAndReusesTheWal) {
  std::unique_ptr<WalCheckpointer> checkpointer;
  ASSERT_TRUE(WalCheckpointer::Start(db_.get(), 16, &checkpointer).ok());
  // Commits until a background pass has run (bounded in count and time).
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  for (int i = 0; i < 2000 && checkpointer->background_passes() == 0; ++i) {
    Commit();
    if (std::chrono::steady_clock::now() > deadline) break;
    if (i >= 20) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ASSERT_GE(checkpointer->background_passes(), 1);
  // The next commit copies what came after the pass; the WAL then starts
  // over, so further commits do not make the file longer.
  Commit();
  EXPECT_GE(checkpointer->tail_passes(), 1);
  const uintmax_t size = WalSize();
  Commit();
  Commit();
  EXPECT_LE(WalSize(), size);
  checkpointer.reset();
  EXPECT_EQ(QueryInt(*db_, "SELECT count(*) FROM t"), rows_);
  Statement check;
  ASSERT_TRUE(db_->Prepare("PRAGMA integrity_check", &check).ok());
  ASSERT_TRUE(check.Step());
  EXPECT_EQ(check.String(0), "ok");
}

// A commit of many pages that comes after a round (a text-index segment in
// an ingest) is copied by the thread too, not by the writer's tail step;
// the tail then follows a small commit, and the WAL is reused.
TEST_F(WalCheckpointerTest, ABigCommitAfterARoundIsCopiedInTheBackground) {
  std::unique_ptr<WalCheckpointer> checkpointer;
  ASSERT_TRUE(WalCheckpointer::Start(db_.get(), 16, &checkpointer).ok());
  ASSERT_TRUE(CommitUntilARoundWaits(*checkpointer));
  const int64_t passes = checkpointer->background_passes();
  const int64_t tails = checkpointer->tail_passes();
  BigCommit(20);  // ~28 frames (32 KiB pages), more than half the threshold
  EXPECT_EQ(checkpointer->tail_passes(), tails);
  // The thread copies it without another commit (bounded wait).
  for (int i = 0; i < 2000 && checkpointer->background_passes() == passes; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_GT(checkpointer->background_passes(), passes);
  Commit();
  EXPECT_EQ(checkpointer->tail_passes(), tails + 1);
  const uintmax_t size = WalSize();
  Commit();
  EXPECT_LE(WalSize(), size);
  checkpointer.reset();
  EXPECT_EQ(QueryInt(*db_, "SELECT count(*) FROM t"), rows_);
}

// Below the threshold nothing is checkpointed: the WAL only grows.
TEST_F(WalCheckpointerTest, NothingBelowTheThreshold) {
  std::unique_ptr<WalCheckpointer> checkpointer;
  ASSERT_TRUE(WalCheckpointer::Start(db_.get(), 1000000, &checkpointer).ok());
  Commit();
  const uintmax_t size = WalSize();
  Commit();
  Commit();
  EXPECT_GT(WalSize(), size);
  EXPECT_EQ(checkpointer->background_passes(), 0);
  EXPECT_EQ(checkpointer->tail_passes(), 0);
}

}  // namespace
}  // namespace cablescope::archive
