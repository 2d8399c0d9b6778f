// Many clients at once, while an ingest commits: every answer is complete
// and the new cables show up (WAL: readers see each committed batch).
#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "serve_test_server.h"

namespace cablescope {
namespace {

using nlohmann::json;
using testing::TestServer;

TEST(ServeConcurrency, SearchesWhileAnIngestRuns) {
  serve::ServerOptions options;
  options.api.archive = testing::BuildServeArchive(testing::TempDir());
  options.api.readers = 2;
  options.threads = 8;
  TestServer server(options);
  ASSERT_TRUE(server.ok());

  std::atomic<bool> writing{true};
  std::atomic<int> failures{0}, answers{0};
  const char* queries[] = {"/api/search?q=harvest&limit=5", "/api/search?q=iran", "/api/facets?q=harvest",
                           "/api/timeline?q=harvest", "/api/cables/06ISLAMABAD010261", "/api/search?q=topic3&sort=date",
                           "/api/search?q=tag%3APREL&limit=50&facets=tag"};
  std::vector<std::thread> clients;
  for (int t = 0; t < 4; ++t) {
    clients.emplace_back([&, t] {
      auto client = server.Client();
      client->set_keep_alive(true);
      for (int i = 0; i < 60; ++i) {  // bounded; goes on a little after the writer
        auto res = client->Get(queries[(t + i) % 7]);
        if (!res || res->status != 200 || json::parse(res->body, nullptr, false).is_discarded()) ++failures;
        ++answers;
        if (!writing && i >= 30) break;
      }
    });
  }
  {
    std::unique_ptr<archive::ArchiveWriter> w;
    ASSERT_TRUE(archive::ArchiveWriter::Open(options.api.archive, &w).ok());
    for (int batch = 0; batch < 5; ++batch) {
      for (int i = 0; i < 20; ++i) {
        archive::PutOutcome o;
        ASSERT_TRUE(w->Put(testing::SyntheticRecord(1000 + batch * 20 + i, "more.txt"), &o).ok());
      }
      ASSERT_TRUE(w->Commit().ok());
    }
  }
  writing = false;
  for (auto& c : clients) c.join();
  EXPECT_EQ(failures, 0) << "of " << answers;
  auto res = server.Client()->Get("/api/search?q=harvest&limit=0");
  ASSERT_TRUE(res);
  EXPECT_EQ(json::parse(res->body)["total"], testing::kSyntheticCables + 1 + 100);
}

// Stale-while-revalidate: after a commit, a cached search is answered at
// once from the older generation (X-Cache: stale), and the background
// refresh soon makes it fresh, with the new cables counted.
TEST(ServeConcurrency, AnAnswerMadeStaleByACommitIsServedAtOnceThenRefreshed) {
  serve::ServerOptions options;
  options.api.archive = testing::BuildServeArchive(testing::TempDir());
  TestServer server(options);
  ASSERT_TRUE(server.ok());
  auto client = server.Client();
  const char* query = "/api/search?q=harvest&limit=0";
  auto first = client->Get(query);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->get_header_value("X-Cache"), "miss");
  const int64_t before = json::parse(first->body)["total"];
  const json health_before = json::parse(client->Get("/api/health")->body);
  {
    std::unique_ptr<archive::ArchiveWriter> w;
    ASSERT_TRUE(archive::ArchiveWriter::Open(options.api.archive, &w).ok());
    for (int i = 0; i < 5; ++i) {
      archive::PutOutcome o;
      ASSERT_TRUE(w->Put(testing::SyntheticRecord(2000 + i, "more.txt"), &o).ok());
    }
    ASSERT_TRUE(w->Commit().ok());
  }
  auto stale = client->Get(query);
  ASSERT_TRUE(stale);
  EXPECT_EQ(stale->get_header_value("X-Cache"), "stale");
  EXPECT_EQ(stale->body, first->body);
  std::string header;
  int64_t after = -1;
  for (int i = 0; i < 400 && header != "hit"; ++i) {  // at most ~10 s
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
    auto res = client->Get(query);
    ASSERT_TRUE(res);
    header = res->get_header_value("X-Cache");
    after = json::parse(res->body)["total"];
  }
  EXPECT_EQ(header, "hit");
  EXPECT_EQ(after, before + 5);
  // /api/health shows the commit and the stale answer that bridged it.
  const json health = json::parse(client->Get("/api/health")->body);
  EXPECT_NE(health["generation"], health_before["generation"]);
  EXPECT_EQ(health["cables"].get<int64_t>(), health_before["cables"].get<int64_t>() + 5);
  // At least the one above; polls made before the refresh landed add more.
  EXPECT_GE(health["cache"]["stale"].get<int64_t>(), health_before["cache"]["stale"].get<int64_t>() + 1);
  EXPECT_GE(health["cache"]["refreshed"].get<int64_t>(), 1);
  EXPECT_GE(health["cache"]["hits"].get<int64_t>(), 1);
}

}  // namespace
}  // namespace cablescope
