#include "serve/api.h"

#include <cctype>

#include "archive/sqlite_db.h"
#include "model/json_writer.h"
#include "serve/html_safe_json.h"
#include "serve/query_deadline.h"

namespace cablescope::serve {

using archive::Status;

ApiResponse JsonError(int status, std::string_view message) {
  ApiResponse r;
  r.status = status;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("error");
  w.String(message);
  w.Key("status");
  w.Int(status);
  // The query parser names the column ("unbalanced quote at column 14"):
  // give it as a number too, for the web UI to point at.
  const size_t at = message.rfind("column ");
  if (at != std::string_view::npos) {
    int64_t column = 0;
    size_t i = at + 7;
    while (i < message.size() && std::isdigit(static_cast<unsigned char>(message[i])) && column < 1'000'000) {
      column = column * 10 + (message[i++] - '0');
    }
    if (i > at + 7) {
      w.Key("column");
      w.Int(column);
    }
  }
  w.EndObject();
  return r;
}

std::optional<int64_t> ParseCount(std::string_view text, int64_t max) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  int64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  if (v > max) return std::nullopt;
  return v;
}

ApiResponse StatusResponse(const Status& s, bool deadline_expired) {
  if (deadline_expired) return JsonError(503, "the request took longer than the server's time limit");
  switch (s.code()) {
    case Status::Code::kInvalidQuery: return JsonError(400, s.message());
    case Status::Code::kNotFound: return JsonError(404, s.message());
    default: return JsonError(500, s.message());
  }
}

const std::vector<Api::Route>& Api::Routes() {
  static const std::vector<Route> routes = {
      {"/api/health", &Api::Health},
      {"/api/openapi.json", &Api::OpenApi},
      {"/api/search", &Api::Search},
      {"/api/facets", &Api::Facets},
      {"/api/timeline", &Api::Timeline},
      {"/api/export", &Api::Export},
      {"/api/cables/{id}", &Api::Cable},
      {"/api/cables/{id}/versions", &Api::CableVersions},
      {"/api/cables/{id}/diff", &Api::CableDiff},
      {"/api/cables/{id}/refs", &Api::CableRefs},
      {"/api/people", &Api::People},
      {"/api/people/{id}", &Api::Person},
      {"/api/tags", &Api::Tags},
      {"/api/tags/{code}", &Api::Tag},
      {"/api/routes/{route}", &Api::RoutingIndicator},
  };
  return routes;
}

// A background recomputation may take longer than a client would wait.
constexpr std::chrono::seconds kRefreshTimeLimit{30};

Api::Api(const ApiOptions& options)
    : options_(options), cache_(options.cache_entries, options.cache_bytes) {}

Status Api::Open(const ApiOptions& options, std::unique_ptr<Api>* out) {
  std::unique_ptr<Api> api(new Api(options));
  Status s = ReaderPool::Open(options.archive, options.readers, &api->pool_);
  if (!s.ok()) return s;
  *out = std::move(api);
  return Status::Ok();
}

namespace {

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < path.size()) {
    if (path[pos] == '/') {
      ++pos;
      continue;
    }
    size_t end = path.find('/', pos);
    if (end == std::string_view::npos) end = path.size();
    out.push_back(path.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

// Whether `path` matches `pattern`; the {x} segments go to *args.
bool MatchRoute(std::string_view pattern, std::string_view path, std::vector<std::string>* args) {
  if (path.size() > 1 && path.back() == '/') return false;
  const auto want = Segments(pattern), have = Segments(path);
  if (want.size() != have.size()) return false;
  args->clear();
  for (size_t i = 0; i < want.size(); ++i) {
    if (!want[i].empty() && want[i].front() == '{') args->emplace_back(have[i]);
    else if (want[i] != have[i]) return false;
  }
  return true;
}

}  // namespace

ApiResponse Api::Handle(ApiRequest request) {
  for (const auto& route : Routes()) {
    if (!MatchRoute(route.pattern, request.path, &request.args)) continue;
    ApiResponse r = (this->*route.handler)(request);
    if (r.content_type == "application/json") MakeHtmlSafe(&r.body);
    return r;
  }
  ApiResponse r = JsonError(404, "no API endpoint " + request.path + " (see /api/openapi.json)");
  MakeHtmlSafe(&r.body);
  return r;
}

ApiResponse Api::WithReader(const ApiRequest& req, const std::function<Status(ReaderPool::Lease&, ApiResponse*)>& fn) {
  ReaderPool::Lease lease = pool_->Acquire(req.deadline);
  if (!lease) return JsonError(503, "the server is busy: no reader became free within the time limit");
  ApiResponse response;
  QueryDeadline deadline(lease.reader().db(), req.deadline);
  Status s = fn(lease, &response);
  // Work that finished after the deadline is answered as over time too, so
  // that the limit holds for the parts SQLite does not run (sorting,
  // facets) as for the SQL.
  if (!s.ok() || deadline.expired()) return StatusResponse(s, deadline.expired());
  return response;
}

ApiResponse Api::Cached(const ApiRequest& req, const std::string& key,
                        const std::function<Status(ReaderPool::Lease&, ApiResponse*)>& fn) {
  const int64_t generation = pool_->Generation();
  if (!req.refresh) {
    ResultCache::Found found = cache_.Get(key, generation);
    if (found.body) {
      ApiResponse r;
      r.body = *found.body;
      r.headers.emplace_back("X-Cache", found.fresh ? "hit" : "stale");
      if (!found.fresh) {
        // The refresh runs the same route again, with time of its own.
        refresher_.Enqueue(key, [this, again = req]() mutable {
          again.refresh = true;
          again.deadline = Clock::now() + kRefreshTimeLimit;
          Handle(std::move(again));
        });
      }
      return r;
    }
  }
  ApiResponse r = WithReader(req, fn);
  if (r.status == 200) {
    cache_.Put(key, generation, std::make_shared<const std::string>(r.body));
    r.headers.emplace_back("X-Cache", "miss");
  }
  return r;
}

// Besides liveness: the archive generation and the result cache's counters,
// so that an operator (and bench/run_serve.sh) can see commits arrive and
// how many answers were served stale while they were recomputed.
ApiResponse Api::Health(const ApiRequest& req) {
  return WithReader(req, [this](ReaderPool::Lease& lease, ApiResponse* r) {
    const int64_t cables = archive::QueryInt(lease.reader().db(), "SELECT count(*) FROM cables", -1);
    if (cables < 0) return lease.reader().db().Error("counting cables");
    JsonWriter w(&r->body);
    w.BeginObject();
    w.Key("status");
    w.String("ok");
    w.Key("version");
    w.String(CABLESCOPE_VERSION);
    w.Key("cables");
    w.Int(cables);
    w.Key("generation");
    w.Int(pool_->Generation());
    w.Key("cache");
    w.BeginObject();
    w.Key("entries");
    w.Int(static_cast<int64_t>(cache_.size()));
    w.Key("hits");
    w.Int(static_cast<int64_t>(cache_.hits()));
    w.Key("stale");
    w.Int(static_cast<int64_t>(cache_.stale()));
    w.Key("misses");
    w.Int(static_cast<int64_t>(cache_.misses()));
    w.Key("refreshed");
    w.Int(static_cast<int64_t>(refresher_.done()));
    w.EndObject();
    w.EndObject();
    return Status::Ok();
  });
}

ApiResponse Api::OpenApi(const ApiRequest&) {
  ApiResponse r;
  r.body = std::string(OpenApiDocument());
  return r;
}

}  // namespace cablescope::serve
