// WalCheckpointer: moves the writer's WAL checkpoints to a thread of their
// own, so that the ingest's one writer thread does not stop for them.
//
// A checkpoint copies the pages of the WAL into the database file and
// syncs both (synchronous=NORMAL syncs only there). SQLite runs it inside
// the commit that crosses wal_autocheckpoint, on the committing thread: at
// 50,000 cables, 47 syncs held the writer 4.9 s and the copies as long
// again, while the cores had work to spare (docs/PERFORMANCE.md, session 9).
//
// Here the writer's connection gets a WAL hook in place of the automatic
// checkpoint. When a commit leaves `threshold_frames` or more in the WAL,
// the hook wakes the checkpointer, which checkpoints through its own
// connection (PASSIVE: the writer goes on committing meanwhile), pass
// after pass while each finds much committed since the one before. The
// WAL file starts over from its beginning only when a write transaction
// starts with every frame copied; the writer's next transaction always
// starts before the background passes end, so at the first commit after
// them the hook copies what the writer added during the last (about a
// batch), on the writer's thread, and the WAL is reused from then on.
// Without that step the WAL would grow without end.
//
// A checkpoint never loses a commit: it only copies committed frames, and a
// killed process leaves a WAL that the next connection replays.
#ifndef CABLESCOPE_ARCHIVE_WAL_CHECKPOINTER_H_
#define CABLESCOPE_ARCHIVE_WAL_CHECKPOINTER_H_

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

class WalCheckpointer {
 public:
  // Opens a second connection to `writer`'s file, starts the thread, and
  // installs the hook on `writer`, which must outlive this object (destroy
  // this first: the destructor removes the hook and joins the thread).
  static Status Start(Database* writer, int64_t threshold_frames, std::unique_ptr<WalCheckpointer>* out);
  ~WalCheckpointer();
  WalCheckpointer(const WalCheckpointer&) = delete;
  WalCheckpointer& operator=(const WalCheckpointer&) = delete;

  // Checkpoints completed, for tests and benchmarks: by the thread, and the
  // tail steps on the writer's.
  int64_t background_passes();
  int64_t tail_passes();

 private:
  enum class State { kIdle, kRunning, kDone };
  static constexpr int64_t kMaxPassesPerRound = 8;
  static constexpr int64_t kMaxHandbacks = 4;

  WalCheckpointer(Database* writer, std::unique_ptr<Database> own, int64_t threshold_frames);
  static int Hook(void* self, sqlite3* db, const char* schema, int frames);
  // `frames`: the WAL's length; `pages_written`: the writer connection's
  // pages written to it so far (SQLITE_DBSTATUS_CACHE_WRITE).
  void Committed(int frames, int pages_written);
  void Run();

  Database* writer_;
  std::unique_ptr<Database> own_;
  const int64_t threshold_frames_;
  std::mutex mu_;
  std::condition_variable wake_;
  State state_ = State::kIdle;  // guarded by mu_
  bool stop_ = false;           // guarded by mu_
  int64_t background_passes_ = 0;  // guarded by mu_
  int64_t tail_passes_ = 0;        // guarded by mu_
  int64_t last_pages_written_ = 0;  // guarded by mu_: the writer's pages written at the last commit
  int64_t handbacks_ = 0;          // guarded by mu_: rounds in a row handed back to the thread
  std::thread thread_;
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_WAL_CHECKPOINTER_H_
