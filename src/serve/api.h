// Api: the read-only JSON API of `cablescope serve` (docs/API.md), as a
// function from ApiRequest to ApiResponse.
//
// Routes are a table of path patterns ("/api/cables/{id}/diff"); the same
// patterns are the paths of the OpenAPI document (openapi.cc), and a test
// checks that the two agree. Every handler is bounded: the query text
// (kMaxQueryBytes), the page (kMaxPageSize) and the time (the request's
// deadline, enforced on SQLite by QueryDeadline and answered with 503).
//
// Thread-safe: handlers lease a reader from the ReaderPool; search answers
// are kept in a ResultCache.
#ifndef CABLESCOPE_SERVE_API_H_
#define CABLESCOPE_SERVE_API_H_

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "archive/status.h"
#include "serve/api_request.h"
#include "serve/cache_refresher.h"
#include "serve/reader_pool.h"
#include "serve/result_cache.h"

namespace cablescope::serve {

inline constexpr size_t kMaxQueryBytes = 4096;
inline constexpr int64_t kMaxPageSize = 1000;
inline constexpr int64_t kMaxOffset = 1'000'000'000;

struct ApiOptions {
  std::string archive;            // the archive file
  size_t readers = 2;             // ReaderPool size: searches at once
  size_t cache_entries = 4096;    // ResultCache bounds (0 = no cache)
  size_t cache_bytes = 64u << 20;
  size_t max_exports = 2;         // concurrent /api/export streams
};

class Api {
 public:
  using Handler = ApiResponse (Api::*)(const ApiRequest&);
  struct Route {
    const char* pattern;  // "/api/cables/{id}"; {x} matches one path segment
    Handler handler;
  };

  static archive::Status Open(const ApiOptions& options, std::unique_ptr<Api>* out);

  // Answers a GET (or HEAD) of `request.path`; fills request.args. 404 for
  // a path no route matches.
  ApiResponse Handle(ApiRequest request);

  static const std::vector<Route>& Routes();
  ResultCache& cache() { return cache_; }
  const CacheRefresher& refresher() const { return refresher_; }

 private:
  explicit Api(const ApiOptions& options);

  // api_search.cc
  ApiResponse Search(const ApiRequest& req);
  ApiResponse Facets(const ApiRequest& req);
  ApiResponse Timeline(const ApiRequest& req);
  ApiResponse Export(const ApiRequest& req);
  // api_cables.cc
  ApiResponse Cable(const ApiRequest& req);
  ApiResponse CableVersions(const ApiRequest& req);
  ApiResponse CableDiff(const ApiRequest& req);
  ApiResponse CableRefs(const ApiRequest& req);
  // api_links.cc
  ApiResponse People(const ApiRequest& req);
  ApiResponse Person(const ApiRequest& req);
  ApiResponse Tags(const ApiRequest& req);
  ApiResponse Tag(const ApiRequest& req);
  ApiResponse RoutingIndicator(const ApiRequest& req);
  // api.cc
  ApiResponse Health(const ApiRequest& req);
  ApiResponse OpenApi(const ApiRequest& req);

  // Runs `fn(lease)` with a reader leased until the request's deadline and
  // a QueryDeadline armed on its connection; maps the Status: 400 bad
  // query, 404 not found, 503 over time, 500 otherwise.
  ApiResponse WithReader(const ApiRequest& req,
                         const std::function<archive::Status(ReaderPool::Lease&, ApiResponse*)>& fn);
  // The cached body for `key`, or computes it with `fn` (which sets
  // response->body on success) and caches it. A stale body (an ingest has
  // committed since) is answered at once, `X-Cache: stale`, and `req` is
  // queued on refresher_ to compute the fresh one.
  ApiResponse Cached(const ApiRequest& req, const std::string& key,
                     const std::function<archive::Status(ReaderPool::Lease&, ApiResponse*)>& fn);

  ApiOptions options_;
  std::unique_ptr<ReaderPool> pool_;
  ResultCache cache_;
  std::atomic<size_t> exports_{0};
  CacheRefresher refresher_;  // last: its jobs use the members above
};

// The OpenAPI 3 document of the routes (openapi.cc).
std::string_view OpenApiDocument();

// The Status of a failed archive call as an HTTP error response.
ApiResponse StatusResponse(const archive::Status& status, bool deadline_expired);

}  // namespace cablescope::serve

#endif  // CABLESCOPE_SERVE_API_H_
