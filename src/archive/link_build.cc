#include "archive/link_build.h"

#include <chrono>
#include <string>

namespace cablescope::archive {
namespace {

// Runs `step`, adding the time it took to *seconds.
template <class Step>
Status Timed(double* seconds, Step step) {
  const auto start = std::chrono::steady_clock::now();
  Status s = step();
  *seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return s;
}

// archive_meta's key for MarkLinksDue.
constexpr const char* kLinksDueKey = "links_due";

Status WriteInOpenTransaction(Database& db, LinkPlan* plan, LinkBuildReport* report) {
  Status s = Timed(&report->graph_seconds, [&] { return plan->graph.Write(db, report); });
  if (s.ok()) s = Timed(&report->people_seconds, [&] { return plan->people.Write(db, report); });
  if (s.ok()) s = db.Exec(std::string("DELETE FROM archive_meta WHERE key = '") + kLinksDueKey + "'");
  return s;
}

}  // namespace

Status PlanLinks(Database& db, LinkPlan* plan, LinkBuildReport* report) {
  Status s = Timed(&report->graph_seconds, [&] { return plan->graph.Compute(db, report); });
  if (!s.ok()) return s;
  return Timed(&report->people_seconds, [&] { return plan->people.Compute(db); });
}

Status WriteLinks(Database& db, LinkPlan* plan, LinkBuildReport* report) {
  return InWriteTransaction(db, [&] { return WriteInOpenTransaction(db, plan, report); });
}

Status BuildLinks(Database& db, LinkBuildReport* report) {
  return InWriteTransaction(db, [&] {
    LinkPlan plan;
    Status s = PlanLinks(db, &plan, report);
    return s.ok() ? WriteInOpenTransaction(db, &plan, report) : s;
  });
}

Status MarkLinksDue(Database& db) {
  return db.Exec(std::string("INSERT OR REPLACE INTO archive_meta(key, value) VALUES ('") + kLinksDueKey + "', '1')");
}

bool LinksDue(Database& db) {
  return QueryInt(db, std::string("SELECT count(*) FROM archive_meta WHERE key = '") + kLinksDueKey + "'", 0) > 0;
}

}  // namespace cablescope::archive
