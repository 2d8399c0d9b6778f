// The titles that introduce a person in cable text, and their normal
// forms: `FM`, `FORMIN`, `Foreign Minister` -> "Foreign Minister"; `PM`,
// `P.M.`, `Prime Minister` -> "Prime Minister"; `SYG`, `UN Secretary-General`
// -> "Secretary-General"; `Amb.`, `AMBASSADOR` -> "Ambassador".
//
// Pure functions over an immutable table: thread-safe.
#ifndef CABLESCOPE_LINK_PERSON_TITLES_H_
#define CABLESCOPE_LINK_PERSON_TITLES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "link/name_tokens.h"

namespace cablescope::link {

struct TitleMatch {
  size_t words = 0;          // words of the title (0: no title here)
  std::string_view title;    // normal form; empty for honorifics (Mr., Dr.)
  bool plural = false;       // `AMBASSADORS ROSS AND RICE`: several names follow
  bool caps_only = false;    // an abbreviation (FM, PM, SYG): only as written in capitals
  bool capitalised_only = false;  // a rank that is a plain word too (Major, Captain): only
                                  // capitalised, in mixed-case prose, before a capitalised name
};

class WordSet;
// Adds the first word of every title with `flags`: the tokeniser looks
// each word of a text up once in a table of these and the word lists
// (NameToken::title_start); most words start no title.
void AddTitleStarts(WordSet* set, uint8_t flags);

// The longest title whose words are those of `tokens` from `at` on (their
// upper-cased views; `P.M.` and `SECRETARY-GENERAL` are one word each).
// None unless tokens[at].title_start.
TitleMatch MatchTitle(const std::vector<NameToken>& tokens, size_t at);

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
