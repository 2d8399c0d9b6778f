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
