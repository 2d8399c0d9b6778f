// CacheRefresher: recomputes cached answers in the background, so that a
// stale answer can be served at once (stale-while-revalidate).
//
// While an ingest runs, every batch commit moves the archive's generation
// and every cached search answer becomes stale; recomputing them on the
// requests' own time makes clients queue behind uncached searches (issue 5
// measured 503s over the time limit). Instead the API answers with the
// stale body (`X-Cache: stale`) and hands the recomputation to this one
// thread: at most one job per key is pending, and at most `max_pending`
// jobs in all (others are dropped: the next request of that key asks
// again). So the extra load is one core's worth at most, and an answer
// trails the archive by at most the queue's length.
//
// Thread-safe. The destructor finishes the running job, drops the rest and
// joins the thread.
#ifndef CABLESCOPE_SERVE_CACHE_REFRESHER_H_
#define CABLESCOPE_SERVE_CACHE_REFRESHER_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_set>
#include <utility>

namespace cablescope::serve {

class CacheRefresher {
 public:
  explicit CacheRefresher(size_t max_pending = 256);
  ~CacheRefresher();
  CacheRefresher(const CacheRefresher&) = delete;
  CacheRefresher& operator=(const CacheRefresher&) = delete;

  // Queues `job` for `key` unless a job for `key` is pending or running, or
  // the queue is full. True when queued.
  bool Enqueue(const std::string& key, std::function<void()> job);

  // Jobs run to the end since construction (for tests and figures).
  size_t done() const;

 private:
  void Run();

  const size_t max_pending_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::deque<std::pair<std::string, std::function<void()>>> queue_;
  std::unordered_set<std::string> keys_;  // queued or running
  size_t done_ = 0;
  bool stopping_ = false;
  std::thread thread_;  // last: started once the members above exist
};

}  // namespace cablescope::serve

#endif  // CABLESCOPE_SERVE_CACHE_REFRESHER_H_
