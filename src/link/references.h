// References: the REF: list of a cable, split into items, typed, and linked
// to canonical cable ids.
//
//   REF: A. ISLAMABAD 10142
//
//   B. STATE 87686
//
// -> [{A, cable, "ISLAMABAD 10142", 06ISLAMABAD10142},
//     {B, cable, "STATE 87686",     06STATE87686}]     (cited in 2006)
//
// See ../shared/docs/cable-anatomy.md §5.
#ifndef CABLESCOPE_LINK_REFERENCES_H_
#define CABLESCOPE_LINK_REFERENCES_H_

#include <string_view>
#include <vector>

#include "model/record.h"

namespace cablescope::link {

// Splits `ref_block` (the REF list as written, its `REF:`/`REFS:`/`REFTEL:`
// label included or not) into references.
//
// Items: lettered `A.`, `B)`, `(C)`, `D-`, `E:` in sequence from A (a
// letter out of sequence, like the U of `U.S.`, does not start an item);
// without letters the block is one item, or several separated by `;`.
// Within an item, `KABUL 936/935` and `SECSTATE 113408 AND SECSTATE 113635`
// (or `ANKARA 1074 AND 1231`) are several cables with the same label.
//
// Kind: `cable` when the item starts with a station-serial citation
// (CanonicalId's forms, `06 STATE 87686`, `ASUNCION 701 (08)` ...);
// otherwise, by the words it contains: `email` (EMAIL, E-MAIL), `telcon`
// (TELCON, TELECON, PHONE CALL), `memo` (MEMO, MEMCON, MEMORANDUM),
// `report` (REPORT, IIR), else `other` (`STATE-EMBASSY EMAILS`: several
// e-mails are not one document; `2007 INCSR`). Only cables get an id.
//
// `text` is the item as written, whitespace-normalised, label removed. A
// citation without a year takes `citing_year` (4-digit; 0 = unknown, then
// such citations get no id).
//
// `meta_references` are ids a container gave (cables.csv's references
// column). When the text has no list they become the references (label
// null, kind cable, text the id as written). When both exist the text's
// list is kept, and a text citation whose id the container does not list
// takes the container's id for the same station and serial: a January
// cable citing last December's `STATE 198765` gets the right year.
//
// Never throws; any bytes are safe.
std::vector<Reference> ParseReferences(std::string_view ref_block,
                                       const std::vector<std::string>& meta_references,
                                       int citing_year);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_REFERENCES_H_
