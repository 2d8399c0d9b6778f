// `para:` on the one full-text index: marked paragraphs are indexed under
// their marking's column (cable_text_values.h), so `para:M words` is a
// column filter. Cables here are parsed from text, so their paragraphs
// carry real offsets into the body.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "archive/archive_reader.h"
#include "archive/schema.h"
#include "archive/searcher.h"
#include "archive/store.h"
#include "archive/text_index_check.h"
#include "parse/cable_text.h"
#include "archive_test_support.h"
#include "test_support.h"

namespace cablescope::archive {
namespace {

Record Parsed(const std::string& id, const std::string& path, const std::string& text) {
  Record r;
  r.id = id;
  r.format = "telegram";
  r.source.path = path;
  r.source.format = "telegram";
  parse::ParseCableText(text, {}, &r);
  return r;
}

Record First(const std::string& path = "a.txt") {
  return Parsed("08TESTPOST1", path,
                "SUBJECT: A SYNTHETIC CABLE\n\n"
                "Classified By: Ambassador Quill for reasons 1.4 (b).\n\n"
                "1. (C) The minister spoke of walruses and boats.\n\n"
                "2. (S/NF) Missiles were moved at night.\n\n"
                "3. (LOU) An old marking here.\n\n"
                "QUILL\n");
}

Record Second() {
  return Parsed("08TESTPOST2", "a.txt",
                "SUBJECT: ANOTHER CABLE\n\n"
                "1. (S) Missiles again, and walruses in passing.\n\n"
                "2. (C) Boats only.\n\n"
                "FINCH\n");
}

using testing::StoreRecords;

std::vector<std::string> Ids(const std::string& path, const std::string& query) {
  std::unique_ptr<ArchiveReader> reader;
  Status s = ArchiveReader::Open(path, &reader);
  EXPECT_TRUE(s.ok()) << s.message();
  if (!s.ok()) return {};
  Searcher searcher(reader.get());
  SearchRequest req;
  req.query = query;
  req.sort = SortOrder::kDate;
  SearchResult res;
  s = searcher.Search(req, &res);
  EXPECT_TRUE(s.ok()) << query << ": " << s.message();
  std::vector<std::string> ids;
  for (const auto& h : res.hits) ids.push_back(h.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

using Strings = std::vector<std::string>;

void ExpectParaAnswers(const std::string& path) {
  EXPECT_EQ(Ids(path, "walruses"), (Strings{"08TESTPOST1", "08TESTPOST2"}));
  EXPECT_EQ(Ids(path, "para:C walruses"), Strings{"08TESTPOST1"});
  EXPECT_EQ(Ids(path, "para:S walruses"), Strings{"08TESTPOST2"});
  EXPECT_EQ(Ids(path, "para:S missiles"), (Strings{"08TESTPOST1", "08TESTPOST2"}));
  // S/NF: the S column, and a paragraph so marked.
  EXPECT_EQ(Ids(path, "para:S/NF missiles"), Strings{"08TESTPOST1"});
  EXPECT_EQ(Ids(path, "para:LOU marking"), Strings{"08TESTPOST1"});
  EXPECT_TRUE(Ids(path, "para:C missiles").empty());
  // Words outside every paragraph are found, but not under para:.
  EXPECT_EQ(Ids(path, "quill"), Strings{"08TESTPOST1"});
  EXPECT_TRUE(Ids(path, "para:C quill").empty());
  // Expressions stay inside the column: both words in C paragraphs.
  EXPECT_EQ(Ids(path, "para:C boats -walruses"), Strings{"08TESTPOST2"});
  EXPECT_EQ(Ids(path, "para:C (walruses OR finch)"), Strings{"08TESTPOST1"});
  EXPECT_EQ(Ids(path, "para:S \"moved at night\""), Strings{"08TESTPOST1"});
}

TEST(ParaSearch, OneIndexAnswersPara) {
  const std::string path = (cablescope::testing::TempDir() / "cables.db").string();
  StoreRecords(path, {First(), Second()});
  ExpectParaAnswers(path);
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM sqlite_master WHERE name = 'paragraph_text'"), 0);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM paragraphs WHERE text_start IS NULL"), 0);
  // The record read back keeps the offsets.
  CableView view;
  ASSERT_TRUE(reader->LoadCable("08TESTPOST1", false, &view).ok());
  EXPECT_NE(view.record_json.find("\"start\":"), std::string::npos) << view.record_json;
}

TEST(ParaSearch, RemergeDeletesTheOldWordsFromEveryColumn) {
  const std::string path = (cablescope::testing::TempDir() / "cables.db").string();
  StoreRecords(path, {First(), Second()});
  // A longer second source of the first cable: its body and paragraphs win.
  Record longer = Parsed("08TESTPOST1", "b.txt",
                         "SUBJECT: A SYNTHETIC CABLE\n\n"
                         "Classified By: Ambassador Quill for reasons 1.4 (b).\n\n"
                         "1. (C) The minister spoke of narwhals, at great length and in detail.\n\n"
                         "2. (S/NF) Rockets were moved at night, and more were said to follow.\n\n"
                         "3. (LOU) An old marking here, and a longer one than before.\n\n"
                         "QUILL\n");
  StoreRecords(path, {longer});
  EXPECT_TRUE(Ids(path, "para:C walruses").empty());
  EXPECT_EQ(Ids(path, "para:C narwhals"), Strings{"08TESTPOST1"});
  EXPECT_EQ(Ids(path, "para:S rockets"), Strings{"08TESTPOST1"});
  EXPECT_EQ(Ids(path, "para:S missiles"), Strings{"08TESTPOST2"});
  EXPECT_EQ(Ids(path, "walruses"), Strings{"08TESTPOST2"});
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  Status check = CheckTextIndex(*reader);
  EXPECT_TRUE(check.ok()) << check.message();
}

// Schema 5 back to 4: the paragraphs table with every text stored (the
// view's texts: for these one-line paragraphs, the parser's).
constexpr const char* kDowngradeToV4 =
    "CREATE TABLE paragraphs_v4(paragraph INTEGER PRIMARY KEY, cable INTEGER NOT NULL, position INTEGER NOT NULL,"
    "  number INTEGER NOT NULL, marking TEXT, text TEXT NOT NULL, text_start INTEGER, text_end INTEGER);"
    "INSERT INTO paragraphs_v4 SELECT * FROM paragraphs;"
    "DROP VIEW paragraphs; DROP TABLE paragraph_spans;"
    "ALTER TABLE paragraphs_v4 RENAME TO paragraphs;"
    "CREATE INDEX paragraphs_cable ON paragraphs(cable);";

// Turns the archive at `path` back into one of an older schema with
// `downgrade_sql`, checks that a reader refuses it, lets the next writer
// migrate it, and checks that the index answers as before.
void DowngradeAndMigrate(const std::string& path, const std::string& downgrade_sql) {
  {
    std::unique_ptr<Database> db;
    ASSERT_TRUE(Database::Open(path, Database::Mode::kReadWriteCreate, &db).ok());
    Status s = db->Exec(downgrade_sql);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  std::unique_ptr<ArchiveReader> old_reader;
  EXPECT_FALSE(ArchiveReader::Open(path, &old_reader).ok()) << "a reader does not migrate";
  StoreRecords(path, {});
  ExpectParaAnswers(path);
}

// Stores the two cables, turns the archive back into one of an older
// schema with `downgrade` (SQL), and lets the next writer migrate it: the
// index is built from the stored records and answers the same.
void ExpectMigrated(const char* downgrade) {
  const std::string path = (cablescope::testing::TempDir() / "cables.db").string();
  StoreRecords(path, {First(), Second()});
  DowngradeAndMigrate(path, std::string(kDowngradeToV4) +
                                "DROP TABLE text_postings; DROP TABLE text_docs; DROP TABLE text_segments;"
                                "ALTER TABLE cables DROP COLUMN markings;" + downgrade);
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  EXPECT_EQ(QueryInt(reader->db(), "PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM archive_meta WHERE key = 'reindex_text'"), 0);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM sqlite_master WHERE name = 'paragraph_text'"), 0);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM sqlite_master WHERE name = 'cable_text'"), 0);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM text_docs"), 2);
  Status check = CheckTextIndex(*reader);
  EXPECT_TRUE(check.ok()) << check.message();
}

// Schema 2: a second FTS5 index for paragraphs, no paragraph offsets.
TEST(ParaSearch, Version2ArchiveIsReindexed) {
  ExpectMigrated(
      "CREATE VIRTUAL TABLE cable_text USING fts5(id, subject, body, tags, content = '',"
      "  tokenize = 'unicode61 remove_diacritics 2');"
      "CREATE VIRTUAL TABLE paragraph_text USING fts5(text, content = '',"
      "  tokenize = 'unicode61 remove_diacritics 2');"
      "ALTER TABLE paragraphs DROP COLUMN text_end;"
      "ALTER TABLE paragraphs DROP COLUMN text_start;"
      "PRAGMA user_version = 2;");
}

// Schema 3: one FTS5 index, filled; the writer replaces it with its own.
TEST(ParaSearch, Version3ArchiveIsReindexed) {
  ExpectMigrated(
      "CREATE VIRTUAL TABLE cable_text USING fts5(id, subject, body, tags, m_u, m_sbu, m_c, m_s, m_ts,"
      "  m_other, content = '', tokenize = 'unicode61 remove_diacritics 2');"
      "INSERT INTO cable_text(rowid, body) SELECT cable, body FROM cables;"
      "PRAGMA user_version = 3;");
}

// Schema 4: paragraphs' texts all stored. The migration keeps them, and
// the records read back are the same; the cables stored after it store
// only the texts their bodies do not give.
TEST(ParaSearch, Version4ArchiveIsMigrated) {
  const std::string path = (cablescope::testing::TempDir() / "cables.db").string();
  StoreRecords(path, {First(), Second()});
  std::string before;
  {
    std::unique_ptr<ArchiveReader> reader;
    ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
    CableView view;
    ASSERT_TRUE(reader->LoadCable("08TESTPOST1", false, &view).ok());
    before = view.record_json;
  }
  DowngradeAndMigrate(path, std::string(kDowngradeToV4) + "PRAGMA user_version = 4;");
  {
    std::unique_ptr<ArchiveReader> reader;
    ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
    EXPECT_EQ(QueryInt(reader->db(), "PRAGMA user_version"), kSchemaVersion);
    CableView view;
    ASSERT_TRUE(reader->LoadCable("08TESTPOST1", false, &view).ok());
    EXPECT_EQ(view.record_json, before);
  }
  Record third = First();
  third.id = "08TESTPOST3";
  StoreRecords(path, {third});
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  // The five migrated paragraphs keep their texts; the new cable's three are
  // given by its body.
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM paragraph_spans WHERE text IS NOT NULL"), 5);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM paragraph_spans WHERE text IS NULL"), 3);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM paragraphs"), 8);
}

}  // namespace
}  // namespace cablescope::archive
