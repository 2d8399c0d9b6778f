// ResultCache: the JSON answers of recent searches, least recently used
// out first, so that a popular query (the web UI's front page, a permalink
// passed around a newsroom) is answered without touching the index.
//
// An entry is fresh for one archive generation (ReaderPool::Generation):
// once an ingest commits, the generation moves on and older entries are
// stale. A stale entry is still returned, marked so (the API serves it
// while CacheRefresher recomputes it), until a Put replaces it or the LRU
// bound evicts it. Bounded by entries and by bytes.
//
// Thread-safe (one mutex; a lookup is a hash probe and a list splice).
#ifndef CABLESCOPE_SERVE_RESULT_CACHE_H_
#define CABLESCOPE_SERVE_RESULT_CACHE_H_

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace cablescope::serve {

class ResultCache {
 public:
  ResultCache(size_t max_entries, size_t max_bytes) : max_entries_(max_entries), max_bytes_(max_bytes) {}

  struct Found {
    std::shared_ptr<const std::string> body;  // nullptr: not cached
    bool fresh = false;                       // of the generation asked for
  };
  // The cached body for `key`, of `generation` (fresh) or an older one.
  Found Get(const std::string& key, int64_t generation);
  void Put(const std::string& key, int64_t generation, std::shared_ptr<const std::string> body);

  size_t size() const;
  uint64_t hits() const;
  uint64_t misses() const;
  uint64_t stale() const;  // lookups answered by an entry of an older generation

 private:
  struct Entry {
    std::string key;
    int64_t generation;
    std::shared_ptr<const std::string> body;
  };
  void EraseLocked(std::list<Entry>::iterator it);

  const size_t max_entries_, max_bytes_;
  mutable std::mutex mu_;
  std::list<Entry> lru_;  // most recent first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  size_t bytes_ = 0;
  uint64_t hits_ = 0, misses_ = 0, stale_ = 0;
};

}  // namespace cablescope::serve

#endif  // CABLESCOPE_SERVE_RESULT_CACHE_H_
