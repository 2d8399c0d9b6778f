// The TAGS line: Traffic Analysis by Geography and Subject codes.
//
//   TAGS: PREL ZP IR IS UNSC
//   TAGS: PK, PREL, PGOV, IR, KNNP
//   Tags: prel, pgov, pins, tu
//   TAGS: [PREL](#) [ZP](#)                 (web leftovers)
//   TAGS OVIP (STEINBERG, JAMES B.), PREL, MNUC, ECON, SN, CH,
#ifndef CABLESCOPE_PARSE_TAGS_LINE_H_
#define CABLESCOPE_PARSE_TAGS_LINE_H_

#include <string>
#include <string_view>
#include <vector>

namespace cablescope::parse {

// Splits the text after the TAGS label into codes and appends each, upper
// case, to `tags` unless already there. Codes are separated by spaces,
// commas or semicolons; `[PREL](#)` link markup is unwrapped. A person tag
// in parentheses is kept whole as one entry, whitespace-normalised:
// `OVIP (RICE, CONDOLEEZZA)` gives "OVIP" and "(RICE, CONDOLEEZZA)"; the
// link stage decides what a person tag maps to. Typos (`POGOV`) and
// run-together codes are kept as written: the link stage fixes them.
void SplitTags(std::string_view text, std::vector<std::string>* tags);

// True when `line` looks like the continuation of a wrapped TAGS line: only
// short codes and parenthesised names, no label, no sentence. Used to decide
// whether the line after `TAGS:` still belongs to it.
bool LooksLikeTagsContinuation(std::string_view line);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_TAGS_LINE_H_
