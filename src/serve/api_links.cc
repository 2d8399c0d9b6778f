// /api/people, /api/people/{id}, /api/tags, /api/tags/{code},
// /api/routes/{route}: what the names and codes in a cable stand for.
#include "archive/link_json.h"
#include "archive/people_store.h"
#include "link/post_table.h"
#include "link/tag_info.h"
#include "model/json_writer.h"
#include "serve/api.h"

namespace cablescope::serve {

using archive::Status;

ApiResponse Api::People(const ApiRequest& req) {
  const std::string query = req.Param("q");
  if (query.size() > kMaxQueryBytes) return JsonError(413, "the query is longer than 4096 bytes");
  auto limit = ParseCount(req.Param("limit", "20"), kMaxPageSize);
  auto offset = ParseCount(req.Param("offset", "0"), kMaxOffset);
  if (!limit) return JsonError(400, "limit must be an integer from 0 to " + std::to_string(kMaxPageSize));
  if (!offset) return JsonError(400, "offset must be a non-negative integer");
  return WithReader(req, [&](ReaderPool::Lease& lease, ApiResponse* r) {
    std::vector<archive::PersonSummary> people;
    int64_t total = 0;
    Status s = archive::ListPeople(lease.reader().db(), query, static_cast<size_t>(*limit),
                                   static_cast<size_t>(*offset), &people, &total);
    if (!s.ok()) return s;
    JsonWriter w(&r->body);
    w.BeginObject();
    w.Key("query");
    w.String(query);
    w.Key("total");
    w.Int(total);
    w.Key("offset");
    w.Int(*offset);
    w.Key("limit");
    w.Int(*limit);
    w.Key("people");
    w.BeginArray();
    for (const auto& p : people) archive::WritePersonSummaryJson(p, &w);
    w.EndArray();
    w.EndObject();
    return Status::Ok();
  });
}

ApiResponse Api::Person(const ApiRequest& req) {
  const std::string id = req.args[0];
  return WithReader(req, [&id](ReaderPool::Lease& lease, ApiResponse* r) {
    archive::PersonDetail person;
    Status s = archive::LoadPerson(lease.reader().db(), id, &person);
    if (!s.ok()) return s;
    JsonWriter w(&r->body);
    w.BeginObject();
    w.Key("person");
    archive::WritePersonSummaryJson(person.summary, &w);
    w.Key("cables");
    w.BeginArray();
    for (const auto& c : person.cables) {
      w.BeginObject();
      w.Key("id");
      w.String(c.id);
      w.Key("date");
      archive::WriteOptString(c.date, &w);
      w.Key("subject");
      archive::WriteOptString(c.subject, &w);
      w.Key("name");
      w.String(c.name);
      w.Key("titles");
      archive::WriteStringList(c.titles, &w);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return Status::Ok();
  });
}

ApiResponse Api::Tags(const ApiRequest& req) {
  const std::string query = req.Param("q");
  if (query.size() > kMaxQueryBytes) return JsonError(413, "the query is longer than 4096 bytes");
  auto limit = ParseCount(req.Param("limit", "100"), kMaxPageSize);
  if (!limit) return JsonError(400, "limit must be an integer from 0 to " + std::to_string(kMaxPageSize));
  const auto tags = link::FindTags(query);
  ApiResponse r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("query");
  w.String(query);
  w.Key("total");
  w.Int(static_cast<int64_t>(tags.size()));
  w.Key("tags");
  w.BeginArray();
  for (size_t i = 0; i < tags.size() && i < static_cast<size_t>(*limit); ++i) archive::WriteTagInfoJson(tags[i], &w);
  w.EndArray();
  w.EndObject();
  return r;
}

ApiResponse Api::Tag(const ApiRequest& req) {
  const std::string& code = req.args[0];
  auto info = link::DescribeTag(code);
  if (!info) return JsonError(404, "unknown TAGS code " + code);
  ApiResponse r;
  JsonWriter w(&r.body);
  archive::WriteTagInfoJson(*info, &w);
  return r;
}

ApiResponse Api::RoutingIndicator(const ApiRequest& req) {
  const std::string& route = req.args[0];
  if (!link::RouteName(route) && link::FindPost(route) == nullptr) {
    return JsonError(404, "unknown routing indicator or post " + route);
  }
  ApiResponse r;
  JsonWriter w(&r.body);
  archive::WriteRouteJson(route, &w);
  return r;
}

}  // namespace cablescope::serve
