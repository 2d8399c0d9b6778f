// The routing header (ACP-127 style) of a telegram.
//
//   VZCZCXRO7935
//   OO RUEHBC RUEHDE RUEHDIR RUEHKUK RUEHTRO
//   DE RUCNDT #0589 1640023
//   ZNY CCCCC ZZH
//   O 130023Z JUN 09
//   FM USMISSION USUN NEW YORK
//   TO RUEHC/SECSTATE WASHDC IMMEDIATE 6721
//   INFO RUCNIRA/IRAN COLLECTIVE IMMEDIATE
//
// See ../shared/docs/cable-anatomy.md §2. Headers also come without routing
// indicators (1970s-80s: `TO SECSTATE WASHDC 3182`), partial (only a DTG),
// and flattened: a press reprint of 06ISLAMABAD10261 lost every newline
// (`...RUEHPWDE RUEHIL #0261 1531246ZNY CCCCC ZZHP 021246Z JUN 06FM ...`).
// A flattened header decodes to exactly what the clean one gives.
#ifndef CABLESCOPE_PARSE_ROUTING_HEADER_H_
#define CABLESCOPE_PARSE_ROUTING_HEADER_H_

#include <cstddef>
#include <string_view>

#include "model/record.h"

namespace cablescope::parse {

// Decodes `header` into record->transmission_id, relay, station, precedence,
// dtg, from, to, info (and classification from the ZNY security line when
// record->classification is still unset). Fields the header lacks are left
// untouched. Never fails: unreadable lines are ignored.
void ParseRoutingHeader(std::string_view header, Record* record);

// For inputs that hold header and text together (raw telegrams, PDF text,
// PlusD pages): the length of the routing header at the start of `text`,
// i.e. the offset where the cable's text (classification line) begins.
// Returns 0 when `text` does not start with a header.
size_t RoutingHeaderLength(std::string_view text);

// A DTG such as `130023Z JUN 09` as ISO 8601 UTC (`2009-06-13T00:23Z`);
// empty when `dtg` is not one.
std::string DtgToIso(std::string_view dtg);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_ROUTING_HEADER_H_
