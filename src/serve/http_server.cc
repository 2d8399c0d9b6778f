#include "serve/http_server.h"

#include <httplib.h>

#include <fstream>
#include <sstream>

#include "serve/html_safe_json.h"
#include "serve/static_files.h"

namespace cablescope::serve {

using archive::Status;

const char* const kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

bool IsLoopbackHost(std::string_view host) {
  if (host == "localhost" || host == "::1" || host == "[::1]") return true;
  if (host.substr(0, 4) != "127.") return false;
  int dots = 0;
  for (char c : host) {
    if (c == '.') ++dots;
    else if (c < '0' || c > '9') return false;
  }
  return dots == 3;
}

namespace {

// The host part of a Host header: "127.0.0.1:8080" -> "127.0.0.1",
// "[::1]:80" -> "[::1]".
std::string_view HostName(std::string_view host_header) {
  if (!host_header.empty() && host_header.front() == '[') {
    const size_t close = host_header.find(']');
    return close == std::string_view::npos ? host_header : host_header.substr(0, close + 1);
  }
  return host_header.substr(0, host_header.find(':'));
}

const char* DefaultMessage(int status) {
  switch (status) {
    case 400: return "bad request";
    case 403: return "forbidden";
    case 404: return "not found";
    case 405: return "method not allowed: the API is read-only (GET, HEAD)";
    case 413: return "request too large";
    case 414: return "request URI too long";
    case 416: return "range not satisfiable";
    case 503: return "service unavailable";
    default: return status >= 500 ? "internal server error" : "request failed";
  }
}

void Send(const ApiResponse& from, httplib::Response& to) {
  to.status = from.status;
  for (const auto& [k, v] : from.headers) to.set_header(k, v);
  if (from.stream) {
    auto stream = from.stream;
    to.set_chunked_content_provider(from.content_type, [stream](size_t, httplib::DataSink& sink) {
      stream([&sink](std::string_view chunk) { return sink.write(chunk.data(), chunk.size()); });
      sink.done();
      return true;
    });
  } else if (from.content_type == "application/json") {
    std::string body = from.body;
    MakeHtmlSafe(&body);  // error messages quote the request
    to.set_content(body, from.content_type.c_str());
  } else {
    to.set_content(from.body, from.content_type.c_str());
  }
}

}  // namespace

struct HttpServer::Impl {
  httplib::Server server;
  std::unique_ptr<StaticFiles> files;
};

HttpServer::~HttpServer() { Stop(); }

const std::string& HttpServer::web_dir() const { return impl_->files->root(); }

Status HttpServer::Create(const ServerOptions& options, std::unique_ptr<HttpServer>* out) {
  out->reset();
  if (!options.allow_remote && !IsLoopbackHost(options.host)) {
    return Status::IoError("refusing to listen on " + options.host +
                           ": only loopback addresses (127.0.0.1, ::1) without --allow-remote");
  }
  std::unique_ptr<HttpServer> server(new HttpServer());
  server->options_ = options;
  Status s = Api::Open(options.api, &server->api_);
  if (!s.ok()) return s;
  server->impl_ = std::make_unique<Impl>();
  server->impl_->files = std::make_unique<StaticFiles>(options.web_dir);

  httplib::Server& http = server->impl_->server;
  const size_t threads = std::max<size_t>(options.threads, 1);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_keep_alive_max_count(100000);
  http.set_keep_alive_timeout(5);
  http.set_read_timeout(10);
  http.set_write_timeout(30);
  http.set_payload_max_length(kMaxQueryBytes);
  http.set_tcp_nodelay(true);
  http.set_default_headers({
      {"Content-Security-Policy", kContentSecurityPolicy},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cache-Control", "no-cache"},
  });

  HttpServer* self = server.get();
  http.set_pre_routing_handler([self](const httplib::Request& req, httplib::Response& res) {
    if (req.method != "GET" && req.method != "HEAD") {
      Send(JsonError(405, "method not allowed: the API is read-only (GET, HEAD)"), res);
      res.set_header("Allow", "GET, HEAD");
      res.set_header("Connection", "close");  // its body, if any, was not read
      return httplib::Server::HandlerResponse::Handled;
    }
    if (!self->options_.allow_remote && req.has_header("Host") &&
        !IsLoopbackHost(HostName(req.get_header_value("Host")))) {
      // DNS rebinding: a page of evil.example resolved to 127.0.0.1.
      Send(JsonError(403, "this server answers requests for 127.0.0.1 and localhost only"), res);
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  http.Get(".*", [self](const httplib::Request& req, httplib::Response& res) {
    if (req.path == "/api" || req.path.rfind("/api/", 0) == 0) {
      ApiRequest api_req;
      api_req.path = req.path;
      for (const auto& [k, v] : req.params) api_req.params.emplace(k, v);  // the first of repeated keys
      if (self->options_.time_limit) api_req.deadline = Clock::now() + *self->options_.time_limit;
      Send(self->api_->Handle(std::move(api_req)), res);
      return;
    }
    const StaticFile file = self->impl_->files->Resolve(req.path);
    if (file.status != 200) {
      Send(JsonError(file.status, file.status == 403 ? "forbidden path" : "not found: " + req.path), res);
      return;
    }
    // Revalidated on every use (no-cache), answered 304 while unchanged: the
    // UI's modules are many small files, and a page load then costs one
    // round trip per file instead of its bytes.
    res.set_header("ETag", file.etag);
    res.set_header("Cache-Control", "no-cache");
    if (req.get_header_value("If-None-Match") == file.etag) {
      res.status = 304;
      return;
    }
    std::ifstream in(file.path, std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    if (!in) {
      Send(JsonError(404, "not found: " + req.path), res);
      return;
    }
    res.set_content(body.str(), file.content_type.c_str());
  });

  http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    // httplib's own refusals (a URI over its 8 KB limit, an oversized
    // body, a malformed request) as JSON; an overlong URI is "too large".
    if (res.status == 414) res.status = 413;
    // The request was not read to its end: do not wait for another on
    // this connection.
    res.set_header("Connection", "close");
    const ApiResponse e = JsonError(res.status, DefaultMessage(res.status));
    res.set_content(e.body, "application/json");
    return httplib::Server::HandlerResponse::Handled;
  }));

  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    Send(JsonError(500, "internal server error"), res);
  });

  *out = std::move(server);
  return Status::Ok();
}

Status HttpServer::Bind(int* port) {
  httplib::Server& http = impl_->server;
  if (options_.port == 0) {
    *port = http.bind_to_any_port(options_.host);
    if (*port <= 0) return Status::IoError("cannot listen on " + options_.host);
  } else {
    if (!http.bind_to_port(options_.host, options_.port)) {
      return Status::IoError("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                             " (in use? try --bind 127.0.0.1:PORT)");
    }
    *port = options_.port;
  }
  return Status::Ok();
}

void HttpServer::Run() { impl_->server.listen_after_bind(); }

void HttpServer::Stop() {
  if (impl_ != nullptr) impl_->server.stop();
}

}  // namespace cablescope::serve
