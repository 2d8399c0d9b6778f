// The word lists that tell a person's name from the words around it in
// cable text, where case often says nothing (bodies are mostly UPPER CASE:
// `AMBASSADOR RICE SAID`, `FM MOTTAKI TOLD`).
//
// All lookups take a word in any case (ASCII letters are folded to upper
// case) and are pure functions over immutable tables: thread-safe.
#ifndef CABLESCOPE_LINK_PERSON_WORDS_H_
#define CABLESCOPE_LINK_PERSON_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace cablescope::link {

// The lists below as bits: WordLists(upper) answers for all of them with
// one lookup (the scanner asks once per word of the text).
enum WordList : uint8_t {
  kStopWord = 1,
  kOfficeWord = 2,
  kGivenName = 4,
  kCommonWordSurname = 8,
  kOrganisationSuffix = 16,
  kPublicFigure = 32,
  kSpeechVerb = 64,  // `said`, `told`: person_speakers.h
};
uint8_t WordLists(std::string_view upper);

class WordSet;
// Adds every word of the lists with its WordList bits (what WordLists
// answers), for a table that holds other words besides (name_tokens.cc).
void AddWordLists(WordSet* set);

// `word` upper-cased (ASCII letters only; other bytes kept).
std::string UpperAscii(std::string_view word);

// A word that is never part of a name: function words, the verbs that
// follow a title in cable prose (`AMBASSADOR NOTED`), months, weekdays.
bool IsStopWord(std::string_view upper);

// A word that names an office or a thing rather than a person: ministry
// and organisation words (`DEFENSE`, `AFFAIRS`, `STATE`), countries and
// nationalities (`IRAN`, `IRANIAN`). Skipped in `Minister of Defense Uribe`.
bool IsOfficeWord(std::string_view upper);

// A common given name (`SUSAN`, `JAVIER`, `MANOUCHEHR`): anchors a full
// name without a title (`Javier Solana`). Given names that are also plain
// English words (`WILL`, `MAY`, `GRANT`) are left out on purpose.
bool IsGivenName(std::string_view upper);

// A surname that is also a common English word (`RICE`, `WOOD`, `BAN`):
// in UPPER CASE text such a word alone is not taken for the person.
bool IsCommonWordSurname(std::string_view upper);

// The surname of a public figure that cables name bare, with no title or
// given name anywhere in the cable (`Musharraf said`, `Ahmadinejad's
// speech`): heads of state and government, foreign ministers and others
// named across the Cablegate years.
bool IsPublicFigure(std::string_view upper);

// A particle written inside names: `Osama bin Laden`, `Lula da Silva`.
bool IsNameParticle(std::string_view upper);

// `the` or a preposition of place: a capitalised word after it is a place
// or an organisation (`in Beijing`, `the Mabahith`), not a person.
bool IsBeforePlace(std::string_view upper);

// A word that ends the name of an organisation or place named after a
// person (`... PATRIOTIC FRONT`, `... GROUP`, `... School`): the name
// before it is not a person.
bool IsOrganisationSuffix(std::string_view upper);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_PERSON_WORDS_H_
