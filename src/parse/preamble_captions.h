// Distribution captions: the handling words written between the
// classification line and the E.O. line (SIPDIS, NOFORN, EXDIS, NODIS,
// LIMDIS, STADIS, ROGER, SENSITIVE ...).
#ifndef CABLESCOPE_PARSE_PREAMBLE_CAPTIONS_H_
#define CABLESCOPE_PARSE_PREAMBLE_CAPTIONS_H_

#include <string>
#include <string_view>
#include <vector>

namespace cablescope::parse {

// Length of the caption word at the start of `s` (case-insensitive), or 0.
size_t CaptionWordAt(std::string_view s);

// When `line` consists of caption words only (separated by spaces, `/`,
// `,`, `-`, or fused as in the flattened JSON body `SENSITIVESIPDIS`),
// appends each, upper case, to `captions` unless already there, and returns
// true. Returns false and appends nothing otherwise: `STATE FOR INR/B` and
// `BEIJING PLEASE PASS CHENGDU` are addressing lines, not captions.
//
// A compound like `NOFORN/NOCONTRACT` gives two captions, so that a search
// for NOFORN finds every cable that carries it.
bool ParseCaptionLine(std::string_view line, std::vector<std::string>* captions);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_PREAMBLE_CAPTIONS_H_
