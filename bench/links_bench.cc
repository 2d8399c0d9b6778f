// links_bench: the link build and the citation lookups of an archive
// (issue 4, section 5), on an archive an ingest has written.
//
//   links_bench --archive cables.db [--refs N] [--no-build]
//   links_bench --archive cables.db --defer-indexes
//
// 1. The link build once, as every ingest ends (PlanLinks, then WriteLinks,
//    which rewrites the link tables in one transaction; the archive is
//    otherwise unchanged): wall and thread CPU seconds of the plan and of
//    the write, of the citation graph, of its PageRank alone, and of the
//    people; edges, missing cables, persons, mentions.
// 2. LoadCableRefs (what `cablescope refs ID` and GET /api/cables/{id}/refs
//    run) for N ids: the held cables with the most citations in and out,
//    the most cited missing ones, and a sample spread over the row numbers;
//    once each to warm up, then three rounds; p50, p99 and max in ms, wall
//    and thread CPU.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "archive/citation_graph.h"
#include "archive/deferred_indexes.h"
#include "archive/link_build.h"
#include "archive/sqlite_db.h"
#include "bench_queries.h"

namespace {

using cablescope::archive::CableRefs;
using cablescope::archive::Database;
using cablescope::archive::LinkBuildReport;
using cablescope::archive::Statement;
using cablescope::archive::Status;
using cablescope::bench::LatencyTable;

double Ms(std::chrono::steady_clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

int Usage() {
  std::fprintf(stderr, "usage: links_bench --archive FILE [--refs N] [--no-build | --defer-indexes]\n");
  return 2;
}

// Ids for the lookups: the heaviest cases first, then a spread.
std::vector<std::string> RefIds(Database& db, int n) {
  std::vector<std::string> ids;
  auto add = [&](const std::string& sql) {
    Statement st;
    if (!db.Prepare(sql, &st).ok()) return;
    while (st.Step()) ids.push_back(st.String(0));
  };
  const std::string k = std::to_string(std::max(1, n / 4));
  add("SELECT c.id FROM cable_graph g JOIN cables c USING (cable) ORDER BY g.cited_by DESC LIMIT " + k);
  add("SELECT c.id FROM cable_graph g JOIN cables c USING (cable) ORDER BY g.cites DESC LIMIT " + k);
  add("SELECT id FROM missing_cables ORDER BY cited_count DESC LIMIT " + k);
  const int64_t rows = cablescope::archive::QueryInt(db, "SELECT max(cable) FROM cables", 0);
  const int spread = std::max(1, n - static_cast<int>(ids.size()));
  for (int i = 0; i < spread && rows > 0; ++i) {
    add("SELECT id FROM cables WHERE cable >= " + std::to_string(1 + rows * i / spread) + " LIMIT 1");
  }
  return ids;
}

}  // namespace

int main(int argc, char** argv) {
  std::string archive;
  int refs = 200;
  bool build = true;
  bool defer_only = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--archive" && (v = next())) archive = v;
    else if (a == "--refs" && (v = next())) refs = std::max(1, std::atoi(v));
    else if (a == "--no-build") build = false;
    else if (a == "--defer-indexes") defer_only = true;
    else return Usage();
  }
  if (archive.empty()) return Usage();
  std::unique_ptr<Database> db;
  Status s = Database::Open(archive, Database::Mode::kReadWriteCreate, &db);
  if (!s.ok()) {
    std::fprintf(stderr, "links_bench: %s\n", s.message().c_str());
    return 1;
  }
  if (defer_only) {
    s = cablescope::archive::DeferIndexes(*db);
    if (!s.ok()) {
      std::fprintf(stderr, "links_bench: deferring the indexes: %s\n", s.message().c_str());
      return 1;
    }
    std::printf("# archive %s: %lld indexes deferred\n", archive.c_str(),
                static_cast<long long>(cablescope::archive::DeferredIndexCount(*db)));
    return 0;
  }
  std::printf("# archive %s: %lld cables\n", archive.c_str(),
              static_cast<long long>(cablescope::archive::QueryInt(*db, "SELECT count(*) FROM cables", 0)));
  if (build) {
    // As an ingest runs it (link_build.h): the plan, which it computes on
    // a thread of its own while the writer builds indexes, then the write,
    // on the writer's thread, which nothing overlaps.
    LinkBuildReport report;
    cablescope::archive::LinkPlan plan;
    const double c0 = cablescope::bench::ThreadCpuMs();
    const auto t0 = std::chrono::steady_clock::now();
    s = cablescope::archive::PlanLinks(*db, &plan, &report);
    const auto t1 = std::chrono::steady_clock::now();
    const double c1 = cablescope::bench::ThreadCpuMs();
    if (s.ok()) s = cablescope::archive::WriteLinks(*db, &plan, &report);
    const auto t2 = std::chrono::steady_clock::now();
    const double c2 = cablescope::bench::ThreadCpuMs();
    if (!s.ok()) {
      std::fprintf(stderr, "links_bench: link build: %s\n", s.message().c_str());
      return 1;
    }
    std::printf("build_links: wall %.2f s, thread CPU %.2f s\n", Ms(t2 - t0) / 1e3, (c2 - c0) / 1e3);
    std::printf("  plan: wall %.2f s, thread CPU %.2f s; write: wall %.2f s, thread CPU %.2f s\n", Ms(t1 - t0) / 1e3,
                (c1 - c0) / 1e3, Ms(t2 - t1) / 1e3, (c2 - c1) / 1e3);
    std::printf("  citation graph %.2f s (PageRank %.3f s, %d iterations), people %.2f s\n", report.graph_seconds,
                report.pagerank_seconds, report.pagerank_iterations, report.people_seconds);
    std::printf("  %lld reference edges, %lld cited cables missing, %lld persons in %lld mentions\n",
                static_cast<long long>(report.edges), static_cast<long long>(report.missing),
                static_cast<long long>(report.persons), static_cast<long long>(report.mentions));
  }
  const std::vector<std::string> ids = RefIds(*db, refs);
  for (const auto& id : ids) {  // warm-up
    CableRefs r;
    cablescope::archive::LoadCableRefs(*db, id, &r);
  }
  LatencyTable wall, cpu;
  for (size_t i = 0; i < ids.size(); ++i) wall.CountQuery("refs"), cpu.CountQuery("refs");
  for (int round = 0; round < 3; ++round) {
    for (const auto& id : ids) {
      CableRefs r;
      const double c0 = cablescope::bench::ThreadCpuMs();
      const auto t0 = std::chrono::steady_clock::now();
      s = cablescope::archive::LoadCableRefs(*db, id, &r);
      const double ms = Ms(std::chrono::steady_clock::now() - t0);
      const int64_t n = static_cast<int64_t>(r.cites.size() + r.cited_by.size() + r.thread.size());
      wall.Add("refs", ms, n);
      cpu.Add("refs", cablescope::bench::ThreadCpuMs() - c0, n);
    }
  }
  std::printf("# refs ID: %zu ids x 3 rounds (hits = cites + cited_by + thread shown); wall-clock ms\n",
              ids.size());
  wall.Print(stdout);
  std::printf("# thread CPU ms\n");
  cpu.Print(stdout);
  return 0;
}
