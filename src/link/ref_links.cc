#include "link/ref_links.h"

namespace cablescope::link {

// TODO(issue 4): implement.
std::vector<RefLink> FindRefLinks(const Record&) { return {}; }

}  // namespace cablescope::link
