// The titles that introduce a person in cable text, and their normal
// forms: `FM`, `FORMIN`, `Foreign Minister` -> "Foreign Minister"; `PM`,
// `P.M.`, `Prime Minister` -> "Prime Minister"; `SYG`, `UN Secretary-General`
// -> "Secretary-General"; `Amb.`, `AMBASSADOR` -> "Ambassador".
//
// Pure functions over an immutable table: thread-safe.
#ifndef CABLESCOPE_LINK_PERSON_TITLES_H_
#define CABLESCOPE_LINK_PERSON_TITLES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cablescope::link {

struct TitleMatch {
  size_t words = 0;          // words of the title (0: no title here)
  std::string_view title;    // normal form; empty for honorifics (Mr., Dr.)
  bool plural = false;       // `AMBASSADORS ROSS AND RICE`: several names follow
  bool caps_only = false;    // an abbreviation (FM, PM, SYG): only as written in capitals
  bool capitalised_only = false;  // a rank that is a plain word too (Major, Captain): only
                                  // capitalised, in mixed-case prose, before a capitalised name
};

// True when `upper` is the first word of some title (most words are not:
// the scanner asks this once per word before trying MatchTitle).
bool IsTitleStart(std::string_view upper);

// The longest title whose words are `upper[0..]` (words upper-cased as
// written, `P.M.` and `SECRETARY-GENERAL` being one word each).
TitleMatch MatchTitle(const std::vector<std::string_view>& upper, size_t at);

// The normal form of a title written alone (a Classified By title such as
// `AMBASSADOR`, `Polchief`, `Charge d'Affaires`): the table's form when the
// whole text is a known title, else the text with its spaces normalised
// (title-cased when written in capitals).
std::string NormaliseTitle(std::string_view text);

// True when `normal` is the normal form of a title of the table
// ("Assistant Secretary"), false for other roles a Classified By line
// gives (`SCA`, `Director, Inr/Ops`: an office, not a personal title).
bool IsTableTitle(std::string_view normal);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_PERSON_TITLES_H_
