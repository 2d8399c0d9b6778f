#include "archive/posting_cache.h"

namespace cablescope::archive {

std::shared_ptr<const PostingCache::Rows> PostingCache::Get(const std::string& key) {
  auto it = entries_.find(key);
  if (it == entries_.end()) return nullptr;
  lru_.splice(lru_.begin(), lru_, it->second.lru);
  return it->second.rows;
}

void PostingCache::Put(const std::string& key, std::shared_ptr<const Rows> rows) {
  size_t bytes = key.size() + 64;
  for (const Row& r : *rows) bytes += r.docs.size() + r.positions.size() + sizeof(Row);
  if (bytes > budget_ || entries_.count(key) > 0) return;
  while (bytes_ + bytes > budget_ && !lru_.empty()) {
    auto victim = entries_.find(lru_.back());
    bytes_ -= victim->second.bytes;
    entries_.erase(victim);
    lru_.pop_back();
  }
  lru_.push_front(key);
  entries_[key] = Entry{std::move(rows), bytes, lru_.begin()};
  bytes_ += bytes;
}

void PostingCache::Clear() {
  entries_.clear();
  lru_.clear();
  bytes_ = 0;
}

}  // namespace cablescope::archive
