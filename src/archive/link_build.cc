#include "archive/link_build.h"

#include <chrono>

#include "archive/citation_graph.h"
#include "archive/people_build.h"

namespace cablescope::archive {
namespace {

double Since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

Status BuildLinks(Database& db, LinkBuildReport* report) {
  Status s = db.Exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  auto t = std::chrono::steady_clock::now();
  s = BuildCitationGraph(db, report);
  report->graph_seconds = Since(t);
  if (s.ok()) {
    t = std::chrono::steady_clock::now();
    s = BuildPeople(db, report);
    report->people_seconds = Since(t);
  }
  if (!s.ok()) {
    db.Exec("ROLLBACK");
    return s;
  }
  return db.Exec("COMMIT");
}

}  // namespace cablescope::archive
