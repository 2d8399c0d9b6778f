// The executive-order line: which order classified the cable and when it is
// to be declassified.
//
//   E.O. 12958: DECL: 06/09/2019                   12958, 2019-06-09
//   EO 12958 DECL: 2019/06/09                      12958, 2019-06-09
//   E.o. 12958: decl: 01/07/2014                   12958, 2014-01-07
//   E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P   12065, 1985-08-12
//   E.O. 12356: DECL:OADR                          12356, no date
//   E.O. 11652: N/A                                11652, no date
//   E.O. 12958: DNG: CO 12/31/2010                 12958, no date (a downgrade)
#ifndef CABLESCOPE_PARSE_PREAMBLE_DECL_H_
#define CABLESCOPE_PARSE_PREAMBLE_DECL_H_

#include <optional>
#include <string>
#include <string_view>

namespace cablescope::parse {

struct ExecutiveOrderLine {
  std::optional<std::string> order;          // "12958"
  std::optional<std::string> declassify_on;  // "2019-06-09"
};

// Parses the text after the E.O. label (`12958: DECL: 06/09/2019`). The order
// is the leading run of digits; the declassify-on date is the date after
// DECL or GDS, or a date standing right after the order. Dates are M/D/Y
// (2- or 4-digit year; 2-digit years below 50 are 20xx) or Y/M/D; an
// impossible date (month 13) gives no date. Words (`OADR`, `N/A`, `AFTER
// KOREAN UNIFICATION`) give no date. Never fails.
ExecutiveOrderLine ParseExecutiveOrder(std::string_view text);

// Parses a date at the start of `s` as described above into `YYYY-MM-DD`;
// nullopt when there is none.
std::optional<std::string> ParseDeclassifyDate(std::string_view s);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_PREAMBLE_DECL_H_
