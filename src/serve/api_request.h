// ApiRequest / ApiResponse: an HTTP exchange as the API handlers see it,
// without the HTTP library. The handlers (api_*.cc) are plain functions of
// these values, so that only http_server.cc knows cpp-httplib and the API
// can be called directly (tests, benchmarks).
#ifndef CABLESCOPE_SERVE_API_REQUEST_H_
#define CABLESCOPE_SERVE_API_REQUEST_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cablescope::serve {

using Clock = std::chrono::steady_clock;

struct ApiRequest {
  std::string path;                           // decoded: /api/cables/06ISLAMABAD10261
  std::map<std::string, std::string> params;  // query parameters (the first of repeated ones)
  std::vector<std::string> args;              // the {x} parts of the matched route, in order
  Clock::time_point deadline = Clock::time_point::max();
  // Recompute a cached answer instead of reading it (the CacheRefresher's
  // requests; never set from HTTP).
  bool refresh = false;

  // The parameter `name`, or `fallback` when absent.
  std::string Param(const std::string& name, std::string_view fallback = "") const {
    auto it = params.find(name);
    return it == params.end() ? std::string(fallback) : it->second;
  }
  bool Has(const std::string& name) const { return params.count(name) != 0; }
};

// Writes one chunk of a streamed body; false when the client has gone.
using ChunkWriter = std::function<bool(std::string_view)>;

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // When set, the body is streamed (chunked): called once, it writes every
  // chunk and returns when done or when a write fails.
  std::function<void(const ChunkWriter&)> stream;
};

// {"error": message, "status": status}; for a malformed query also
// "column" (the 1-based column the parser named).
ApiResponse JsonError(int status, std::string_view message);

// Parses a non-negative decimal integer parameter. nullopt when it is not
// one or exceeds `max`.
std::optional<int64_t> ParseCount(std::string_view text, int64_t max);

}  // namespace cablescope::serve

#endif  // CABLESCOPE_SERVE_API_REQUEST_H_
