// StreamRecords (record_stream.h): every cable of the inputs reaches the
// sink once, in input order, whatever the number of parser threads; the
// reader and parser threads run at the niceness the options ask for, the
// sink's thread at its own.
#include "link/record_stream.h"

#include <gtest/gtest.h>

#include <mutex>
#include <set>
#include <string>
#include <vector>

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

#include "test_support.h"

namespace cablescope::link {
namespace {

int ThreadNice() {
#if defined(__linux__)
  return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
#else
  return 0;
#endif
}

std::vector<std::string> StreamedIds(const StreamOptions& options, std::set<int>* worker_nice = nullptr,
                                     std::set<int>* sink_nice = nullptr) {
  std::vector<std::string> ids;
  std::mutex mu;
  StreamRecords(
      {testing::FixturePath("samples").string()}, options, [](const Diagnostic&) {},
      [&](Record&, std::string*) {
        std::lock_guard lock(mu);
        if (worker_nice != nullptr) worker_nice->insert(ThreadNice());
      },
      [&](Record&& r, std::string&&) {
        if (sink_nice != nullptr) sink_nice->insert(ThreadNice());
        ids.push_back(r.id.value_or(""));
      });
  return ids;
}

TEST(RecordStream, EveryCableOnceInInputOrderOnEveryThreadCount) {
  StreamOptions one;
  one.threads = 1;
  const std::vector<std::string> expected = StreamedIds(one);
  ASSERT_GE(expected.size(), 4u);
  EXPECT_EQ(std::set<std::string>(expected.begin(), expected.end()).size(), expected.size());
  for (int threads : {2, 4}) {
    StreamOptions options;
    options.threads = threads;
    EXPECT_EQ(StreamedIds(options), expected) << threads << " threads";
  }
}

TEST(RecordStream, TheParserThreadsYieldToTheSink) {
#if !defined(__linux__)
  GTEST_SKIP() << "niceness per thread is Linux's";
#endif
  const int base = ThreadNice();
  if (base > 19 - 3) GTEST_SKIP() << "this process runs at niceness " << base;
  StreamOptions options;
  options.threads = 2;
  options.yield_to_sink = 3;
  std::set<int> workers, sink;
  const std::vector<std::string> ids = StreamedIds(options, &workers, &sink);
  EXPECT_FALSE(ids.empty());
  EXPECT_EQ(workers, (std::set<int>{base + 3}));
  EXPECT_EQ(sink, (std::set<int>{base}));
  EXPECT_EQ(ThreadNice(), base);
}

}  // namespace
}  // namespace cablescope::link
