// The preamble of a cable's text: from the classification line to the
// Classified By line, before the numbered paragraphs.
//
//   C O N F I D E N T I A L USUN NEW YORK 000589
//   SIPDIS
//   E.O. 12958: DECL: 06/09/2019
//   TAGS: PREL ZP IR IS UNSC
//   SUBJECT: AMBASSADORS DENNIS ROSS AND SUSAN RICE DISCUSS
//   IRAN WITH UN SECRETARY-GENERAL
//   REF: A. ISLAMABAD 10142
//        B. STATE 87686
//   Classified By: Ambassador Susan E. Rice, reason 1.4 (b) and (d).
#ifndef CABLESCOPE_PARSE_TEXT_PREAMBLE_H_
#define CABLESCOPE_PARSE_TEXT_PREAMBLE_H_

#include <cstddef>
#include <string_view>

#include "model/record.h"
#include "parse/cable_text.h"

namespace cablescope::parse {

// Reads the preamble at the start of `text` (already cleaned: '\n' line
// ends, web leftovers and page-break lines removed; see text_cleanup.h) into
// record: classification (only when unset), raw.text_station,
// raw.text_serial, captions, executive_order, declassify_on, tags (codes as
// written, upper-cased, in order), subject, raw.ref_block, classified_by and
// classification_reasons. Returns the offset in `text` where the preamble
// ends (the first numbered paragraph or the first line of prose).
//
// Details of the contract:
// - Uncleaned input is tolerated: `\r`, trailing spaces, `[PREL](#)` in
//   TAGS, `¶` anchors, page-break lines, a WikiLeaks date line on top.
// - options.flattened: labels are found where they are fused to their
//   neighbours (`TUSUBJECT:`, `06/02/2016TAGS:`), and the first paragraph
//   may start mid-line (`¶1.`, `1. (C)`), so the offset may be mid-line.
// - Captions are single words: `NOFORN/NOCONTRACT` gives two.
// - A person tag keeps its parentheses as one entry: `OVIP (RICE,
//   CONDOLEEZZA)` gives "OVIP", "(RICE, CONDOLEEZZA)".
// - Fields are bounded (subject 600 bytes, TAGS 1000, REF 4000, Classified
//   By 600); a field cut at its bound ends the preamble there.
// - Returns 0 when the text has no preamble (prose from the first line);
//   text.size() when the text is all preamble. Never fails, never reads
//   outside `text`, linear in the bytes it looks at.
size_t ParsePreamble(std::string_view text, const TextOptions& options, Record* record);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_TEXT_PREAMBLE_H_
