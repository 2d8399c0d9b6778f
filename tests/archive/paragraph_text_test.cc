// A paragraph's text is stored only when its span of the body does not give
// it (archive/paragraph_text.h, schema 5); readers give it back either way.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "archive/archive_reader.h"
#include "archive/merge.h"
#include "archive/paragraph_text.h"
#include "archive/record_decode.h"
#include "archive/searcher.h"
#include "archive/store.h"
#include "parse/cable_text.h"
#include "parse/paragraphs.h"
#include "archive_test_support.h"
#include "test_support.h"

namespace cablescope::archive {
namespace {

Record Parsed(const std::string& id, const std::string& text) {
  Record r;
  r.id = id;
  r.format = "telegram";
  r.source.path = "p.txt";
  r.source.format = "telegram";
  parse::ParseCableText(text, {}, &r);
  return r;
}

// Paragraphs broken over lines, with double spaces and a framed title:
// the text the parser folds is not the span as it lies.
Record Wrapped() {
  return Parsed("08TESTPOST7",
                "SUBJECT: WRAPPED LINES\n\n"
                "1. (C) The minister spoke of walruses  and boats,\n"
                "at great length, and of the sea.\n\n"
                "2. (S) Missiles were moved\n"
                "at night.\n\n"
                "-----------\n"
                "A Title\n"
                "-----------\n\n"
                "3. (U) The end.\n\n"
                "QUILL\n");
}

TEST(ParagraphText, TheBodyGivesWhatTheParserFolded) {
  const Record r = Wrapped();
  ASSERT_EQ(r.paragraphs.size(), 3u);
  EXPECT_EQ(ParagraphTextsFromBody(r), "111");
  for (const Paragraph& p : r.paragraphs) {
    std::string text;
    parse::AppendParagraphText(*r.body, p.start, p.end, &text);
    EXPECT_EQ(text, p.text);
  }
}

TEST(ParagraphText, NotGivenWhenTheTextIsAnotherOrHasNoSpan) {
  Record r = Wrapped();
  r.paragraphs[0].text = "Another text altogether.";
  r.paragraphs[1].start = r.paragraphs[1].end = 0;
  EXPECT_EQ(ParagraphTextsFromBody(r), "001");
  r.body.reset();
  EXPECT_EQ(ParagraphTextsFromBody(r), "000");
}

// The parser's fingerprint spares the second fold only while text and
// span are as it left them: a body changed inside a span, or a text changed,
// is folded and compared again.
TEST(ParagraphText, TheParsersFingerprintHoldsOnlyWhileTextAndSpanAreAsParsed) {
  Record r = Wrapped();
  for (const Paragraph& p : r.paragraphs) EXPECT_NE(p.fold_check, 0u);
  EXPECT_EQ(ParagraphTextsFromBody(r), "111");
  const size_t at = r.body->find("walruses");
  ASSERT_NE(at, std::string::npos);
  (*r.body)[at] = 'W';  // inside the first paragraph's span; its text still says `walruses`
  EXPECT_EQ(ParagraphTextsFromBody(r), "011");
  r.paragraphs[0].text[r.paragraphs[0].text.find("walruses")] = 'W';  // the text says what the body does
  EXPECT_EQ(ParagraphTextsFromBody(r), "111");
  r.paragraphs[2].text += " More.";
  EXPECT_EQ(ParagraphTextsFromBody(r), "110");
}

std::vector<Paragraph> LoadedParagraphs(ArchiveReader* reader, const std::string& id) {
  CableView view;
  Status s = reader->LoadCable(id, false, &view);
  EXPECT_TRUE(s.ok()) << s.message();
  Record r;
  s = DecodeRecordJson(view.record_json, &r);
  EXPECT_TRUE(s.ok()) << s.message();
  return r.paragraphs;
}

TEST(ParagraphText, StoredOnlyWhenTheBodyDoesNotGiveItAndReadBackAlike) {
  const std::string path = (cablescope::testing::TempDir() / "cables.db").string();
  Record given = Wrapped();
  Record other = Parsed("08TESTPOST8", "SUBJECT: OTHER\n\n1. (C) Boats only.\n\n2. (S) Missiles.\n\nFINCH\n");
  other.paragraphs[1].text = "Not what the body says.";
  testing::StoreRecords(path, {given, other});
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM paragraph_spans WHERE text IS NULL"), 4);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM paragraph_spans WHERE text = 'Not what the body says.'"), 1);
  for (const Record* r : {&given, &other}) {
    const std::vector<Paragraph> loaded = LoadedParagraphs(reader.get(), *r->id);
    ASSERT_EQ(loaded.size(), r->paragraphs.size());
    for (size_t i = 0; i < loaded.size(); ++i) {
      EXPECT_EQ(loaded[i].text, r->paragraphs[i].text) << *r->id << " " << i;
      EXPECT_EQ(loaded[i].start, r->paragraphs[i].start);
      EXPECT_EQ(loaded[i].end, r->paragraphs[i].end);
    }
  }
  // The view keeps the table SQL users had: every paragraph, a text for each
  // (the span's lines joined where none is stored).
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM paragraphs"), 5);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM paragraphs WHERE text IS NULL OR text = ''"), 0);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM paragraphs WHERE text = 'Boats only.'"), 1);
  // (Its span runs on over the framed title, which the record's text leaves out.)
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM paragraphs WHERE text LIKE 'Missiles were moved at night.  ----%'"),
            1);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM paragraphs WHERE text = 'Not what the body says.'"), 1);
}

// `para:` snippets come from the paragraph with the marking, its text
// folded from the body when not stored.
TEST(ParagraphText, ParaSnippetsAreTheParagraphsText) {
  const std::string path = (cablescope::testing::TempDir() / "cables.db").string();
  testing::StoreRecords(path, {Wrapped()});
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  ASSERT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM paragraph_spans WHERE text IS NULL"), 3);
  Searcher searcher(reader.get());
  SearchRequest req;
  req.query = "para:S night";
  SearchResult res;
  ASSERT_TRUE(searcher.Search(req, &res).ok());
  ASSERT_EQ(res.hits.size(), 1u);
  EXPECT_EQ(res.hits[0].snippet.text, "Missiles were moved at night");
  ASSERT_EQ(res.hits[0].snippet.highlights.size(), 1u);
}

// A cable stored again under another version whose body differs: the
// merged record's paragraphs and body come from different versions, and
// what the body does not give is stored.
TEST(ParagraphText, AMergeOfTwoBodiesReadsBackTheMergedParagraphs) {
  const std::string path = (cablescope::testing::TempDir() / "cables.db").string();
  Record first = Wrapped();
  Record second = Wrapped();
  second.source.path = "q.txt";
  second.body = *second.body + "\nA LATER LINE\n";
  second.paragraphs[2].text = "The end, as the second source has it.";
  testing::StoreRecords(path, {first});
  testing::StoreRecords(path, {second});
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  CableView view;
  ASSERT_TRUE(reader->LoadCable("08TESTPOST7", false, &view).ok());
  Record merged;
  ASSERT_TRUE(DecodeRecordJson(view.record_json, &merged).ok());
  // What merging the two versions in memory gives, body and paragraphs.
  const MergedCable want = MergeVersions({CableVersion{1, first}, CableVersion{2, second}});
  ASSERT_EQ(merged.paragraphs.size(), want.record.paragraphs.size());
  for (size_t i = 0; i < merged.paragraphs.size(); ++i) {
    EXPECT_EQ(merged.paragraphs[i].text, want.record.paragraphs[i].text) << i;
  }
  EXPECT_EQ(merged.body, want.record.body);
}

}  // namespace
}  // namespace cablescope::archive
