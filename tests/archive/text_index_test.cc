// The full-text index: its byte layouts, the tokenizer, the in-memory
// segment, and the segments an archive accumulates and merges.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "archive/archive_reader.h"
#include "archive/posting_cache.h"
#include "archive/posting_cursor.h"
#include "archive/searcher.h"
#include "archive/store.h"
#include "archive/text_index_check.h"
#include "archive/text_index_writer.h"
#include "archive/text_postings.h"
#include "archive/text_segment_builder.h"
#include "archive/text_tokenize.h"
#include "archive_test_records.h"
#include "archive_test_support.h"
#include "test_support.h"

namespace cablescope::archive {
namespace {

using testing::SyntheticRecord;

// term -> (weighted count, position keys) of one tokenized cable.
std::map<std::string, std::pair<uint32_t, std::vector<uint32_t>>> Terms(const CableTextValues& v, uint32_t* tokens) {
  std::string bytes;
  TokenizeCableText(v, &bytes);
  std::map<std::string, std::pair<uint32_t, std::vector<uint32_t>>> out;
  EXPECT_TRUE(ForEachTokenizedTerm(bytes, tokens, [&](const TokenizedTerm& t) {
    EXPECT_EQ(t.hash, TermHash(t.term));
    std::vector<uint32_t> keys;
    EXPECT_TRUE(ForEachPosition(t.positions, [&](uint32_t k) { keys.push_back(k); }));
    out[std::string(t.term)] = {t.weighted, keys};
  }));
  return out;
}

// The tokenizer hashes most terms from a zero-padded 16-byte buffer; the
// hash must be the one of the term alone, at every length it takes.
TEST(TextPostings, PaddedTermHashIsTheTermHash) {
  const std::string letters = "abcdefghijklmnop0123";
  for (size_t n = 0; n < 16; ++n) {
    for (size_t from = 0; from + n <= letters.size(); from += 3) {
      char padded[16] = {};
      letters.copy(padded, n, from);
      const std::string_view term(padded, n);
      EXPECT_EQ(TermHashPadded16(padded, n), TermHash(term)) << term;
    }
  }
}

TEST(TextPostings, RoundTripAndMalformedBlobs) {
  // Position bytes: the first key as column and position, then deltas.
  const std::string p1("\x02\x05\x03", 3), p2("\x00\x81\x01\x02", 4);
  std::vector<Posting> in = {{3, 1, p1}, {200, 12, p2}, {70000, 5, ""}};
  std::string docs, positions;
  EncodePostings(in, &docs, &positions);
  std::vector<Posting> out;
  ASSERT_TRUE(DecodePostings(docs, positions, &out));
  ASSERT_EQ(out.size(), 3u);
  for (size_t i = 0; i < in.size(); ++i) {
    EXPECT_EQ(out[i].cable, in[i].cable);
    EXPECT_EQ(out[i].weighted, in[i].weighted);
    EXPECT_EQ(out[i].positions, in[i].positions);
  }
  std::vector<uint32_t> keys;
  ASSERT_TRUE(ForEachPosition(p1, [&](uint32_t k) { keys.push_back(k); }));
  ASSERT_TRUE(ForEachPosition(p2, [&](uint32_t k) { keys.push_back(k); }));
  EXPECT_EQ(keys, (std::vector<uint32_t>{PositionKey(2, 5), PositionKey(2, 8), 129, 131}));
  EXPECT_FALSE(ForEachPosition(std::string("\x02"), [](uint32_t) {}));  // a column without its position
  // Cut anywhere, the blobs are refused instead of read past their end.
  for (size_t cut = 0; cut < positions.size(); ++cut) {
    out.clear();
    EXPECT_FALSE(DecodePostings(docs, positions.substr(0, cut), &out)) << cut;
  }
  out.clear();
  EXPECT_FALSE(DecodePostings(docs.substr(0, docs.size() - 1), positions, &out));
  EXPECT_FALSE(ForEachDoc(std::string("\x80"), [](int64_t, uint32_t) {}));
}

// SortNearlySorted gives what a full sort gives, whatever the disorder:
// none, a few cables indexed anew (older numbers, late), runs from several
// segments, the list reversed.
TEST(TextPostings, NearlySortedListsSortAsAWholeSortWould) {
  auto cables = [](const std::vector<Posting>& v) {
    std::vector<int64_t> out;
    for (const Posting& p : v) out.push_back(p.cable);
    return out;
  };
  std::vector<std::vector<int64_t>> lists = {
      {}, {7}, {1, 2, 3, 4}, {1, 2, 3, 100, 4, 5, 6}, {10, 20, 30, 5, 40, 50, 15, 60},
      {30001, 30002, 57, 30003, 12, 30004}, {9, 8, 7, 6, 5, 4, 3, 2, 1}, {1, 5, 9, 2, 6, 10, 3, 7, 11}};
  std::vector<int64_t> late;  // 2,000 in order, every 97th from far back
  for (int64_t c = 1000; c < 3000; ++c) late.push_back(c % 97 == 0 ? c - 900 : c);
  lists.push_back(late);
  std::vector<Posting> scratch = {{99, 1, ""}};  // left over
  for (const auto& list : lists) {
    std::vector<Posting> postings;
    for (int64_t c : list) postings.push_back({c, static_cast<uint32_t>(c % 13), ""});
    std::vector<int64_t> expected = list;
    std::sort(expected.begin(), expected.end());
    SortNearlySorted(&postings, &scratch);
    EXPECT_EQ(cables(postings), expected);
    for (const Posting& p : postings) EXPECT_EQ(p.weighted, static_cast<uint32_t>(p.cable % 13));  // moved whole
  }
}

TEST(TextTokenize, FoldsCountsAndWeighsByColumn) {
  CableTextValues v;
  v.ids = "06ISLAMABAD10261";
  v.subject = "MUTTAKI ON IRAN";
  v.body = "Muttaki said Iran, and IRAN's envoy, said 010261 times: Mottakí.";
  v.marked[3] = "Iran again";  // m_s
  uint32_t tokens = 0;
  auto terms = Terms(v, &tokens);
  EXPECT_EQ(tokens, 1u + 3u + 11u + 2u);
  // Body weight 1 twice, subject 5, an S paragraph 1.
  EXPECT_EQ(terms["iran"].first, 5u + 1u + 1u + 1u);
  ASSERT_EQ(terms["iran"].second.size(), 4u);
  EXPECT_EQ(terms["iran"].second[0], PositionKey(kSubjectColumn, 2));
  EXPECT_EQ(terms["iran"].second[1], PositionKey(2, 2));
  EXPECT_EQ(terms["iran"].second[3], PositionKey(kFirstMarkingColumn + 3, 0));
  EXPECT_EQ(terms["10261"].first, 1u);            // leading zeros go
  EXPECT_EQ(terms["mottaki"].first, 1u);          // accents go
  EXPECT_EQ(terms["muttaki"].first, 5u + 1u);
  EXPECT_EQ(terms["06islamabad10261"].first, 10u);  // the id column weighs most
  EXPECT_EQ(terms.count("IRAN"), 0u);
  std::string bytes;
  TokenizeCableText(v, &bytes);
  uint32_t n = 0;
  EXPECT_FALSE(ForEachTokenizedTerm(bytes.substr(0, bytes.size() - 3), &n, [](const TokenizedTerm&) {}));
}

// A word said often in one cable: its position bytes run past 127, so
// their length takes two varint bytes (the tokenizer writes one first, then
// makes room); every position survives, in order, and the next term reads.
TEST(TextTokenize, ALongPositionListKeepsEveryPosition) {
  CableTextValues v;
  v.ids = "09STATE1";
  for (int i = 0; i < 300; ++i) v.body += (i % 3 == 2) ? "missile " : "iran ";
  v.tags = "KNNP";
  uint32_t tokens = 0;
  auto terms = Terms(v, &tokens);
  EXPECT_EQ(tokens, 1u + 300u + 1u);
  ASSERT_EQ(terms["iran"].second.size(), 200u);
  ASSERT_EQ(terms["missile"].second.size(), 100u);
  for (uint32_t k = 0; k < 100; ++k) {
    EXPECT_EQ(terms["iran"].second[2 * k], PositionKey(2, 3 * k));
    EXPECT_EQ(terms["iran"].second[2 * k + 1], PositionKey(2, 3 * k + 1));
    EXPECT_EQ(terms["missile"].second[k], PositionKey(2, 3 * k + 2));
  }
  EXPECT_EQ(terms["knnp"].second.size(), 1u);
}

TEST(TextSegmentBuilder, ReplacedCablesDropOutAndCablesComeOutInOrder) {
  auto text = [](const std::string& body) {
    CableTextValues v;
    v.body = body;
    return v;
  };
  TextSegmentBuilder b;
  b.Add(7, text("walrus boat"));
  b.Add(3, text("walrus harvest"));
  b.Add(7, text("narwhal boat"));  // replaces cable 7's first text
  b.Add(9, text("gone"));
  b.Remove(9);
  std::map<std::string, std::vector<int64_t>> cables;
  b.ForEachTerm([&](std::string_view term, std::string_view docs, std::string_view positions) {
    std::vector<Posting> postings;
    ASSERT_TRUE(DecodePostings(docs, positions, &postings));
    for (const auto& p : postings) cables[std::string(term)].push_back(p.cable);
  });
  EXPECT_EQ(cables["walrus"], (std::vector<int64_t>{3}));
  EXPECT_EQ(cables["boat"], (std::vector<int64_t>{7}));
  EXPECT_EQ(cables["narwhal"], (std::vector<int64_t>{7}));
  EXPECT_EQ(cables.count("gone"), 0u);
  EXPECT_EQ(b.cable_count(), 2u);
  std::vector<int64_t> held;
  b.ForEachCable([&](int64_t cable, uint32_t tokens) {
    held.push_back(cable);
    EXPECT_EQ(tokens, 2u);
  });
  EXPECT_EQ(held, (std::vector<int64_t>{3, 7}));
}

// The terms of a builder, each with its cables in order.
std::map<std::string, std::vector<int64_t>> CablesByTerm(TextSegmentBuilder& b) {
  std::map<std::string, std::vector<int64_t>> cables;
  b.ForEachTerm([&](std::string_view term, std::string_view docs, std::string_view positions) {
    std::vector<Posting> postings;
    ASSERT_TRUE(DecodePostings(docs, positions, &postings));
    for (const auto& p : postings) cables[std::string(term)].push_back(p.cable);
  });
  return cables;
}

// A term's posting list as ForEachTerm writes it, whether its cables came
// in ascending order (written in one pass) or not (a cable added again
// after later ones; sorted first): the cables ascending, the layout
// EncodePostings gives, and each cable's positions and weighted count as a
// segment of that cable alone has them.
TEST(TextSegmentBuilder, PostingListsAreTheSameInOrderAndOutOfOrder) {
  std::map<int64_t, CableTextValues> texts;
  texts[5].body = "walrus boat walrus";
  texts[2].body = "walrus harvest";
  texts[8].body = "walrus late boat late";
  texts[9].subject = "late walrus";
  texts[9].body = "harvest";
  TextSegmentBuilder b;
  CableTextValues replaced;
  replaced.body = "walrus gone";
  b.Add(5, replaced);
  b.Add(2, texts[2]);
  b.Add(8, texts[8]);
  b.Add(5, texts[5]);  // after 8: walrus and boat are out of order
  b.Add(9, texts[9]);  // late and harvest stay in order
  std::set<std::string> terms;
  b.ForEachTerm([&](std::string_view term, std::string_view docs, std::string_view positions) {
    terms.insert(std::string(term));
    std::vector<Posting> postings;
    ASSERT_TRUE(DecodePostings(docs, positions, &postings)) << term;
    std::string docs_again, positions_again;
    EncodePostings(postings, &docs_again, &positions_again);
    EXPECT_EQ(docs_again, docs) << term;
    EXPECT_EQ(positions_again, positions) << term;
    for (size_t i = 1; i < postings.size(); ++i) EXPECT_LT(postings[i - 1].cable, postings[i].cable) << term;
    for (const Posting& p : postings) {
      TextSegmentBuilder alone;
      alone.Add(p.cable, texts.at(p.cable));
      int found = 0;
      alone.ForEachTerm([&](std::string_view t, std::string_view d, std::string_view k) {
        if (t != term) return;
        std::vector<Posting> one;
        ASSERT_TRUE(DecodePostings(d, k, &one));
        ASSERT_EQ(one.size(), 1u);
        EXPECT_EQ(one[0].weighted, p.weighted) << term << " " << p.cable;
        EXPECT_EQ(one[0].positions, p.positions) << term << " " << p.cable;
        ++found;
      });
      EXPECT_EQ(found, 1) << term << " " << p.cable;
    }
  });
  EXPECT_EQ(terms, (std::set<std::string>{"boat", "harvest", "late", "walrus"}));
  EXPECT_EQ(CablesByTerm(b).at("walrus"), (std::vector<int64_t>{2, 5, 8, 9}));
  EXPECT_EQ(CablesByTerm(b).at("late"), (std::vector<int64_t>{8, 9}));
}

TEST(TextSegmentBuilder, MalformedTokensAddNothingAndKeepTheEarlierText) {
  CableTextValues first, second;
  first.body = "walrus boat";
  second.body = "narwhal harbour";
  TextSegmentBuilder b;
  b.Add(7, first);
  std::string tokenized;
  TokenizeCableText(second, &tokenized);
  tokenized.pop_back();  // the last term's positions cut short
  EXPECT_FALSE(b.AddTokenized(7, tokenized));
  const auto cables = CablesByTerm(b);
  EXPECT_EQ(cables.size(), 2u);
  EXPECT_EQ(cables.at("walrus"), (std::vector<int64_t>{7}));
  EXPECT_EQ(cables.at("boat"), (std::vector<int64_t>{7}));
  EXPECT_EQ(b.cable_count(), 1u);
}

// One cable with more distinct words than the term table holds at first:
// it grows before the cable's postings are appended (AppendPostings), and
// every word keeps each cable that has it.
TEST(TextSegmentBuilder, ACableOfManyNewWordsGrowsTheTable) {
  auto word = [](int k) {  // q, then k in base 26: letters only, one term each
    std::string w = "q";
    for (int i = 0; i < 3; ++i, k /= 26) w += static_cast<char>('a' + k % 26);
    return w;
  };
  CableTextValues many, few;
  for (int k = 0; k < 5000; ++k) many.body += word(k) + " ";
  few.body = word(17) + " " + word(4999);
  TextSegmentBuilder b;
  b.Add(1, few);
  b.Add(2, many);
  b.Add(3, many);
  const auto cables = CablesByTerm(b);
  ASSERT_EQ(cables.size(), 5000u);
  for (int k = 0; k < 5000; ++k) {
    if (k == 17 || k == 4999) EXPECT_EQ(cables.at(word(k)), (std::vector<int64_t>{1, 2, 3})) << word(k);
    else EXPECT_EQ(cables.at(word(k)), (std::vector<int64_t>{2, 3})) << word(k);
  }
}

std::vector<std::string> Ids(Searcher& searcher, const std::string& query) {
  SearchRequest req;
  req.query = query;
  req.limit = 1000;
  SearchResult res;
  Status s = searcher.Search(req, &res);
  EXPECT_TRUE(s.ok()) << query << ": " << s.message();
  std::vector<std::string> ids;
  for (const auto& h : res.hits) ids.push_back(h.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

// Each Commit writes a segment; kMergeFactor of a level merge into one of
// the next. Cables re-indexed meanwhile (a second version) leave stale
// postings behind, which the merge drops; answers never change.
TEST(TextIndex, SegmentsMergeAndStalePostingsGo) {
  const std::string path = (cablescope::testing::TempDir() / "cables.db").string();
  std::unique_ptr<ArchiveWriter> w;
  ASSERT_TRUE(ArchiveWriter::Open(path, &w).ok());
  // Two merges' worth of writes and one more.
  const int batches = 2 * TextIndexWriter::kMergeFactor + 1;
  const int cables = batches * 10;
  for (int batch = 0; batch < batches; ++batch) {
    for (int i = 0; i < 10; ++i) {
      PutOutcome o;
      ASSERT_TRUE(w->Put(SyntheticRecord(batch * 10 + i, "gen/a.txt"), &o).ok());
    }
    if (batch == 5) {
      // A second source of cable 3, with other words: its old ones must go.
      Record r = SyntheticRecord(3, "gen/b.txt");
      r.paragraphs[0].text = "Walruses and narwhals, longer than before, in the harvest.";
      r.body = "1. " + r.paragraphs[0].text + "\n";
      PutOutcome o;
      ASSERT_TRUE(w->Put(r, &o).ok());
      EXPECT_EQ(o, PutOutcome::kUpdated);
    }
    ASSERT_TRUE(w->Commit().ok());
  }
  w.reset();
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  // Two merges of level 0 into level 1, one level-0 segment left.
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM text_segments WHERE level = 1"), 2);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM text_segments WHERE level = 0"), 1);
  // Cable 3's old words were in a segment merged since: no posting left.
  const int64_t row3 = QueryInt(reader->db(), "SELECT cable FROM cables WHERE id = '08TESTPOST3'");
  Statement st;
  ASSERT_TRUE(reader->db().Prepare("SELECT docs, positions FROM text_postings WHERE term = 'topic3'", &st).ok());
  int rows = 0;
  while (st.Step()) {
    ++rows;
    std::vector<Posting> postings;
    ASSERT_TRUE(DecodePostings(st.Blob(0), st.Blob(1), &postings));
    for (const auto& p : postings) EXPECT_NE(p.cable, row3);
  }
  EXPECT_EQ(rows, 3);  // one per segment
  Status check = CheckTextIndex(*reader);
  EXPECT_TRUE(check.ok()) << check.message();
  Searcher searcher(reader.get());
  EXPECT_EQ(Ids(searcher, "narwhals"), std::vector<std::string>{"08TESTPOST3"});
  EXPECT_EQ(Ids(searcher, "harvest").size(), static_cast<size_t>(cables));
  const auto topic3 = Ids(searcher, "topic3");
  EXPECT_EQ(std::count(topic3.begin(), topic3.end(), "08TESTPOST3"), 0);
  size_t topic3_cables = 0;  // SyntheticRecord(n) names topic(n % 7); cable 3 names others now
  for (int n = 0; n < cables; ++n) topic3_cables += n % 7 == 3 && n != 3 ? 1 : 0;
  EXPECT_EQ(topic3.size(), topic3_cables);
  EXPECT_EQ(Ids(searcher, "\"walruses and narwhals\""), std::vector<std::string>{"08TESTPOST3"});
  EXPECT_TRUE(Ids(searcher, "\"narwhals and walruses\"").empty());
}

// Ranking: a word in the subject (weight 5) outranks the same word once
// in the body; a rarer word weighs more than a common one.
TEST(TextIndex, RankingFollowsColumnsAndRarity) {
  const std::string path = (cablescope::testing::TempDir() / "cables.db").string();
  std::vector<Record> records;
  for (int i = 0; i < 30; ++i) records.push_back(SyntheticRecord(i, "gen/a.txt"));
  records[4].subject = "ZEBRA TALKS";
  records[9].body = *records[9].body + "A zebra was seen.\n";
  records[12].body = *records[12].body + "An okapi was seen.\n";
  testing::StoreRecords(path, records);
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  Searcher searcher(reader.get());
  SearchRequest req;
  req.query = "zebra";
  SearchResult res;
  ASSERT_TRUE(searcher.Search(req, &res).ok());
  ASSERT_EQ(res.hits.size(), 2u);
  EXPECT_EQ(res.hits[0].id, "08TESTPOST4");
  EXPECT_GT(res.hits[0].score, res.hits[1].score);
  req.query = "okapi OR harvest";
  ASSERT_TRUE(searcher.Search(req, &res).ok());
  EXPECT_EQ(res.total, 30);
  EXPECT_EQ(res.hits[0].id, "08TESTPOST12");  // the rare word, on top of the common one
  // A prefix matches the terms it starts; a column filter keeps to its column.
  EXPECT_EQ(Ids(searcher, "zeb*"), (std::vector<std::string>{"08TESTPOST4", "08TESTPOST9"}));
  EXPECT_EQ(Ids(searcher, "subject:zebra"), std::vector<std::string>{"08TESTPOST4"});
}

// A phrase's frequency in a cable is its occurrences weighted by column:
// two words (their own merge in text_match.cc) as three do, in order only.
TEST(TextIndex, PhrasesCountEachOccurrenceByColumn) {
  const std::string path = (cablescope::testing::TempDir() / "cables.db").string();
  std::vector<Record> records;
  for (int i = 0; i < 30; ++i) records.push_back(SyntheticRecord(i, "gen/a.txt"));
  records[2].subject = "ZEBRA CROSSING TALKS";                                 // 5
  records[5].body = *records[5].body + "A zebra crossing; a zebra crossing.\n";  // 2
  records[7].body = *records[7].body + "One zebra crossing, crossing zebra.\n";   // 1
  records[8].body = *records[8].body + "A zebra, a crossing.\n";                 // 0
  testing::StoreRecords(path, records);
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  Searcher searcher(reader.get());
  for (const std::string q : {"\"zebra crossing\"", "\"a zebra crossing\""}) {
    SearchRequest req;
    req.query = q;
    SearchResult res;
    ASSERT_TRUE(searcher.Search(req, &res).ok());
    std::vector<std::string> ids;
    for (const auto& h : res.hits) ids.push_back(h.id);
    if (q[1] == 'z') {
      ASSERT_EQ(ids, (std::vector<std::string>{"08TESTPOST2", "08TESTPOST5", "08TESTPOST7"})) << q;
      EXPECT_GT(res.hits[0].score, res.hits[1].score);
      EXPECT_GT(res.hits[1].score, res.hits[2].score);
    } else {
      EXPECT_EQ(ids, std::vector<std::string>{"08TESTPOST5"}) << q;
    }
  }
  EXPECT_EQ(Ids(searcher, "\"crossing zebra\""), std::vector<std::string>{"08TESTPOST7"});
  EXPECT_EQ(Ids(searcher, "subject:\"zebra crossing\""), std::vector<std::string>{"08TESTPOST2"});
}

// Postings damaged on disk (a column no cable has) count for nothing: no
// read past the column weights (ASan would say), no hit from them.
TEST(TextIndex, PositionsInAnUnknownColumnCountForNothing) {
  const std::string path = (cablescope::testing::TempDir() / "cables.db").string();
  std::vector<Record> records;
  for (int i = 0; i < 5; ++i) records.push_back(SyntheticRecord(i, "gen/a.txt"));
  records[2].body = *records[2].body + "A zebra crossing.\n";
  testing::StoreRecords(path, records);
  {
    std::unique_ptr<Database> db;
    ASSERT_TRUE(Database::Open(path, Database::Mode::kReadWriteCreate, &db).ok());
    Statement read, write;
    ASSERT_TRUE(db->Prepare("SELECT rowid, docs FROM text_postings WHERE term IN ('zebra', 'crossing')", &read).ok());
    ASSERT_TRUE(db->Prepare("UPDATE text_postings SET positions = ?2 WHERE rowid = ?1", &write).ok());
    int rows = 0;
    while (read.Step()) {
      // Each cable's keys: positions 5 and 6 of column 200, adjacent.
      std::string docs(read.Blob(1)), positions;
      std::vector<Posting> damaged;
      ForEachDoc(docs, [&](int64_t cable, uint32_t weighted) { damaged.push_back({cable, weighted, {}}); });
      std::string keys;
      uint32_t last = kFirstKey;
      PutPositionKey(&keys, PositionKey(200, 5), &last);
      PutPositionKey(&keys, PositionKey(200, 6), &last);
      for (auto& p : damaged) p.positions = keys;
      std::string docs_again;
      EncodePostings(damaged, &docs_again, &positions);
      write.Reset();
      write.Bind(1, read.Int(0)).BindBlob(2, positions);
      ASSERT_TRUE(write.Run().ok());
      ++rows;
    }
    EXPECT_EQ(rows, 2);
  }
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  Searcher searcher(reader.get());
  EXPECT_TRUE(Ids(searcher, "\"zebra crossing\"").empty());
  EXPECT_EQ(Ids(searcher, "zebra"), std::vector<std::string>{"08TESTPOST2"});  // counts need no positions
}

}  // namespace
}  // namespace cablescope::archive

namespace cablescope::archive {
namespace {

// Several lists of one segment (a prefix's terms) walk as one: each cable
// once, its positions united in order, its counts summed.
TEST(PostingCursor, MergesListsAndSeeks) {
  auto chunk = [](std::vector<uint32_t> keys) {
    std::string out;
    uint32_t last = kFirstKey;
    for (uint32_t k : keys) PutPositionKey(&out, k, &last);
    return out;
  };
  const std::string a1 = chunk({PositionKey(2, 4)}), a2 = chunk({PositionKey(2, 9)});
  const std::string b1 = chunk({PositionKey(1, 0), PositionKey(2, 7)});
  std::string da, pa, db, pb;
  EncodePostings({{5, 1, a1}, {40, 1, a2}}, &da, &pa);
  EncodePostings({{5, 6, b1}}, &db, &pb);
  PostingCursor c({{da, pa}, {db, pb}});
  ASSERT_TRUE(c.valid());
  EXPECT_EQ(c.cable(), 5);
  EXPECT_EQ(c.weighted(), 7u);
  std::vector<uint32_t> keys;
  ASSERT_TRUE(ForEachPosition(c.positions(), [&](uint32_t k) { keys.push_back(k); }));
  EXPECT_EQ(keys, (std::vector<uint32_t>{PositionKey(1, 0), PositionKey(2, 4), PositionKey(2, 7)}));
  EXPECT_TRUE(c.SeekTo(6));
  EXPECT_EQ(c.cable(), 40);
  EXPECT_FALSE(c.Next());
  EXPECT_FALSE(c.bad());
  PostingCursor cut(da.substr(0, 1), pa);  // a cable without its count
  EXPECT_FALSE(cut.valid());
  EXPECT_TRUE(cut.bad());
  PostingCursor short_positions(da, pa.substr(0, 2));
  EXPECT_FALSE(short_positions.valid());
  EXPECT_TRUE(short_positions.bad());
}

TEST(PostingCache, KeepsTheMostRecentWithinItsBudget) {
  auto rows = [](size_t bytes) {
    auto r = std::make_shared<PostingCache::Rows>();
    r->push_back({1, std::string(bytes, 'x'), ""});
    return r;
  };
  PostingCache cache(3000);
  cache.Put("a", rows(1000));
  cache.Put("b", rows(1000));
  ASSERT_NE(cache.Get("a"), nullptr);  // a is now the most recent
  cache.Put("c", rows(1000));          // b goes
  EXPECT_EQ(cache.Get("b"), nullptr);
  EXPECT_NE(cache.Get("a"), nullptr);
  EXPECT_NE(cache.Get("c"), nullptr);
  EXPECT_LE(cache.bytes(), 3000u);
  cache.Put("huge", rows(5000));  // larger than the budget: not kept, nothing evicted
  EXPECT_EQ(cache.Get("huge"), nullptr);
  EXPECT_NE(cache.Get("a"), nullptr);
  cache.Clear();
  EXPECT_EQ(cache.Get("a"), nullptr);
  EXPECT_EQ(cache.bytes(), 0u);
}

}  // namespace
}  // namespace cablescope::archive
