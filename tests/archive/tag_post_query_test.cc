// Search by what TAGS mean and by any name of a post: `tag:"nuclear
// non-proliferation"`, the plain query `nuclear non-proliferation`,
// `origin:RUEHIL`, `to:"Embassy Islamabad"`, `route:ISLAMABAD`.
#include <gtest/gtest.h>

#include "archive/archive_reader.h"
#include "archive/searcher.h"
#include "archive/store.h"
#include "archive_test_records.h"
#include "archive_test_support.h"
#include "test_support.h"

namespace cablescope::archive {
namespace {

const std::vector<std::string> kIsl = {"06ISLAMABAD10261"};
const std::vector<std::string> kUsun = {"09USUNNEWYORK589"};
const std::vector<std::string> kBoth = {"06ISLAMABAD10261", "09USUNNEWYORK589"};
const std::vector<std::string> kNone = {};

// A cable from Kabul to Islamabad, tagged with a person tag: what the seeds
// lack (a recipient named by the post, a visit).
Record KabulRecord() {
  Record r;
  r.id = "07KABUL100";
  r.format = "telegram";
  r.dtg = "2007-01-15T10:00Z";
  r.station = Station{"RUEHBUL", "0100", "0151000"};
  r.from = "AMEMBASSY KABUL";
  r.origin = "Embassy Kabul";
  r.to = {testing::Rcpt("RUEHIL", "AMEMBASSY ISLAMABAD", "0001")};
  r.classification = "UNCLASSIFIED";
  r.tags = {"OVIP (RICE, CONDOLEEZZA)", "PREL", "AF"};
  r.subject = "SCENESETTER FOR THE SECRETARY'S VISIT";
  r.paragraphs = {{1, std::string("U"), "The Secretary arrives on Monday for talks on the border."}};
  r.body = "1. (U) " + r.paragraphs[0].text + "\n";
  r.source.path = "kabul.txt";
  r.source.format = "telegram";
  return r;
}

class TagPostQuery : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (testing::TempDir() / "cables.db").string();
    std::unique_ptr<ArchiveWriter> w;
    ASSERT_TRUE(ArchiveWriter::Open(path_, &w).ok());
    testing::PutAll(w.get(), {testing::UsunRecord(), testing::IslamabadRecord(), KabulRecord()});
    ASSERT_TRUE(ArchiveReader::Open(path_, &reader_).ok());
    searcher_ = std::make_unique<Searcher>(reader_.get());
  }

  std::vector<std::string> Ids(const std::string& query, SearchResult* out = nullptr) {
    SearchRequest req;
    req.query = query;
    req.sort = SortOrder::kDate;
    req.snippets = true;
    SearchResult res;
    Status s = searcher_->Search(req, &res);
    EXPECT_TRUE(s.ok()) << query << ": " << s.message();
    std::vector<std::string> ids;
    for (const auto& h : res.hits) {
      if (h.id != "07KABUL100") ids.push_back(h.id);  // the seeds' answers, unless asked
    }
    if (out != nullptr) *out = std::move(res);
    return ids;
  }
  bool HasKabul(const std::string& query) {
    SearchResult res;
    Ids(query, &res);
    for (const auto& h : res.hits) {
      if (h.id == "07KABUL100") return true;
    }
    return false;
  }

  std::string path_;
  std::unique_ptr<ArchiveReader> reader_;
  std::unique_ptr<Searcher> searcher_;
};

TEST_F(TagPostQuery, TagByMeaning) {
  EXPECT_EQ(Ids("tag:\"nuclear non-proliferation\""), kIsl);
  EXPECT_EQ(Ids("tag:KNNP"), kIsl);
  EXPECT_EQ(Ids("tag:knnp"), kIsl);
  EXPECT_EQ(Ids("tag:iran"), kBoth);                 // IR, by its meaning
  EXPECT_EQ(Ids("tag:\"security council\""), kUsun);  // UNSC
  EXPECT_EQ(Ids("tag:pakistan"), kIsl);               // PK
  EXPECT_EQ(Ids("tag:\"nuclear\""), kIsl);
  EXPECT_EQ(Ids("tag:\"arms control\""), kNone);
  EXPECT_EQ(Ids("tag:POGOV"), kIsl);  // typos of PGOV, fixed
  EXPECT_EQ(Ids("tag:PGOB"), kIsl);
  EXPECT_EQ(Ids("tag:K*"), kIsl);
  EXPECT_FALSE(HasKabul("tag:KNNP"));
}

TEST_F(TagPostQuery, PersonTags) {
  EXPECT_TRUE(HasKabul("tag:\"condoleezza rice\""));
  EXPECT_TRUE(HasKabul("tag:\"OVIP (RICE, CONDOLEEZZA)\""));
  EXPECT_TRUE(HasKabul("condoleezza"));  // the person tag's person is in the full text
  EXPECT_FALSE(HasKabul("tag:\"susan rice\""));
}

TEST_F(TagPostQuery, PlainWordsFindTheMeaningsOfTags) {
  // Neither seed's text says "non-proliferation": the KNNP tag does.
  EXPECT_EQ(Ids("nuclear non-proliferation"), kIsl);
  EXPECT_EQ(Ids("\"nuclear non-proliferation\""), kIsl);
  EXPECT_EQ(Ids("\"security council\""), kUsun);  // UNSC
  EXPECT_EQ(Ids("KNNP"), kIsl);
  EXPECT_EQ(Ids("\"internal governmental affairs\""), kIsl);  // PGOV
  // Snippets still come from the text, with the words that are there highlighted.
  SearchResult res;
  EXPECT_EQ(Ids("nuclear non-proliferation", &res), kIsl);
  ASSERT_EQ(res.hits.size(), 1u);
  EXPECT_FALSE(res.hits[0].snippet.text.empty());
  EXPECT_FALSE(res.hits[0].snippet.highlights.empty());  // "nuclear" is in the body
}

TEST_F(TagPostQuery, OriginByAnyNameOfThePost) {
  EXPECT_EQ(Ids("origin:RUEHIL"), kIsl);
  EXPECT_EQ(Ids("origin:\"AMEMBASSY ISLAMABAD\""), kIsl);
  EXPECT_EQ(Ids("origin:\"Embassy Islamabad\""), kIsl);
  EXPECT_EQ(Ids("origin:ISLAMABAD"), kIsl);
  EXPECT_EQ(Ids("origin:RUCNDT"), kUsun);
  EXPECT_EQ(Ids("origin:USUNNEWYORK"), kUsun);
  EXPECT_EQ(Ids("origin:\"USMISSION USUN NEW YORK\""), kUsun);
  EXPECT_TRUE(HasKabul("origin:RUEHBUL"));
  EXPECT_FALSE(HasKabul("origin:RUEHIL"));
}

TEST_F(TagPostQuery, ToByAnyNameOfThePost) {
  EXPECT_EQ(Ids("to:RUCNIRA"), kUsun);  // an indicator that is no post still works
  EXPECT_EQ(Ids("to:RUEHBUL"), kBoth);
  EXPECT_EQ(Ids("to:\"Embassy Kabul\""), kBoth);
  EXPECT_EQ(Ids("to:KABUL"), kBoth);
  EXPECT_EQ(Ids("to:\"Secretary of State\""), kBoth);  // SECSTATE WASHDC, RUEHC
  EXPECT_EQ(Ids("to:STATE"), kBoth);
  EXPECT_EQ(Ids("to:\"Consulate Dubai\""), kUsun);
  EXPECT_EQ(Ids("to:\"iran collective\""), kUsun);  // words of the name as written
  EXPECT_EQ(Ids("to:collect*"), kUsun);
  EXPECT_TRUE(HasKabul("to:\"Embassy Islamabad\""));
  EXPECT_TRUE(HasKabul("to:RUEHIL"));
  EXPECT_TRUE(HasKabul("to:ISLAMABAD"));
  EXPECT_FALSE(HasKabul("to:KABUL"));
}

TEST_F(TagPostQuery, RouteByAnyNameOfThePost) {
  EXPECT_EQ(Ids("route:RUEHBUL"), kBoth);
  EXPECT_EQ(Ids("route:\"Embassy Kabul\""), kBoth);
  EXPECT_EQ(Ids("route:RUCNDT"), kUsun);
  EXPECT_EQ(Ids("route:\"USUN New York\""), kUsun);
  EXPECT_TRUE(HasKabul("route:ISLAMABAD"));
  EXPECT_TRUE(HasKabul("route:\"AMEMBASSY ISLAMABAD\""));
  EXPECT_TRUE(HasKabul("route:KABUL"));  // its own station
}

}  // namespace
}  // namespace cablescope::archive
