// The date-time group (DTG) of a telegram: `130023Z JUN 09`.
//
// DDHHMM, the zone letter Z (UTC), the month's three letters and the year.
// Real headers also write it `221828 Z MAY 73` (1970s PlusD, a space before
// the Z), `291359Z Nov 00` (WikiLeaks' partial extracts, mixed case) and glue
// it to what follows when a header lost its newlines (`021246Z JUN 06FM ...`,
// seed 003). Two-digit years below 50 are 20xx, the others 19xx.
#ifndef CABLESCOPE_PARSE_DTG_H_
#define CABLESCOPE_PARSE_DTG_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace cablescope::parse {

struct DateTimeGroup {
  int year = 0;  // four digits
  int month = 0;  // 1..12
  int day = 0;
  int hour = 0;
  int minute = 0;
  size_t begin = 0;  // offset of the first digit in the scanned text
  size_t end = 0;    // offset just past the year
};

// Reads a DTG whose first digit is at `text[pos]`. Returns false (leaving
// *out unspecified) when the bytes there are not a valid DTG: the six digits
// must not continue a longer digit run, and the date must exist.
bool ParseDtgAt(std::string_view text, size_t pos, DateTimeGroup* out);

// Finds the first valid DTG anywhere in `text` (one left-to-right pass).
// Returns false when there is none.
bool FindDtg(std::string_view text, DateTimeGroup* out);

// `2009-06-13T00:23Z`.
std::string FormatDtgIso(const DateTimeGroup& dtg);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_DTG_H_
