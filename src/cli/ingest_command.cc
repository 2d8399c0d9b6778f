// `cablescope ingest`: parse inputs and store their cables in the archive.
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "archive/deferred_indexes.h"
#include "archive/link_build.h"
#include "archive/prepared_record.h"
#include "archive/record_decode.h"
#include "archive/store.h"
#include "cli/commands.h"
#include "link/record_stream.h"

namespace cablescope::cli {
namespace {

using archive::ArchiveWriter;
using archive::PutOutcome;
using archive::Status;

// The progress line on a terminal: files, cables, MB/s, ETA. Drawn at most
// ten times a second; cleared before any other line is written to stderr.
class Progress {
 public:
  Progress(bool enabled, size_t files, uint64_t bytes)
      : enabled_(enabled), total_files_(files), total_bytes_(bytes),
        start_(std::chrono::steady_clock::now()) {}

  void FileDone(uint64_t bytes) {
    ++files_;
    bytes_ += bytes;
  }
  void Cable() {
    ++cables_;
    Draw(false);
  }
  void Clear() {
    if (enabled_ && drawn_) std::fputs("\r\033[K", stderr);
    drawn_ = false;
  }
  void Draw(bool force) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double mbps = secs > 0 ? static_cast<double>(bytes_) / 1e6 / secs : 0;
    std::string eta = "--:--";
    if (bytes_ > 0 && total_bytes_ > bytes_) {
      const auto left = static_cast<long>(secs * static_cast<double>(total_bytes_ - bytes_) / static_cast<double>(bytes_));
      char buf[32];
      std::snprintf(buf, sizeof buf, "%ld:%02ld", left / 60, left % 60);
      eta = buf;
    } else if (total_bytes_ > 0 && bytes_ >= total_bytes_) {
      eta = "0:00";
    }
    const int width = 24;
    const double frac = total_bytes_ > 0 ? static_cast<double>(bytes_) / static_cast<double>(total_bytes_) : 0;
    std::string bar(static_cast<size_t>(frac * width), '#');
    bar.resize(width, '.');
    std::fprintf(stderr, "\r\033[K[%s] files %zu/%zu  cables %zu  %.1f MB/s  ETA %s", bar.c_str(), files_,
                 total_files_, cables_, mbps, eta.c_str());
    drawn_ = true;
  }

 private:
  bool enabled_;
  size_t total_files_;
  uint64_t total_bytes_;
  size_t files_ = 0;
  uint64_t bytes_ = 0;
  size_t cables_ = 0;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_{};
};

// Computes the links of the archive at `path` on a connection and thread
// of their own, in one read transaction, while `meanwhile` runs on this
// thread (with the writer's connection).
template <class Meanwhile>
Status PlanLinksAside(const std::string& path, archive::LinkPlan* plan, archive::LinkBuildReport* report,
                      Meanwhile meanwhile) {
  std::unique_ptr<archive::Database> reader;
  Status opened = archive::Database::Open(path, archive::Database::Mode::kReadOnly, &reader);
  // Reads, not a map: the plan reads each row once, and a map of the file
  // would count the pages it touched in the ingest's memory.
  if (opened.ok()) opened = reader->Exec("PRAGMA mmap_size=0");
  if (!opened.ok()) return opened;
  Status planned;
  std::thread planner([&] {
    planned = reader->Exec("BEGIN");
    if (planned.ok()) planned = archive::PlanLinks(*reader, plan, report);
    reader->Exec("COMMIT");
  });
  meanwhile();
  planner.join();
  return planned;
}

struct Counts {
  size_t fresh = 0, updated = 0, unchanged = 0;
  std::set<std::string> failed_inputs;
  size_t inputs = 0;
};

}  // namespace

void RegisterIngestCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand(
      "ingest",
      "Parse inputs (any format, directories walked) and store their cables in the archive.\n"
      "The same cable from several sources is one cable with several versions; ingesting the\n"
      "same files again changes nothing.");
  struct Options {
    std::vector<std::string> paths;
    std::string archive;
    std::string format = "auto";
    bool records = false;
    int threads = 0;
    size_t batch = 1000;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--archive", opts->archive,
                  "Archive file (default: $CABLESCOPE_ARCHIVE, else cables.db)");
  cmd->add_option("--format", opts->format,
                  "auto|telegram|wikileaks-html|cables-csv|json|pdf-text|plusd-html|press")
      ->check(CLI::IsMember({"auto", "telegram", "wikileaks-html", "cables-csv", "json", "pdf-text",
                             "plusd-html", "press"}));
  cmd->add_flag("--records", opts->records,
                "Inputs are JSON Lines records as printed by `cablescope parse`");
  cmd->add_option("--threads", opts->threads, "Parser threads (default: one per core)")
      ->check(CLI::Range(0, 256));
  cmd->add_option("--batch", opts->batch, "Cables per transaction (default 1000)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("paths", opts->paths, "Files or directories to read")->required();
  cmd->footer("Exit status: 0 every input stored, 1 some inputs had errors (the others are\n"
              "stored) or the archive could not be written, 2 usage error.");
  cmd->callback([opts, status] {
    const std::string path = archive::ResolveArchivePath(opts->archive);
    std::unique_ptr<ArchiveWriter> writer;
    Status s = ArchiveWriter::Open(path, &writer);
    if (!s.ok()) {
      std::fprintf(stderr, "cablescope ingest: %s\n", s.message().c_str());
      *status = kExitInputErrors;
      return;
    }
    writer->set_batch_size(opts->batch);

    // Sizes of the inputs, for the progress bar and its ETA.
    const bool tty = isatty(STDERR_FILENO) == 1;
    std::vector<std::string> files;
    std::unordered_map<std::string, uint64_t> sizes;
    uint64_t total_bytes = 0;
    auto quiet = [](const Diagnostic&) {};
    for (const auto& p : opts->paths) {
      for (auto& f : link::ExpandInputPath(p, quiet)) {
        struct stat sb{};
        const uint64_t size = stat(f.c_str(), &sb) == 0 ? static_cast<uint64_t>(sb.st_size) : 0;
        sizes[f] = size;
        total_bytes += size;
        files.push_back(std::move(f));
      }
    }
    // An ingest that brings many new cables builds the lookup indexes at its
    // end (deferred_indexes.h). max(cable) is the number of cables held,
    // near enough, without a scan.
    const int64_t defer_after =
        archive::DeferIndexesAfter(archive::QueryInt(writer->db(), "SELECT max(cable) FROM cables", 0));
    bool deferring = false;
    Progress progress(tty, files.size(), total_bytes);
    Counts counts;
    Status fatal;
    std::string current_path;
    auto report = [&](const std::string& line) {
      progress.Clear();
      std::fprintf(stderr, "%s\n", line.c_str());
    };
    auto store = [&](const Record& record, const archive::PreparedRecord* prepared) {
      if (!fatal.ok()) return;
      if (record.source.path != current_path) {
        if (!current_path.empty()) progress.FileDone(sizes[current_path]);
        current_path = record.source.path;
      }
      if (!record.id || record.id->empty()) {
        report(record.source.path + ": cable at byte " + std::to_string(record.source.offset) +
               " has no recognisable id; not stored");
        counts.failed_inputs.insert(record.source.path);
        return;
      }
      PutOutcome outcome;
      Status put = prepared != nullptr ? writer->Put(record, *prepared, &outcome) : writer->Put(record, &outcome);
      if (!put.ok()) {
        fatal = put;
        return;
      }
      if (outcome == PutOutcome::kNew) ++counts.fresh;
      else if (outcome == PutOutcome::kUpdated) ++counts.updated;
      else ++counts.unchanged;
      if (!deferring && static_cast<int64_t>(counts.fresh) >= defer_after) {
        deferring = true;
        fatal = archive::DeferIndexes(writer->db());  // in the open batch
        if (!fatal.ok()) return;
      }
      progress.Cable();
    };

    if (opts->records) {
      for (const auto& f : files) {
        ++counts.inputs;
        std::ifstream in(f, std::ios::binary);
        if (!in) {
          report(f + ": cannot open");
          counts.failed_inputs.insert(f);
          continue;
        }
        std::string line;
        uint64_t lineno = 0;
        while (std::getline(in, line) && fatal.ok()) {
          ++lineno;
          if (line.empty()) continue;
          Record r;
          Status d = archive::DecodeRecordJson(line, &r);
          if (!d.ok()) {
            report(f + ":" + std::to_string(lineno) + ": " + d.message());
            counts.failed_inputs.insert(f);
            continue;
          }
          store(r, nullptr);
        }
      }
    } else {
      link::StreamOptions options;
      options.format = *parse::FormatFromName(opts->format);
      options.threads = opts->threads;
      // The parser threads yield to this one, the writer: 251,287 cables,
      // idle core-seconds 12.0 and 12.5 as equals; 8.6 and 10.5 at
      // niceness 3, 8.4, 8.1, 7.8 and 6.5 at 8, 7.9 and 7.3 at 12, 6.8 and
      // 6.7 at 19 (docs/PERFORMANCE.md, session 21).
      options.yield_to_sink = 12;
      auto summary = link::StreamRecords(
          opts->paths, options,
          [&](const Diagnostic& d) {
            report(d.ToString());
            counts.failed_inputs.insert(d.path);
          },
          // What the writer needs of a record beyond the archive (its JSON,
          // tokenized text, hash, and its row as a new cable) is made on
          // the parser threads, off the writer's: the bottleneck of an
          // ingest (prepared_record.h).
          [hash = writer->text_hash()](Record& record, std::string* payload) {
            archive::AppendPreparedRecord(record, hash, payload);
          },
          [&](Record&& record, std::string&& payload) {
            archive::PreparedRecord prepared;
            if (archive::ParsePreparedRecord(payload, &prepared)) store(record, &prepared);
            else store(record, nullptr);
          });
      counts.inputs = summary.inputs;
    }
    if (!current_path.empty()) progress.FileDone(sizes[current_path]);
    if (fatal.ok()) fatal = writer->Commit();
    progress.Draw(true);
    progress.Clear();
    // The links (citation graph, people) are global: rebuilt once the
    // cables are in, and only when something changed, in this run or in a
    // run killed before it wrote them (MarkLinksDue). They are computed on
    // a connection of their own while the writer builds the indexes the
    // ingest deferred, then written; the index on mentions, which the
    // write rewrites, comes last (link_build.h).
    archive::LinkBuildReport links;
    const bool changed =
        fatal.ok() && (counts.fresh + counts.updated > 0 || archive::LinksDue(writer->db()));
    int64_t deferred = 0;
    double index_seconds = 0;
    auto restore = [&](archive::RestoreIndexes which) {
      const auto start = std::chrono::steady_clock::now();
      int64_t built = 0;
      if (fatal.ok()) fatal = archive::RestoreDeferredIndexes(writer->db(), &built, which);
      deferred += built;
      index_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    // Frees the written link plan while the writer builds the link tables'
    // indexes: a string or two for each of ~970,000 mentions and ~280,000
    // persons at 251,287 cables, 0.57-0.70 s of one core measured, which no
    // longer delays the end of the ingest (docs/PERFORMANCE.md, session 18).
    std::thread free_plan;
    if (fatal.ok() && changed) {
      archive::LinkPlan plan;
      Status planned = PlanLinksAside(path, &plan, &links, [&] { restore(archive::RestoreIndexes::kAllButLinkTables); });
      if (fatal.ok() && planned.ok()) {
        fatal = archive::WriteLinks(writer->db(), &plan, &links);
      } else if (fatal.ok()) {
        // The second connection could not be had or read: the writer's own,
        // one step after the other. An archive that cannot be read fails here.
        links = archive::LinkBuildReport();
        fatal = archive::BuildLinks(writer->db(), &links);
      }
      // The thread's argument is destroyed, and the plan freed, when it returns.
      free_plan = std::thread([](archive::LinkPlan) {}, std::move(plan));
    }
    restore(archive::RestoreIndexes::kAll);
    if (free_plan.joinable()) free_plan.join();
    if (!fatal.ok()) {
      std::fprintf(stderr, "cablescope ingest: %s\n", fatal.message().c_str());
      *status = kExitInputErrors;
      return;
    }
    std::fprintf(stderr, "ingest: %zu new, %zu updated, %zu unchanged; %zu of %zu inputs failed (%s)\n",
                 counts.fresh, counts.updated, counts.unchanged, counts.failed_inputs.size(),
                 counts.inputs, path.c_str());
    if (changed) {
      std::fprintf(stderr, "links: %lld reference edges, %lld cited cables missing, %lld people in %lld mentions (%.1f s)\n",
                   static_cast<long long>(links.edges), static_cast<long long>(links.missing),
                   static_cast<long long>(links.persons), static_cast<long long>(links.mentions),
                   links.graph_seconds + links.people_seconds);
    }
    if (deferred > 0) std::fprintf(stderr, "indexes: %lld built (%.1f s)\n", static_cast<long long>(deferred), index_seconds);
    *status = counts.failed_inputs.empty() ? kExitOk : kExitInputErrors;
  });
}

}  // namespace cablescope::cli
