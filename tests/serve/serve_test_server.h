// A server for the tests of src/serve: an archive built in code from the
// seed-shaped records (tests/archive/archive_test_records.h), served on
// 127.0.0.1 at a free port by a thread that the destructor stops.
#ifndef CABLESCOPE_TESTS_SERVE_SERVE_TEST_SERVER_H_
#define CABLESCOPE_TESTS_SERVE_SERVE_TEST_SERVER_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <httplib.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "archive/archive_test_records.h"
#include "archive/link_build.h"
#include "archive/store.h"
#include "serve/http_server.h"
#include "test_support.h"

namespace cablescope::testing {

// A cable whose text holds what HTML must never see raw.
inline Record MarkupRecord() {
  Record r = SyntheticRecord(900, "fixtures/markup.txt");
  r.subject = "AT&T <SCRIPT>ALERT(1)</SCRIPT> TALKS";
  r.paragraphs = {{1, std::string("U"), "The <<END ITEM>> marker & the <b>bold</b> claim about the harvest."}};
  r.body = "1. (U) " + r.paragraphs[0].text + "\n";
  return r;
}

inline constexpr int kSyntheticCables = 40;

// The two seed-shaped cables, a redacted second version of
// 06ISLAMABAD10261, MarkupRecord and kSyntheticCables small ones; links built.
inline std::string BuildServeArchive(const std::filesystem::path& dir) {
  const std::string path = (dir / "cables.db").string();
  std::unique_ptr<archive::ArchiveWriter> w;
  archive::Status s = archive::ArchiveWriter::Open(path, &w);
  EXPECT_TRUE(s.ok()) << s.message();
  if (!s.ok()) return path;
  std::vector<Record> records = {UsunRecord(), IslamabadRecord(),
                                 IslamabadRecord("release/06ISLAMABAD10261.html", true), MarkupRecord()};
  for (int i = 0; i < kSyntheticCables; ++i) records.push_back(SyntheticRecord(i, "synthetic.txt"));
  for (const auto& r : records) {
    archive::PutOutcome o;
    s = w->Put(r, &o);
    EXPECT_TRUE(s.ok()) << s.message();
  }
  EXPECT_TRUE(w->Commit().ok());
  archive::LinkBuildReport report;
  s = archive::BuildLinks(w->db(), &report);
  EXPECT_TRUE(s.ok()) << s.message();
  return path;
}

inline constexpr int kTestCables = 4 + kSyntheticCables - 1;  // the redacted one is a version

class TestServer {
 public:
  explicit TestServer(serve::ServerOptions options) {
    options.host = "127.0.0.1";
    options.port = 0;
    archive::Status s = serve::HttpServer::Create(options, &server_);
    EXPECT_TRUE(s.ok()) << s.message();
    if (!s.ok()) return;
    s = server_->Bind(&port_);
    EXPECT_TRUE(s.ok()) << s.message();
    if (!s.ok()) return;
    thread_ = std::thread([this] { server_->Run(); });
  }
  ~TestServer() {
    if (server_ != nullptr) server_->Stop();
    if (thread_.joinable()) thread_.join();
  }

  bool ok() const { return port_ > 0; }
  int port() const { return port_; }
  serve::HttpServer& server() { return *server_; }
  std::unique_ptr<httplib::Client> Client() const {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", port_);
    c->set_connection_timeout(5);
    c->set_read_timeout(60);
    return c;
  }

 private:
  std::unique_ptr<serve::HttpServer> server_;
  int port_ = 0;
  std::thread thread_;
};

// Sends `request` byte for byte (no client normalising the path) and
// returns the whole response; empty on connection failure.
inline std::string RawHttp(int port, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return "";
  timeval tv{10, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string out;
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      send(fd, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size())) {
    char buf[8192];
    for (int i = 0; i < 1000; ++i) {  // bounded: 8 MB at most
      const ssize_t n = recv(fd, buf, sizeof buf, 0);
      if (n <= 0) break;
      out.append(buf, static_cast<size_t>(n));
      // Done at the end of the first response: the server may keep the
      // connection open (after a request it did not read to the end).
      const size_t head_end = out.find("\r\n\r\n");
      const size_t length_at = out.find("Content-Length: ");
      if (head_end != std::string::npos && length_at != std::string::npos && length_at < head_end &&
          out.size() >= head_end + 4 + std::stoul(out.substr(length_at + 16, 20))) {
        break;
      }
    }
  }
  close(fd);
  return out;
}

inline std::string RawGet(int port, const std::string& target, const std::string& host = "127.0.0.1") {
  return RawHttp(port, "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
}

// The status code of a raw response ("HTTP/1.1 404 Not Found" -> 404).
inline int RawStatus(const std::string& response) {
  if (response.size() < 12 || response.compare(0, 5, "HTTP/") != 0) return -1;
  return std::atoi(response.c_str() + 9);
}

}  // namespace cablescope::testing

#endif  // CABLESCOPE_TESTS_SERVE_SERVE_TEST_SERVER_H_
