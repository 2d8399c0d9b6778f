// The archive end to end in one process: store records, search them.
#include <atomic>
#include <thread>

#include <gtest/gtest.h>

#include "archive/archive_reader.h"
#include "archive/prepared_record.h"
#include "archive/schema.h"
#include "archive/searcher.h"
#include "archive/store.h"
#include "archive_test_records.h"
#include "archive_test_support.h"
#include "test_support.h"

namespace cablescope::archive {
namespace {

using testing::IslamabadRecord;
using testing::SyntheticRecord;
using testing::UsunRecord;

std::string NewArchive() { return (testing::TempDir() / "cables.db").string(); }

using testing::StoreRecords;

class SeedArchive : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = NewArchive();
    StoreRecords(path_, {UsunRecord(), IslamabadRecord()});
    ASSERT_TRUE(ArchiveReader::Open(path_, &reader_).ok());
    searcher_ = std::make_unique<Searcher>(reader_.get());
  }

  std::vector<std::string> Ids(const std::string& query) {
    SearchRequest req;
    req.query = query;
    req.sort = SortOrder::kDate;
    SearchResult res;
    Status s = searcher_->Search(req, &res);
    EXPECT_TRUE(s.ok()) << query << ": " << s.message();
    std::vector<std::string> ids;
    for (const auto& h : res.hits) ids.push_back(h.id);
    EXPECT_EQ(res.total, static_cast<int64_t>(ids.size()));
    return ids;
  }

  std::string path_;
  std::unique_ptr<ArchiveReader> reader_;
  std::unique_ptr<Searcher> searcher_;
};

const std::vector<std::string> kIsl = {"06ISLAMABAD10261"};
const std::vector<std::string> kUsun = {"09USUNNEWYORK589"};
const std::vector<std::string> kBoth = {"06ISLAMABAD10261", "09USUNNEWYORK589"};
const std::vector<std::string> kNone = {};

TEST_F(SeedArchive, AcceptanceQueries) {
  EXPECT_EQ(Ids("Muttaki"), kIsl);
  EXPECT_EQ(Ids("\"without any preconditions\""), kUsun);
  EXPECT_EQ(Ids("tag:KNNP date:2006"), kIsl);
  EXPECT_EQ(Ids("route:RUEHBUL"), kBoth);
  EXPECT_EQ(Ids("to:RUCNIRA"), kUsun);
  EXPECT_EQ(Ids("para:C Solana"), kUsun);
}

TEST_F(SeedArchive, WordsPhrasesPrefixesBooleans) {
  EXPECT_EQ(Ids("muttaki"), kIsl);          // case folds
  EXPECT_EQ(Ids("Mottakí"), kUsun);         // accents fold
  EXPECT_EQ(Ids("Mutta*"), kIsl);
  EXPECT_EQ(Ids("M*ttaki"), kNone);         // * only at the end
  EXPECT_EQ(Ids("iran AND nuclear"), kBoth);
  EXPECT_EQ(Ids("Solana OR Kasuri"), kBoth);
  EXPECT_EQ(Ids("iran NOT Solana"), kIsl);
  EXPECT_EQ(Ids("iran -Solana"), kIsl);
  EXPECT_EQ(Ids("-tag:KNNP"), kUsun);
  EXPECT_EQ(Ids("(Solana OR Kasuri) tag:PK"), kIsl);
  EXPECT_EQ(Ids("\"preconditions without\""), kNone);
  EXPECT_EQ(Ids("zanzibar"), kNone);
  EXPECT_EQ(Ids(""), kBoth);
}

TEST_F(SeedArchive, NumbersMatchWithoutLeadingZeros) {
  EXPECT_EQ(Ids("10261"), kIsl);   // the id, and ISLAMABAD 010261 in the text
  EXPECT_EQ(Ids("010261"), kIsl);
  EXPECT_EQ(Ids("id:06ISLAMABAD010261"), kIsl);
  EXPECT_EQ(Ids("id:06islamabad10261"), kIsl);
  EXPECT_EQ(Ids("id:09USUN*"), kUsun);
}

TEST_F(SeedArchive, Fields) {
  EXPECT_EQ(Ids("origin:Islamabad"), kIsl);
  EXPECT_EQ(Ids("origin:\"usun new york\""), kUsun);
  EXPECT_EQ(Ids("from:USMISSION"), kUsun);
  EXPECT_EQ(Ids("to:\"SECSTATE WASHDC\""), kBoth);
  EXPECT_EQ(Ids("to:almaty"), kIsl);
  EXPECT_EQ(Ids("route:RUCNDT"), kUsun);    // the DE station
  EXPECT_EQ(Ids("route:RUEHKUK"), kUsun);   // a relay
  EXPECT_EQ(Ids("tag:knnp"), kIsl);
  EXPECT_EQ(Ids("tag:P*"), kBoth);
  EXPECT_EQ(Ids("class:confidential"), kBoth);
  EXPECT_EQ(Ids("class:c"), kBoth);
  EXPECT_EQ(Ids("class:secret"), kNone);
  EXPECT_EQ(Ids("caption:sipdis"), kBoth);
  EXPECT_EQ(Ids("precedence:priority"), kIsl);
  EXPECT_EQ(Ids("subject:muttaki"), kIsl);
  EXPECT_EQ(Ids("subject:solana"), kNone);  // only in the text
  EXPECT_EQ(Ids("signer:rice"), kUsun);
  EXPECT_EQ(Ids("classified_by:rice"), kUsun);
  EXPECT_EQ(Ids("classified_by:\"susan e rice\""), kUsun);
  EXPECT_EQ(Ids("ref:09USUNNEWYORK589"), kIsl);
  EXPECT_EQ(Ids("ref:09USUNNEWYORK0589"), kIsl);
}

TEST_F(SeedArchive, Dates) {
  EXPECT_EQ(Ids("date:2009"), kUsun);
  EXPECT_EQ(Ids("date:2006-01..2009-12"), kBoth);
  EXPECT_EQ(Ids("date:2006-06"), kIsl);
  EXPECT_EQ(Ids("date:>=2006-06-02"), kBoth);
  EXPECT_EQ(Ids("date:>2006-06-02"), kUsun);
  EXPECT_EQ(Ids("date:<2006-06-02"), kNone);
  EXPECT_EQ(Ids("decl:<2017-01-01"), kIsl);
  EXPECT_EQ(Ids("decl:2019"), kUsun);
}

TEST_F(SeedArchive, ParaRestrictsTextToMarkedParagraphs) {
  EXPECT_EQ(Ids("para:S missile"), kIsl);
  EXPECT_EQ(Ids("para:C missile"), kNone);   // the missile paragraph is (S)
  EXPECT_EQ(Ids("para:C Kasuri"), kIsl);
  EXPECT_EQ(Ids("para:S"), kIsl);            // cables with a SECRET paragraph
}

TEST_F(SeedArchive, SnippetsHighlightMatches) {
  SearchRequest req;
  req.query = "Solana";
  SearchResult res;
  ASSERT_TRUE(searcher_->Search(req, &res).ok());
  ASSERT_EQ(res.hits.size(), 1u);
  const Snippet& s = res.hits[0].snippet;
  ASSERT_FALSE(s.highlights.empty());
  for (const auto& h : s.highlights) EXPECT_EQ(s.text.substr(h.begin, h.end - h.begin), "Solana");
  EXPECT_EQ(res.hits[0].date, "2009-06-13");
  EXPECT_EQ(res.hits[0].origin, "USUN New York");
}

TEST_F(SeedArchive, SortAndPaging) {
  SearchRequest req;
  req.query = "iran";
  req.sort = SortOrder::kDateDesc;
  req.limit = 1;
  SearchResult res;
  ASSERT_TRUE(searcher_->Search(req, &res).ok());
  EXPECT_EQ(res.total, 2);
  ASSERT_EQ(res.hits.size(), 1u);
  EXPECT_EQ(res.hits[0].id, "09USUNNEWYORK589");
  req.offset = 1;
  ASSERT_TRUE(searcher_->Search(req, &res).ok());
  ASSERT_EQ(res.hits.size(), 1u);
  EXPECT_EQ(res.hits[0].id, "06ISLAMABAD10261");
  req.offset = 5;
  ASSERT_TRUE(searcher_->Search(req, &res).ok());
  EXPECT_EQ(res.total, 2);
  EXPECT_TRUE(res.hits.empty());
}

TEST_F(SeedArchive, MalformedQueryIsAnError) {
  SearchRequest req;
  req.query = "tag:KNNP and \"missile";
  SearchResult res;
  Status s = searcher_->Search(req, &res);
  EXPECT_EQ(s.code(), Status::Code::kInvalidQuery);
  EXPECT_EQ(s.message(), "unbalanced quote at column 14");
}

TEST(ArchiveStore, IdempotentAndVersioned) {
  const std::string path = NewArchive();
  std::vector<PutOutcome> first, second, third;
  StoreRecords(path, {UsunRecord(), IslamabadRecord("seeds/003.txt")}, &first);
  EXPECT_EQ(first, (std::vector<PutOutcome>{PutOutcome::kNew, PutOutcome::kNew}));
  StoreRecords(path, {UsunRecord(), IslamabadRecord("seeds/003.txt")}, &second);
  EXPECT_EQ(second, (std::vector<PutOutcome>{PutOutcome::kUnchanged, PutOutcome::kUnchanged}));
  // The same cable from another source, redacted: a second version. The
  // merge keeps the unredacted paragraph, from version 1.
  Record redacted = IslamabadRecord("release-2011/06ISLAMABAD10261.html", true);
  redacted.format = "wikileaks-html";
  redacted.source.format = "wikileaks-html";
  redacted.created = "2006-06-02T12:46";
  StoreRecords(path, {redacted, redacted}, &third);
  EXPECT_EQ(third, (std::vector<PutOutcome>{PutOutcome::kUpdated, PutOutcome::kUnchanged}));

  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  CableView view;
  ASSERT_TRUE(reader->LoadCable("06ISLAMABAD010261", true, &view).ok());
  ASSERT_EQ(view.versions.size(), 2u);
  EXPECT_EQ(view.versions[0].path, "seeds/003.txt");
  EXPECT_EQ(view.versions[0].format, "press");
  EXPECT_NE(view.versions[0].metadata_json.find("\"site\":\"Dawn\""), std::string::npos);
  EXPECT_EQ(view.versions[1].format, "wikileaks-html");
  EXPECT_NE(view.versions[0].text_hash, view.versions[1].text_hash);
  EXPECT_NE(view.record_json.find("Kasuri"), std::string::npos);
  EXPECT_NE(view.record_json.find("\"provenance\":{"), std::string::npos);
  EXPECT_NE(view.record_json.find("\"paragraphs\":1"), std::string::npos);
  EXPECT_NE(view.record_json.find("\"created\":2"), std::string::npos);  // only version 2 has it
  EXPECT_NE(view.record_json.find("\"versions\":2"), std::string::npos);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM cables"), 2);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM paragraphs"), 5);
  EXPECT_EQ(QueryInt(reader->db(), "SELECT count(*) FROM tags WHERE tag = 'KNNP'"), 1);
  EXPECT_EQ(QueryInt(reader->db(), "PRAGMA user_version"), archive::kSchemaVersion);
  EXPECT_TRUE(reader->LoadCable("99NOWHERE1", false, &view).code() == Status::Code::kNotFound);

  // A changed file at a known path adds a version too.
  Record changed = UsunRecord();
  *changed.body += "\nADDED LINE\n";
  std::vector<PutOutcome> fourth;
  StoreRecords(path, {changed}, &fourth);
  EXPECT_EQ(fourth, (std::vector<PutOutcome>{PutOutcome::kUpdated}));
  ASSERT_TRUE(reader->LoadCable("09USUNNEWYORK589", true, &view).ok());
  EXPECT_EQ(view.versions.size(), 2u);
}

// A new archive hashes its versions' text with the lane hash. One made
// before archive_meta named the kind keeps FNV-1a, so that its versions are
// found again: ingesting the same records once more changes nothing.
TEST(ArchiveStore, AnArchiveKeepsItsKindOfTextHash) {
  for (TextHashKind kind : {TextHashKind::kLanes, TextHashKind::kFnv1a}) {
    const std::string path = (testing::TempDir() / (std::string(TextHashKindName(kind)) + ".db")).string();
    {
      std::unique_ptr<ArchiveWriter> w;
      ASSERT_TRUE(ArchiveWriter::Open(path, &w).ok());
      EXPECT_EQ(w->text_hash(), TextHashKind::kLanes);
      // An archive from before the key: the same, without it.
      if (kind == TextHashKind::kFnv1a) {
        ASSERT_TRUE(w->db().Exec(std::string("DELETE FROM archive_meta WHERE key = '") + kTextHashKey + "'").ok());
      }
    }
    std::vector<PutOutcome> first, second;
    StoreRecords(path, {UsunRecord(), IslamabadRecord()}, &first);
    StoreRecords(path, {UsunRecord(), IslamabadRecord()}, &second);
    EXPECT_EQ(first, (std::vector<PutOutcome>{PutOutcome::kNew, PutOutcome::kNew}));
    EXPECT_EQ(second, (std::vector<PutOutcome>{PutOutcome::kUnchanged, PutOutcome::kUnchanged}));
    {
      std::unique_ptr<ArchiveWriter> w;
      ASSERT_TRUE(ArchiveWriter::Open(path, &w).ok());
      EXPECT_EQ(w->text_hash(), kind) << TextHashKindName(kind);
    }
    std::unique_ptr<ArchiveReader> reader;
    ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
    CableView view;
    ASSERT_TRUE(reader->LoadCable("09USUNNEWYORK589", true, &view).ok());
    ASSERT_EQ(view.versions.size(), 1u);
    EXPECT_EQ(view.versions[0].text_hash, TextHash(UsunRecord(), "", kind)) << TextHashKindName(kind);
  }
}

TEST(ArchiveStore, FacetCountsAgreeWithSql) {
  const std::string path = NewArchive();
  std::vector<Record> records;
  for (int i = 0; i < 300; ++i) records.push_back(SyntheticRecord(i, "gen/a.txt"));
  records.push_back(UsunRecord());
  records.push_back(IslamabadRecord());
  StoreRecords(path, records);
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  Searcher searcher(reader.get());
  SearchRequest req;
  req.query = "harvest OR iran";
  req.facet_limit = 0;
  SearchResult res;
  ASSERT_TRUE(searcher.Search(req, &res).ok());
  EXPECT_EQ(res.total, 302);
  // The matches, as SQL: the facets must count exactly these rows.
  RowSet rows;
  ASSERT_TRUE(searcher.MatchingRows(req.query, &rows).ok());
  std::string in;
  rows.ForEach([&](int64_t row) { in += (in.empty() ? "" : ",") + std::to_string(row); });
  const std::string match = "cable IN (" + in + ")";
  auto sql_counts = [&](const std::string& sql) {
    std::map<std::string, int64_t> out;
    Statement st;
    EXPECT_TRUE(reader->db().Prepare(sql, &st).ok()) << sql;
    while (st.Step()) out[st.String(0)] = st.Int(1);
    return out;
  };
  std::map<std::string, std::map<std::string, int64_t>> expected = {
      {"origin", sql_counts(std::string("SELECT origin, count(*) FROM cables WHERE ") + match + " GROUP BY origin")},
      {"classification", sql_counts(std::string("SELECT classification, count(*) FROM cables WHERE ") + match +
                                    " GROUP BY classification")},
      {"year", sql_counts(std::string("SELECT year, count(*) FROM cables WHERE ") + match + " GROUP BY year")},
      {"month", sql_counts(std::string("SELECT substr(date, 1, 7), count(*) FROM cables WHERE ") + match +
                           " GROUP BY 1")},
      {"tag", sql_counts(std::string("SELECT tag, count(*) FROM tags WHERE ") + match + " GROUP BY tag")},
  };
  ASSERT_EQ(res.facets.size(), 5u);
  for (const auto& facet : res.facets) {
    std::map<std::string, int64_t> got;
    for (const auto& c : facet.counts) got[c.value] = c.count;
    EXPECT_EQ(got, expected[std::string(FacetFieldName(facet.field))]) << FacetFieldName(facet.field);
  }
  // A field filter and a NOT, checked the same way.
  req.query = "tag:KNNP -class:secret";
  ASSERT_TRUE(searcher.Search(req, &res).ok());
  EXPECT_EQ(res.total, QueryInt(reader->db(),
                                "SELECT count(*) FROM cables WHERE cable IN (SELECT cable FROM tags WHERE tag = "
                                "'KNNP') AND classification NOT LIKE 'SECRET%'"));
}

// A reader searches while a writer stores batches: every search succeeds and
// sees a growing, consistent archive.
TEST(ArchiveStore, SearchDuringIngest) {
  const std::string path = NewArchive();
  StoreRecords(path, {UsunRecord()});
  std::atomic<bool> done{false};
  std::thread writer([&] {
    std::unique_ptr<ArchiveWriter> w;
    ASSERT_TRUE(ArchiveWriter::Open(path, &w).ok());
    w->set_batch_size(50);
    for (int i = 0; i < 2000; ++i) {
      PutOutcome o;
      ASSERT_TRUE(w->Put(SyntheticRecord(i, "gen/b.txt"), &o).ok());
    }
    ASSERT_TRUE(w->Commit().ok());
    done = true;
  });
  std::unique_ptr<ArchiveReader> reader;
  ASSERT_TRUE(ArchiveReader::Open(path, &reader).ok());
  Searcher searcher(reader.get());
  int64_t last = 0;
  int searches = 0;
  while (searches < 2000) {
    const bool finished = done.load();
    SearchRequest req;
    req.query = "harvest";
    SearchResult res;
    Status s = searcher.Search(req, &res);
    ASSERT_TRUE(s.ok()) << s.message();
    EXPECT_EQ(res.total % 50, 0) << "a search saw half a batch";
    EXPECT_GE(res.total, last);
    int64_t facet_sum = 0;
    for (const auto& c : res.facets[0].counts) facet_sum += c.count;  // origin
    EXPECT_EQ(facet_sum, res.total);
    last = res.total;
    ++searches;
    if (finished) break;
  }
  writer.join();
  SearchRequest req;
  req.query = "harvest";
  SearchResult res;
  ASSERT_TRUE(searcher.Search(req, &res).ok());
  EXPECT_EQ(res.total, 2000);
  EXPECT_GT(searches, 1);
}

}  // namespace
}  // namespace cablescope::archive
