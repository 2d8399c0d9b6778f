// Finding names in one text (a cable body, a subject, a Classified By
// name): the candidates that ExtractPeople (people.h) then joins into the
// persons of the cable.
//
// A name in cable text needs an anchor, because bodies are mostly UPPER
// CASE and case cannot tell `RICE` the person from rice the grain:
//   - a title before it: `AMBASSADOR RICE`, `FM MOTTAKI`, `Minister of
//     Defense Uribe`, `Special Advisor for the Gulf ... Ambassador Dennis Ross`,
//     `AMBASSADORS ROSS AND RICE`;
//   - a title after it, in mixed case: `Anatoliy Antonov, MFA Director`;
//   - a known given name: `Javier Solana`, `JAVIER SOLANA`.
// Bare surnames (and public figures' surnames) are found later, by
// ExtractPeople, once the cable's names are known.
#ifndef CABLESCOPE_LINK_PERSON_SCAN_H_
#define CABLESCOPE_LINK_PERSON_SCAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "link/name_tokens.h"

namespace cablescope::link {

struct NameCandidate {
  std::vector<size_t> words;        // indexes of the name's tokens
  std::vector<std::string> titles;  // normal forms, in order
  uint32_t start = 0, end = 0;      // span: the title (when adjacent) through the name
  // Another name of the candidate at this index of ScanNames' result, given
  // as an alias: `Slobodan Tesic (alt. Tezic)` (09SANAA2208). kNoAlias else.
  size_t alias_of = kNoAlias;
  static constexpr size_t kNoAlias = static_cast<size_t>(-1);
};

// The titled and given-name-anchored names of `text`.
std::vector<NameCandidate> ScanNames(std::string_view text, const std::vector<NameToken>& tokens,
                                     bool capitals);
}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_PERSON_SCAN_H_
