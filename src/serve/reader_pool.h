// ReaderPool: a fixed set of archive readers (one SQLite connection and one
// Searcher with its in-memory columns each) shared by the HTTP threads.
//
// The HTTP server runs many threads (one per open connection, as
// cpp-httplib does); the searches need few (the cores). A request leases a
// reader for the time of its work and gives it back, so memory stays at
// `size` copies of the columns however many clients are connected.
//
// Generation(): a number that changes when another process commits to the
// archive (an ingest): SQLite's data_version as seen by one watcher
// connection. ResultCache entries are keyed by it.
//
// Thread-safe.
#ifndef CABLESCOPE_SERVE_READER_POOL_H_
#define CABLESCOPE_SERVE_READER_POOL_H_

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "archive/archive_reader.h"
#include "archive/searcher.h"
#include "archive/status.h"

namespace cablescope::serve {

class ReaderPool {
 public:
  struct Slot {
    std::unique_ptr<archive::ArchiveReader> reader;
    std::unique_ptr<archive::Searcher> searcher;
  };

  // A slot on loan; returned to the pool when destroyed.
  class Lease {
   public:
    Lease() = default;
    Lease(ReaderPool* pool, Slot* slot) : pool_(pool), slot_(slot) {}
    ~Lease();
    Lease(Lease&& other) noexcept : pool_(other.pool_), slot_(other.slot_) { other.slot_ = nullptr; }
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;

    explicit operator bool() const { return slot_ != nullptr; }
    archive::ArchiveReader& reader() { return *slot_->reader; }
    archive::Searcher& searcher() { return *slot_->searcher; }

   private:
    ReaderPool* pool_ = nullptr;
    Slot* slot_ = nullptr;
  };

  // Opens `size` readers of the archive at `path` (at least one) and loads
  // their searchers' columns.
  static archive::Status Open(const std::string& path, size_t size, std::unique_ptr<ReaderPool>* out);

  // Waits for a free reader until `deadline`; an empty Lease when none
  // became free in time.
  Lease Acquire(std::chrono::steady_clock::time_point deadline);

  int64_t Generation();
  const std::string& path() const { return path_; }
  size_t size() const { return slots_.size(); }

 private:
  ReaderPool() = default;
  void Release(Slot* slot);

  std::string path_;
  std::vector<std::unique_ptr<Slot>> slots_;
  std::mutex mu_;
  std::condition_variable freed_;
  std::vector<Slot*> free_;

  std::mutex watcher_mu_;
  std::unique_ptr<archive::ArchiveReader> watcher_;
  archive::Statement data_version_;
};

}  // namespace cablescope::serve

#endif  // CABLESCOPE_SERVE_READER_POOL_H_
