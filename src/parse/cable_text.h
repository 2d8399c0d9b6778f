// The text of a cable: everything after the routing header.
//
//   C O N F I D E N T I A L USUN NEW YORK 000589   classification, station, serial
//   SIPDIS                                         captions
//   E.O. 12958: DECL: 06/09/2019                   executive order, declassify-on
//   TAGS: PREL ZP IR IS UNSC
//   SUBJECT: ...                                   may wrap over lines
//   REF: A. ISLAMABAD 10142                        the reference list (kept raw)
//   Classified By: Ambassador Susan E. Rice, reason 1.4 (b) and (d).
//   1. (C) ...                                     numbered, marked paragraphs
//   RICE                                           signer
//
// See ../shared/docs/cable-anatomy.md §3. Real text is mixed-case, wrapped
// mid-word, carries page-break lines (`BAGHDAD 00000197 002 OF 002`,
// `PAGE 02 STATE 023763 071504Z`), `Q`-artefact lines, redactions and web
// leftovers (`[¶1.](#)`, `[PREL](#)`).
#ifndef CABLESCOPE_PARSE_CABLE_TEXT_H_
#define CABLESCOPE_PARSE_CABLE_TEXT_H_

#include <string_view>

#include "model/record.h"

namespace cablescope::parse {

struct TextOptions {
  // The text lost its newlines (see CableChunk::flattened).
  bool flattened = false;
};

// Reads the text of a cable into `record`: classification (when unset),
// captions, executive_order, declassify_on, tags (as written, split into
// codes; src/link canonicalises them), subject, raw.ref_block, raw.text_station,
// raw.text_serial, classified_by, classification_reasons, paragraphs,
// summary, signers and body. Never fails; what is not there stays null.
void ParseCableText(std::string_view text, const TextOptions& options, Record* record);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_CABLE_TEXT_H_
