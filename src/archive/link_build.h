// BuildLinks: derives the archive's link tables from its cables: the
// citation graph (citation_graph.h) and the people (people_build.h).
//
// Both are global (a PageRank, a clustering of names across cables), so
// they are rebuilt as a whole after an ingest has stored its cables, in one
// write transaction: readers see the old links or the new ones, never half.
#ifndef CABLESCOPE_ARCHIVE_LINK_BUILD_H_
#define CABLESCOPE_ARCHIVE_LINK_BUILD_H_

#include <cstdint>

#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

struct LinkBuildReport {
  int64_t edges = 0;     // reference edges with a canonical id
  int64_t missing = 0;   // cited cables not held
  int64_t persons = 0;
  int64_t mentions = 0;
  double graph_seconds = 0;     // all of BuildCitationGraph
  double pagerank_seconds = 0;  // the PageRank iterations within it
  int pagerank_iterations = 0;
  double people_seconds = 0;
};

// Rebuilds every link table of the archive open for writing in `db`.
Status BuildLinks(Database& db, LinkBuildReport* report);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_LINK_BUILD_H_
