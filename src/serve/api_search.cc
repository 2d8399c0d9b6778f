// /api/search, /api/facets, /api/timeline, /api/export: the query language
// of docs/QUERY.md over HTTP.
#include <algorithm>

#include "archive/export_format.h"
#include "archive/search_json.h"
#include "archive/searcher.h"
#include "model/json_writer.h"
#include "serve/api.h"
#include "serve/html_safe_json.h"
#include "serve/query_deadline.h"

namespace cablescope::serve {
namespace {

using archive::FacetField;
using archive::SearchRequest;
using archive::SearchResult;
using archive::Status;

// Reads q (<= kMaxQueryBytes, else 413). On error fills *error.
bool ReadQuery(const ApiRequest& req, std::string* query, ApiResponse* error) {
  *query = req.Param("q");
  if (query->size() > kMaxQueryBytes) {
    *error = JsonError(413, "the query is " + std::to_string(query->size()) + " bytes; the limit is " +
                                std::to_string(kMaxQueryBytes));
    return false;
  }
  return true;
}

// `facets`: absent = the default five, empty = none, else a comma list.
bool ReadFacets(const ApiRequest& req, std::vector<FacetField>* fields, ApiResponse* error) {
  if (!req.Has("facets")) return true;
  fields->clear();
  const std::string list = req.Param("facets");
  size_t pos = 0;
  while (pos <= list.size() && !list.empty()) {
    size_t end = list.find(',', pos);
    if (end == std::string::npos) end = list.size();
    const std::string name = list.substr(pos, end - pos);
    if (!name.empty()) {
      auto f = archive::FacetFieldFromName(name);
      if (!f) {
        *error = JsonError(400, "unknown facet '" + name + "' (origin, tag, classification, year, month, cited)");
        return false;
      }
      if (std::find(fields->begin(), fields->end(), *f) == fields->end()) fields->push_back(*f);
    }
    pos = end + 1;
  }
  return true;
}

bool ReadCount(const ApiRequest& req, const char* name, int64_t max, size_t* out, ApiResponse* error) {
  if (!req.Has(name)) return true;
  auto v = ParseCount(req.Param(name), max);
  if (!v) {
    *error = JsonError(400, std::string(name) + " must be an integer from 0 to " + std::to_string(max));
    return false;
  }
  *out = static_cast<size_t>(*v);
  return true;
}

bool ReadSearchRequest(const ApiRequest& req, SearchRequest* sr, ApiResponse* error) {
  if (!ReadQuery(req, &sr->query, error)) return false;
  if (req.Has("sort")) {
    auto sort = archive::SortOrderFromName(req.Param("sort"));
    if (!sort) {
      *error = JsonError(400, "unknown sort '" + req.Param("sort") + "' (relevance, date, -date, citations, rank)");
      return false;
    }
    sr->sort = *sort;
  }
  return ReadCount(req, "limit", kMaxPageSize, &sr->limit, error) &&
         ReadCount(req, "offset", kMaxOffset, &sr->offset, error) &&
         ReadCount(req, "facet_limit", kMaxPageSize, &sr->facet_limit, error) && ReadFacets(req, &sr->facets, error);
}

std::string CacheKey(std::string_view endpoint, const SearchRequest& sr) {
  std::string key(endpoint);
  key += '\x1f';
  key += sr.query;
  key += '\x1f';
  key += archive::SortOrderName(sr.sort);
  key += '\x1f' + std::to_string(sr.limit) + '\x1f' + std::to_string(sr.offset) + '\x1f' +
         std::to_string(sr.facet_limit) + '\x1f';
  for (auto f : sr.facets) key += archive::FacetFieldName(f), key += ',';
  return key;
}

}  // namespace

ApiResponse Api::Search(const ApiRequest& req) {
  SearchRequest sr;
  ApiResponse error;
  if (!ReadSearchRequest(req, &sr, &error)) return error;
  return Cached(req, CacheKey("search", sr), [&sr](ReaderPool::Lease& lease, ApiResponse* r) {
    SearchResult result;
    Status s = lease.searcher().Search(sr, &result);
    if (!s.ok()) return s;
    JsonWriter w(&r->body);
    archive::WriteSearchResultJson(sr, result, &w);
    return Status::Ok();
  });
}

ApiResponse Api::Facets(const ApiRequest& req) {
  SearchRequest sr;
  ApiResponse error;
  if (!ReadSearchRequest(req, &sr, &error)) return error;
  sr.limit = 0;
  sr.offset = 0;
  sr.snippets = false;
  return Cached(req, CacheKey("facets", sr), [&sr](ReaderPool::Lease& lease, ApiResponse* r) {
    SearchResult result;
    Status s = lease.searcher().Search(sr, &result);
    if (!s.ok()) return s;
    JsonWriter w(&r->body);
    w.BeginObject();
    w.Key("query");
    w.String(sr.query);
    w.Key("total");
    w.Int(result.total);
    w.Key("facets");
    archive::WriteFacetsJson(result.facets, &w);
    w.EndObject();
    return Status::Ok();
  });
}

ApiResponse Api::Timeline(const ApiRequest& req) {
  SearchRequest sr;
  ApiResponse error;
  if (!ReadQuery(req, &sr.query, &error)) return error;
  const std::string by = req.Param("by", "month");
  if (by != "month" && by != "year") return JsonError(400, "by must be month or year");
  sr.facets = {by == "month" ? FacetField::kMonth : FacetField::kYear};
  sr.facet_limit = 0;  // every bucket
  sr.limit = 0;
  sr.snippets = false;
  return Cached(req, CacheKey("timeline", sr), [&sr, &by](ReaderPool::Lease& lease, ApiResponse* r) {
    SearchResult result;
    Status s = lease.searcher().Search(sr, &result);
    if (!s.ok()) return s;
    std::vector<archive::FacetCount> buckets;
    if (!result.facets.empty()) buckets = result.facets[0].counts;
    std::sort(buckets.begin(), buckets.end(), [](const auto& a, const auto& b) { return a.value < b.value; });
    JsonWriter w(&r->body);
    w.BeginObject();
    w.Key("query");
    w.String(sr.query);
    w.Key("by");
    w.String(by);
    w.Key("total");
    w.Int(result.total);
    w.Key("buckets");
    w.BeginArray();
    for (const auto& b : buckets) {
      w.BeginObject();
      w.Key("value");
      w.String(b.value);
      w.Key("count");
      w.Int(b.count);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return Status::Ok();
  });
}

namespace {

// Counts a running export; released with the response's stream.
struct ExportSlot {
  explicit ExportSlot(std::atomic<size_t>* n) : running(n) {}
  ~ExportSlot() { --*running; }
  std::atomic<size_t>* running;
};

}  // namespace

ApiResponse Api::Export(const ApiRequest& req) {
  SearchRequest sr;
  ApiResponse error;
  if (!ReadQuery(req, &sr.query, &error)) return error;
  sr.sort = archive::SortOrder::kDate;
  if (req.Has("sort")) {
    auto sort = archive::SortOrderFromName(req.Param("sort"));
    if (!sort) return JsonError(400, "unknown sort '" + req.Param("sort") + "'");
    sr.sort = *sort;
  }
  const std::string format_name = req.Param("format", "jsonl");
  auto format = archive::ExportFormatFromName(format_name);
  if (!format) return JsonError(400, "format must be jsonl, csv or opensearch");

  if (exports_.fetch_add(1) >= options_.max_exports) {
    --exports_;
    return JsonError(503, "too many exports are running; try again when one has finished");
  }
  auto slot = std::make_shared<ExportSlot>(&exports_);

  // Count first, within the time limit: a malformed query is a 400 and a
  // query over the limit a 503 before any byte of the body is sent.
  sr.limit = 0;
  sr.facets.clear();
  sr.snippets = false;
  int64_t total = 0;
  ApiResponse r = WithReader(req, [&](ReaderPool::Lease& lease, ApiResponse*) {
    SearchResult result;
    Status s = lease.searcher().Search(sr, &result);
    total = result.total;
    return s;
  });
  if (r.status != 200) return r;

  // The stream reads through its own connection so that a long download
  // does not hold one of the pool's readers; no time limit once it runs.
  std::unique_ptr<archive::ArchiveReader> reader;
  Status s = archive::ArchiveReader::Open(options_.archive, &reader);
  if (!s.ok()) return StatusResponse(s, false);
  auto formatter = std::make_shared<archive::ExportFormatter>(*format);
  r.content_type = std::string(formatter->ContentType());
  r.headers.emplace_back("X-Total-Count", std::to_string(total));
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"cables." +
                                                    std::string(format_name == "csv" ? "csv" : "jsonl") + "\"");
  std::shared_ptr<archive::ArchiveReader> shared_reader(std::move(reader));
  const std::string query = sr.query;
  const archive::SortOrder sort = sr.sort;
  const bool json_lines = *format != archive::ExportFormat::kCsv;
  r.stream = [slot, shared_reader, formatter, query, sort, json_lines](const ChunkWriter& write) {
    archive::Searcher searcher(shared_reader.get());
    std::string out = formatter->Header();
    bool open = true;
    searcher.ForEachMatch(query, sort, [&](const archive::SearchHit& hit, std::string_view json) {
      formatter->Append(hit, json, &out);
      if (out.size() >= (256u << 10)) {
        if (json_lines) MakeHtmlSafe(&out);
        open = write(out);
        out.clear();
      }
      return open;
    });
    if (json_lines) MakeHtmlSafe(&out);
    if (open && !out.empty()) write(out);
  };
  return r;
}

}  // namespace cablescope::serve
