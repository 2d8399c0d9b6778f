// Surnames a cable teaches by itself: a name with no title, no known given
// name and no entry in any list, that the text nevertheless makes plain by
// what it does. Cables report speech, so the word that says, tells, notes
// again and again is someone: `GELLET SAID`, `GELLET NOTED`, `SAID GELLET`
// (07PARIS2440, where `FRANCK GELLET, FRENCH DAS-EQUIVALENT ...` has no
// anchor), `Richier told Velayati`, `Richier added` (07PARIS3733, `French
// Presidency official Richier`: `official` is no title).
#ifndef CABLESCOPE_LINK_PERSON_SPEAKERS_H_
#define CABLESCOPE_LINK_PERSON_SPEAKERS_H_

#include <string_view>
#include <vector>

#include "link/name_tokens.h"

namespace cablescope::link {

// The words (upper case) of `tokens` that are the subject of a verb of
// saying at least twice, at the start of a clause, and could be a surname
// (capitalised, not a title, an office, a given name or a redaction).
// `covered` marks tokens already part of a name: those are not learned.
std::vector<std::string_view> SpeakerSurnames(const std::vector<NameToken>& tokens, bool capitals,
                                              const std::vector<bool>& covered);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_PERSON_SPEAKERS_H_
