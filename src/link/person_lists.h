// Names in a list of participants, one person a line, where nothing in the
// line anchors the name (no title the table knows, no known given name):
//   Participants:
//   United States:
//   Deputy Secretary Steinberg
//   D Staff Lourdes Cue
//   Brazil Desk David Schnier (notetaker)          (09STATE34394)
// The heading says what the lines are, so the name-like words closing each
// line are a person.
#ifndef CABLESCOPE_LINK_PERSON_LISTS_H_
#define CABLESCOPE_LINK_PERSON_LISTS_H_

#include <string_view>
#include <vector>

#include "link/name_tokens.h"
#include "link/person_scan.h"

namespace cablescope::link {

// The names of the participants lists of `text` that no token of `covered`
// (the names found by ScanNames) already holds.
std::vector<NameCandidate> ListNames(std::string_view text, const std::vector<NameToken>& tokens,
                                     bool capitals, const std::vector<bool>& covered);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_PERSON_LISTS_H_
