// The citation graph on a small invented archive: a hub cited three times,
// a chain, two missing cables, one isolated cable.
//
//   08TESTPOST100 (Mar 1)  <- 200, 300, 400
//   08TESTPOST200 (May 1)  -> 100 (A), 08TESTPOST150 (B, missing)
//   08TESTPOST300 (Jul 1)  -> 100 (A), 200 (B)
//   08TESTPOST400 (Sep 1)  -> 100 (A), 08STATE777 (B, missing)
//   08OTHERPOST5  (Jan 10)    cites nothing
#include <cmath>
#include <map>

#include <gtest/gtest.h>

#include "archive/archive_reader.h"
#include "archive/citation_graph.h"
#include "archive/link_build.h"
#include "archive/searcher.h"
#include "archive/store.h"
#include "archive_test_records.h"
#include "archive_test_support.h"
#include "test_support.h"

namespace cablescope::archive {
namespace {

Reference Cites(const char* label, const char* text, const char* id) {
  return Reference{std::string(label), "cable", text, std::string(id)};
}

Record Cable(int n, const char* date, std::vector<Reference> refs) {
  Record r = testing::SyntheticRecord(n, "graph/" + std::to_string(n) + ".txt");
  r.dtg = std::string(date) + "T10:00Z";
  r.references = std::move(refs);
  return r;
}

class GraphArchive : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (testing::TempDir() / "graph.db").string();
    std::vector<Record> records = {
        Cable(100, "2008-03-01", {}),
        Cable(200, "2008-05-01", {Cites("A", "TESTPOST 100", "08TESTPOST100"), Cites("B", "TESTPOST 150", "08TESTPOST150")}),
        Cable(300, "2008-07-01", {Cites("A", "TESTPOST 100", "08TESTPOST100"), Cites("B", "TESTPOST 200", "08TESTPOST200")}),
        Cable(400, "2008-09-01", {Cites("A", "TESTPOST 100", "08TESTPOST100"), Cites("B", "STATE 777", "08STATE777")}),
    };
    Record other = Cable(5, "2008-01-10", {});
    other.id = "08OTHERPOST5";
    records.push_back(other);
    std::unique_ptr<ArchiveWriter> w;
    ASSERT_TRUE(ArchiveWriter::Open(path_, &w).ok());
    testing::PutAll(w.get(), records);
    Status s = BuildLinks(w->db(), &report_);
    ASSERT_TRUE(s.ok()) << s.message();
    w.reset();
    ASSERT_TRUE(ArchiveReader::Open(path_, &reader_).ok());
    searcher_ = std::make_unique<Searcher>(reader_.get());
  }

  int64_t Int(const std::string& sql) { return QueryInt(reader_->db(), sql, -1); }

  std::vector<std::string> Ids(const std::string& query, SortOrder sort = SortOrder::kDate) {
    SearchRequest req;
    req.query = query;
    req.sort = sort;
    SearchResult res;
    Status s = searcher_->Search(req, &res);
    EXPECT_TRUE(s.ok()) << query << ": " << s.message();
    std::vector<std::string> ids;
    for (const auto& h : res.hits) ids.push_back(h.id);
    return ids;
  }

  std::string path_;
  LinkBuildReport report_;
  std::unique_ptr<ArchiveReader> reader_;
  std::unique_ptr<Searcher> searcher_;
};

TEST_F(GraphArchive, DegreesAndReport) {
  EXPECT_EQ(report_.edges, 6);
  EXPECT_EQ(report_.missing, 2);
  auto row = [&](const char* id, const char* col) {
    return Int(std::string("SELECT g.") + col + " FROM cable_graph g JOIN cables c ON c.cable = g.cable WHERE c.id = '" +
               id + "'");
  };
  EXPECT_EQ(row("08TESTPOST100", "cited_by"), 3);
  EXPECT_EQ(row("08TESTPOST100", "cites"), 0);
  EXPECT_EQ(row("08TESTPOST200", "cites"), 2);
  EXPECT_EQ(row("08TESTPOST200", "cited_by"), 1);
  EXPECT_EQ(row("08OTHERPOST5", "cites"), 0);
  EXPECT_EQ(row("08OTHERPOST5", "cited_by"), 0);
  EXPECT_EQ(Int("SELECT count(*) FROM cable_graph"), 5);
  EXPECT_EQ(Int("SELECT cited_count FROM missing_cables WHERE id = '08TESTPOST150'"), 1);
}

TEST_F(GraphArchive, PageRankSumsToOneAndRanksTheHubFirst) {
  Statement st;
  ASSERT_TRUE(reader_->db().Prepare("SELECT (SELECT sum(rank) FROM cable_graph) + (SELECT sum(rank) FROM missing_cables)",
                                    &st).ok());
  ASSERT_TRUE(st.Step());
  EXPECT_NEAR(st.Double(0), 1.0, 1e-6);
  EXPECT_EQ(Ids("date:2008", SortOrder::kRank).front(), "08TESTPOST100");
  const auto by_citations = Ids("date:2008", SortOrder::kCitations);
  ASSERT_EQ(by_citations.size(), 5u);
  EXPECT_EQ(by_citations[0], "08TESTPOST100");
  EXPECT_EQ(by_citations[1], "08TESTPOST200");
}

TEST_F(GraphArchive, MissingCablesGetEstimatedDates) {
  Statement st;
  ASSERT_TRUE(reader_->db().Prepare("SELECT id, estimated_date, estimate FROM missing_cables ORDER BY id", &st).ok());
  ASSERT_TRUE(st.Step());
  EXPECT_EQ(st.String(0), "08STATE777");
  EXPECT_EQ(st.String(1), "2008-09-01");  // no STATE cable held: the citing cable's date bounds it
  EXPECT_EQ(st.String(2), "citing");
  ASSERT_TRUE(st.Step());
  EXPECT_EQ(st.String(0), "08TESTPOST150");
  // Half way from serial 100 (Mar 1) to 200 (May 1): 61 days * 0.5, rounded.
  EXPECT_EQ(st.String(1), "2008-04-01");
  EXPECT_EQ(st.String(2), "interpolated");
  EXPECT_FALSE(st.Step());
}

TEST_F(GraphArchive, CableRefs) {
  CableRefs refs;
  Status s = LoadCableRefs(reader_->db(), "08testpost200", &refs);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(refs.id, "08TESTPOST200");
  EXPECT_TRUE(refs.held);
  ASSERT_EQ(refs.cites.size(), 2u);
  EXPECT_EQ(refs.cites[0].id, "08TESTPOST100");
  EXPECT_TRUE(refs.cites[0].held);
  EXPECT_EQ(refs.cites[0].label, "A");
  EXPECT_EQ(refs.cites[0].date, "2008-03-01");
  EXPECT_EQ(refs.cites[1].id, "08TESTPOST150");
  EXPECT_FALSE(refs.cites[1].held);
  EXPECT_TRUE(refs.cites[1].date_estimated);
  EXPECT_EQ(refs.cites[1].date, "2008-04-01");
  ASSERT_EQ(refs.cited_by.size(), 1u);
  EXPECT_EQ(refs.cited_by[0].id, "08TESTPOST300");
  std::vector<std::string> thread;
  for (const auto& l : refs.thread) thread.push_back(l.id);
  EXPECT_EQ(thread, (std::vector<std::string>{"08TESTPOST100", "08TESTPOST150", "08TESTPOST200", "08TESTPOST300",
                                              "08STATE777", "08TESTPOST400"}));

  // A missing cable: cited by, and its thread; it cites nothing we know.
  s = LoadCableRefs(reader_->db(), "08TESTPOST150", &refs);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_FALSE(refs.held);
  EXPECT_TRUE(refs.cites.empty());
  ASSERT_EQ(refs.cited_by.size(), 1u);
  EXPECT_EQ(refs.cited_by[0].id, "08TESTPOST200");
  EXPECT_EQ(refs.thread.size(), 6u);

  // Cited by three, in date order.
  s = LoadCableRefs(reader_->db(), "08TESTPOST100", &refs);
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(refs.cited_by.size(), 3u);
  EXPECT_EQ(refs.cited_by[0].id, "08TESTPOST200");
  EXPECT_EQ(refs.cited_by[2].id, "08TESTPOST400");

  // Isolated: its thread is itself.
  s = LoadCableRefs(reader_->db(), "08OTHERPOST5", &refs);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(refs.cites.empty());
  EXPECT_TRUE(refs.cited_by.empty());
  ASSERT_EQ(refs.thread.size(), 1u);

  EXPECT_EQ(LoadCableRefs(reader_->db(), "08NOWHERE1", &refs).code(), Status::Code::kNotFound);
}

TEST_F(GraphArchive, QueryFields) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Ids("cites:08TESTPOST100"), (V{"08TESTPOST200", "08TESTPOST300", "08TESTPOST400"}));
  EXPECT_EQ(Ids("cites:08TESTPOST150"), (V{"08TESTPOST200"}));
  EXPECT_EQ(Ids("cited_by:08TESTPOST300"), (V{"08TESTPOST100", "08TESTPOST200"}));
  EXPECT_EQ(Ids("cited_by:08TESTPOST100"), V{});
  EXPECT_EQ(Ids("thread:08STATE777"), (V{"08TESTPOST100", "08TESTPOST200", "08TESTPOST300", "08TESTPOST400"}));
  EXPECT_EQ(Ids("thread:08OTHERPOST5"), (V{"08OTHERPOST5"}));
  EXPECT_EQ(Ids("cites:08TESTPOST100 AND NOT cites:08TESTPOST200"), (V{"08TESTPOST200", "08TESTPOST400"}));
  EXPECT_EQ(Ids("cites:08NOWHERE1"), V{});
}

TEST_F(GraphArchive, CitedFacet) {
  SearchRequest req;
  req.query = "date:2008";
  req.facets = {FacetField::kCited};
  SearchResult res;
  ASSERT_TRUE(searcher_->Search(req, &res).ok());
  ASSERT_EQ(res.facets.size(), 1u);
  std::map<std::string, int64_t> counts;
  for (const auto& c : res.facets[0].counts) counts[c.value] = c.count;
  EXPECT_EQ(counts["cited"], 2);    // 100 and 200
  EXPECT_EQ(counts["uncited"], 3);  // 300, 400, OTHERPOST5
}

TEST_F(GraphArchive, RebuildIsIdempotent) {
  std::unique_ptr<ArchiveWriter> w;
  ASSERT_TRUE(ArchiveWriter::Open(path_, &w).ok());
  LinkBuildReport again;
  ASSERT_TRUE(BuildLinks(w->db(), &again).ok());
  EXPECT_EQ(again.edges, report_.edges);
  EXPECT_EQ(QueryInt(w->db(), "SELECT count(*) FROM missing_cables"), 2);
  EXPECT_EQ(QueryInt(w->db(), "SELECT count(*) FROM cable_graph"), 5);
}

}  // namespace
}  // namespace cablescope::archive
