#include "link/person_speakers.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "link/person_words.h"

namespace cablescope::link {
namespace {

// What the text says of a word that speaks.
struct Speech {
  size_t first = 0;     // the order of its first speech, for a stable output
  int count = 0;        // its speeches
  bool common = false;  // MarkCommonNounsOrPlaces
};

// Twice, not once: one `Tehran said` or `Moscow noted` is a place speaking
// for its government; a person is quoted again and again.
constexpr int kMinSpeech = 2;
constexpr size_t kMinLetters = 4;

// The words before a subject that make it a common noun (`the Ministry
// said`, `his deputy noted`).
bool IsDeterminer(std::string_view upper) {
  return upper == "THE" || upper == "A" || upper == "AN" || upper == "HIS" || upper == "HER" ||
         upper == "ITS" || upper == "THEIR" || upper == "OUR" || upper == "THIS" || upper == "THAT" ||
         upper == "EACH" || upper == "ANOTHER";
}

// The staff of an organisation, named after it: `Pfizer lawyers`,
// `Pfizer officials` (09ABUJA671).
bool IsStaffWord(std::string_view upper) {
  return upper == "OFFICIALS" || upper == "LAWYERS" || upper == "EMPLOYEES" || upper == "EXECUTIVES" ||
         upper == "REPRESENTATIVES" || upper == "OFFICERS" || upper == "PERSONNEL" || upper == "STAFF" ||
         upper == "SPOKESMAN" || upper == "SPOKESPERSON" || upper == "MANAGEMENT";
}

// Words that speak but are no person, told by how the text uses them
// elsewhere: written small in mixed case (`Source said` and `the source`,
// 09BERLIN1296), after `the` or a preposition of place (`in Beijing`, `the
// Mabahith`, 10RIYADH61's Saudi police), before its staff (`Pfizer said`
// and `Pfizer lawyers`). One pass over the text marks those of `words`.
void MarkCommonNounsOrPlaces(const std::vector<NameToken>& tokens, bool capitals,
                             std::unordered_map<std::string_view, Speech>* words) {
  for (size_t k = 0; k < tokens.size(); ++k) {
    auto it = words->find(tokens[k].upper);
    if (it == words->end() || it->second.common) continue;
    bool common = !capitals && !tokens[k].capitalised;
    common = common || (k + 1 < tokens.size() && !tokens[k + 1].break_before && IsStaffWord(tokens[k + 1].upper));
    if (!common && k > 0 && !tokens[k].break_before) common = IsBeforePlace(tokens[k - 1].upper);
    it->second.common = common;
  }
}

// An embassy section's officer as cables abbreviate it: `Econcouns told`
// (09KUALALUMPUR752), `Commoff said`, `Poloffs noted`.
bool IsSectionOfficer(std::string_view upper) {
  auto starts = [&](std::string_view p) { return upper.substr(0, p.size()) == p; };
  auto ends = [&](std::string_view e) { return upper.size() > e.size() && upper.substr(upper.size() - e.size()) == e; };
  const bool section = starts("POL") || starts("ECON") || starts("EMB") || starts("COM") || starts("CON") ||
                       starts("MGMT") || starts("MIL") || starts("PUB") || starts("SCI") || starts("ENV") ||
                       starts("LAB") || starts("AG") || starts("LEG");
  return section && (ends("OFF") || ends("OFFS") || ends("COUNS") || ends("CHIEF"));
}

bool Redaction(std::string_view upper) {
  return upper.find_first_not_of('X') == std::string_view::npos;
}

}  // namespace

std::vector<std::string_view> SpeakerSurnames(const std::vector<NameToken>& tokens, bool capitals,
                                              const std::vector<bool>& covered) {
  // A surname-like word: in capitals text any capable word, in mixed case a
  // capitalised word with small letters (a word in capitals there is an
  // acronym: `MFA said`).
  auto surname_like = [&](size_t k) {
    const NameToken& t = tokens[k];
    if (covered[k] || !t.alpha || t.possessive || t.upper.size() < kMinLetters || t.title_start) return false;
    if (!NameCapable(t, capitals) || Redaction(t.upper) || IsSectionOfficer(t.upper)) return false;
    if ((t.lists & (kGivenName | kPublicFigure)) != 0) return false;
    return !capitals || (t.lists & kCommonWordSurname) == 0;
  };
  // Where a clause starts: after punctuation or a paragraph, or after a
  // word that is no determiner (`that Richier told`, `before Richier and`
  // is not speech anyway).
  auto clause_start = [&](size_t k) {
    if (k == 0 || tokens[k].break_before) return true;
    const NameToken& before = tokens[k - 1];
    if (IsDeterminer(before.upper)) return false;
    return capitals ? before.upper == "AND" || before.upper == "BUT" || before.upper == "WHEN"
                    : !before.capitalised;
  };
  // A map, not a list: a long text with thousands of speaking words made
  // a search of a list quadratic.
  std::unordered_map<std::string_view, Speech> counts;
  auto count = [&](std::string_view w) {
    Speech& speech = counts.try_emplace(w, Speech{counts.size(), 0, false}).first->second;
    ++speech.count;
  };
  for (size_t k = 0; k + 1 < tokens.size(); ++k) {
    const NameToken& next = tokens[k + 1];
    if (next.break_before) continue;
    // `GELLET SAID`, `Richier told`.
    if ((next.lists & kSpeechVerb) != 0 && (capitals || !next.capitalised) && surname_like(k) && clause_start(k)) {
      count(tokens[k].upper);
    }
    // `..., SAID GELLET.`: the verb first, the name closing the clause
    // (the three are speech verbs: the flag turns most words away first).
    if ((tokens[k].lists & kSpeechVerb) != 0 &&
        (tokens[k].upper == "SAID" || tokens[k].upper == "ADDED" || tokens[k].upper == "NOTED") &&
        (capitals || !tokens[k].capitalised) && surname_like(k + 1) &&
        (k + 2 >= tokens.size() || tokens[k + 2].break_before)) {
      count(next.upper);
    }
  }
  std::erase_if(counts, [](const auto& c) { return c.second.count < kMinSpeech; });
  // Most texts have no such word: then the pass over every token below
  // (a hash of each) would find nothing to mark.
  if (counts.empty()) return {};
  MarkCommonNounsOrPlaces(tokens, capitals, &counts);
  std::vector<std::pair<size_t, std::string_view>> out;
  for (const auto& [w, speech] : counts) {
    if (!speech.common) out.emplace_back(speech.first, w);
  }
  std::sort(out.begin(), out.end());
  std::vector<std::string_view> words;
  for (const auto& [first, w] : out) words.push_back(w);
  return words;
}

}  // namespace cablescope::link
