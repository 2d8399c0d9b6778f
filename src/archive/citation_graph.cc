#include "archive/citation_graph.h"

#include "archive/link_build.h"

namespace cablescope::archive {

// TODO(issue 4): implement.
Status BuildCitationGraph(Database&, LinkBuildReport*) { return Status::Ok(); }
Status LoadCableRefs(Database&, std::string_view, CableRefs*) { return Status::NotFound("not implemented"); }

}  // namespace cablescope::archive
