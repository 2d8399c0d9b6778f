// archive_bench: query latency of an archive, per kind of query, the way a
// user sees it: Searcher::Search with the five default facets, the first
// page of 20 hits, snippets on.
//
//   archive_bench --archive cables.db --queries bench/queries.txt [--repeat 20]
//                 [--no-facets] [--no-snippets] [--per-query] [--only KIND]
//
// Runs every query once to warm up (the first also loads the in-memory
// columns; that time is printed separately), then `repeat` rounds over the
// whole set (interleaved, so no query runs back to back with itself), and
// prints p50/p99/max per kind (bench_queries.h). Queries that fail are
// reported and not timed. bench/run_archive.sh runs it next to xapian_bench.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "archive/archive_reader.h"
#include "archive/searcher.h"
#include "bench_queries.h"

namespace {

using cablescope::archive::ArchiveReader;
using cablescope::archive::SearchRequest;
using cablescope::archive::SearchResult;
using cablescope::archive::Searcher;
using cablescope::archive::SortOrderFromName;
using cablescope::archive::Status;
using cablescope::bench::BenchQuery;
using cablescope::bench::LatencyTable;

double Ms(std::chrono::steady_clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

int Usage() {
  std::fprintf(stderr,
               "usage: archive_bench --archive FILE --queries FILE [--repeat N] [--no-facets]\n"
               "                     [--no-snippets] [--per-query] [--only KIND]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string archive, queries_path, only;
  int repeat = 20;
  bool facets = true, snippets = true, per_query = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--archive" && (v = next())) archive = v;
    else if (a == "--queries" && (v = next())) queries_path = v;
    else if (a == "--repeat" && (v = next())) repeat = std::max(1, std::atoi(v));
    else if (a == "--only" && (v = next())) only = v;
    else if (a == "--no-facets") facets = false;
    else if (a == "--no-snippets") snippets = false;
    else if (a == "--per-query") per_query = true;
    else return Usage();
  }
  if (archive.empty() || queries_path.empty()) return Usage();
  std::vector<BenchQuery> queries;
  if (!cablescope::bench::LoadQueries(queries_path, &queries)) {
    std::fprintf(stderr, "archive_bench: cannot read %s\n", queries_path.c_str());
    return 1;
  }
  if (!only.empty()) {
    std::erase_if(queries, [&](const BenchQuery& q) { return q.kind != only; });
  }
  std::unique_ptr<ArchiveReader> reader;
  Status s = ArchiveReader::Open(archive, &reader);
  if (!s.ok()) {
    std::fprintf(stderr, "archive_bench: %s\n", s.message().c_str());
    return 1;
  }
  Searcher searcher(reader.get());

  std::vector<SearchRequest> requests(queries.size());
  std::vector<bool> ok(queries.size(), true);
  std::vector<int64_t> totals(queries.size(), 0);
  std::vector<std::vector<double>> times(queries.size());
  double first_ms = 0, warm_ms = 0;
  for (size_t i = 0; i < queries.size(); ++i) {
    SearchRequest& r = requests[i];
    r.query = queries[i].query;
    if (!queries[i].sort.empty()) {
      if (auto sort = SortOrderFromName(queries[i].sort)) r.sort = *sort;
    }
    if (!facets) r.facets.clear();
    r.snippets = snippets;
    SearchResult result;
    const auto t0 = std::chrono::steady_clock::now();
    s = searcher.Search(r, &result);
    const double ms = Ms(std::chrono::steady_clock::now() - t0);
    if (i == 0) first_ms = ms;
    warm_ms += ms;
    if (!s.ok()) {
      ok[i] = false;
      std::fprintf(stderr, "archive_bench: %s: %s: %s\n", queries[i].kind.c_str(), queries[i].query.c_str(),
                   s.message().c_str());
    }
    totals[i] = result.total;
  }
  LatencyTable table, cpu;
  for (size_t i = 0; i < queries.size(); ++i) {
    if (ok[i]) table.CountQuery(queries[i].kind), cpu.CountQuery(queries[i].kind);
  }
  std::vector<std::vector<double>> cpu_times(queries.size());
  for (int round = 0; round < repeat; ++round) {
    for (size_t i = 0; i < queries.size(); ++i) {
      if (!ok[i]) continue;
      SearchResult result;
      const double c0 = cablescope::bench::ThreadCpuMs();
      const auto t0 = std::chrono::steady_clock::now();
      s = searcher.Search(requests[i], &result);
      const double ms = Ms(std::chrono::steady_clock::now() - t0);
      const double cpu_ms = cablescope::bench::ThreadCpuMs() - c0;
      table.Add(queries[i].kind, ms, result.total);
      cpu.Add(queries[i].kind, cpu_ms, result.total);
      times[i].push_back(ms);
      cpu_times[i].push_back(cpu_ms);
    }
  }
  std::printf("# archive %s: %zu queries x %d rounds, facets %s, snippets %s\n", archive.c_str(), queries.size(),
              repeat, facets ? "on" : "off", snippets ? "on" : "off");
  std::printf("# first search (loads the columns) %.1f ms; warm-up pass over all queries %.1f ms\n", first_ms,
              warm_ms);
  std::printf("# wall-clock ms\n");
  table.Print(stdout);
  std::printf("# thread CPU ms\n");
  cpu.Print(stdout);
  if (per_query) {
    std::printf("# per query: wall p50_ms, wall max_ms, CPU p50_ms, hits, kind, query\n");
    for (size_t i = 0; i < queries.size(); ++i) {
      if (!ok[i]) continue;
      auto v = times[i];
      auto c = cpu_times[i];
      const double p50 = LatencyTable::Percentile(&v, 0.5);
      const double cpu50 = LatencyTable::Percentile(&c, 0.5);
      std::printf("%9.3f %9.3f %9.3f %9lld  %-14s %s\n", p50, v.empty() ? 0 : v.back(), cpu50,
                  static_cast<long long>(totals[i]), queries[i].kind.c_str(), queries[i].query.c_str());
    }
  }
  return 0;
}
