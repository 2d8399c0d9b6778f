// `cablescope search`, `show`, `export` and `stats` as a user runs them, on
// records built in code and (when ../shared is present) on the two seeds.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "archive/archive_test_records.h"
#include "model/record_json.h"
#include "test_support.h"

namespace cablescope {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// An archive of the two seed-shaped records plus a redacted second version
// of 06ISLAMABAD10261, ingested with `ingest --records`.
const std::string& BuiltArchive() {
  static const std::string db = [] {
    const fs::path dir = testing::TempDir();
    std::ofstream out(dir / "records.jsonl");
    Record redacted = testing::IslamabadRecord("release/06ISLAMABAD10261.html", true);
    for (const Record& r : {testing::UsunRecord(), testing::IslamabadRecord(), redacted}) {
      std::string line;
      AppendRecordJson(r, &line);
      out << line << "\n";
    }
    out.close();
    const std::string path = (dir / "cables.db").string();
    auto run = testing::RunCablescope({"ingest", "--records", "--archive", path, (dir / "records.jsonl").string()});
    EXPECT_EQ(run.status, 0) << run.err;
    return path;
  }();
  return db;
}

std::vector<std::string> SearchIds(const std::string& db, const std::string& query) {
  auto run = testing::RunCablescope({"search", "--archive", db, "--json", "--sort", "date", query});
  EXPECT_EQ(run.status, 0) << query << ": " << run.err;
  std::vector<std::string> ids;
  if (run.status != 0) return ids;
  json j = json::parse(run.out);
  for (const auto& h : j["hits"]) ids.push_back(h["id"]);
  EXPECT_EQ(j["total"].get<size_t>(), ids.size());
  return ids;
}

TEST(SearchCommand, JsonHasHitsSnippetOffsetsAndFacets) {
  auto run = testing::RunCablescope({"search", "--archive", BuiltArchive(), "--json", "Solana"});
  ASSERT_EQ(run.status, 0) << run.err;
  json j = json::parse(run.out);
  EXPECT_EQ(j["total"], 1);
  const auto& hit = j["hits"][0];
  EXPECT_EQ(hit["id"], "09USUNNEWYORK589");
  EXPECT_EQ(hit["date"], "2009-06-13");
  EXPECT_EQ(hit["classification"], "CONFIDENTIAL");
  const std::string text = hit["snippet"]["text"];
  ASSERT_FALSE(hit["snippet"]["highlights"].empty());
  for (const auto& h : hit["snippet"]["highlights"]) {
    EXPECT_EQ(text.substr(h[0].get<size_t>(), h[1].get<size_t>() - h[0].get<size_t>()), "Solana");
  }
  for (const char* f : {"origin", "tag", "classification", "year", "month"}) EXPECT_TRUE(j["facets"].contains(f)) << f;
  EXPECT_EQ(j["facets"]["year"][0]["value"], "2009");
  EXPECT_EQ(j["facets"]["month"][0]["value"], "2009-06");
}

TEST(SearchCommand, TextOutputAndErrors) {
  auto run = testing::RunCablescope({"search", "--archive", BuiltArchive(), "--facet", "tag", "iran"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("2 cables match"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("tag:  IR (2)  PREL (2)"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("\033["), std::string::npos) << "no colour when stdout is not a terminal";
  run = testing::RunCablescope({"search", "--archive", BuiltArchive(), "tag:KNNP and \"missile"});
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("unbalanced quote at column 14"), std::string::npos) << run.err;
  run = testing::RunCablescope({"search", "--archive", BuiltArchive(), "zanzibar"});
  EXPECT_EQ(run.status, 0);
  EXPECT_NE(run.out.find("0 cables match"), std::string::npos);
  run = testing::RunCablescope({"search", "--archive", (testing::TempDir() / "none.db").string(), "x"});
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("no archive at"), std::string::npos);
}

TEST(ShowCommand, CableVersionsAndDiff) {
  auto run = testing::RunCablescope({"show", "--archive", BuiltArchive(), "06ISLAMABAD010261"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("SUBJECT IRANIAN FM MUTTAKI IN ISLAMABAD"), std::string::npos) << run.out;
  run = testing::RunCablescope({"show", "--archive", BuiltArchive(), "--versions", "06ISLAMABAD10261"});
  EXPECT_NE(run.out.find("2 versions"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("press"), std::string::npos);
  run = testing::RunCablescope({"show", "--archive", BuiltArchive(), "--json", "06ISLAMABAD10261"});
  json j = json::parse(run.out);
  EXPECT_EQ(j["versions"], 2);
  EXPECT_EQ(j["provenance"]["paragraphs"], 1);  // the unredacted one
  run = testing::RunCablescope({"show", "--archive", BuiltArchive(), "--diff", "1", "2", "06ISLAMABAD10261"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("[-Kasuri-]"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("{+xxxxxxxxxxxx+}"), std::string::npos) << run.out;
  run = testing::RunCablescope({"show", "--archive", BuiltArchive(), "99NOWHERE1"});
  EXPECT_EQ(run.status, 1);
}

TEST(ExportCommand, FormatsStreamEveryMatch) {
  auto run = testing::RunCablescope({"export", "--archive", BuiltArchive(), "iran"});
  EXPECT_EQ(run.status, 0) << run.err;
  std::istringstream lines(run.out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    json r = json::parse(line);
    EXPECT_TRUE(r.contains("provenance"));
    ++n;
  }
  EXPECT_EQ(n, 2);
  run = testing::RunCablescope({"export", "--archive", BuiltArchive(), "--format", "csv", "Muttaki"});
  EXPECT_EQ(run.out.rfind("id,date,origin,", 0), 0u);
  EXPECT_NE(run.out.find("06ISLAMABAD10261,2006-06-02,Embassy Islamabad"), std::string::npos) << run.out;
  const fs::path mapping = testing::TempDir() / "mapping.json";
  run = testing::RunCablescope({"export", "--archive", BuiltArchive(), "--format", "opensearch", "--mapping",
                                mapping.string(), ""});
  EXPECT_EQ(run.status, 0) << run.err;
  std::istringstream bulk(run.out);
  int docs = 0;
  while (std::getline(bulk, line)) {
    json action = json::parse(line);
    ASSERT_TRUE(action.contains("index"));
    ASSERT_TRUE(std::getline(bulk, line));
    json doc = json::parse(line);
    EXPECT_EQ(doc["id"], action["index"]["_id"]);
    ++docs;
  }
  EXPECT_EQ(docs, 2);
  EXPECT_TRUE(json::parse(testing::ReadFile(mapping))["mappings"]["properties"].contains("tags"));
}

TEST(StatsCommand, CountsByField) {
  auto run = testing::RunCablescope({"stats", "--archive", BuiltArchive(), "--json"});
  EXPECT_EQ(run.status, 0) << run.err;
  json j = json::parse(run.out);
  EXPECT_EQ(j["cables"], 2);
  EXPECT_EQ(j["versions"], 3);
  EXPECT_EQ(j["multi_version_cables"], 1);
  EXPECT_EQ(j["by_year"]["2006"], 1);
  EXPECT_EQ(j["by_tag"]["PREL"], 2);
  EXPECT_EQ(j["by_classification"]["CONFIDENTIAL"], 2);
}

// Issue 3's acceptance queries on the real seeds.
TEST(SearchCommand, SeedAcceptance) {
  REQUIRE_SHARED();
  const std::string db = (testing::TempDir() / "seeds.db").string();
  auto run = testing::RunCablescope({"ingest", "--archive", db, (testing::SharedDir() / "seeds").string()});
  ASSERT_EQ(run.status, 0) << run.err;
  const std::vector<std::string> isl = {"06ISLAMABAD10261"}, usun = {"09USUNNEWYORK589"};
  const std::vector<std::string> both = {"06ISLAMABAD10261", "09USUNNEWYORK589"};
  EXPECT_EQ(SearchIds(db, "Muttaki"), isl);
  EXPECT_EQ(SearchIds(db, "\"without any preconditions\""), usun);
  EXPECT_EQ(SearchIds(db, "tag:KNNP date:2006"), isl);
  EXPECT_EQ(SearchIds(db, "route:RUEHBUL"), both);
  EXPECT_EQ(SearchIds(db, "to:RUCNIRA"), usun);
  EXPECT_EQ(SearchIds(db, "para:C Solana"), usun);
  EXPECT_EQ(SearchIds(db, "10261"), isl);
  run = testing::RunCablescope({"show", "--archive", db, "--versions", "06ISLAMABAD10261"});
  EXPECT_NE(run.out.find("press"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace cablescope
