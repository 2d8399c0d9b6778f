// One addressee of a routing header's TO / INFO list.
//
//   RUEHC/SECSTATE WASHDC IMMEDIATE 6721          route / name, precedence, serial
//   RUCNIRA/IRAN COLLECTIVE IMMEDIATE             a collective, no serial
//   SECSTATE WASHDC 3182                          1970s-80s: no routing indicator
//   ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279
//   CIA WASHINGTON DC//NHTC// 0000                office suffix kept in the name
#ifndef CABLESCOPE_PARSE_HEADER_RECIPIENT_H_
#define CABLESCOPE_PARSE_HEADER_RECIPIENT_H_

#include <string>
#include <string_view>

#include "model/record.h"

namespace cablescope::parse::header {

// Decodes one addressee `line` (the TO/INFO keyword already removed) into
// *out, replacing its contents. The serial is the trailing number as written
// (a range such as `2276-2279` is kept whole); the precedence is the trailing
// precedence word (`NIACT IMMEDIATE` when NIACT precedes IMMEDIATE); the name
// is what remains, whitespace-normalised. Returns false, leaving *out
// unspecified, when no name remains.
bool ParseRecipient(std::string_view line, Recipient* out);

// `s` with runs of whitespace folded to one space and no spaces at the ends,
// appended to *out.
void AppendNormalized(std::string_view s, std::string* out);

}  // namespace cablescope::parse::header

#endif  // CABLESCOPE_PARSE_HEADER_RECIPIENT_H_
