#include "archive/wal_checkpointer.h"

#include <utility>

namespace cablescope::archive {
namespace {

// The pages `db` has written to the WAL so far, its own count (spills of a
// transaction too): what a commit wrote is its growth since the commit
// before. The WAL's length alone cannot tell that: when a commit starts
// the WAL over, the new length says nothing of the old.
int PagesWritten(sqlite3* db) {
  int written = 0, high = 0;
  sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_WRITE, &written, &high, 0);
  return written;
}

}  // namespace

Status WalCheckpointer::Start(Database* writer, int64_t threshold_frames, std::unique_ptr<WalCheckpointer>* out) {
  out->reset();
  std::unique_ptr<Database> own;
  Status s = Database::Open(writer->path(), Database::Mode::kReadWriteCreate, &own);
  if (!s.ok()) return s;
  std::unique_ptr<WalCheckpointer> c(new WalCheckpointer(writer, std::move(own), threshold_frames));
  c->last_pages_written_ = PagesWritten(writer->handle());  // the thread is not started yet
  c->thread_ = std::thread([raw = c.get()] { raw->Run(); });
  // Replaces the automatic checkpoint (sqlite3_wal_autocheckpoint is a
  // WAL hook too).
  sqlite3_wal_hook(writer->handle(), &WalCheckpointer::Hook, c.get());
  *out = std::move(c);
  return Status::Ok();
}

WalCheckpointer::WalCheckpointer(Database* writer, std::unique_ptr<Database> own, int64_t threshold_frames)
    : writer_(writer), own_(std::move(own)), threshold_frames_(threshold_frames) {}

WalCheckpointer::~WalCheckpointer() {
  sqlite3_wal_hook(writer_->handle(), nullptr, nullptr);
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

int64_t WalCheckpointer::background_passes() {
  std::lock_guard<std::mutex> lock(mu_);
  return background_passes_;
}

int64_t WalCheckpointer::tail_passes() {
  std::lock_guard<std::mutex> lock(mu_);
  return tail_passes_;
}

int WalCheckpointer::Hook(void* self, sqlite3* db, const char*, int frames) {
  static_cast<WalCheckpointer*>(self)->Committed(frames, PagesWritten(db));
  return SQLITE_OK;  // a failed checkpoint is retried at a later commit
}

// On the writer's thread, after each commit, with no transaction open.
void WalCheckpointer::Committed(int frames, int pages_written) {
  std::unique_lock<std::mutex> lock(mu_);
  // Frames this commit added.
  const int64_t added = pages_written - last_pages_written_;
  last_pages_written_ = pages_written;
  if (state_ == State::kDone) {
    // A commit of more than half the threshold (a text-index segment or
    // merge: up to ~1 GB at Cablegate size) goes back to the thread, a
    // bounded number of rounds in a row: copied here, it held the writer
    // for as long as the copy took.
    if (added > threshold_frames_ / 2 && handbacks_ < kMaxHandbacks) {
      ++handbacks_;
      state_ = State::kRunning;
      lock.unlock();
      wake_.notify_one();
      return;
    }
    // The passes are over: copy the frames committed since the last began,
    // so that the next transaction finds the WAL copied in full and starts
    // it over.
    handbacks_ = 0;
    state_ = State::kIdle;
    ++tail_passes_;
    lock.unlock();
    sqlite3_wal_checkpoint_v2(writer_->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return;
  }
  if (state_ == State::kIdle && frames >= threshold_frames_) {
    state_ = State::kRunning;
    lock.unlock();
    wake_.notify_one();
  }
}

void WalCheckpointer::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    wake_.wait(lock, [this] { return stop_ || state_ == State::kRunning; });
    if (stop_) return;
    lock.unlock();
    // Pass after pass while each finds more than a sixteenth of the
    // threshold committed since the one before: what is left at the end,
    // the tail the writer copies itself, is what it committed during the
    // last, short pass. One pass per wake-up left the tail everything
    // committed during a whole pass (docs/PERFORMANCE.md, session 13). A
    // pass copies faster than the writer commits, so the passes shorten;
    // kMaxPassesPerRound bounds the round all the same.
    int64_t passes = 0;
    int previous_log = 0;
    for (bool more = true; more && passes < kMaxPassesPerRound; ++passes) {
      int log_frames = 0;  // frames in the WAL when the pass began
      const int rc =
          sqlite3_wal_checkpoint_v2(own_->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &log_frames, nullptr);
      // A log smaller than the last pass saw: the writer started the WAL
      // over, so nothing is left to copy.
      more = rc == SQLITE_OK && (passes == 0 || log_frames - previous_log > threshold_frames_ / 16);
      previous_log = log_frames;
    }
    lock.lock();
    background_passes_ += passes;
    state_ = State::kDone;
  }
}

}  // namespace cablescope::archive
