#include "serve/reader_pool.h"

namespace cablescope::serve {

using archive::ArchiveReader;
using archive::Status;

ReaderPool::Lease::~Lease() {
  if (slot_ != nullptr) pool_->Release(slot_);
}

Status ReaderPool::Open(const std::string& path, size_t size, std::unique_ptr<ReaderPool>* out) {
  out->reset();
  std::unique_ptr<ReaderPool> pool(new ReaderPool());
  pool->path_ = path;
  for (size_t i = 0; i < std::max<size_t>(size, 1); ++i) {
    auto slot = std::make_unique<Slot>();
    Status s = ArchiveReader::Open(path, &slot->reader);
    if (!s.ok()) return s;
    slot->searcher = std::make_unique<archive::Searcher>(slot->reader.get());
    // Load the searcher's in-memory columns now (seconds for a Cablegate-
    // sized archive) rather than in the first requests it serves. A failure
    // here shows again, as an error answer, when a request needs it.
    archive::SearchRequest warm;
    warm.limit = 0;
    warm.facets.clear();
    warm.snippets = false;
    archive::SearchResult ignored;
    slot->searcher->Search(warm, &ignored);
    pool->free_.push_back(slot.get());
    pool->slots_.push_back(std::move(slot));
  }
  Status s = ArchiveReader::Open(path, &pool->watcher_);
  if (!s.ok()) return s;
  s = pool->watcher_->db().Prepare("PRAGMA data_version", &pool->data_version_);
  if (!s.ok()) return s;
  *out = std::move(pool);
  return Status::Ok();
}

ReaderPool::Lease ReaderPool::Acquire(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock<std::mutex> lock(mu_);
  auto ready = [this] { return !free_.empty(); };
  if (deadline == std::chrono::steady_clock::time_point::max()) {
    freed_.wait(lock, ready);
  } else if (!freed_.wait_until(lock, deadline, ready)) {
    return Lease();
  }
  Slot* slot = free_.back();
  free_.pop_back();
  return Lease(this, slot);
}

void ReaderPool::Release(Slot* slot) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(slot);
  }
  freed_.notify_one();
}

int64_t ReaderPool::Generation() {
  std::lock_guard<std::mutex> lock(watcher_mu_);
  data_version_.Reset();
  const int64_t v = data_version_.Step() ? data_version_.Int(0) : -1;
  data_version_.Reset();
  return v;
}

}  // namespace cablescope::serve
