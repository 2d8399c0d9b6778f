#include "gen/vocabulary.h"

#include <algorithm>
#include <cctype>

namespace cablescope::gen {
namespace {

constexpr std::string_view kOnsets[] = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p",
                                        "r", "s", "t", "v", "z", "br", "st", "tr", "gr",
                                        "pl", "ch", "sh", "th", "kr", "dr", ""};
constexpr std::string_view kNuclei[] = {"a", "e", "i", "o", "u", "ai", "ou", "ea", "io", "y"};
constexpr std::string_view kCodas[] = {"", "", "", "", "", "", "n", "r", "s", "t", "l",
                                       "m", "nd", "st", "ng"};
constexpr std::string_view kSuffixes[] = {"", "", "", "", "", "", "", "", "tion", "ment",
                                          "ive", "al", "ed", "ing", "s", "ic"};

// Grammar words occur in every English text; they give prose its rhythm.
constexpr std::string_view kFunction[] = {
    "the", "of",  "and", "to",   "in",    "a",    "that", "for",  "on",   "with",
    "is",  "was", "he",  "said", "would", "not",  "as",   "by",   "have", "this",
    "be",  "are", "his", "from", "but",   "had",  "they", "will", "were", "an",
    "at",  "or",  "its", "also", "which", "their", "has", "been", "over", "after"};
// Cable shorthand: acronyms that real cables use everywhere.
constexpr std::string_view kAcronyms[] = {"GOI", "MFA", "USG", "POLOFF", "EMBOFF", "DCM",
                                          "NGO", "EU",  "UN",  "MOD",    "PM",     "FM",
                                          "GOP", "DAS", "ECONOFF", "CODEL", "MOI", "UNSC"};

std::string MakeWord(Rng& rng, int syllables) {
  std::string w;
  for (int i = 0; i < syllables; ++i) {
    w += rng.Pick(kOnsets);
    w += rng.Pick(kNuclei);
    w += rng.Pick(kCodas);
  }
  w += rng.Pick(kSuffixes);
  if (w.empty()) w = "ra";
  return w;
}

std::string Capitalised(std::string w) {
  w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
  return w;
}

// Zipf-like index: squares a uniform so low ranks are much more frequent.
size_t ZipfIndex(Rng& rng, size_t n) {
  double u = rng.Unit();
  return static_cast<size_t>(u * u * static_cast<double>(n));
}

}  // namespace

Vocabulary::Vocabulary() {
  Rng rng(0xCAB1E5C0DEull);
  words_.reserve(6000);
  for (int i = 0; i < 6000; ++i) words_.push_back(MakeWord(rng, rng.Chance(0.15) ? 3 : rng.Between(1, 2)));
  // Frequent words are short in every language; ZipfIndex favours the front.
  std::stable_sort(words_.begin(), words_.end(),
                   [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  for (int i = 0; i < 800; ++i) surnames_.push_back(Capitalised(MakeWord(rng, rng.Between(2, 3))));
  for (int i = 0; i < 200; ++i) given_.push_back(Capitalised(MakeWord(rng, rng.Between(1, 2))));
}

std::string_view Vocabulary::Word(Rng& rng) const {
  if (rng.Chance(0.45)) return rng.Pick(kFunction);
  return words_[ZipfIndex(rng, words_.size())];
}

std::string_view Vocabulary::Surname(Rng& rng) const { return rng.PickFrom(surnames_); }
std::string_view Vocabulary::GivenName(Rng& rng) const { return rng.PickFrom(given_); }

void Vocabulary::AppendSentence(Rng& rng, int words, std::string* out) const {
  bool quote_open = false;
  for (int i = 0; i < words; ++i) {
    if (i > 0) out->push_back(' ');
    size_t start = out->size();
    int kind = static_cast<int>(rng.Below(100));
    if (kind < 6) {
      *out += Surname(rng);
      // Apostrophes arrive as commas in the dump: `Sarkozy,s`.
      if (rng.Chance(0.15)) *out += rng.Chance(0.5) ? ",s" : "'s";
    } else if (kind < 9) {
      *out += rng.Pick(kAcronyms);
    } else if (kind < 11) {
      *out += std::to_string(rng.Between(2, 2000));
    } else if (kind < 12) {
      // Redacted names: runs of x.
      out->append(static_cast<size_t>(rng.Between(6, 14)), 'x');
    } else if (kind < 13 && i + 2 < words) {
      // WikiLeaks pages carry curly quotes (UTF-8) around quoted speech.
      *out += quote_open ? "\xE2\x80\x9D" : "\xE2\x80\x9C";
      quote_open = !quote_open;
      *out += Word(rng);
    } else {
      *out += Word(rng);
      if (rng.Chance(0.05) && i + 1 < words) out->push_back(',');
    }
    if (i == 0) (*out)[start] = static_cast<char>(std::toupper(static_cast<unsigned char>((*out)[start])));
  }
  if (quote_open) *out += "\xE2\x80\x9D";
  *out += ". ";
}

void Vocabulary::AppendHeadline(Rng& rng, int count, std::string* out) const {
  for (int i = 0; i < count; ++i) {
    if (i > 0) out->push_back(' ');
    std::string_view w = rng.Chance(0.2) ? Surname(rng) : Word(rng);
    for (char c : w) out->push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    if (i == 0 && count > 3 && rng.Chance(0.5)) out->push_back(':');
  }
}

const Vocabulary& SharedVocabulary() {
  static const Vocabulary vocabulary;
  return vocabulary;
}

}  // namespace cablescope::gen
