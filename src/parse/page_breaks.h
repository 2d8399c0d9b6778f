// Page-break lines and classification banners inside a cable's text.
//
// A telegram printed over several pages repeats, at each page break, a line
// that is not content:
//
//   BAGHDAD 00000197 002 OF 002          2000s: station (cut to 10 characters:
//   BUENOS AIR 00001462 003 OF 005       `BUENOS AIR`, `RIO DE JAN`), serial in
//   UNVIE VIEN 00000285  036.2 OF 036    8 digits, page OF pages
//   PAGE 02 STATE 023763 071504Z         1970s-90s: page, station, serial, DTG
//   PAGE 02        CAPE T  00097  01 OF 03  182017Z
//
// and older telegrams put the classification banner (`CONFIDENTIAL`,
// `LIMITED OFFICIAL USE`, `S E C R E T`) at the foot and the head of every
// page. Web releases rewrapped the text, so the 2000s form also turns up in
// the middle of a line (`... and Long-Term Planning BRASILIA 00000129 002 OF
// 002 Minister Roberto Unger ...`, 08BRASILIA129).
#ifndef CABLESCOPE_PARSE_PAGE_BREAKS_H_
#define CABLESCOPE_PARSE_PAGE_BREAKS_H_

#include <cstddef>
#include <string_view>

namespace cablescope::parse {

// A page-break mark found inside a line: [begin, end) in that line.
struct PageMark {
  size_t begin = 0;
  size_t end = 0;
};

// Finds the first 2000s-style page-break mark (`STATION 00000197 002 OF
// 002`) in `line` at or after `from`. The station is the run of upper-case
// words (at most 10 characters) before the serial; the mark starts at a
// word boundary. Returns false when there is none. Linear in line.size().
bool FindPageMark(std::string_view line, size_t from, PageMark* mark);

// For a line starting with a 1970s-90s page header (`PAGE 02 STATE 023763
// 071504Z`), the length of the header (up to and including the DTG when
// there is one, else the whole line), so that text fused after it
// (`PAGE 04 HARARE 06677 01 OF 03 291400Z COALITION GOVERNMENT. ...`) can be
// kept. Returns 0 when `line` is not a page header. Leading spaces allowed.
size_t PageHeaderLength(std::string_view line);

// True when `line` (trailing spaces already removed) holds nothing but a
// classification banner: `CONFIDENTIAL`, ` SECRET`, `LIMITED OFFICIAL USE`,
// `UNCLASSIFIED`, `S E C R E T`, `C O N F I D E N T I A L`, optionally
// followed by `NOFORN`/`EXDIS`-style captions or a `PTQ1865` control tag.
bool IsClassificationBanner(std::string_view line);

// True when `line` is an end-of-message or transmission mark: `NNN`,
// `NNNN`, `BT`, `#5135`.
bool IsTransmissionMark(std::string_view line);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_PAGE_BREAKS_H_
