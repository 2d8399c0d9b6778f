// Deferred indexes (deferred_indexes.h): what a large ingest drops comes
// back exactly as it was, also after an ingest killed in between.
#include "archive/deferred_indexes.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "archive/archive_reader.h"
#include "archive/searcher.h"
#include "archive/store.h"
#include "archive_test_records.h"
#include "archive_test_support.h"
#include "test_support.h"

namespace cablescope::archive {
namespace {

// Every index of the archive with its definition, one per line.
std::string IndexDefinitions(Database& db) {
  Statement q;
  EXPECT_TRUE(db.Prepare("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                         "ORDER BY name", &q).ok());
  std::string out;
  while (q.Step()) out += q.String(0) + "\n";
  return out;
}

int64_t IndexCount(Database& db) {
  return QueryInt(db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
}

std::unique_ptr<ArchiveWriter> SeedWriter(std::string* path) {
  *path = (testing::TempDir() / "cables.db").string();
  std::unique_ptr<ArchiveWriter> w;
  EXPECT_TRUE(ArchiveWriter::Open(*path, &w).ok());
  testing::PutAll(w.get(), {testing::UsunRecord(), testing::IslamabadRecord()});
  return w;
}

int64_t Total(const std::string& path, const std::string& query) {
  std::unique_ptr<ArchiveReader> reader;
  EXPECT_TRUE(ArchiveReader::Open(path, &reader).ok());
  Searcher searcher(reader.get());
  SearchRequest req;
  req.query = query;
  SearchResult res;
  Status s = searcher.Search(req, &res);
  EXPECT_TRUE(s.ok()) << s.message();
  return res.total;
}

TEST(DeferredIndexes, RestoredAsTheyWere) {
  std::string path;
  auto w = SeedWriter(&path);
  Database& db = w->db();
  const std::string before = IndexDefinitions(db);
  const int64_t count = IndexCount(db);
  ASSERT_TRUE(DeferIndexes(db).ok());
  EXPECT_EQ(DeferredIndexCount(db), 9);
  EXPECT_EQ(IndexCount(db), count - 9);
  EXPECT_NE(before.find("tags_tag: CREATE INDEX"), std::string::npos);
  EXPECT_EQ(IndexDefinitions(db).find("tags_tag"), std::string::npos);
  // Searches stay right without them, only slower.
  EXPECT_EQ(Total(path, "tag:KNNP"), 1);
  EXPECT_EQ(Total(path, "route:RUEHBUL"), 2);
  EXPECT_EQ(Total(path, "to:RUCNIRA"), 1);
  // Cables stored meanwhile are in the indexes once they are back.
  testing::PutAll(w.get(), {testing::SyntheticRecord(7, "synthetic.jsonl")});
  ASSERT_TRUE(RestoreDeferredIndexes(db).ok());
  EXPECT_EQ(DeferredIndexCount(db), 0);
  EXPECT_EQ(IndexDefinitions(db), before);
  Statement check;
  ASSERT_TRUE(db.Prepare("PRAGMA integrity_check", &check).ok());
  ASSERT_TRUE(check.Step());
  EXPECT_EQ(check.String(0), "ok");
  EXPECT_EQ(Total(path, "tag:KNNP"), 1);
}

// An ingest killed after deferring: the next one finds the indexes gone and
// their records kept, defers again (nothing left to drop), and restores all.
TEST(DeferredIndexes, SurviveADeferralTwice) {
  std::string path;
  auto w = SeedWriter(&path);
  Database& db = w->db();
  const std::string before = IndexDefinitions(db);
  ASSERT_TRUE(DeferIndexes(db).ok());
  w.reset();
  std::unique_ptr<ArchiveWriter> again;
  ASSERT_TRUE(ArchiveWriter::Open(path, &again).ok());
  EXPECT_EQ(DeferredIndexCount(again->db()), 9);
  ASSERT_TRUE(DeferIndexes(again->db()).ok());
  EXPECT_EQ(DeferredIndexCount(again->db()), 9);
  ASSERT_TRUE(RestoreDeferredIndexes(again->db()).ok());
  EXPECT_EQ(IndexDefinitions(again->db()), before);
  // Restoring with nothing deferred changes nothing.
  ASSERT_TRUE(RestoreDeferredIndexes(again->db()).ok());
  EXPECT_EQ(IndexDefinitions(again->db()), before);
}

// Inside the ingest's open batch, the drop is part of it: rolled back with
// the batch (a killed ingest), nothing is dropped and nothing recorded.
TEST(DeferredIndexes, PartOfTheOpenTransaction) {
  std::string path;
  auto w = SeedWriter(&path);
  Database& db = w->db();
  const std::string before = IndexDefinitions(db);
  ASSERT_TRUE(db.Exec("BEGIN IMMEDIATE").ok());
  ASSERT_TRUE(DeferIndexes(db).ok());
  EXPECT_EQ(DeferredIndexCount(db), 9);
  ASSERT_TRUE(db.Exec("ROLLBACK").ok());
  EXPECT_EQ(DeferredIndexCount(db), 0);
  EXPECT_EQ(IndexDefinitions(db), before);
}

TEST(DeferredIndexes, OnlyAfterManyNewCables) {
  EXPECT_EQ(DeferIndexesAfter(0), 1000);          // a new archive: after the first thousand
  EXPECT_EQ(DeferIndexesAfter(2000), 1000);
  EXPECT_EQ(DeferIndexesAfter(251287), 62821);    // into Cablegate: a quarter as many again
}

}  // namespace
}  // namespace cablescope::archive
