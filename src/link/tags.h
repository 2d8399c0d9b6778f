// Canonical TAGS: the line `TAGS: PK, PREL, POGOV, PRELPGOV, (RICE, CONDOLEEZZA)`
// as a clean list.
#ifndef CABLESCOPE_LINK_TAGS_H_
#define CABLESCOPE_LINK_TAGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace cablescope::link {

// Canonical form of the TAGS as the parser split them, in order, without
// duplicates:
//  * person tags (anything with parentheses: `(RICE, CONDOLEEZZA)`) are kept
//    as written, whitespace-normalised;
//  * other items are split on spaces and commas, web leftovers removed
//    (`[PREL](#)`, `PHUM.`), and upper-cased;
//  * a known code (tag_table.h) is kept;
//  * typos are fixed only when one answer fits, conservatively:
//      - an unknown 5-letter code that becomes a known subject/program tag
//        by deleting one letter, if exactly one does (POGOV -> PGOV,
//        KJUST -> KJUS, PTGOV -> PGOV);
//      - an unknown 4-letter code within one edit (substitute, swap
//        neighbours) of exactly one known 4-letter subject/program tag with
//        the same first letter (PGOB -> PGOV, EINV <- ENIV, MPOS -> MOPS);
//        ECIN stays (ECON and EFIN both fit), and so does any code whose
//        first letter differs (SHUM is not PHUM);
//  * an unknown code of 6 or more letters that splits completely into known
//    codes, at least one of them 3 letters or more, is split (PRELPGOV ->
//    PREL PGOV, PTERIR -> PTER IR, KDEMAF -> KDEM AF);
//  * in a flattened text (the line wrapped between two codes and the
//    newline was lost), an unknown 4-letter code written in upper case next
//    to a geographic code is split into two geographic codes (`IR IZ ZPJO
//    EG` -> ZP JO, `LE SAQA AE` -> SA QA). Known codes are never split
//    (GTMO), nor is one a letter off a subject tag (ECUN, near ECON), nor
//    a code elsewhere (MAPP, `Sadc`);
//  * anything else is kept as written, upper-cased.
// Idempotent: the output maps to itself.
// `flattened`: the text lost its newlines (RawFields::flattened), so a TAGS
// line wrapped between two codes fused them.
std::vector<std::string> CanonicalTags(const std::vector<std::string>& tags,
                                       bool flattened = false);

// The canonical form of one code (already upper case, no spaces): itself,
// its typo fix, or the codes it splits into. Appends to `out`.
// `geographic_pair`: a 4-letter code may be two geographic codes fused (see
// CanonicalTags).
void CanonicalTagCode(std::string_view code, std::vector<std::string>* out,
                      bool geographic_pair = false);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_TAGS_H_
