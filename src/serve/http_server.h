// HttpServer: `cablescope serve`: the JSON API (api.h) and the web UI's
// static files (static_files.h) over HTTP, with cpp-httplib.
//
// Safe by default: it binds 127.0.0.1 unless told otherwise with
// `allow_remote` (and the CLI then warns); while local-only it also refuses
// requests whose Host header names another machine (a web page cannot
// reach it through DNS rebinding). Only GET and HEAD exist (anything else
// is 405): nothing can be written over HTTP. Every response carries a
// Content-Security-Policy without inline script and X-Content-Type-Options
// nosniff. Errors are JSON {"error", "status"}.
//
// Threads: cpp-httplib serves each connection on a thread of a pool of
// `threads`; the archive work runs on `api.readers` leased readers.
// This file is the only one that includes httplib.h.
#ifndef CABLESCOPE_SERVE_HTTP_SERVER_H_
#define CABLESCOPE_SERVE_HTTP_SERVER_H_

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "archive/status.h"
#include "serve/api.h"

namespace cablescope::serve {

struct ServerOptions {
  ApiOptions api;
  std::string web_dir;        // static files; empty = none
  std::string host = "127.0.0.1";
  int port = 8080;            // 0 = any free port (tests)
  bool allow_remote = false;  // required to bind anything but loopback
  // Per-request time limit (queueing for a reader included); nullopt = none.
  std::optional<std::chrono::milliseconds> time_limit = std::chrono::milliseconds(5000);
  size_t threads = 32;        // HTTP worker threads (one per open connection)
};

// The Content-Security-Policy every response carries.
extern const char* const kContentSecurityPolicy;

// True for 127.0.0.0/8, ::1 and localhost.
bool IsLoopbackHost(std::string_view host);

class HttpServer {
 public:
  // Checks the options (a non-loopback host needs allow_remote), opens the
  // archive's readers. Does not bind yet.
  static archive::Status Create(const ServerOptions& options, std::unique_ptr<HttpServer>* out);
  ~HttpServer();

  // Binds and listens; *port gets the port (the chosen one when options.port
  // is 0). IoError when the address is taken or invalid.
  archive::Status Bind(int* port);
  // Serves until Stop(); call after Bind().
  void Run();
  // Stops Run() (from any thread); safe to call more than once.
  void Stop();

  Api& api() { return *api_; }
  const std::string& web_dir() const;

 private:
  HttpServer() = default;
  struct Impl;
  ServerOptions options_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cablescope::serve

#endif  // CABLESCOPE_SERVE_HTTP_SERVER_H_
