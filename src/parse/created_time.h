// The publisher's "created" time of a cable, normalised.
//
// Containers write it differently: cables.csv as `12/21/1988 9:23`
// (M/D/YYYY H:MM), the JSON exports and WikiLeaks pages as
// `2004-01-20 12:12`. Records carry it as `YYYY-MM-DDTHH:MM`.
#ifndef CABLESCOPE_PARSE_CREATED_TIME_H_
#define CABLESCOPE_PARSE_CREATED_TIME_H_

#include <string>
#include <string_view>

namespace cablescope::parse {

// Returns `text` (`M/D/YYYY H:MM`, `YYYY-MM-DD HH:MM[:SS]` or
// `YYYY-MM-DDTHH:MM[:SS]`, surrounding spaces allowed) as
// `YYYY-MM-DDTHH:MM`, or "" when it is none of these or out of range
// (month 13, minute 61). Seconds are dropped.
std::string NormalizeCreatedTime(std::string_view text);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_CREATED_TIME_H_
