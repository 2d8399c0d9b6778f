// The Classified By line: who classified the cable, and under which reasons
// of the executive order.
//
//   Classified By: Ambassador Susan E. Rice, reason 1.4 (b) and (d).
//   Classified By: A/PolCouns Jon Dorschner for Reasons 1.4 (B, D)
//   Classified by Ambassador Eric Edelman; reasons: 1.5 (b,d).
//   CLASSIFIED BY: Tom Kelly, DCM; REASON: 1.4(B), (D)
//   Classified By: Deputy Chief of Mission Michae
//   l Corbin for reasons 1.4 (b) and (d)            (wrapped mid-word)
#ifndef CABLESCOPE_PARSE_CLASSIFIED_BY_H_
#define CABLESCOPE_PARSE_CLASSIFIED_BY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/record.h"

namespace cablescope::parse {

// Appends the continuation line `next` of a wrapped Classified By line to
// `joined`. Lines wrapped at a fixed width split words (`Michae` / `l
// Corbin`, `FOR REAS` / `ONS 1.4 B/D` in 06PARIS2069), so the pieces are
// glued without a space when they form a word that neither piece is alone:
// a lower-case fragment continuing a capitalised name, or the pieces of
// REASON(S). Otherwise one space separates them.
void AppendClassifiedByLine(std::string_view next, std::string* joined);

// Parses the text after the `Classified By` label (wrapped lines already
// joined). Appends each person named to `people` ({name, title}; title
// null when none is written) and each reason, `"1.4(b)"` form, unique and
// in order, to `reasons`. Handles titles before the name (`Ambassador`,
// `Charge d'Affaires, a.i.`, `Deputy Chief of Mission`, `A/PolCouns`,
// office prefixes such as `POL/C` or `EEB/ESC/IEC`) and after it
// (`Tom Kelly, DCM`), several people joined by `and`, reason lists such as
// `1.4 (b) and (d)`, `1.4 (B, D)`, `1.5 (b,d)`, `1.4(b),(d)`, `1.4 b/d` and
// ranges (`1.4 (b-d)` gives b, c and d). Redacted names (`xxxxx`) and
// `Derived from Multiple Sources` name nobody.
//
// Returns how many bytes of `text` the line took: up to the end of the
// reason list (its closing parenthesis and full stop), or all of `text`
// when no reason is written. Flattened texts use it to find where the
// first paragraph begins when no `¶1.` marks it.
size_t ParseClassifiedBy(std::string_view text, std::vector<Person>* people,
                         std::vector<std::string>* reasons);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_CLASSIFIED_BY_H_
