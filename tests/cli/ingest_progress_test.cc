// `cablescope ingest` on a terminal and next to readers in other processes:
// the progress bar (files, cables, MB/s, ETA) drawn on a pseudo-terminal and
// cleared before the summary line; searches by another process while an
// ingest runs all succeed and never see the count go down.
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "archive/archive_test_records.h"
#include "model/record_json.h"
#include "test_support.h"

namespace cablescope {
namespace {

namespace fs = std::filesystem;

void WriteRecords(const fs::path& path, int first, int count) {
  std::ofstream out(path, std::ios::binary);
  std::string line;
  for (int i = first; i < first + count; ++i) {
    line.clear();
    AppendRecordJson(testing::SyntheticRecord(i, path.string()), &line);
    line.push_back('\n');
    out << line;
  }
}

// Runs the binary with `args` on a new pseudo-terminal (stdout and stderr
// both on it) and returns what it wrote there, and its exit status.
testing::RunResult RunOnTerminal(const std::vector<std::string>& args, int timeout_seconds = 120) {
  testing::RunResult result;
  int master = -1;
  struct winsize ws{};
  ws.ws_row = 24;
  ws.ws_col = 120;
  const pid_t pid = forkpty(&master, nullptr, nullptr, &ws);
  if (pid < 0) return result;
  if (pid == 0) {
    std::vector<std::string> copy = args;
    std::string bin = CABLESCOPE_BINARY;
    std::vector<char*> argv{bin.data()};
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  char buf[4096];
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{master, POLLIN, 0};
    if (poll(&p, 1, 200) <= 0) continue;
    const ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0) break;  // EIO once the child has exited and closed the terminal
    result.err.append(buf, static_cast<size_t>(n));
  }
  int wstatus = 0;
  if (waitpid(pid, &wstatus, WNOHANG) == 0) {
    kill(pid, SIGKILL);
    waitpid(pid, &wstatus, 0);
  }
  close(master);
  result.status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1;
  return result;
}

TEST(IngestProgress, BarOnTerminalThenSummary) {
  const fs::path dir = testing::TempDir();
  const fs::path input = dir / "cables.jsonl";
  constexpr int kCables = 3000;
  WriteRecords(input, 0, kCables);
  const std::string db = (dir / "progress.db").string();
  auto run = RunOnTerminal({"ingest", "--archive", db, "--records", "--batch", "100", input.string()});
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string& tty = run.err;
  // The bar: its frame, the file and cable counts, the rate and the ETA.
  EXPECT_TRUE(std::regex_search(tty, std::regex(R"(\[[#.]{24}\] files \d+/1  cables \d+  \d+\.\d MB/s  ETA (\d+:\d\d|--:--))")))
      << tty;
  // Drawn at least once with everything done.
  EXPECT_NE(tty.find("[########################] files 1/1  cables " + std::to_string(kCables) + "  "),
            std::string::npos)
      << tty;
  // Each drawing rewrites the line in place, and the bar is erased before
  // the summary so that the summary stands on a clean line.
  EXPECT_NE(tty.find("\r\033[K["), std::string::npos) << tty;
  const size_t summary = tty.find("ingest: " + std::to_string(kCables) + " new, 0 updated, 0 unchanged; 0 of 1 inputs failed");
  ASSERT_NE(summary, std::string::npos) << tty;
  EXPECT_EQ(tty.rfind("\r\033[K", summary), summary - 4) << "bar not cleared before the summary: " << tty;
  EXPECT_EQ(tty.find("\033[K[", summary), std::string::npos) << "bar drawn after the summary";
}

TEST(IngestProgress, NoBarWhenStderrIsNotATerminal) {
  const fs::path dir = testing::TempDir();
  const fs::path input = dir / "cables.jsonl";
  WriteRecords(input, 0, 200);
  auto run = testing::RunCablescope(
      {"ingest", "--archive", (dir / "pipe.db").string(), "--records", input.string()});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err.find('\033'), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("MB/s"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("ingest: 200 new"), std::string::npos) << run.err;
}

// The total of `search --json --limit 0 harvest`, or -1 when the output
// has none.
int64_t TotalOf(const std::string& json) {
  std::smatch m;
  if (!std::regex_search(json, m, std::regex(R"("total":(\d+))"))) return -1;
  return std::stoll(m[1].str());
}

// A reader process searching while `cablescope ingest` runs in another:
// every search succeeds and the count only grows, up to all the cables.
TEST(IngestProgress, SearchFromAnotherProcessDuringIngest) {
  const fs::path dir = testing::TempDir();
  const fs::path first = dir / "first.jsonl", rest = dir / "rest.jsonl";
  constexpr int kFirst = 100, kRest = 6000;
  WriteRecords(first, 0, kFirst);
  WriteRecords(rest, kFirst, kRest);
  const std::string db = (dir / "concurrent.db").string();
  auto seed = testing::RunCablescope({"ingest", "--archive", db, "--records", first.string()});
  ASSERT_EQ(seed.status, 0) << seed.err;

  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    std::string bin = CABLESCOPE_BINARY;
    std::vector<std::string> args{bin, "ingest", "--archive", db, "--records", "--batch", "50", rest.string()};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    if (std::freopen("/dev/null", "w", stderr) == nullptr) _exit(126);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  int64_t last = kFirst;
  int searches = 0, during = 0;
  int wstatus = 0;
  bool done = false;
  for (int i = 0; i < 500 && !done; ++i) {  // bounded; an ingest of 6,000 takes seconds
    done = waitpid(pid, &wstatus, WNOHANG) == pid;
    auto search = testing::RunCablescope({"search", "--archive", db, "--json", "--limit", "0", "harvest"});
    ++searches;
    ASSERT_EQ(search.status, 0) << "search " << searches << ": " << search.err;
    const int64_t total = TotalOf(search.out);
    ASSERT_GE(total, last) << "search " << searches << " saw fewer cables: " << search.out;
    if (!done && total > kFirst && total < kFirst + kRest) ++during;
    last = total;
  }
  if (!done) {
    kill(pid, SIGKILL);
    waitpid(pid, &wstatus, 0);
    FAIL() << "ingest did not finish within " << searches << " searches";
  }
  ASSERT_TRUE(WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0);
  EXPECT_EQ(last, kFirst + kRest);
  // Not asserted (it depends on scheduling), but shown: how many searches
  // saw a partly done ingest.
  std::printf("[          ] %d searches, %d during the ingest with a partial count\n", searches, during);
}

}  // namespace
}  // namespace cablescope
