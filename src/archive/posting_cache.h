// PostingCache: the rows of the full-text index a Searcher has read
// (text_postings.h), kept so that a hot term is not read from the file on
// every query. Blobs of common words are megabytes spread over hundreds of
// overflow pages, which SQLite reads past its page cache with one call per
// page (its memory map stops at 2 GB in Debian's build): at Cablegate size
// that was ~40% of a phrase query of two common words. Lucene and Xapian
// lean on the OS page cache for the same; through SQLite the copy per
// query is what costs.
//
// Bounded by bytes, least recently used out first; the Searcher clears it
// whenever the archive changes (a new snapshot). Not thread-safe: one per
// Searcher.
#ifndef CABLESCOPE_ARCHIVE_POSTING_CACHE_H_
#define CABLESCOPE_ARCHIVE_POSTING_CACHE_H_

#include <cstdint>
#include <list>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cablescope::archive {

class PostingCache {
 public:
  // One row of text_postings; `positions` empty unless asked for.
  struct Row {
    int64_t segment = 0;
    std::string docs, positions;
  };
  using Rows = std::vector<Row>;

  explicit PostingCache(size_t budget_bytes = size_t{128} << 20) : budget_(budget_bytes) {}

  // The rows stored under `key`, or null.
  std::shared_ptr<const Rows> Get(const std::string& key);
  // Stores `rows` under `key` unless they alone exceed the budget.
  void Put(const std::string& key, std::shared_ptr<const Rows> rows);
  void Clear();

  size_t bytes() const { return bytes_; }

 private:
  struct Entry {
    std::shared_ptr<const Rows> rows;
    size_t bytes = 0;
    std::list<std::string>::iterator lru;
  };
  size_t budget_;
  size_t bytes_ = 0;
  std::list<std::string> lru_;  // most recent first
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_POSTING_CACHE_H_
