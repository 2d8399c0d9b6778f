#include "link/record_stream.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

#include "link/link_record.h"
#include "parse/cable_parser.h"
#include "parse/cable_reader.h"

namespace cablescope::link {
namespace {

namespace fs = std::filesystem;

// A batch amortises queue traffic: ~64 cables or ~4 MB of text, whichever
// comes first.
constexpr size_t kBatchCables = 64;
constexpr size_t kBatchBytes = 4u << 20;

struct Batch {
  uint64_t sequence = 0;
  int worker = 0;  // the parser thread that made its records
  std::vector<parse::CableChunk> chunks;
  std::vector<Record> records;
  std::vector<std::string> payloads;
};

// A bounded multi-producer/multi-consumer queue of batches.
class BatchQueue {
 public:
  explicit BatchQueue(size_t capacity) : capacity_(capacity) {}

  void Push(Batch batch) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.push_back(std::move(batch));
    not_empty_.notify_one();
  }

  // False when closed and drained.
  bool Pop(Batch* batch) {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return false;
    *batch = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return true;
  }

  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
  std::deque<Batch> items_;
  size_t capacity_;
  bool closed_ = false;
};

// Finished batches, released to the caller strictly in sequence order.
class Reorderer {
 public:
  explicit Reorderer(size_t capacity) : capacity_(capacity) {}

  void Put(Batch batch) {
    std::unique_lock lock(mu_);
    // Bound memory: a worker that ran ahead waits until the caller catches up.
    not_full_.wait(lock, [&] { return done_.size() < capacity_ || batch.sequence == next_; });
    uint64_t seq = batch.sequence;
    done_.emplace(seq, std::move(batch));
    ready_.notify_all();
  }

  // Next batch in order; false when all `total` batches were taken.
  bool Take(Batch* batch, const uint64_t* total) {
    std::unique_lock lock(mu_);
    ready_.wait(lock, [&] { return done_.count(next_) > 0 || (total_known_ && next_ >= *total); });
    auto it = done_.find(next_);
    if (it == done_.end()) return false;
    *batch = std::move(it->second);
    done_.erase(it);
    ++next_;
    not_full_.notify_all();
    return true;
  }

  void SetTotalKnown() {
    std::lock_guard lock(mu_);
    total_known_ = true;
    ready_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable ready_, not_full_;
  std::map<uint64_t, Batch> done_;
  uint64_t next_ = 0;
  size_t capacity_;
  bool total_known_ = false;
};

// Batches the sink is done with, each destroyed by the parser thread that
// made its records, between two batches of its own. The sink's thread (an
// ingest's writer, its bottleneck) freed them before: ~6% of its time, each
// free of a chunk above glibc's thread cache taking the lock of the arena
// that allocated it, and inside the Reorderer's lock, which the parser
// threads then waited on (docs/PERFORMANCE.md, session 21). Whatever is
// left when the parser threads are gone is freed with this.
class SpentBatches {
 public:
  explicit SpentBatches(int workers) : lists_(static_cast<size_t>(workers)) {}

  void Give(Batch batch) {
    std::lock_guard lock(mu_);
    lists_[static_cast<size_t>(batch.worker)].push_back(std::move(batch));
  }

  void FreeOwn(int worker) {
    std::vector<Batch> mine;
    {
      std::lock_guard lock(mu_);
      mine.swap(lists_[static_cast<size_t>(worker)]);
    }
  }  // `mine` is destroyed here, outside the lock

 private:
  std::mutex mu_;
  std::vector<std::vector<Batch>> lists_;
};

// Adds `nice` to the calling thread's niceness (at most 19). Linux keeps a
// niceness per thread, and raising one's own needs no privilege.
void LowerThreadPriority(int nice) {
#if defined(__linux__)
  if (nice <= 0) return;
  const auto self = static_cast<id_t>(gettid());
  errno = 0;
  const int now = getpriority(PRIO_PROCESS, self);
  if (errno == 0) setpriority(PRIO_PROCESS, self, std::min(19, now + nice));
#else
  (void)nice;
#endif
}

int YearOfId(const std::string& id_hint) {
  if (id_hint.size() >= 2 && isdigit(static_cast<unsigned char>(id_hint[0])) &&
      isdigit(static_cast<unsigned char>(id_hint[1]))) {
    int yy = (id_hint[0] - '0') * 10 + (id_hint[1] - '0');
    return yy >= 50 ? 1900 + yy : 2000 + yy;
  }
  return 0;
}

}  // namespace

std::vector<std::string> ExpandInputPath(const std::string& path,
                                         const DiagnosticSink& diagnostics) {
  std::vector<std::string> files;
  std::error_code ec;
  if (path == "-" || !fs::is_directory(path, ec)) {
    files.push_back(path);
    return files;
  }
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    diagnostics(Diagnostic{path, 0, "cannot read directory: " + ec.message()});
    return files;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      diagnostics(Diagnostic{path, 0, "cannot read directory: " + ec.message()});
      break;
    }
    const auto name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

StreamSummary StreamRecords(const std::vector<std::string>& paths, const StreamOptions& options,
                            const DiagnosticSink& diagnostics, const RecordWork& work,
                            const RecordSink& sink) {
  StreamSummary summary;
  int threads = options.threads > 0 ? options.threads
                                    : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  BatchQueue queue(static_cast<size_t>(threads) * 2);
  // Parsed batches may run 16 a thread ahead of the sink (~2,000 cables,
  // ~0.5 s of an ingest's parsing): when its writer stops for a while (a
  // full-text segment written, a checkpoint's tail), the parser threads go
  // on instead of idling a core. With 4 a thread, an ingest of 251,287
  // cables on 2 cores left 25.2, 21.1 and 25.6 core-seconds idle in three
  // runs (2 x wall - CPU); with 16, 18.9, 19.0 and 19.6, for ~40 MB more
  // RSS (docs/PERFORMANCE.md, session 17).
  Reorderer reorderer(static_cast<size_t>(threads) * 16);
  uint64_t total_batches = 0;
  const int year_hint = YearOfId(options.id_hint);

  std::thread producer([&] {
    LowerThreadPriority(options.yield_to_sink);
    Batch batch;
    size_t batch_bytes = 0;
    uint64_t sequence = 0;
    auto flush = [&] {
      if (batch.chunks.empty()) return;
      batch.sequence = sequence++;
      queue.Push(std::move(batch));
      batch = Batch{};
      batch_bytes = 0;
    };
    for (const auto& arg : paths) {
      for (const auto& path : ExpandInputPath(arg, [&](const Diagnostic& d) {
             ++summary.errors;
             diagnostics(d);
           })) {
        ++summary.inputs;
        std::string error;
        auto stream = parse::InputStream::Open(path, &error);
        if (!stream) {
          ++summary.errors;
          ++summary.inputs_with_errors;
          diagnostics(Diagnostic{path, 0, "cannot open: " + error});
          continue;
        }
        size_t errors_here = 0;
        auto reader = parse::OpenCableReader(std::move(stream), path, options.format,
                                             [&](const Diagnostic& d) {
                                               ++errors_here;
                                               diagnostics(d);
                                             });
        parse::CableChunk chunk;
        while (reader->Next(&chunk)) {
          batch_bytes += chunk.text.size() + chunk.header.size();
          summary.bytes += chunk.text.size() + chunk.header.size();
          batch.chunks.push_back(std::move(chunk));
          chunk = parse::CableChunk{};
          if (batch.chunks.size() >= kBatchCables || batch_bytes >= kBatchBytes) flush();
        }
        summary.errors += errors_here;
        if (errors_here > 0) ++summary.inputs_with_errors;
      }
    }
    flush();
    total_batches = sequence;
    queue.Close();
  });

  SpentBatches spent(threads);
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      LowerThreadPriority(options.yield_to_sink);
      Batch batch;
      while (queue.Pop(&batch)) {
        batch.worker = t;
        batch.records.resize(batch.chunks.size());
        batch.payloads.resize(batch.chunks.size());
        for (size_t i = 0; i < batch.chunks.size(); ++i) {
          Record& record = batch.records[i];
          parse::ParseCable(batch.chunks[i], &record);
          if (!options.id_hint.empty()) {
            record.raw.id_hint = options.id_hint;
            if (record.raw.year == 0) record.raw.year = year_hint;
          }
          LinkRecord(&record, options.text_links ? TextLinks::kDerive : TextLinks::kSkip);
          if (work) {
            // A JSON line is about twice the text (body + paragraphs); one
            // allocation up front instead of a dozen doublings.
            const size_t text = record.body ? record.body->size() : 0;
            batch.payloads[i].reserve(2 * text + 4096);
            work(record, &batch.payloads[i]);
          }
        }
        batch.chunks.clear();
        batch.chunks.shrink_to_fit();
        reorderer.Put(std::move(batch));
        batch = Batch{};
        spent.FreeOwn(t);
      }
    });
  }

  // Deliver in order on this thread while the others work.
  std::thread closer([&] {
    producer.join();
    for (auto& w : workers) w.join();
    reorderer.SetTotalKnown();
  });
  Batch batch;
  while (reorderer.Take(&batch, &total_batches)) {
    for (size_t i = 0; i < batch.records.size(); ++i) {
      ++summary.cables;
      sink(std::move(batch.records[i]), std::move(batch.payloads[i]));
    }
    spent.Give(std::move(batch));
    batch = Batch{};
  }
  closer.join();
  return summary;
}

}  // namespace cablescope::link
