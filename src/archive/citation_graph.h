// The citation graph: every reference with a canonical id is an edge from
// the citing cable to the cited one, held or not.
//
// CitationPlan computes cable_graph (degrees, PageRank, threads) and
// missing_cables (placeholders with an estimated date) and writes them;
// LoadCableRefs answers `cablescope refs ID` and GET /api/cables/{id}/refs.
#ifndef CABLESCOPE_ARCHIVE_CITATION_GRAPH_H_
#define CABLESCOPE_ARCHIVE_CITATION_GRAPH_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

struct LinkBuildReport;

// The graph's tables, computed and then written: apart, so that an ingest
// computes them on a connection of its own while its writer builds indexes
// (link_build.h).
class CitationPlan {
 public:
  CitationPlan();
  ~CitationPlan();
  CitationPlan(CitationPlan&&) noexcept;
  CitationPlan& operator=(CitationPlan&&) noexcept;

  // Reads the cables and their references from `db`, which may be any
  // connection to the archive; writes nothing.
  Status Compute(Database& db, LinkBuildReport* report);
  // Replaces cable_graph and missing_cables by what Compute found; inside
  // the caller's transaction on the writer's connection.
  Status Write(Database& db, LinkBuildReport* report) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// A cable at the other end of an edge, or in a thread.
struct CableLink {
  std::string id;
  bool held = false;
  std::string date;          // the cable's date; for a missing one, the estimate
  bool date_estimated = false;
  std::string origin, subject, classification;  // empty when not held
  std::string label;         // REF label ("A") of the citing cable, for `cites`
};

struct CableRefs {
  std::string id;                 // canonical id of the cable asked about
  bool held = false;
  std::vector<CableLink> cites;     // in REF order
  std::vector<CableLink> cited_by;  // in date order
  std::vector<CableLink> thread;    // connected through references, in date order
};

// What `id` (any id form) cites, what cites it, and its thread. NotFound
// when the id is neither held nor cited.
Status LoadCableRefs(Database& db, std::string_view id, CableRefs* out);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_CITATION_GRAPH_H_
