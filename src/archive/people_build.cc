#include "archive/people_build.h"

#include "archive/link_build.h"

namespace cablescope::archive {

// TODO(issue 4): implement.
Status BuildPeople(Database&, LinkBuildReport*) { return Status::Ok(); }

}  // namespace cablescope::archive
