// The fixed query set of the archive benchmarks (bench/queries.txt) and the
// latency statistics both archive_bench and xapian_bench print, so that
// bench/run_archive.sh can put their figures side by side.
//
// Query file: one query a line, `KIND <TAB> cablescope query <TAB> Xapian
// query [<TAB> sort]`; `#` starts a comment line; "-" as the Xapian query
// means Xapian has no equivalent (the query is skipped there).
//
// Output: two tables, wall-clock ms and the thread's CPU ms (what a query
// costs without waiting for a core: the figure that stays meaningful on a
// busy machine); one line per kind, `kind queries p50 p99 max mean_hits`,
// then the line `ALL` over every query.
#ifndef CABLESCOPE_BENCH_BENCH_QUERIES_H_
#define CABLESCOPE_BENCH_BENCH_QUERIES_H_

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <time.h>

namespace cablescope::bench {

// CPU time of the calling thread, in ms.
inline double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct BenchQuery {
  std::string kind, query, xapian, sort;
};

inline std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') out.emplace_back();
    else out.back().push_back(c);
  }
  return out;
}

// The queries of `path`; false when it cannot be read.
inline bool LoadQueries(const std::string& path, std::vector<BenchQuery>* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = SplitTabs(line);
    if (f.size() < 2) continue;
    out->push_back({f[0], f[1], f.size() > 2 ? f[2] : "-", f.size() > 3 ? f[3] : ""});
  }
  return true;
}

// Latencies (ms) and hit counts, per kind, in the order kinds first appear.
class LatencyTable {
 public:
  void Add(const std::string& kind, double ms, int64_t hits) {
    if (index_.emplace(kind, rows_.size()).second) rows_.push_back({kind, {}, 0, 0});
    Row& r = rows_[index_[kind]];
    r.ms.push_back(ms);
    r.hits += hits;
    ++r.runs;
    all_.push_back(ms);
  }
  void CountQuery(const std::string& kind) { ++queries_[kind]; }

  void Print(std::FILE* out) {
    std::fprintf(out, "%-16s %7s %9s %9s %9s %12s\n", "kind", "queries", "p50_ms", "p99_ms", "max_ms",
                 "mean_hits");
    size_t total_queries = 0;
    for (auto& r : rows_) {
      total_queries += static_cast<size_t>(queries_[r.kind]);
      PrintRow(out, r.kind, queries_[r.kind], &r.ms, r.runs ? static_cast<double>(r.hits) / r.runs : 0);
    }
    PrintRow(out, "ALL", static_cast<int>(total_queries), &all_, -1);
  }

  static double Percentile(std::vector<double>* v, double p) {
    if (v->empty()) return 0;
    std::sort(v->begin(), v->end());
    const size_t i = std::min(v->size() - 1, static_cast<size_t>(p * static_cast<double>(v->size() - 1) + 0.5));
    return (*v)[i];
  }

 private:
  struct Row {
    std::string kind;
    std::vector<double> ms;
    int64_t hits = 0;
    int64_t runs = 0;
  };
  static void PrintRow(std::FILE* out, const std::string& kind, int queries, std::vector<double>* ms,
                       double mean_hits) {
    const double p50 = Percentile(ms, 0.50), p99 = Percentile(ms, 0.99);
    const double max = ms->empty() ? 0 : ms->back();
    std::fprintf(out, "%-16s %7d %9.3f %9.3f %9.3f %12.0f\n", kind.c_str(), queries, p50, p99, max, mean_hits);
  }
  std::vector<Row> rows_;
  std::map<std::string, size_t> index_;
  std::map<std::string, int> queries_;
  std::vector<double> all_;
};

}  // namespace cablescope::bench

#endif  // CABLESCOPE_BENCH_BENCH_QUERIES_H_
