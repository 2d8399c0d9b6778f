#include "archive/search_json.h"

#include <cstdio>

namespace cablescope::archive {
namespace {

void OptString(JsonWriter* w, const char* key, const std::string& value) {
  w->Key(key);
  if (value.empty()) w->Null();
  else w->String(value);
}

}  // namespace

void WriteFacetsJson(const std::vector<Facet>& facets, JsonWriter* w) {
  w->BeginObject();
  for (const auto& f : facets) {
    w->Key(FacetFieldName(f.field));
    w->BeginArray();
    for (const auto& c : f.counts) {
      w->BeginObject();
      w->Key("value");
      w->String(c.value);
      w->Key("count");
      w->Int(c.count);
      w->EndObject();
    }
    w->EndArray();
  }
  w->EndObject();
}

void WriteSearchResultJson(const SearchRequest& req, const SearchResult& res, JsonWriter* w) {
  w->BeginObject();
  w->Key("query");
  w->String(req.query);
  w->Key("total");
  w->Int(res.total);
  w->Key("offset");
  w->Int(static_cast<int64_t>(req.offset));
  w->Key("limit");
  w->Int(static_cast<int64_t>(req.limit));
  w->Key("sort");
  w->String(SortOrderName(req.sort));
  w->Key("hits");
  w->BeginArray();
  for (const auto& h : res.hits) {
    w->BeginObject();
    OptString(w, "id", h.id);
    OptString(w, "date", h.date);
    OptString(w, "origin", h.origin);
    OptString(w, "classification", h.classification);
    OptString(w, "subject", h.subject);
    w->Key("score");
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", h.score);
    w->Raw(buf);
    w->Key("snippet");
    w->BeginObject();
    w->Key("text");
    w->String(h.snippet.text);
    w->Key("highlights");
    w->BeginArray();
    for (const auto& hl : h.snippet.highlights) {
      w->BeginArray();
      w->Int(static_cast<int64_t>(hl.begin));
      w->Int(static_cast<int64_t>(hl.end));
      w->EndArray();
    }
    w->EndArray();
    w->EndObject();
    w->EndObject();
  }
  w->EndArray();
  w->Key("facets");
  WriteFacetsJson(res.facets, w);
  w->EndObject();
}

void WriteVersionsJson(const CableView& view, JsonWriter* w) {
  w->BeginArray();
  for (const auto& v : view.versions) {
    w->BeginObject();
    w->Key("version");
    w->Int(v.version);
    w->Key("path");
    w->String(v.path);
    w->Key("format");
    w->String(v.format);
    w->Key("offset");
    w->Int(v.offset);
    w->Key("metadata");
    w->Raw(v.metadata_json.empty() ? "{}" : v.metadata_json);
    w->Key("text_hash");
    w->String(v.text_hash);
    w->Key("ingested_at");
    w->String(v.ingested_at);
    w->Key("record");
    w->Raw(v.record_json);
    w->EndObject();
  }
  w->EndArray();
}

std::string DiffText(const Record& r) {
  if (r.body) return *r.body;
  std::string out = r.subject.value_or("") + "\n";
  for (const auto& p : r.paragraphs) out += std::to_string(p.number) + ". " + p.text + "\n";
  return out;
}

const char* DiffOpName(DiffRun::Op op) {
  switch (op) {
    case DiffRun::Op::kEqual: return "equal";
    case DiffRun::Op::kDelete: return "delete";
    case DiffRun::Op::kInsert: return "insert";
  }
  return "equal";
}

}  // namespace cablescope::archive
