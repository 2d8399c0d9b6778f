// Keys of person names for clustering them across cables and finding them:
// a surname's spelling key (`Mottaki`, `Muttaki`, `Motaki` -> one key), the
// given name, and the folded words a `person:` query matches.
//
// Pure functions; thread-safe.
#ifndef CABLESCOPE_ARCHIVE_PEOPLE_NAMES_H_
#define CABLESCOPE_ARCHIVE_PEOPLE_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace cablescope::archive {

struct NameKey {
  std::string phonetic;  // spelling key of the surname; empty when the name has none
  std::string given;     // folded given name or initial ("susan", "s"); empty for a bare surname
};

// `Susan E. Rice` -> {rice key, "susan"}; `Ban Ki-moon` (family name first,
// hyphenated given name) -> {ban key, "ki moon"}; `Muttaki` -> {mutaki, ""}.
NameKey KeyOfName(std::string_view name);

// The spelling key of one surname: accents and case folded, transliteration
// variants made equal (o/u, e/i/y, c/k/q, ph/f, kh/k, doubled letters one).
std::string SpellingKey(std::string_view surname);

// Given names of one person: equal, one the other's initial, or the same
// spelling key (`Manouchehr` / `Manuchehr`). An empty one agrees with any.
bool GivenNamesAgree(std::string_view a, std::string_view b);

// A non-empty given name prepared for that test, which the clustering asks
// of every person of a surname: its first letter, whether it is only an
// initial, and its spelling key.
struct GivenKey {
  char first = 0;
  bool initial = false;
  std::string spelling;  // SpellingKey(given) when it has 2+ letters
};
GivenKey KeyOfGiven(std::string_view given);
bool GivenKeysAgree(const GivenKey& a, const GivenKey& b);

// The strings of a JSON array of plain strings as the store writes titles
// and edit arguments (`["Ambassador","Foreign Minister"]`: no escapes).
std::vector<std::string> TitlesFromJson(std::string_view json);

// The folded keys under which a variant is found by `person:`: the whole
// name, the name without initials, and each word of two letters or more.
std::vector<std::string> SearchKeysOfName(std::string_view variant);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_PEOPLE_NAMES_H_
