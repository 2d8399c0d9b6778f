// /api/cables/{id} and its /versions, /diff and /refs: one cable, in any id
// form (link::CanonicalId: 06ISLAMABAD010261 finds 06ISLAMABAD10261).
#include <algorithm>

#include "archive/citation_graph.h"
#include "archive/link_json.h"
#include "archive/people_store.h"
#include "archive/record_decode.h"
#include "archive/search_json.h"
#include "archive/word_diff.h"
#include "model/json_writer.h"
#include "serve/api.h"

namespace cablescope::serve {

using archive::CableView;
using archive::Status;

ApiResponse Api::Cable(const ApiRequest& req) {
  const std::string id = req.args[0];
  return WithReader(req, [&id](ReaderPool::Lease& lease, ApiResponse* r) {
    CableView view;
    Status s = lease.reader().LoadCable(id, false, &view);
    if (!s.ok()) return s;
    Record record;
    archive::DecodeRecordJson(view.record_json, &record);
    std::vector<archive::PersonSummary> people;
    s = archive::PeopleOfCable(lease.reader().db(), view.row, &people);
    if (!s.ok()) return s;

    JsonWriter w(&r->body);
    w.BeginObject();
    w.Key("id");
    w.String(view.id);
    w.Key("record");
    w.Raw(view.record_json);
    // What the cable page explains on hover: the TAGS, the routing
    // indicators (the sending station, relays, recipients), the people.
    w.Key("tags");
    w.BeginArray();
    for (const auto& tag : record.tags) archive::WriteTagJson(tag, &w);
    w.EndArray();
    std::vector<std::string> routes;
    auto add_route = [&routes](const std::string& ri) {
      if (!ri.empty() && std::find(routes.begin(), routes.end(), ri) == routes.end()) routes.push_back(ri);
    };
    if (record.station) add_route(record.station->route);
    for (const auto& ri : record.relay) add_route(ri);
    for (const auto* group : {&record.to, &record.info}) {
      for (const auto& rc : *group) {
        if (rc.route) add_route(*rc.route);
      }
    }
    w.Key("routes");
    w.BeginArray();
    for (const auto& ri : routes) archive::WriteRouteJson(ri, &w);
    w.EndArray();
    w.Key("people");
    w.BeginArray();
    for (const auto& p : people) archive::WritePersonSummaryJson(p, &w);
    w.EndArray();
    w.EndObject();
    return Status::Ok();
  });
}

ApiResponse Api::CableVersions(const ApiRequest& req) {
  const std::string id = req.args[0];
  return WithReader(req, [&id](ReaderPool::Lease& lease, ApiResponse* r) {
    CableView view;
    Status s = lease.reader().LoadCable(id, true, &view);
    if (!s.ok()) return s;
    JsonWriter w(&r->body);
    w.BeginObject();
    w.Key("id");
    w.String(view.id);
    w.Key("versions");
    archive::WriteVersionsJson(view, &w);
    w.EndObject();
    return Status::Ok();
  });
}

ApiResponse Api::CableDiff(const ApiRequest& req) {
  const std::string id = req.args[0];
  auto a = ParseCount(req.Param("a", "1"), 1'000'000);
  auto b = ParseCount(req.Param("b", "2"), 1'000'000);
  if (!a || !b) return JsonError(400, "a and b must be version numbers (1, 2, ...)");
  return WithReader(req, [&](ReaderPool::Lease& lease, ApiResponse* r) {
    CableView view;
    Status s = lease.reader().LoadCable(id, true, &view);
    if (!s.ok()) return s;
    const archive::VersionInfo* va = nullptr;
    const archive::VersionInfo* vb = nullptr;
    for (const auto& v : view.versions) {
      if (v.version == *a) va = &v;
      if (v.version == *b) vb = &v;
    }
    if (va == nullptr || vb == nullptr) {
      return Status::NotFound(view.id + " has versions 1 to " + std::to_string(view.versions.size()));
    }
    Record ra, rb;
    archive::DecodeRecordJson(va->record_json, &ra);
    archive::DecodeRecordJson(vb->record_json, &rb);
    JsonWriter w(&r->body);
    w.BeginObject();
    w.Key("id");
    w.String(view.id);
    for (const auto* v : {va, vb}) {
      w.Key(v == va ? "a" : "b");
      w.BeginObject();
      w.Key("version");
      w.Int(v->version);
      w.Key("path");
      w.String(v->path);
      w.Key("format");
      w.String(v->format);
      w.EndObject();
    }
    w.Key("runs");
    w.BeginArray();
    for (const auto& run : archive::WordDiff(archive::DiffText(ra), archive::DiffText(rb))) {
      w.BeginObject();
      w.Key("op");
      w.String(archive::DiffOpName(run.op));
      w.Key("text");
      w.String(run.text);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return Status::Ok();
  });
}

ApiResponse Api::CableRefs(const ApiRequest& req) {
  const std::string id = req.args[0];
  return WithReader(req, [&id](ReaderPool::Lease& lease, ApiResponse* r) {
    archive::CableRefs refs;
    Status s = archive::LoadCableRefs(lease.reader().db(), id, &refs);
    if (!s.ok()) return s;
    JsonWriter w(&r->body);
    archive::WriteCableRefsJson(refs, &w);
    return Status::Ok();
  });
}

}  // namespace cablescope::serve
