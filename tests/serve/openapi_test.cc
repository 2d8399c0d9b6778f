// The OpenAPI document at /api/openapi.json against the server: the same
// paths as the router, and answers with the keys it says are required.
#include <set>

#include <nlohmann/json.hpp>

#include "serve/api.h"
#include "serve_test_server.h"

namespace cablescope {
namespace {

using nlohmann::json;
using testing::TestServer;

// Follows a {"$ref": "#/components/..."} to its target.
const json& Resolve(const json& doc, const json& node) {
  if (!node.is_object() || !node.contains("$ref")) return node;
  const std::string ref = node["$ref"];
  const json* at = &doc;
  size_t pos = 2;  // after "#/"
  while (pos <= ref.size()) {
    size_t end = ref.find('/', pos);
    if (end == std::string::npos) end = ref.size();
    at = &(*at)[ref.substr(pos, end - pos)];
    pos = end + 1;
  }
  return Resolve(doc, *at);
}

// A request for each documented path, with example arguments.
std::string Example(const std::string& pattern, const std::string& person) {
  static const std::pair<const char*, const char*> kArgs[] = {
      {"{id}", "06ISLAMABAD10261"}, {"{code}", "KNNP"}, {"{route}", "RUEHIL"}};
  std::string url = pattern;
  if (url == "/api/people/{id}") return "/api/people/" + person;
  for (const auto& [name, value] : kArgs) {
    const size_t at = url.find(name);
    if (at != std::string::npos) url.replace(at, std::string(name).size(), value);
  }
  if (url == "/api/search" || url == "/api/facets" || url == "/api/timeline" || url == "/api/people" ||
      url == "/api/tags") {
    url += "?q=iran";
  }
  if (url == "/api/export") url += "?q=iran&format=jsonl";
  return url;
}

TEST(OpenApi, DocumentsExactlyTheServersRoutes) {
  json doc = json::parse(serve::OpenApiDocument());
  EXPECT_EQ(doc["openapi"].get<std::string>().substr(0, 2), "3.");
  std::set<std::string> documented, routed;
  for (const auto& [path, item] : doc["paths"].items()) {
    documented.insert(path);
    EXPECT_TRUE(item.contains("get")) << path;
    EXPECT_EQ(item.size(), 1u) << path << ": only GET exists";
  }
  for (const auto& route : serve::Api::Routes()) routed.insert(route.pattern);
  EXPECT_EQ(documented, routed);
}

TEST(OpenApi, AnswersHaveTheDocumentedKeys) {
  serve::ServerOptions options;
  options.api.archive = testing::BuildServeArchive(testing::TempDir());
  TestServer server(options);
  ASSERT_TRUE(server.ok());
  auto client = server.Client();
  auto served = client->Get("/api/openapi.json");
  ASSERT_TRUE(served);
  EXPECT_EQ(served->status, 200);
  json doc = json::parse(served->body);
  EXPECT_EQ(doc, json::parse(serve::OpenApiDocument()));

  std::string person = "1";
  json people = json::parse(client->Get("/api/people?limit=1")->body);
  if (!people["people"].empty()) person = std::to_string(people["people"][0]["person"].get<int64_t>());

  int checked_200 = 0;
  for (const auto& [path, item] : doc["paths"].items()) {
    const std::string url = Example(path, person);
    auto res = client->Get(url);
    ASSERT_TRUE(res) << url;
    const json& responses = item["get"]["responses"];
    const std::string status = std::to_string(res->status);
    ASSERT_TRUE(responses.contains(status)) << url << " answered " << status << ", which is not documented";
    const json& response = Resolve(doc, responses[status]);
    ASSERT_TRUE(response.contains("content")) << url;
    if (!response["content"].contains("application/json")) {
      // export: a documented stream type
      EXPECT_TRUE(response["content"].contains(res->get_header_value("Content-Type"))) << url;
      continue;
    }
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << url;
    const json& schema = Resolve(doc, response["content"]["application/json"]["schema"]);
    json body = json::parse(res->body);
    ASSERT_TRUE(schema.contains("required")) << path << " " << status;
    for (const auto& key : schema["required"]) {
      EXPECT_TRUE(body.contains(key.get<std::string>())) << url << " lacks " << key;
    }
    if (res->status == 200) ++checked_200;
  }
  EXPECT_GE(checked_200, 10);  // health, search, facets, timeline, cable, versions, diff, people, tags, openapi
}

}  // namespace
}  // namespace cablescope
