// The API over the two seed cables of ../shared, ingested by the binary.
#include <nlohmann/json.hpp>

#include "serve_test_server.h"

namespace cablescope {
namespace {

using nlohmann::json;
using testing::TestServer;

TEST(ServeAcceptance, SeedsThroughTheApi) {
  REQUIRE_SHARED();
  const auto dir = testing::TempDir();
  const std::string db = (dir / "seeds.db").string();
  auto run = testing::RunCablescope({"ingest", "--archive", db, (testing::SharedDir() / "seeds").string()});
  ASSERT_EQ(run.status, 0) << run.err;
  serve::ServerOptions options;
  options.api.archive = db;
  TestServer server(options);
  ASSERT_TRUE(server.ok());
  auto client = server.Client();

  auto res = client->Get("/api/search?q=Muttaki");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json j = json::parse(res->body);
  ASSERT_GE(j["total"].get<int>(), 1);
  EXPECT_EQ(j["hits"][0]["id"], "06ISLAMABAD10261");

  res = client->Get("/api/cables/06ISLAMABAD010261");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  j = json::parse(res->body);
  EXPECT_EQ(j["id"], "06ISLAMABAD10261");
  bool knnp = false;
  for (const auto& t : j["tags"]) knnp |= t["code"] == "KNNP";
  EXPECT_TRUE(knnp) << j["tags"];

  res = client->Get("/api/search?q=%22without%20any%20preconditions%22");
  ASSERT_TRUE(res);
  j = json::parse(res->body);
  ASSERT_EQ(j["total"], 1);
  EXPECT_EQ(j["hits"][0]["id"], "09USUNNEWYORK589");

  res = client->Get("/api/export?q=&format=jsonl");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(std::count(res->body.begin(), res->body.end(), '\n'), 2);
}

}  // namespace
}  // namespace cablescope
