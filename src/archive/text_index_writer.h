// TextIndexWriter: keeps the archive's full-text index (schema.cc, version
// 4) up to date as the ArchiveWriter stores cables.
//
// Cables added are indexed in memory (text_segment_builder.h) and written
// as one segment when the batch is large (FlushIfFull, ~96 MB of postings)
// or the ingest ends (Flush): rows of text_postings, one per term, and each
// cable's text_docs row. Until then a reader finds the cable by its fields
// but not by its words. After each write, kMergeFactor segments of one
// level are merged into one of the next (LevelDB's and Lucene's tiered
// compaction), so an archive of N cables has O(log N) segments and a word's
// postings are a few rows; a merge drops the postings of cables re-indexed
// since.
//
// The factor is 16, not 8: a merge runs on the writer's thread, inside a
// batch, and stops the ingest while it copies (~8 s for eight segments of
// Cablegate's cables, the other core idle; then as long again for the
// checkpointer). With 16 a posting is rewritten less often (once per
// factor-fold growth of the archive), Cablegate's 251,287 cables (~14
// segments of ~19,000) are not merged at all, and a search reads up to ~15
// rows per word and level where it read ~7: no slower in the query bench
// (docs/PERFORMANCE.md, session 14).
//
// Cables are appended to the segment on a thread of the writer's own (the
// indexer): it is a scatter of ~500 terms a cable into as many posting
// lists, bound by cache misses, and would otherwise double the time of the
// ingest's one writer thread while the second core idles. Flush waits for
// it; only then are the postings written, by the caller's thread.
//
// Every call runs inside the ArchiveWriter's open transaction: a killed
// ingest loses the unwritten batch with the rest, and the cables it had
// committed lack a text_docs row, so the next writer indexes them.
// Not thread-safe: one caller thread (besides the indexer, internal).
#ifndef CABLESCOPE_ARCHIVE_TEXT_INDEX_WRITER_H_
#define CABLESCOPE_ARCHIVE_TEXT_INDEX_WRITER_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "archive/cable_text_values.h"
#include "archive/sqlite_db.h"
#include "archive/status.h"
#include "archive/text_segment_builder.h"

namespace cablescope::archive {

class TextIndexWriter {
 public:
  static constexpr size_t kSegmentBytes = size_t{96} << 20;
  static constexpr int kMergeFactor = 16;
  static constexpr size_t kMaxQueued = 512;  // cables waiting for the indexer
  static constexpr size_t kMaxSpareBytes = size_t{256} << 10;

  TextIndexWriter() = default;
  ~TextIndexWriter();
  TextIndexWriter(const TextIndexWriter&) = delete;
  TextIndexWriter& operator=(const TextIndexWriter&) = delete;

  // `db` must outlive the writer. Starts the indexer.
  Status Prepare(Database* db);

  // Queues `cable`'s text for the next segment.
  void Add(int64_t cable, const CableTextValues& text);
  // The same, tokenized already: `tokenized` must be TokenizeCableText's
  // bytes (text_tokenize.h), as an ingest's parser threads make them. They
  // are not read here, on the caller's thread; should they be malformed,
  // the indexer leaves the cable out of the segment, so it has no
  // text_docs row and the next writer indexes it from its record.
  void AddTokenized(int64_t cable, std::string_view tokenized);

  // True when cables wait to be written.
  bool pending();

  // Before `cable` is indexed anew: its current postings stop counting.
  Status Forget(int64_t cable);

  // Writes the queued cables as a segment when they are many; Flush writes
  // them whatever their number. Either merges afterwards where due.
  Status FlushIfFull();
  Status Flush();

 private:
  // A cable to add, or (`remove`) one to forget.
  struct Op {
    int64_t cable = 0;
    std::string tokenized;
    bool remove = false;
  };
  void Enqueue(Op op);
  void RunIndexer();
  // Waits until the indexer has applied every queued op: builder_ is then
  // the caller's until it queues again.
  void Drain();
  // The number for a new segment: one past the highest.
  int64_t NextSegment();
  Status WriteSegment();
  Status MergeDue();
  Status Merge(const std::vector<int64_t>& segments, int64_t level);

  Database* db_ = nullptr;
  Statement insert_posting_, insert_doc_, delete_doc_, insert_segment_;

  TextSegmentBuilder builder_;  // the indexer's while it runs (Drain)
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Op> queue_;
  // Tokenized buffers the indexer is done with, for AddTokenized to copy
  // the next cables into. A new ~10 KB string a cable took glibc's slow
  // path on the writer's thread every time: perf put 3.3% of the writer's
  // samples there, and _int_malloc went from 11.4% to 8.4% of them
  // without it (docs/PERFORMANCE.md, session 17). At most kMaxQueued, none
  // larger than kMaxSpareBytes (a huge cable's buffer is not kept).
  std::vector<std::string> spare_;
  bool busy_ = false;                 // the indexer applies ops outside mu_
  bool stop_ = false;
  std::atomic<size_t> memory_{0};     // builder_.memory_bytes(), as of the last batch
  std::thread indexer_;
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_TEXT_INDEX_WRITER_H_
