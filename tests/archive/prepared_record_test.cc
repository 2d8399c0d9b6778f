// What an ingest prepares on its parser threads for the writer
// (prepared_record.h) reads back whole, and is what the writer would have
// made itself.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "archive/merge.h"
#include "archive/paragraph_text.h"
#include "archive/prepared_record.h"
#include "archive/stored_record.h"
#include "archive/text_tokenize.h"
#include "archive_test_records.h"
#include "link/record_stream.h"
#include "model/record_json.h"
#include "test_support.h"

namespace cablescope::archive {
namespace {

TEST(PreparedRecord, ReadsBackWhatTheWriterWouldMake) {
  for (const Record& record : {testing::UsunRecord(), testing::IslamabadRecord()}) {
    std::string payload = "left by an earlier use";  // appended to, not replaced
    const size_t start = payload.size();
    AppendPreparedRecord(record, TextHashKind::kLanes, &payload);
    PreparedRecord p;
    ASSERT_TRUE(ParsePreparedRecord(std::string_view(payload).substr(start), &p)) << *record.id;
    std::string json, tokenized;
    AppendRecordJson(record, &json);
    AppendTokenizedText(record, &tokenized);
    // A cable seen once is its own merged record: its whole JSON is left to
    // the writer, which needs it only for a cable the archive holds.
    EXPECT_TRUE(p.json.empty());
    EXPECT_EQ(p.tokenized, tokenized);
    EXPECT_EQ(p.hash, TextHash(record, json, TextHashKind::kLanes));
    EXPECT_EQ(p.hash.size(), 16u);
    EXPECT_EQ(p.metadata, MetadataJson(record.source));
    // Stored without its text, which reads back into the merged JSON.
    std::string merged_json;
    AppendMergedJson(MergeVersions({CableVersion{1, record}}), 1, &merged_json);
    EXPECT_EQ(p.stored_json.find(record.paragraphs[0].text), std::string_view::npos);
    EXPECT_LT(p.stored_json.size() + record.body->size(), merged_json.size());
    EXPECT_EQ(LoadedRecordJson(p.stored_json, &*record.body, record.paragraphs), merged_json);
    EXPECT_EQ(p.markings, MarkingsOf(record));
    EXPECT_FALSE(p.markings.empty());
    EXPECT_EQ(p.texts_from_body, ParagraphTextsFromBody(record));
    EXPECT_EQ(p.texts_from_body.size(), record.paragraphs.size());
    // Cut anywhere, it is not taken for a whole one.
    for (size_t cut : {size_t{0}, size_t{3}, payload.size() / 2, payload.size() - 1}) {
      if (cut < start) continue;
      EXPECT_FALSE(ParsePreparedRecord(std::string_view(payload).substr(start, cut - start), &p)) << cut;
    }
  }
}

// A cable seen once is its own merged record, which the prepared record
// stores without merging (OneVersionProvenance): merging its one version
// gives the record back, field for field, with that provenance. Returns
// the records that failed.
int CheckOneVersionMerges(const Record& record) {
  const MergedCable merged = MergeVersions({CableVersion{1, record}});
  std::string from_merge, from_record, json;
  AppendMergedJson(merged, 1, &from_merge);
  AppendMergedJson(record, OneVersionProvenance(record), 1, &from_record);
  AppendRecordJson(record, &json);
  EXPECT_EQ(from_record, from_merge) << record.source.path << " " << record.id.value_or("");
  EXPECT_EQ(SingleVersionJson(from_merge), json) << record.source.path << " " << record.id.value_or("");
  return from_record == from_merge && SingleVersionJson(from_merge) == json ? 0 : 1;
}

TEST(PreparedRecord, OneVersionIsItsOwnMerge) {
  for (const Record& record : {testing::UsunRecord(), testing::IslamabadRecord()}) {
    EXPECT_EQ(CheckOneVersionMerges(record), 0);
    std::string fields;
    for (const auto& p : OneVersionProvenance(record)) {
      EXPECT_EQ(p.version, 1);
      fields += p.field + " ";
    }
    EXPECT_EQ(fields.substr(0, 3), "id ");
    EXPECT_NE(fields.find(" signers paragraphs body format source "), std::string::npos) << fields;
  }
  Record bare;  // a fragment: an id and nothing else
  bare.id = "08TESTPOST9";
  EXPECT_EQ(CheckOneVersionMerges(bare), 0);
}

// The same on every cable of the seeds and the corpus, as an ingest reads
// them (people and REF pointers included).
TEST(PreparedRecord, OneVersionIsItsOwnMergeOnRealCables) {
  REQUIRE_SHARED();
  size_t records = 0;
  int failed = 0;
  link::StreamOptions options;
  options.threads = 2;
  link::StreamRecords({(testing::SharedDir() / "seeds").string(), (testing::SharedDir() / "corpus").string()},
                      options, [](const Diagnostic&) {}, nullptr, [&](Record&& r, std::string&&) {
                        ++records;
                        if (failed < 5) failed += CheckOneVersionMerges(r);
                      });
  EXPECT_GT(records, 1000u);
  EXPECT_EQ(failed, 0);
}

// Without body or paragraphs the text hash is the JSON's, so it is written.
TEST(PreparedRecord, AFragmentKeepsItsJsonForTheHash) {
  Record record;
  record.id = "08TESTPOST9";
  record.subject = "A FRAGMENT";
  record.source.path = "f.json";
  for (TextHashKind kind : {TextHashKind::kFnv1a, TextHashKind::kLanes}) {
    std::string payload;
    AppendPreparedRecord(record, kind, &payload);
    PreparedRecord p;
    ASSERT_TRUE(ParsePreparedRecord(payload, &p));
    std::string json;
    AppendRecordJson(record, &json);
    EXPECT_EQ(p.json, json);
    EXPECT_EQ(p.hash, TextHash(record, json, kind));
    // The source is not the text: the same fragment elsewhere hashes alike.
    Record moved = record;
    moved.source.path = "elsewhere/g.json";
    moved.source.offset = 99;
    std::string moved_json;
    AppendRecordJson(moved, &moved_json);
    EXPECT_NE(moved_json, json);
    EXPECT_EQ(TextHash(moved, moved_json, kind), p.hash);
  }
}

// Each kind: the same text hashes alike from any source; any change of
// the body, however small, gives another hash; the two kinds differ, so an
// archive must know which it has (store.h, ArchiveWriter::text_hash).
TEST(PreparedRecord, TheTextHashFollowsTheTextAndItsKind) {
  const Record base = testing::IslamabadRecord();
  ASSERT_TRUE(base.body && base.body->size() > 100);
  for (TextHashKind kind : {TextHashKind::kFnv1a, TextHashKind::kLanes}) {
    const std::string hash = TextHash(base, "", kind);
    EXPECT_EQ(hash.size(), 16u);
    EXPECT_EQ(hash.find_first_not_of("0123456789abcdef"), std::string::npos) << hash;
    Record elsewhere = base;
    elsewhere.source.path = "release/06ISLAMABAD10261.html";
    elsewhere.format = "wikileaks-html";
    EXPECT_EQ(TextHash(elsewhere, "", kind), hash);
    // Every byte position, and every length from 0 to 40 (each lane, each tail).
    for (size_t at = 0; at < base.body->size(); ++at) {
      Record changed = base;
      (*changed.body)[at] = static_cast<char>((*changed.body)[at] ^ 0x01);
      ASSERT_NE(TextHash(changed, "", kind), hash) << TextHashKindName(kind) << " byte " << at;
    }
    std::vector<std::string> seen;
    for (size_t n = 1; n <= 40; ++n) {
      Record cut = base;
      cut.body = base.body->substr(0, n);
      seen.push_back(TextHash(cut, "", kind));
    }
    std::sort(seen.begin(), seen.end());
    EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end()) << TextHashKindName(kind);
  }
  EXPECT_NE(TextHash(base, "", TextHashKind::kFnv1a), TextHash(base, "", TextHashKind::kLanes));
  EXPECT_STREQ(TextHashKindName(TextHashKind::kFnv1a), "fnv1a-64");
  EXPECT_STREQ(TextHashKindName(TextHashKind::kLanes), "lanes-64");
}

TEST(PreparedRecord, MarkingsAreDistinctAndSorted) {
  Record r = testing::IslamabadRecord();
  r.paragraphs.clear();
  for (const char* m : {"S", "C", "S", "", "C/NF"}) {
    Paragraph p;
    p.text = "x";
    if (*m != '\0') p.marking = m;
    r.paragraphs.push_back(p);
  }
  EXPECT_EQ(MarkingsOf(r), "C\nC/NF\nS");
}

}  // namespace
}  // namespace cablescope::archive
