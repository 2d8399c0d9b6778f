#include "archive/link_build.h"

#include <chrono>

namespace cablescope::archive {
namespace {

double Since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

Status WriteInOpenTransaction(Database& db, LinkPlan* plan, LinkBuildReport* report) {
  auto t = std::chrono::steady_clock::now();
  Status s = plan->graph.Write(db, report);
  report->graph_seconds += Since(t);
  if (!s.ok()) return s;
  t = std::chrono::steady_clock::now();
  s = plan->people.Write(db, report);
  report->people_seconds += Since(t);
  return s;
}

}  // namespace

Status PlanLinks(Database& db, LinkPlan* plan, LinkBuildReport* report) {
  auto t = std::chrono::steady_clock::now();
  Status s = plan->graph.Compute(db, report);
  report->graph_seconds += Since(t);
  if (!s.ok()) return s;
  t = std::chrono::steady_clock::now();
  s = plan->people.Compute(db);
  report->people_seconds += Since(t);
  return s;
}

Status WriteLinks(Database& db, LinkPlan* plan, LinkBuildReport* report) {
  Status s = db.Exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  s = WriteInOpenTransaction(db, plan, report);
  if (!s.ok()) {
    db.Exec("ROLLBACK");
    return s;
  }
  return db.Exec("COMMIT");
}

Status BuildLinks(Database& db, LinkBuildReport* report) {
  Status s = db.Exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  LinkPlan plan;
  s = PlanLinks(db, &plan, report);
  if (s.ok()) s = WriteInOpenTransaction(db, &plan, report);
  if (!s.ok()) {
    db.Exec("ROLLBACK");
    return s;
  }
  return db.Exec("COMMIT");
}

}  // namespace cablescope::archive
