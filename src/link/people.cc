#include "link/people.h"

namespace cablescope::link {

// TODO(issue 4): implement.
std::vector<PersonMention> ExtractPeople(const Record&) { return {}; }

}  // namespace cablescope::link
