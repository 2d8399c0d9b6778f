// Canonical cable ids: `YY` + station (no spaces) + serial (no leading zeros).
//
//   09USUNNEWYORK589      already canonical
//   09SECTION01OF03SANJOSE525 -> 09SANJOSE525   (section marker fused in)
//   1974ATHENS02959_b     -> 74ATHENS2959       (PlusD)
//   06SECSTATE87686       -> 06STATE87686       (station alias)
//   "USUN NEW YORK 000589" with year 2009 -> 09USUNNEWYORK589
//
// See ../shared/docs/cable-anatomy.md §5-6.
#ifndef CABLESCOPE_LINK_CABLE_ID_H_
#define CABLESCOPE_LINK_CABLE_ID_H_

#include <optional>
#include <string>
#include <string_view>

namespace cablescope::link {

// The canonical form of a station name as it appears in ids: spaces and
// punctuation removed, upper case, aliases resolved (SECSTATE -> STATE,
// USUN -> USUNNEWYORK).
std::string CanonicalStation(std::string_view station);

// Canonical id from `text`: an id in any known form, or "STATION SERIAL"
// (then `year`, a 4- or 2-digit year, supplies the YY; 0 = unknown).
// nullopt when `text` is not recognisably a cable id.
std::optional<std::string> CanonicalId(std::string_view text, int year = 0);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_CABLE_ID_H_
