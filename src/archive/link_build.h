// BuildLinks: derives the archive's link tables from its cables: the
// citation graph (citation_graph.h) and the people (people_build.h).
//
// Both are global (a PageRank, a clustering of names across cables), so
// they are rebuilt as a whole after an ingest has stored its cables, in one
// write transaction: readers see the old links or the new ones, never half.
//
// Computing them only reads the archive, so it is apart from writing them
// (LinkPlan): an ingest computes the links on a second connection while
// its writer builds the indexes it deferred (deferred_indexes.h), and the
// two serial steps at its end share the cores (docs/PERFORMANCE.md,
// session 10).
#ifndef CABLESCOPE_ARCHIVE_LINK_BUILD_H_
#define CABLESCOPE_ARCHIVE_LINK_BUILD_H_

#include "archive/citation_graph.h"
#include "archive/link_build_report.h"
#include "archive/people_build.h"
#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

// The link tables' new contents, computed and not yet written.
struct LinkPlan {
  CitationPlan graph;
  PeoplePlan people;
};

// Computes the links from what `db` shows (any connection to the archive;
// wrap it in a read transaction for one snapshot). Writes nothing.
Status PlanLinks(Database& db, LinkPlan* plan, LinkBuildReport* report);

// Replaces every link table by `plan`, in one transaction of its own on the
// writer's connection `db`.
Status WriteLinks(Database& db, LinkPlan* plan, LinkBuildReport* report);

// Both on the archive open for writing in `db`, in one transaction.
Status BuildLinks(Database& db, LinkBuildReport* report);

// The links are due from the batch that first changes a cable until they
// are written (WriteLinks and BuildLinks clear the mark in their
// transaction). An ingest killed in between, while it planned the links or
// built its indexes, leaves the mark, and the next ingest rebuilds the
// links although it finds every cable unchanged; without it, the cables of
// the killed run stayed out of the graph and the people for good.
// MarkLinksDue writes in the open transaction of the writer's `db`.
Status MarkLinksDue(Database& db);
bool LinksDue(Database& db);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_LINK_BUILD_H_
