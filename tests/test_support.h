// Helpers shared by the test binaries.
#ifndef CABLESCOPE_TESTS_TEST_SUPPORT_H_
#define CABLESCOPE_TESTS_TEST_SUPPORT_H_

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace cablescope::testing {

// ../shared beside the checkout (or $CABLESCOPE_SHARED), or empty when it is
// absent, as on a user's machine.
std::filesystem::path SharedDir();

// Skips the current test, with a clear message, when ../shared is absent.
#define REQUIRE_SHARED()                                                                 \
  do {                                                                                   \
    if (::cablescope::testing::SharedDir().empty())                                      \
      GTEST_SKIP() << "../shared (seeds, corpus, reference) is absent: skipping a test " \
                      "that reads real cables";                                          \
  } while (0)

// tests/fixtures/<name>: the project's own small inputs.
std::filesystem::path FixturePath(const std::string& name);

std::string ReadFile(const std::filesystem::path& path);

// A fresh empty directory under the system temp dir, removed at exit.
std::filesystem::path TempDir();

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs the built `cablescope` binary with `args` (no shell), feeding `input`
// on stdin, and waits for it (at most `timeout_seconds`).
RunResult RunCablescope(const std::vector<std::string>& args, const std::string& input = "",
                        int timeout_seconds = 120);

}  // namespace cablescope::testing

#endif  // CABLESCOPE_TESTS_TEST_SUPPORT_H_
