#include "serve/cache_refresher.h"

namespace cablescope::serve {

CacheRefresher::CacheRefresher(size_t max_pending) : max_pending_(max_pending), thread_([this] { Run(); }) {}

CacheRefresher::~CacheRefresher() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    queue_.clear();
  }
  wake_.notify_all();
  thread_.join();
}

bool CacheRefresher::Enqueue(const std::string& key, std::function<void()> job) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_ || queue_.size() >= max_pending_ || keys_.count(key) != 0) return false;
    keys_.insert(key);
    queue_.emplace_back(key, std::move(job));
  }
  wake_.notify_one();
  return true;
}

size_t CacheRefresher::done() const {
  std::lock_guard<std::mutex> lock(mu_);
  return done_;
}

void CacheRefresher::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (stopping_) return;
    auto [key, job] = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    job();
    lock.lock();
    keys_.erase(key);
    ++done_;
  }
}

}  // namespace cablescope::serve
