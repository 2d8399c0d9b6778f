// The JSON API of `cablescope serve`, endpoint by endpoint, over HTTP on
// 127.0.0.1 against an archive built in code.
#include <nlohmann/json.hpp>

#include "archive/archive_reader.h"
#include "archive/citation_graph.h"
#include "archive/people_store.h"
#include "link/post_table.h"
#include "link/tag_info.h"
#include "serve_test_server.h"

namespace cablescope {
namespace {

using nlohmann::json;
using testing::TestServer;

class ServeApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    archive_ = new std::string(testing::BuildServeArchive(testing::TempDir()));
    serve::ServerOptions options;
    options.api.archive = *archive_;
    options.threads = 8;
    server_ = new TestServer(options);
  }
  static void TearDownTestSuite() {
    delete server_;
    delete archive_;
  }

  // GET `path` with `params`; checks the status and parses the body.
  json Get(const std::string& path, const httplib::Params& params = {}, int status = 200) {
    auto client = server_->Client();
    auto res = client->Get(path, params, httplib::Headers{});
    EXPECT_TRUE(res) << path << ": no response";
    if (!res) return json();
    EXPECT_EQ(res->status, status) << path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << path;
    return json::parse(res->body, nullptr, false);
  }

  static std::string* archive_;
  static TestServer* server_;
};

std::string* ServeApi::archive_ = nullptr;
TestServer* ServeApi::server_ = nullptr;

TEST_F(ServeApi, Health) {
  ASSERT_TRUE(server_->ok());
  json j = Get("/api/health");
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["cables"], testing::kTestCables);
  // The cache counters move: a search no other test makes misses, then hits.
  const json& c0 = j["cache"];
  Get("/api/search", {{"q", "harvest OR Solana"}, {"limit", "3"}});
  Get("/api/search", {{"q", "harvest OR Solana"}, {"limit", "3"}});
  const json c1 = Get("/api/health")["cache"];
  EXPECT_EQ(c1["misses"].get<int64_t>(), c0["misses"].get<int64_t>() + 1);
  EXPECT_EQ(c1["hits"].get<int64_t>(), c0["hits"].get<int64_t>() + 1);
  EXPECT_EQ(c1["entries"].get<int64_t>(), c0["entries"].get<int64_t>() + 1);
  EXPECT_EQ(c1["stale"], c0["stale"]);
}

TEST_F(ServeApi, SearchHasHitsSnippetOffsetsAndFacets) {
  json j = Get("/api/search", {{"q", "Solana"}});
  EXPECT_EQ(j["query"], "Solana");
  EXPECT_EQ(j["total"], 1);
  ASSERT_EQ(j["hits"].size(), 1u);
  const auto& hit = j["hits"][0];
  EXPECT_EQ(hit["id"], "09USUNNEWYORK589");
  EXPECT_EQ(hit["date"], "2009-06-13");
  const std::string text = hit["snippet"]["text"];
  ASSERT_FALSE(hit["snippet"]["highlights"].empty());
  for (const auto& h : hit["snippet"]["highlights"]) {
    EXPECT_EQ(text.substr(h[0].get<size_t>(), h[1].get<size_t>() - h[0].get<size_t>()), "Solana");
  }
  for (const char* f : {"origin", "tag", "classification", "year", "month"}) EXPECT_TRUE(j["facets"].contains(f)) << f;
  EXPECT_EQ(j["facets"]["month"][0]["value"], "2009-06");
}

TEST_F(ServeApi, SearchSortsPagesAndChoosesFacets) {
  json all = Get("/api/search", {{"q", "harvest"}, {"sort", "date"}, {"limit", "1000"}, {"facets", "tag,year"}});
  const int64_t total = all["total"];
  EXPECT_EQ(total, testing::kSyntheticCables + 1);  // the markup cable too
  ASSERT_EQ(all["hits"].size(), static_cast<size_t>(total));
  for (size_t i = 1; i < all["hits"].size(); ++i) {
    EXPECT_LE(all["hits"][i - 1]["date"].get<std::string>(), all["hits"][i]["date"].get<std::string>());
  }
  EXPECT_EQ(all["facets"].size(), 2u);
  EXPECT_TRUE(all["facets"].contains("tag"));
  json page = Get("/api/search", {{"q", "harvest"}, {"sort", "date"}, {"limit", "5"}, {"offset", "10"}, {"facets", ""}});
  ASSERT_EQ(page["hits"].size(), 5u);
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(page["hits"][i]["id"], all["hits"][10 + i]["id"]);
  EXPECT_TRUE(page["facets"].empty());
  EXPECT_EQ(page["sort"], "date");
}

TEST_F(ServeApi, SearchAnswersRepeatsFromTheCache) {
  auto client = server_->Client();
  auto first = client->Get("/api/search?q=tag%3AKNNP&limit=3");
  auto second = client->Get("/api/search?q=tag%3AKNNP&limit=3");
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->get_header_value("X-Cache"), "miss");
  EXPECT_EQ(second->get_header_value("X-Cache"), "hit");
  EXPECT_EQ(first->body, second->body);
}

TEST_F(ServeApi, BadQueriesAndParametersAre400WithTheColumn) {
  json j = Get("/api/search", {{"q", "tag:KNNP and \"missile"}}, 400);
  EXPECT_EQ(j["status"], 400);
  EXPECT_NE(j["error"].get<std::string>().find("unbalanced quote at column 14"), std::string::npos) << j;
  EXPECT_EQ(j["column"], 14);
  Get("/api/search", {{"q", "iran"}, {"sort", "random"}}, 400);
  Get("/api/search", {{"q", "iran"}, {"limit", "1001"}}, 400);  // page size <= 1000
  Get("/api/search", {{"q", "iran"}, {"limit", "-1"}}, 400);
  Get("/api/search", {{"q", "iran"}, {"offset", "x"}}, 400);
  Get("/api/search", {{"q", "iran"}, {"facets", "colour"}}, 400);
  Get("/api/facets", {{"q", "date:20x9"}}, 400);
  Get("/api/timeline", {{"q", "iran"}, {"by", "week"}}, 400);
  Get("/api/export", {{"q", "iran"}, {"format", "xml"}}, 400);
  Get("/api/export", {{"q", "(iran"}}, 400);
  Get("/api/cables/06ISLAMABAD10261/diff", {{"a", "one"}}, 400);
}

TEST_F(ServeApi, QueriesOver4KBAre413) {
  const std::string big(serve::kMaxQueryBytes + 1, 'a');
  json j = Get("/api/search", {{"q", big}}, 413);
  EXPECT_EQ(j["status"], 413);
  Get("/api/facets", {{"q", big}}, 413);
  Get("/api/timeline", {{"q", big}}, 413);
  Get("/api/export", {{"q", big}}, 413);
  Get("/api/people", {{"q", big}}, 413);
  // Exactly 4 KB is allowed.
  Get("/api/search", {{"q", std::string(serve::kMaxQueryBytes, 'a')}, {"facets", ""}}, 200);
  // A URI over httplib's 8 KB limit never reaches a handler: still 413, JSON.
  const std::string response = testing::RawGet(server_->port(), "/api/search?q=" + std::string(9000, 'b'));
  EXPECT_EQ(testing::RawStatus(response), 413) << response.substr(0, 200);
  EXPECT_NE(response.find("\"error\""), std::string::npos);
}

TEST_F(ServeApi, FacetsAndTimeline) {
  json f = Get("/api/facets", {{"q", "iran"}, {"facets", "tag"}, {"facet_limit", "0"}});
  EXPECT_EQ(f["total"], 2);
  ASSERT_TRUE(f["facets"].contains("tag"));
  EXPECT_EQ(f["facets"].size(), 1u);
  json t = Get("/api/timeline", {{"q", "harvest"}});
  EXPECT_EQ(t["by"], "month");
  int64_t sum = 0;
  std::string last;
  for (const auto& b : t["buckets"]) {
    EXPECT_LT(last, b["value"].get<std::string>()) << "buckets in date order";
    last = b["value"];
    EXPECT_EQ(last.size(), 7u);
    sum += b["count"].get<int64_t>();
  }
  EXPECT_EQ(sum, t["total"].get<int64_t>());
  EXPECT_EQ(t["buckets"].size(), 12u);  // the synthetic cables cover every month of 2008
  json y = Get("/api/timeline", {{"q", "iran OR harvest"}, {"by", "year"}});
  ASSERT_EQ(y["buckets"].size(), 3u);
  EXPECT_EQ(y["buckets"][0]["value"], "2006");
  EXPECT_EQ(y["buckets"][2]["value"], "2009");
}

TEST_F(ServeApi, ExportStreamsEveryMatchAsJsonLinesOrCsv) {
  auto client = server_->Client();
  auto res = client->Get("/api/export?q=harvest");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/x-ndjson");
  EXPECT_EQ(res->get_header_value("Transfer-Encoding"), "chunked");
  EXPECT_EQ(res->get_header_value("X-Total-Count"), std::to_string(testing::kSyntheticCables + 1));
  std::istringstream lines(res->body);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    json r = json::parse(line);
    EXPECT_TRUE(r.contains("id"));
    ++n;
  }
  EXPECT_EQ(n, testing::kSyntheticCables + 1);
  res = client->Get("/api/export?q=iran&format=csv");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(res->body.rfind("id,date,origin,", 0), 0u);
  EXPECT_NE(res->body.find("\n06ISLAMABAD10261,2006-06-02,"), std::string::npos) << res->body.substr(0, 300);
}

TEST_F(ServeApi, CableResolvesAnyIdForm) {
  for (const char* id : {"06ISLAMABAD10261", "06ISLAMABAD010261", "06islamabad10261"}) {
    json j = Get(std::string("/api/cables/") + id);
    EXPECT_EQ(j["id"], "06ISLAMABAD10261") << id;
    EXPECT_EQ(j["record"]["subject"], "IRANIAN FM MUTTAKI IN ISLAMABAD");
    ASSERT_EQ(j["tags"].size(), 5u);
    EXPECT_EQ(j["tags"][2]["code"], "KNNP");
    const auto info = link::DescribeTag("KNNP");
    EXPECT_EQ(j["tags"][2]["known"], info.has_value());
    if (info) {
      EXPECT_EQ(j["tags"][2]["meaning"], info->meaning);
    }
    std::vector<std::string> routes;
    for (const auto& r : j["routes"]) routes.push_back(r["route"]);
    EXPECT_EQ(routes, (std::vector<std::string>{"RUEHPW", "RUEHC", "RUEHTA", "RUEHBUL"}));
    EXPECT_TRUE(j["people"].is_array());
  }
  json e = Get("/api/cables/99NOWHERE1", {}, 404);
  EXPECT_EQ(e["status"], 404);
  EXPECT_NE(e["error"].get<std::string>().find("no cable 99NOWHERE1"), std::string::npos) << e;
  Get("/api/cables/99NOWHERE1/versions", {}, 404);
  Get("/api/nothing-here", {}, 404);
}

TEST_F(ServeApi, VersionsAndDiff) {
  json v = Get("/api/cables/06ISLAMABAD010261/versions");
  EXPECT_EQ(v["id"], "06ISLAMABAD10261");
  ASSERT_EQ(v["versions"].size(), 2u);
  EXPECT_EQ(v["versions"][0]["path"], "seeds/003.txt");
  EXPECT_EQ(v["versions"][1]["path"], "release/06ISLAMABAD10261.html");
  EXPECT_EQ(v["versions"][0]["record"]["format"], "press");
  json d = Get("/api/cables/06ISLAMABAD10261/diff", {{"a", "1"}, {"b", "2"}});
  EXPECT_EQ(d["a"]["version"], 1);
  EXPECT_EQ(d["b"]["path"], "release/06ISLAMABAD10261.html");
  std::string deleted, inserted;
  for (const auto& run : d["runs"]) {
    if (run["op"] == "delete") deleted += run["text"].get<std::string>() + " ";
    if (run["op"] == "insert") inserted += run["text"].get<std::string>() + " ";
  }
  EXPECT_NE(deleted.find("Kasuri"), std::string::npos) << d;
  EXPECT_NE(inserted.find("xxxxxxxxxxxx"), std::string::npos) << d;
  json e = Get("/api/cables/06ISLAMABAD10261/diff", {{"a", "1"}, {"b", "9"}}, 404);
  EXPECT_NE(e["error"].get<std::string>().find("has versions 1 to 2"), std::string::npos);
}

TEST_F(ServeApi, RefsAgreeWithTheCitationGraph) {
  std::unique_ptr<archive::ArchiveReader> reader;
  ASSERT_TRUE(archive::ArchiveReader::Open(*archive_, &reader).ok());
  archive::CableRefs direct;
  archive::Status s = archive::LoadCableRefs(reader->db(), "06ISLAMABAD10261", &direct);
  if (!s.ok()) {
    Get("/api/cables/06ISLAMABAD10261/refs", {}, 404);
    GTEST_SKIP() << "LoadCableRefs is not implemented yet: " << s.message();
  }
  json j = Get("/api/cables/06ISLAMABAD010261/refs");
  EXPECT_EQ(j["id"], "06ISLAMABAD10261");
  EXPECT_EQ(j["held"], true);
  ASSERT_EQ(j["cites"].size(), direct.cites.size());
  ASSERT_FALSE(j["cites"].empty());
  EXPECT_EQ(j["cites"][0]["id"], "09USUNNEWYORK589");
  EXPECT_EQ(j["cites"][0]["held"], true);
  EXPECT_EQ(j["cited_by"].size(), direct.cited_by.size());
  EXPECT_EQ(j["thread"].size(), direct.thread.size());
  json back = Get("/api/cables/09USUNNEWYORK589/refs");
  ASSERT_FALSE(back["cited_by"].empty());
  EXPECT_EQ(back["cited_by"][0]["id"], "06ISLAMABAD10261");
}

TEST_F(ServeApi, PeopleAgreeWithThePeopleStore) {
  std::unique_ptr<archive::ArchiveReader> reader;
  ASSERT_TRUE(archive::ArchiveReader::Open(*archive_, &reader).ok());
  std::vector<archive::PersonSummary> direct;
  int64_t total = 0;
  ASSERT_TRUE(archive::ListPeople(reader->db(), "", 1000, 0, &direct, &total).ok());
  json j = Get("/api/people", {{"limit", "1000"}});
  EXPECT_EQ(j["total"], total);
  ASSERT_EQ(j["people"].size(), direct.size());
  Get("/api/people", {{"limit", "1001"}}, 400);
  Get("/api/people/no-such-person-anywhere", {}, 404);
  if (direct.empty()) GTEST_SKIP() << "the people store holds nobody yet (issue 4 in progress)";
  const auto& first = direct.front();
  EXPECT_EQ(j["people"][0]["name"], first.name);
  json p = Get("/api/people/" + std::to_string(first.person));
  EXPECT_EQ(p["person"]["name"], first.name);
  EXPECT_EQ(p["cables"].size(), static_cast<size_t>(first.cables));
}

TEST_F(ServeApi, TagsAndRoutesAgreeWithTheTables) {
  const auto knnp = link::DescribeTag("KNNP");
  if (knnp) {
    json t = Get("/api/tags/knnp");
    EXPECT_EQ(t["code"], "KNNP");
    EXPECT_EQ(t["meaning"], knnp->meaning);
    EXPECT_EQ(t["kind"], std::string(link::TagClassName(knnp->kind)));
  } else {
    Get("/api/tags/KNNP", {}, 404);
  }
  json e = Get("/api/tags/ZZZZZZZZ", {}, 404);
  EXPECT_EQ(e["status"], 404);
  json list = Get("/api/tags", {{"q", "nuclear"}});
  EXPECT_EQ(list["total"].get<size_t>(), link::FindTags("nuclear").size());

  const auto name = link::RouteName("RUEHIL");
  if (name || link::FindPost("RUEHIL") != nullptr) {
    json r = Get("/api/routes/RUEHIL");
    EXPECT_EQ(r["route"], "RUEHIL");
    if (name) {
      EXPECT_EQ(r["name"], *name);
    }
  } else {
    Get("/api/routes/RUEHIL", {}, 404);
  }
  Get("/api/routes/QQQQQQ", {}, 404);
  if (!knnp || !name) GTEST_SKIP() << "the TAGS or routing tables are not filled yet (issue 4 in progress)";
}

TEST_F(ServeApi, CableTextIsEscapedInEveryAnswer) {
  // `<` and `&` reach the client as \u003c and \u0026: the JSON means the
  // same text, and no byte of it can start a tag or an entity.
  auto client = server_->Client();
  for (const char* path : {"/api/cables/08TESTPOST900", "/api/search?q=talks", "/api/cables/08TESTPOST900/versions",
                           "/api/export?q=talks", "/api/search?q=%3Cscript%3E%20%26"}) {
    auto res = client->Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->body.find('<'), std::string::npos) << path << ": " << res->body.substr(0, 300);
    EXPECT_EQ(res->body.find('&'), std::string::npos) << path;
    EXPECT_EQ(res->body.find('>'), std::string::npos) << path;
  }
  json j = Get("/api/cables/08TESTPOST900");
  EXPECT_EQ(j["record"]["subject"], "AT&T <SCRIPT>ALERT(1)</SCRIPT> TALKS");
  EXPECT_NE(j["record"]["body"].get<std::string>().find("<<END ITEM>> marker & the <b>bold</b>"), std::string::npos);
  json s = Get("/api/search", {{"q", "talks"}});
  ASSERT_EQ(s["hits"].size(), 1u);
  EXPECT_EQ(s["hits"][0]["subject"], "AT&T <SCRIPT>ALERT(1)</SCRIPT> TALKS");
  // An error quoting the request is escaped too.
  auto res = client->Get("/api/%3Cimg%3E");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_EQ(res->body.find('<'), std::string::npos) << res->body;
}

TEST_F(ServeApi, HeadAnswersWithoutBody) {
  auto client = server_->Client();
  auto res = client->Head("/api/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_TRUE(res->body.empty());
}

}  // namespace
}  // namespace cablescope
