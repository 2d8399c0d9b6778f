// How the archive avoids storing a cable's text many times: a version that
// is the merged record is not stored again (sources.record NULL), the
// merged record is stored without its body (cables.body has it), and the
// full-text tables are contentless (rows deleted by their old values).
// Each test checks that what is read back, and what search finds, is
// unchanged by this, also after a second version re-merges the cable.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "archive/archive_reader.h"
#include "archive/merge.h"
#include "archive/searcher.h"
#include "archive/sqlite_db.h"
#include "archive/store.h"
#include "archive/text_index_check.h"
#include "archive/stored_record.h"
#include "archive_test_records.h"
#include "archive_test_support.h"
#include "model/record_json.h"
#include "test_support.h"

namespace cablescope::archive {
namespace {

using testing::SyntheticRecord;
using testing::UsunRecord;

using testing::StoreRecords;

std::vector<std::string> Ids(ArchiveReader* reader, const std::string& query) {
  Searcher searcher(reader);
  SearchRequest req;
  req.query = query;
  req.sort = SortOrder::kDate;
  SearchResult res;
  Status s = searcher.Search(req, &res);
  EXPECT_TRUE(s.ok()) << query << ": " << s.message();
  std::vector<std::string> ids;
  for (const auto& h : res.hits) ids.push_back(h.id);
  return ids;
}

std::string Json(const Record& r) {
  std::string out;
  AppendRecordJson(r, &out);
  return out;
}

TEST(StoredRecord, BodyAndParagraphsAreTakenOutAndPutBackExactly) {
  const std::string body = "LINE \"QUOTED\"\n\tTAB \\ BACKSLASH, \"body\":null";
  Record r = UsunRecord();
  r.body = body;
  r.paragraphs.push_back({7, std::nullopt, "NESTED [BRACKETS] {AND} \"QUOTES\" \\"});
  MergedCable merged{r, {{"body", 1}}};
  std::string json;
  AppendMergedJson(merged, 1, &json);
  const std::string stored = StoredRecordJson(merged, 1);
  EXPECT_LT(stored.size(), json.size() - body.size());
  EXPECT_NE(stored.find(",\"body\":null,"), std::string::npos);
  EXPECT_NE(stored.find(",\"paragraphs\":null,"), std::string::npos);
  EXPECT_EQ(stored.find("NESTED"), std::string::npos);
  EXPECT_EQ(LoadedRecordJson(stored, &body, r.paragraphs), json);
  // No body, no paragraphs.
  merged.record.body.reset();
  merged.record.paragraphs.clear();
  json.clear();
  AppendMergedJson(merged, 1, &json);
  EXPECT_EQ(LoadedRecordJson(StoredRecordJson(merged, 1), nullptr, {}), json);
  // A stored record that does not match what is passed back is kept whole.
  Record other = r;
  other.paragraphs.push_back({1, "C", "TEXT"});
  EXPECT_EQ(LoadedRecordJson(Json(other), nullptr, {}), Json(other));
}

TEST(CompactStorage, OneVersionIsStoredOnce) {
  const std::string path = (cablescope::testing::TempDir() / "cables.db").string();
  const Record usun = UsunRecord();
  StoreRecords(path, {usun});
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM sources WHERE record IS NULL"), 1);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM cables WHERE record LIKE '%\"body\":null%' "
                                   "AND record LIKE '%\"paragraphs\":null%'"), 1);
  CableView view;
  ASSERT_TRUE(reader->LoadCable("09USUNNEWYORK589", true, &view).ok());
  ASSERT_EQ(view.versions.size(), 1u);
  EXPECT_EQ(view.versions[0].record_json, Json(usun));  // the version's own record, byte for byte
  EXPECT_EQ(SingleVersionJson(view.record_json), Json(usun));
  std::string by_row;
  ASSERT_TRUE(reader->LoadRecordJson(view.row, &by_row).ok());
  EXPECT_EQ(by_row, view.record_json);
  // Unchanged on a second ingest.
  StoreRecords(path, {usun});
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM sources"), 1);
}

TEST(CompactStorage, RemergeKeepsVersionsAndSearchRight) {
  const std::string path = (cablescope::testing::TempDir() / "cables.db").string();
  Record first = SyntheticRecord(1, "a.txt");  // para (C)
  first.paragraphs[0].text = "The ZANZIBAR talks went on.";
  first.body = "1. (C) " + first.paragraphs[0].text + "\n";
  Record other = SyntheticRecord(2, "a.txt");
  StoreRecords(path, {first, other});

  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  EXPECT_EQ(Ids(reader.get(), "zanzibar"), std::vector<std::string>{"08TESTPOST1"});
  EXPECT_EQ(Ids(reader.get(), "para:C zanzibar"), std::vector<std::string>{"08TESTPOST1"});

  // A second source with a longer text, without ZANZIBAR: the merge takes
  // its body and paragraphs.
  Record second = first;
  second.source.path = "b.txt";
  second.paragraphs[0].text = "The QUOKKA talks went on for a long time, longer than before.";
  second.body = "1. (C) " + second.paragraphs[0].text + "\n";
  StoreRecords(path, {second});

  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  EXPECT_EQ(Ids(reader.get(), "quokka"), std::vector<std::string>{"08TESTPOST1"});
  EXPECT_EQ(Ids(reader.get(), "para:C quokka"), std::vector<std::string>{"08TESTPOST1"});
  EXPECT_TRUE(Ids(reader.get(), "zanzibar").empty());
  EXPECT_TRUE(Ids(reader.get(), "para:C zanzibar").empty());
  EXPECT_EQ(Ids(reader.get(), "harvest"), std::vector<std::string>{"08TESTPOST2"});
  EXPECT_EQ(Ids(reader.get(), "subject:synthetic"), (std::vector<std::string>{"08TESTPOST1", "08TESTPOST2"}));

  CableView view;
  ASSERT_TRUE(reader->LoadCable("08TESTPOST1", true, &view).ok());
  ASSERT_EQ(view.versions.size(), 2u);
  EXPECT_EQ(view.versions[0].record_json, Json(first));  // written out when the merge changed
  EXPECT_EQ(view.versions[1].record_json, Json(second));
  EXPECT_NE(view.record_json.find("QUOKKA"), std::string::npos);
  EXPECT_EQ(view.record_json.find("ZANZIBAR"), std::string::npos);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM sources WHERE record IS NULL"), 1);  // 08TESTPOST2
  // The text index holds the new merged record's words, not the old ones.
  Status check = CheckTextIndex(*reader);
  EXPECT_TRUE(check.ok()) << check.message();
}

// A new archive gets 32 KiB pages (sqlite_db.cc): a cables row of ~10.7 KB
// then overflows less. An archive made with 16 KiB pages, as cablescope
// made them before, keeps its page size and takes new cables, and search
// and the text index read it as before.
TEST(CompactStorage, NewArchiveHas32KiBPagesAndAnOlderOneKeepsItsOwn) {
  std::vector<Record> records = {UsunRecord()};
  for (int n = 1; n <= 300; ++n) records.push_back(SyntheticRecord(n, "synthetic.txt"));

  const std::string fresh = (cablescope::testing::TempDir() / "fresh.db").string();
  StoreRecords(fresh, records);
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(fresh, &reader).ok());
  EXPECT_EQ(QueryInt(reader->db(), "PRAGMA page_size"), kNewArchivePageSize);

  // The older file: its first page written with 16 KiB pages, in WAL mode.
  const std::string older = (cablescope::testing::TempDir() / "older.db").string();
  sqlite3* h = nullptr;
  ASSERT_EQ(sqlite3_open(older.c_str(), &h), SQLITE_OK);
  const int rc = sqlite3_exec(h,
                              "PRAGMA page_size=16384; PRAGMA journal_mode=WAL;"
                              "CREATE TABLE scratch(x); DROP TABLE scratch;",
                              nullptr, nullptr, nullptr);
  sqlite3_close(h);
  ASSERT_EQ(rc, SQLITE_OK);
  StoreRecords(older, records);
  StoreRecords(older, {SyntheticRecord(301, "later.txt")});  // a second ingest into it
  std::unique_ptr<ArchiveReader> old_reader;
  ASSERT_TRUE(ArchiveReader::Open(older, &old_reader).ok());
  EXPECT_EQ(QueryInt(old_reader->db(), "PRAGMA page_size"), 16384);
  EXPECT_EQ(QueryInt(old_reader->db(), "SELECT count(*) FROM cables"), 302);
  const std::string phrase = "\"without any preconditions\"";
  EXPECT_EQ(Ids(old_reader.get(), phrase), std::vector<std::string>{"09USUNNEWYORK589"});
  EXPECT_EQ(Ids(old_reader.get(), phrase), Ids(reader.get(), phrase));
  const std::vector<std::string> harvest = Ids(old_reader.get(), "harvest topic3");
  EXPECT_FALSE(harvest.empty());
  EXPECT_EQ(harvest, Ids(reader.get(), "harvest topic3"));
  EXPECT_EQ(Ids(old_reader.get(), "id:08TESTPOST301"), std::vector<std::string>{"08TESTPOST301"});
  Status check = CheckTextIndex(*old_reader);
  EXPECT_TRUE(check.ok()) << check.message();
}

}  // namespace
}  // namespace cablescope::archive
