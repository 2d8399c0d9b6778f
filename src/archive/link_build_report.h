// LinkBuildReport: what a rebuild of the link tables found and how long
// its parts took (link_build.h), for the ingest's summary line and the
// benchmarks.
#ifndef CABLESCOPE_ARCHIVE_LINK_BUILD_REPORT_H_
#define CABLESCOPE_ARCHIVE_LINK_BUILD_REPORT_H_

#include <cstdint>

namespace cablescope::archive {

struct LinkBuildReport {
  int64_t edges = 0;     // reference edges with a canonical id
  int64_t missing = 0;   // cited cables not held
  int64_t persons = 0;
  int64_t mentions = 0;
  double graph_seconds = 0;     // the citation graph, computed and written
  double pagerank_seconds = 0;  // the PageRank iterations within it
  int pagerank_iterations = 0;
  double people_seconds = 0;    // the people, computed and written
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_LINK_BUILD_REPORT_H_
