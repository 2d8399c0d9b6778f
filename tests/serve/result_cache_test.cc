// ResultCache keeps answers across generations, marked stale, and
// CacheRefresher runs one job per key at a time, bounded in number.
#include "serve/result_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "serve/cache_refresher.h"

namespace cablescope::serve {
namespace {

std::shared_ptr<const std::string> Body(const char* text) { return std::make_shared<const std::string>(text); }

TEST(ResultCache, AnOlderGenerationsAnswerIsStaleUntilReplaced) {
  ResultCache cache(10, 1 << 20);
  EXPECT_EQ(cache.Get("q", 1).body, nullptr);
  cache.Put("q", 1, Body("one"));
  ResultCache::Found found = cache.Get("q", 1);
  ASSERT_NE(found.body, nullptr);
  EXPECT_TRUE(found.fresh);
  found = cache.Get("q", 2);  // an ingest committed
  ASSERT_NE(found.body, nullptr);
  EXPECT_FALSE(found.fresh);
  EXPECT_EQ(*found.body, "one");
  cache.Put("q", 2, Body("two"));
  found = cache.Get("q", 2);
  EXPECT_TRUE(found.fresh);
  EXPECT_EQ(*found.body, "two");
  EXPECT_EQ(cache.hits(), 2u);
  EXPECT_EQ(cache.stale(), 1u);
  EXPECT_EQ(cache.misses(), 1u);
  EXPECT_EQ(cache.size(), 1u);
}

TEST(ResultCache, StaleEntriesLeaveByTheLruBound) {
  ResultCache cache(2, 1 << 20);
  cache.Put("a", 1, Body("a"));
  cache.Put("b", 1, Body("b"));
  cache.Put("c", 2, Body("c"));  // evicts a, the least recently used
  EXPECT_EQ(cache.Get("a", 2).body, nullptr);
  EXPECT_NE(cache.Get("b", 2).body, nullptr);
  EXPECT_EQ(cache.size(), 2u);
}

// A job that waits until released, to hold the refresher's thread.
struct Gate {
  std::mutex mu;
  std::condition_variable cv;
  bool open = false, entered = false;
  void Enter() {
    std::unique_lock<std::mutex> lock(mu);
    entered = true;
    cv.notify_all();
    cv.wait_for(lock, std::chrono::seconds(10), [this] { return open; });
  }
  void WaitEntered() {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait_for(lock, std::chrono::seconds(10), [this] { return entered; });
  }
  void Open() {
    std::lock_guard<std::mutex> lock(mu);
    open = true;
    cv.notify_all();
  }
};

TEST(CacheRefresher, OneJobPerKeyAtATimeAndABoundedQueue) {
  Gate gate;
  std::atomic<int> ran{0};
  {
    CacheRefresher refresher(2);
    ASSERT_TRUE(refresher.Enqueue("q", [&] {
      gate.Enter();
      ++ran;
    }));
    gate.WaitEntered();
    EXPECT_FALSE(refresher.Enqueue("q", [&] { ++ran; }));  // running: not again
    EXPECT_TRUE(refresher.Enqueue("r", [&] { ++ran; }));
    EXPECT_FALSE(refresher.Enqueue("r", [&] { ++ran; }));  // queued: not twice
    EXPECT_TRUE(refresher.Enqueue("s", [&] { ++ran; }));
    EXPECT_FALSE(refresher.Enqueue("t", [&] { ++ran; }));  // the queue holds 2
    gate.Open();
    for (int i = 0; i < 1000 && refresher.done() < 3; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    EXPECT_EQ(refresher.done(), 3u);
    EXPECT_TRUE(refresher.Enqueue("q", [&] { ++ran; }));  // done: may run again
  }  // the destructor finishes or drops the last and joins
  EXPECT_GE(ran.load(), 3);
  EXPECT_LE(ran.load(), 4);
}

}  // namespace
}  // namespace cablescope::serve
