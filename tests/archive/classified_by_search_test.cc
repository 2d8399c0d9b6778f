// classified_by: searches, both ways the executor answers them: through the
// full-text index (the Classified By line is in the body, the usual case)
// and by the table scan it falls back to when the body lacks the line (a
// merged cable whose body came from a version without it).
#include <algorithm>

#include <gtest/gtest.h>

#include "archive/archive_reader.h"
#include "archive/searcher.h"
#include "archive/store.h"
#include "archive_test_records.h"
#include "archive_test_support.h"
#include "test_support.h"

namespace cablescope::archive {
namespace {

Record WithClassifier(int n, const std::string& name, const std::string& title, bool line_in_body) {
  Record r = testing::SyntheticRecord(n, "classifiers.jsonl");
  r.classified_by = {{name, title}};
  if (line_in_body) r.body = "Classified By: " + title + " " + name + ", reasons 1.4 (b) and (d).\n" + r.body.value_or("");
  return r;
}

class ClassifiedBySearch : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (testing::TempDir() / "classifiers.db").string();
    std::unique_ptr<ArchiveWriter> w;
    ASSERT_TRUE(ArchiveWriter::Open(path_, &w).ok());
    const std::vector<Record> records = {
        WithClassifier(1, "Susan E. Rice", "Ambassador", true),
        WithClassifier(2, "Anne W. Patterson", "Ambassador", true),
        WithClassifier(3, "Gerald Feierstein", "DCM", false),  // line not in the body
        WithClassifier(4, "Rice Paddy", "Consul", true),
        testing::SyntheticRecord(5, "classifiers.jsonl"),  // mentions no one; no classifier
    };
    testing::PutAll(w.get(), records);
    ASSERT_TRUE(ArchiveReader::Open(path_, &reader_).ok());
    searcher_ = std::make_unique<Searcher>(reader_.get());
  }

  std::vector<std::string> Ids(const std::string& query) {
    SearchRequest req;
    req.query = query;
    req.sort = SortOrder::kDate;
    req.snippets = false;
    SearchResult res;
    Status s = searcher_->Search(req, &res);
    EXPECT_TRUE(s.ok()) << query << ": " << s.message();
    std::vector<std::string> ids;
    for (const auto& h : res.hits) ids.push_back(h.id);
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  std::string path_;
  std::unique_ptr<ArchiveReader> reader_;
  std::unique_ptr<Searcher> searcher_;
};

using IdList = std::vector<std::string>;

TEST_F(ClassifiedBySearch, NameWordsThroughTheIndex) {
  EXPECT_EQ(Ids("classified_by:rice"), (IdList{"08TESTPOST1", "08TESTPOST4"}));
  EXPECT_EQ(Ids("classified_by:\"susan e rice\""), IdList{"08TESTPOST1"});
  EXPECT_EQ(Ids("classified_by:patt*"), IdList{"08TESTPOST2"});
}

TEST_F(ClassifiedBySearch, TitleAndNameTogether) {
  EXPECT_EQ(Ids("classified_by:\"ambassador susan e rice\""), IdList{"08TESTPOST1"});
  EXPECT_EQ(Ids("classified_by:ambassador"), (IdList{"08TESTPOST1", "08TESTPOST2"}));
}

TEST_F(ClassifiedBySearch, WordsInTheTextButNotTheClassifierDoNotMatch) {
  // "reasons" is in the bodies (on the Classified By line), not in a name.
  EXPECT_TRUE(Ids("classified_by:reasons").empty());
  // "harvest" is in every body; no classifier has it.
  EXPECT_TRUE(Ids("classified_by:harvest").empty());
}

TEST_F(ClassifiedBySearch, ClassifierMissingFromTheBodyIsStillFound) {
  EXPECT_EQ(Ids("classified_by:feierstein"), IdList{"08TESTPOST3"});
  EXPECT_EQ(Ids("classified_by:\"dcm gerald feierstein\""), IdList{"08TESTPOST3"});
  EXPECT_TRUE(Ids("classified_by:nobody").empty());
}

}  // namespace
}  // namespace cablescope::archive
