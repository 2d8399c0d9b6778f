#include "archive/people_names.h"

#include "archive/text_fold.h"
#include "link/person_words.h"

namespace cablescope::archive {

std::string SpellingKey(std::string_view surname) {
  std::string folded;
  for (const std::string& t : FoldedTokens(surname)) folded += t;
  std::string out;
  auto put = [&](char c) {
    if (out.empty() || out.back() != c) out.push_back(c);
  };
  for (size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    const char n = i + 1 < folded.size() ? folded[i + 1] : '\0';
    if ((c == 'p' && n == 'h')) {
      put('f');
      ++i;
    } else if ((c == 'k' || c == 'g' || c == 't' || c == 'd') && n == 'h') {
      put(c);
      ++i;
    } else if (c == 'c' || c == 'q' || c == 'k') {
      put('k');
      if (c == 'c' && n == 'k') ++i;
    } else if (c == 'o' || c == 'u') {
      put('u');
    } else if (c == 'e' || c == 'i' || c == 'y') {
      put('i');
    } else if (c == 'w') {
      put('v');
    } else {
      put(c);
    }
  }
  return out;
}

NameKey KeyOfName(std::string_view name) {
  std::vector<std::string> words;
  for (const std::string& t : FoldedTokens(name)) words.push_back(t);
  NameKey key;
  if (words.empty()) return key;
  if (words.size() == 1) {
    key.phonetic = SpellingKey(words[0]);
    return key;
  }
  // `Ban Ki-moon`: a hyphenated last part after a family name written first.
  const bool hyphenated_given = name.find('-') != std::string_view::npos &&
                                name.rfind(' ') < name.find('-') &&
                                !link::IsGivenName(link::UpperAscii(words[0]));
  if (hyphenated_given && words.size() == 3) {
    key.phonetic = SpellingKey(words[0]);
    key.given = words[1] + " " + words[2];
    return key;
  }
  key.phonetic = SpellingKey(words.back());
  key.given = words.front();
  return key;
}

GivenKey KeyOfGiven(std::string_view given) {
  GivenKey key;
  if (given.empty()) return key;
  key.first = given[0];
  key.initial = given.size() == 1;
  if (!key.initial) key.spelling = SpellingKey(given);
  return key;
}

bool GivenKeysAgree(const GivenKey& a, const GivenKey& b) {
  if (a.initial || b.initial) return a.first == b.first;
  return a.spelling == b.spelling;
}

bool GivenNamesAgree(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return true;
  return GivenKeysAgree(KeyOfGiven(a), KeyOfGiven(b));
}

std::vector<std::string> SearchKeysOfName(std::string_view variant) {
  std::vector<std::string> keys;
  std::vector<std::string> words = FoldedTokens(variant);
  auto add = [&](std::string k) {
    for (const auto& e : keys) {
      if (e == k) return;
    }
    if (!k.empty()) keys.push_back(std::move(k));
  };
  add(FoldValue(variant));
  std::string without;
  for (const auto& w : words) {
    if (w.size() < 2) continue;
    if (!without.empty()) without.push_back(' ');
    without += w;
  }
  add(without);
  for (const auto& w : words) {
    if (w.size() >= 2) add(w);
  }
  return keys;
}

std::vector<std::string> TitlesFromJson(std::string_view json) {
  std::vector<std::string> out;
  size_t i = 0;
  while ((i = json.find('"', i)) != std::string_view::npos) {
    const size_t j = json.find('"', i + 1);
    if (j == std::string_view::npos) break;
    out.emplace_back(json.substr(i + 1, j - i - 1));
    i = j + 1;
  }
  return out;
}

}  // namespace cablescope::archive
