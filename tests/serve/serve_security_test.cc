// The limits and defences of `cablescope serve`: loopback by default,
// read-only, static files confined to web/, a CSP without inline script,
// DNS-rebinding refusal, the per-request time limit.
#include <sys/stat.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "archive/archive_reader.h"
#include "serve/query_deadline.h"
#include "serve/static_files.h"
#include "serve_test_server.h"

namespace cablescope {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::RawGet;
using testing::RawStatus;
using testing::TestServer;

constexpr const char* kSecret = "SECRET-OUTSIDE-WEB-7f3a";

// web/ with an index, a script, a stylesheet in a subdirectory, a dotfile;
// beside it a secret file, and a symlink from inside web/ to it.
struct WebDir {
  WebDir() {
    base = testing::TempDir();
    root = base / "web";
    fs::create_directories(root / "css");
    std::ofstream(root / "index.html") << "<!doctype html><title>cablescope</title><script type=module src=app.js></script>";
    std::ofstream(root / "app.js") << "export const answer = 42;\n";
    std::ofstream(root / "css" / "site.css") << "body { color: #111; }\n";
    std::ofstream(root / ".env") << kSecret;
    std::ofstream(base / "secret.txt") << kSecret;
    fs::create_symlink(base / "secret.txt", root / "link.txt");
    fs::create_directory_symlink(base, root / "up");
  }
  fs::path base, root;
};

class ServeSecurity : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    archive_ = new std::string(testing::BuildServeArchive(testing::TempDir()));
    web_ = new WebDir();
    serve::ServerOptions options;
    options.api.archive = *archive_;
    options.web_dir = web_->root.string();
    options.threads = 4;
    server_ = new TestServer(options);
  }
  static void TearDownTestSuite() {
    delete server_;
    delete web_;
    delete archive_;
  }
  static std::string* archive_;
  static WebDir* web_;
  static TestServer* server_;
};

std::string* ServeSecurity::archive_ = nullptr;
WebDir* ServeSecurity::web_ = nullptr;
TestServer* ServeSecurity::server_ = nullptr;

TEST(ServeBind, OnlyLoopbackWithoutAllowRemote) {
  EXPECT_TRUE(serve::IsLoopbackHost("127.0.0.1"));
  EXPECT_TRUE(serve::IsLoopbackHost("127.1.2.3"));
  EXPECT_TRUE(serve::IsLoopbackHost("localhost"));
  EXPECT_TRUE(serve::IsLoopbackHost("::1"));
  EXPECT_FALSE(serve::IsLoopbackHost("0.0.0.0"));
  EXPECT_FALSE(serve::IsLoopbackHost("192.168.1.10"));
  EXPECT_FALSE(serve::IsLoopbackHost("127.0.0.1.evil.example"));
  EXPECT_FALSE(serve::IsLoopbackHost("::"));
  serve::ServerOptions options;
  options.api.archive = testing::BuildServeArchive(testing::TempDir());
  options.host = "0.0.0.0";
  std::unique_ptr<serve::HttpServer> server;
  archive::Status s = serve::HttpServer::Create(options, &server);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("--allow-remote"), std::string::npos) << s.message();
  EXPECT_EQ(server, nullptr);
}

TEST(ServeBind, TheCommandRefusesARemoteAddressAndWarnsWhenAllowed) {
  auto run = testing::RunCablescope({"serve", "--archive", "/nonexistent/cables.db", "--bind", "0.0.0.0:0"});
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("refusing to listen on 0.0.0.0"), std::string::npos) << run.err;
  // Allowed: the warning comes first; the missing archive then stops it
  // before anything is bound.
  run = testing::RunCablescope({"serve", "--archive", "/nonexistent/cables.db", "--bind", "0.0.0.0:0", "--allow-remote"});
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("WARNING: listening on 0.0.0.0"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("no archive at /nonexistent/cables.db"), std::string::npos) << run.err;
  run = testing::RunCablescope({"serve", "--archive", "/nonexistent/cables.db", "--bind", "127.0.0.1:99999"});
  EXPECT_EQ(run.status, 2);
}

TEST_F(ServeSecurity, NothingButGetAndHead) {
  auto client = server_->Client();
  const int before = json::parse(client->Get("/api/health")->body)["cables"];
  std::vector<httplib::Result> results;
  results.push_back(client->Post("/api/search", "q=iran", "application/x-www-form-urlencoded"));
  results.push_back(client->Put("/api/cables/06ISLAMABAD10261", "{}", "application/json"));
  results.push_back(client->Patch("/api/cables/06ISLAMABAD10261", "{}", "application/json"));
  results.push_back(client->Delete("/api/cables/06ISLAMABAD10261"));
  results.push_back(client->Options("/api/search"));
  results.push_back(client->Post("/index.html", "x", "text/plain"));
  for (auto& res : results) {
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 405);
    EXPECT_EQ(res->get_header_value("Allow"), "GET, HEAD");
    EXPECT_EQ(json::parse(res->body)["status"], 405);
  }
  EXPECT_EQ(RawStatus(RawGet(server_->port(), "/api/health")), 200);
  const std::string trace =
      testing::RawHttp(server_->port(), "TRACE /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  EXPECT_NE(RawStatus(trace), 200) << trace.substr(0, 100);
  EXPECT_EQ(json::parse(client->Get("/api/health")->body)["cables"], before);
}

TEST_F(ServeSecurity, RequestsForOtherHostsAreRefused) {
  // DNS rebinding: a page served by evil.example whose name now resolves to
  // 127.0.0.1 sends Host: evil.example.
  const std::string response = RawGet(server_->port(), "/api/health", "evil.example");
  EXPECT_EQ(RawStatus(response), 403) << response.substr(0, 200);
  EXPECT_EQ(RawStatus(RawGet(server_->port(), "/api/health", "localhost:8080")), 200);
  EXPECT_EQ(RawStatus(RawGet(server_->port(), "/api/health", "127.0.0.1:" + std::to_string(server_->port()))), 200);
}

TEST_F(ServeSecurity, StaticFilesAreServedWithTheirTypes) {
  auto client = server_->Client();
  auto res = client->Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(res->body.find("<title>cablescope</title>"), std::string::npos);
  res = client->Get("/app.js");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  res = client->Get("/css/site.css");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/css; charset=utf-8");
  res = client->Get("/css/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);  // a directory without index.html
  res = client->Get("/missing.js");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_EQ(json::parse(res->body)["status"], 404);
}

TEST_F(ServeSecurity, StaticFilesAreRevalidatedByTheirETag) {
  auto client = server_->Client();
  auto res = client->Get("/app.js");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  const std::string etag = res->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(res->get_header_value("Cache-Control"), "no-cache");
  // Unchanged: 304 and no body.
  res = client->Get("/app.js", {{"If-None-Match", etag}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 304);
  EXPECT_TRUE(res->body.empty());
  // Another file's tag, or a changed file: the file again.
  res = client->Get("/", {{"If-None-Match", etag}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  std::ofstream(web_->root / "app.js", std::ios::app) << "\n// changed\n";
  res = client->Get("/app.js", {{"If-None-Match", etag}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("ETag"), etag);
  EXPECT_NE(res->body.find("// changed"), std::string::npos);
}

TEST_F(ServeSecurity, StaticFilesCannotEscapeWeb) {
  const std::string targets[] = {
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E/secret.txt",
      "/%2e%2e%2fsecret.txt",
      "/..%2fsecret.txt",
      "/css/../../secret.txt",
      "/css/%2e%2e/%2e%2e/secret.txt",
      "/%252e%252e/secret.txt",
      "/..\\secret.txt",
      "//" + (web_->base / "secret.txt").string(),
      (web_->base / "secret.txt").string(),
      "/link.txt",       // a symlink out of web/
      "/up/secret.txt",  // a directory symlink out of web/
      "/.env",           // dotfiles are not served
      "/./index.html/../../secret.txt",
      "http://127.0.0.1/../secret.txt",
  };
  for (const auto& target : targets) {
    const std::string response = RawGet(server_->port(), target);
    const int status = RawStatus(response);
    EXPECT_TRUE(status == 400 || status == 403 || status == 404) << target << " -> " << response.substr(0, 120);
    EXPECT_EQ(response.find(kSecret), std::string::npos) << target;
  }
  // The resolver itself, without HTTP in between.
  serve::StaticFiles files(web_->root.string());
  EXPECT_EQ(files.Resolve("/index.html").status, 200);
  EXPECT_EQ(files.Resolve("/../secret.txt").status, 403);
  EXPECT_EQ(files.Resolve("/link.txt").status, 403);
  EXPECT_EQ(files.Resolve("/up/secret.txt").status, 403);
  EXPECT_EQ(files.Resolve("//etc/passwd").status, 403);
  EXPECT_EQ(files.Resolve("etc/passwd").status, 403);
  EXPECT_EQ(files.Resolve("/etc/passwd").status, 404);  // looked up under web/, absent
}

TEST_F(ServeSecurity, EveryResponseCarriesTheSecurityHeaders) {
  auto client = server_->Client();
  for (const char* path : {"/", "/app.js", "/api/health", "/api/search?q=iran", "/api/cables/NOPE", "/missing",
                           "/api/search?q=%22"}) {
    auto res = client->Get(path);
    ASSERT_TRUE(res) << path;
    const std::string csp = res->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << path;
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << path;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << path;
    EXPECT_EQ(csp.find("unsafe-eval"), std::string::npos) << path;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << path;
  }
  auto res = client->Post("/api/search", "", "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST(ServeTimeLimit, OverTheLimitIs503AndNothingIsCached) {
  serve::ServerOptions options;
  options.api.archive = testing::BuildServeArchive(testing::TempDir());
  options.time_limit = std::chrono::milliseconds(0);  // every request is already late
  TestServer server(options);
  ASSERT_TRUE(server.ok());
  auto client = server.Client();
  for (const char* path : {"/api/search?q=iran", "/api/search?q=iran", "/api/facets?q=harvest",
                           "/api/timeline?q=harvest", "/api/export?q=harvest", "/api/cables/06ISLAMABAD10261"}) {
    auto res = client->Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 503) << path << ": " << res->body;
    json j = json::parse(res->body);
    EXPECT_EQ(j["status"], 503);
    EXPECT_NE(j["error"].get<std::string>().find("time limit"), std::string::npos) << j;
  }
  EXPECT_EQ(server.server().api().cache().size(), 0u);
}

TEST(ServeTimeLimit, TheDeadlineInterruptsSqlite) {
  // A statement that would run for minutes stops at the deadline.
  const std::string path = testing::BuildServeArchive(testing::TempDir());
  std::unique_ptr<archive::ArchiveReader> reader;
  ASSERT_TRUE(archive::ArchiveReader::Open(path, &reader).ok());
  serve::QueryDeadline deadline(reader->db(), std::chrono::steady_clock::now() + std::chrono::milliseconds(50));
  const int64_t n = archive::QueryInt(
      reader->db(),
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000000000) SELECT count(*) FROM c",
      -1);
  EXPECT_EQ(n, -1);
  EXPECT_TRUE(deadline.expired());
}

}  // namespace
}  // namespace cablescope
