// Dates as web pages write them, normalised to ISO 8601.
//
// Publishers write dates their own way: WikiLeaks `1979-08-13 04:04`, PlusD
// `1974 May 17, 16:00 (Friday)`, a newspaper `Published 09 Jul, 2011
// 09:24am` or `Today's Paper | December 19, 2024`, a cables.csv row
// reprinted in a newspaper `06/02/2006 12:46` (month first). These
// functions read those forms; they return "" for anything else and never
// guess a missing part. Pure and thread-safe.
#ifndef CABLESCOPE_PARSE_PAGE_DATES_H_
#define CABLESCOPE_PARSE_PAGE_DATES_H_

#include <string>
#include <string_view>

namespace cablescope::parse {

// `YYYY-MM-DD HH:MM` (seconds ignored, `T` accepted as the separator) ->
// `YYYY-MM-DDTHH:MM`; a bare `YYYY-MM-DD` -> `YYYY-MM-DD`; else "".
std::string IsoFromDashedDate(std::string_view text);

// A date with an English month name somewhere in `text`: day, month name
// (full or abbreviated: `Jul`, `Sept`) and 4-digit year in any order, plus
// an optional `H:MM` time with optional am/pm. Returns `YYYY-MM-DDTHH:MM`
// when a time is present, `YYYY-MM-DD` when not, "" when day, month or year
// is missing or out of range. Words that are not months (`Friday`,
// `Published`) are ignored.
std::string IsoFromWordDate(std::string_view text);

// cables.csv's `M/D/YYYY H:MM` (leading zeros optional) -> `YYYY-MM-DDTHH:MM`;
// without a time -> `YYYY-MM-DD`; else "".
std::string IsoFromUsDate(std::string_view text);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_PAGE_DATES_H_
