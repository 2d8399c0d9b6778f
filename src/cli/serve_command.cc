// `cablescope serve`: the HTTP API and the web UI (docs/API.md).
#include <signal.h>

#include <cstdio>
#include <string>
#include <thread>

#include "archive/archive_path.h"
#include "cli/commands.h"
#include "serve/http_server.h"
#include "serve/static_files.h"

namespace cablescope::cli {
namespace {

using archive::Status;

serve::HttpServer* g_server = nullptr;

void OnSignal(int) {
  // httplib's stop() only closes the listening socket and flips a flag:
  // safe enough from a signal handler for a process about to exit.
  if (g_server != nullptr) g_server->Stop();
}

// "127.0.0.1:8080", ":8080", "8080", "[::1]:8080", "localhost".
bool ParseBind(const std::string& bind, std::string* host, int* port) {
  std::string h = bind, p;
  if (!bind.empty() && bind.front() == '[') {
    const size_t close = bind.find(']');
    if (close == std::string::npos) return false;
    h = bind.substr(1, close - 1);
    if (close + 1 < bind.size()) {
      if (bind[close + 1] != ':') return false;
      p = bind.substr(close + 2);
    }
  } else if (bind.find_first_not_of("0123456789") == std::string::npos) {
    h = "127.0.0.1";
    p = bind;
  } else if (const size_t colon = bind.rfind(':'); colon != std::string::npos && bind.find(':') == colon) {
    h = bind.substr(0, colon);
    p = bind.substr(colon + 1);
  }
  if (h.empty()) h = "127.0.0.1";
  *host = h;
  if (p.empty()) return true;
  if (p.size() > 5 || p.find_first_not_of("0123456789") != std::string::npos) return false;
  *port = std::stoi(p);
  return *port <= 65535;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand("serve",
                                 "Serve the archive over HTTP: the JSON API (docs/API.md, /api/openapi.json)\n"
                                 "and the web UI. Read-only; listens on 127.0.0.1 unless --allow-remote.");
  struct Options {
    std::string archive;
    std::string bind = "127.0.0.1:8080";
    std::string web;
    bool allow_remote = false;
    int64_t time_limit_ms = 5000;
    size_t threads = 32;
    size_t readers = 0;
    size_t cache = 4096;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--archive", opts->archive, "Archive file (default: $CABLESCOPE_ARCHIVE, else cables.db)");
  cmd->add_option("--bind", opts->bind, "HOST:PORT to listen on (default 127.0.0.1:8080; port 0 = any)");
  cmd->add_flag("--allow-remote", opts->allow_remote,
                "Allow a non-loopback --bind address (the archive becomes readable by the network)");
  cmd->add_option("--web", opts->web,
                  "Directory of the web UI (default: $CABLESCOPE_WEB, else share/cablescope/web or web/ "
                  "beside the binary, else the source tree's web/)");
  cmd->add_option("--time-limit-ms", opts->time_limit_ms, "Per-request time limit in ms, 0 = none (default 5000)")
      ->check(CLI::Range(int64_t{0}, int64_t{3'600'000}));
  cmd->add_option("--threads", opts->threads, "HTTP threads, one per open connection (default 32)")
      ->check(CLI::Range(size_t{1}, size_t{1024}));
  cmd->add_option("--readers", opts->readers, "Searches run at once (default: the number of cores)")
      ->check(CLI::Range(size_t{0}, size_t{256}));
  cmd->add_option("--cache", opts->cache, "Search answers kept in memory, 0 = none (default 4096)");
  cmd->footer("Exit status: 0 stopped by a signal, 1 the archive cannot be read or the address is taken,\n"
              "2 usage error (also a non-loopback --bind without --allow-remote).");
  cmd->callback([opts, status] {
    serve::ServerOptions so;
    if (!ParseBind(opts->bind, &so.host, &so.port)) {
      std::fprintf(stderr, "cablescope serve: --bind wants HOST:PORT, not '%s'\n", opts->bind.c_str());
      *status = kExitUsage;
      return;
    }
    so.allow_remote = opts->allow_remote;
    if (!serve::IsLoopbackHost(so.host)) {
      if (!so.allow_remote) {
        std::fprintf(stderr,
                     "cablescope serve: refusing to listen on %s: that exposes the archive to the network.\n"
                     "  Use --bind 127.0.0.1:PORT, or add --allow-remote if that is what you want.\n",
                     so.host.c_str());
        *status = kExitUsage;
        return;
      }
      std::fprintf(stderr,
                   "cablescope serve: WARNING: listening on %s (--allow-remote): anyone who can reach this "
                   "address can read the whole archive; there is no authentication.\n",
                   so.host.c_str());
    }
    so.api.archive = archive::ResolveArchivePath(opts->archive);
    const unsigned cores = std::thread::hardware_concurrency();
    so.api.readers = opts->readers != 0 ? opts->readers : std::max(2u, cores);
    so.api.cache_entries = opts->cache;
    so.web_dir = opts->web.empty() ? serve::DefaultWebDir() : opts->web;
    so.threads = opts->threads;
    if (opts->time_limit_ms > 0) so.time_limit = std::chrono::milliseconds(opts->time_limit_ms);
    else so.time_limit.reset();

    std::unique_ptr<serve::HttpServer> server;
    Status s = serve::HttpServer::Create(so, &server);
    int port = 0;
    if (s.ok()) s = server->Bind(&port);
    if (!s.ok()) {
      std::fprintf(stderr, "cablescope serve: %s\n", s.message().c_str());
      *status = kExitInputErrors;
      return;
    }
    if (server->web_dir().empty()) {
      std::fprintf(stderr, "cablescope serve: no web UI found (give --web DIR); serving the API only\n");
    }
    const std::string host = so.host.find(':') != std::string::npos ? "[" + so.host + "]" : so.host;
    std::printf("cablescope serve: %s on http://%s:%d/ (API: http://%s:%d/api/openapi.json); Ctrl-C stops\n",
                so.api.archive.c_str(), host.c_str(), port, host.c_str(), port);
    std::fflush(stdout);
    g_server = server.get();
    signal(SIGINT, OnSignal);
    signal(SIGTERM, OnSignal);
    signal(SIGPIPE, SIG_IGN);
    server->Run();
    g_server = nullptr;
    *status = kExitOk;
  });
}

}  // namespace cablescope::cli
