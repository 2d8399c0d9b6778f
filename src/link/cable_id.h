// Canonical cable ids: `YY` + station (no spaces) + serial (no leading zeros).
//
//   09USUNNEWYORK589            already canonical
//   09SECTION01OF03SANJOSE525 -> 09SANJOSE525    (section marker fused in)
//   06EFTOBAKU1165            -> 06BAKU1165      (EFTO caption fused in)
//   7575LIBREVILLE1895        -> 75LIBREVILLE1895 (year written twice)
//   1974ATHENS02959_b         -> 74ATHENS2959    (PlusD)
//   06SECSTATE87686           -> 06STATE87686    (station alias)
//   09ANOI297                 -> 09HANOI297      (station typo)
//   "USUN NEW YORK 000589" with year 2009 -> 09USUNNEWYORK589
//
// See ../shared/docs/cable-anatomy.md §5-6 and station_table.h for how
// stations are resolved. Thread-safe: reads only immutable tables.
#ifndef CABLESCOPE_LINK_CABLE_ID_H_
#define CABLESCOPE_LINK_CABLE_ID_H_

#include <optional>
#include <string>
#include <string_view>

namespace cablescope::link {

// The canonical form of a station name as it appears in ids: upper case,
// everything but letters removed, aliases resolved (SECSTATE -> STATE,
// USUN -> USUNNEWYORK), fused junk and typos fixed when exactly one known
// station fits (see ResolveStation). A name that resolves to no known
// station is returned upper-cased and stripped, as written.
std::string CanonicalStation(std::string_view station);

// The canonical id of `text` (case-insensitive, surrounding space ignored):
//
//  * an id in one piece: `09USUNNEWYORK589`, PlusD `1974ATHENS02959_b`,
//    malformed Cablegate ids (section markers, EFTO, a doubled year, station
//    typos, a trailing ZFR/ZDK/TOSEC/SUSPECTEDDUPLICATE second number: the
//    first serial is kept), or `STATE87686` without a year (then `year`
//    supplies it). Stations that are not in the table are accepted as
//    written, because the shape alone says it is an id (74SAIGON1234).
//  * "station serial" as a reference writes it: `ISLAMABAD 10142`,
//    `USUN NEW YORK 000589`, `STATE -097844` (PlusD), with an optional year
//    before (`06 STATE 87686`, `'08 BUENOS AIRES 1491`, `2008 ...`) or after
//    in parentheses (`ASUNCION 701 (08)`); a year written in the text wins
//    over `year`. Here the station must resolve to a known one, so that
//    `PARA 3` is not taken for a cable.
//
// `year` is a 4- or 2-digit year (2009 or 9), 0 when unknown. Returns
// nullopt when `text` is not recognisably a cable id, or needs a year that
// neither `text` nor `year` gives. Never throws; input of any bytes is safe.
std::optional<std::string> CanonicalId(std::string_view text, int year = 0);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_CABLE_ID_H_
