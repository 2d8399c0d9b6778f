#include "serve/result_cache.h"

namespace cablescope::serve {

ResultCache::Found ResultCache::Get(const std::string& key, int64_t generation) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = index_.find(key);
  if (it == index_.end()) {
    ++misses_;
    return {};
  }
  lru_.splice(lru_.begin(), lru_, it->second);
  const bool fresh = it->second->generation == generation;
  ++(fresh ? hits_ : stale_);
  return {it->second->body, fresh};
}

void ResultCache::Put(const std::string& key, int64_t generation, std::shared_ptr<const std::string> body) {
  if (max_entries_ == 0 || body == nullptr || body->size() + key.size() > max_bytes_) return;
  std::lock_guard<std::mutex> lock(mu_);
  auto it = index_.find(key);
  if (it != index_.end()) EraseLocked(it->second);
  bytes_ += key.size() + body->size();
  lru_.push_front(Entry{key, generation, std::move(body)});
  index_.emplace(key, lru_.begin());
  while (!lru_.empty() && (lru_.size() > max_entries_ || bytes_ > max_bytes_)) EraseLocked(std::prev(lru_.end()));
}

void ResultCache::EraseLocked(std::list<Entry>::iterator it) {
  bytes_ -= it->key.size() + it->body->size();
  index_.erase(it->key);
  lru_.erase(it);
}

size_t ResultCache::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return lru_.size();
}

uint64_t ResultCache::hits() const {
  std::lock_guard<std::mutex> lock(mu_);
  return hits_;
}

uint64_t ResultCache::stale() const {
  std::lock_guard<std::mutex> lock(mu_);
  return stale_;
}

uint64_t ResultCache::misses() const {
  std::lock_guard<std::mutex> lock(mu_);
  return misses_;
}

}  // namespace cablescope::serve
