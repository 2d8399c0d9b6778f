#include "parse/header_tokens.h"

#include <array>

namespace cablescope::parse::header {

namespace {

char Upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
bool IsLetter(char c) { return IsUpper(c) || (c >= 'a' && c <= 'z'); }

// Matches `word` (upper case, no spaces) at the start of `s`, case-insensitive,
// allowing up to three spaces between letters (`C O N F I D E N T I A L`,
// `LIMITED  OFFICIAL USE`). Returns the length consumed or 0.
size_t MatchSpaced(std::string_view s, std::string_view word) {
  size_t p = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    if (i > 0) {
      size_t spaces = 0;
      while (p < s.size() && s[p] == ' ' && spaces < 3) ++p, ++spaces;
    }
    if (p >= s.size() || Upper(s[p]) != word[i]) return 0;
    ++p;
  }
  return p;
}

// Length of the classification marking `line` starts with, 0 when none.
size_t ClassificationLength(std::string_view line) {
  static constexpr std::array<std::string_view, 6> kMarkings = {
      "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOPSECRET", "LIMITEDOFFICIALUSE",
      "SENSITIVEBUTUNCLASSIFIED"};
  for (std::string_view m : kMarkings) {
    size_t len = MatchSpaced(line, m);
    if (len > 0 && (len == line.size() || !IsLetter(line[len]))) return len;
  }
  // `UNCLAS BOGOTA 001165`: the short form.
  size_t len = MatchSpaced(line, "UNCLAS");
  if (len > 0 && (len == line.size() || !IsLetter(line[len]))) return len;
  return 0;
}

}  // namespace

std::string_view Trim(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  size_t b = 0;
  while (b < s.size() && IsSpace(s[b])) ++b;
  size_t e = s.size();
  while (e > b && IsSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string_view FirstToken(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && IsSpace(s[b])) ++b;
  size_t e = b;
  while (e < s.size() && !IsSpace(s[e])) ++e;
  return s.substr(b, e - b);
}

std::string_view AfterFirstToken(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && IsSpace(s[b])) ++b;
  while (b < s.size() && !IsSpace(s[b])) ++b;
  while (b < s.size() && IsSpace(s[b])) ++b;
  return s.substr(b);
}

bool IsAllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

bool IsRoutingIndicator(std::string_view s) {
  if (s == "ZEN") return true;
  if (s.size() < 4 || s.size() > 7 || s[0] != 'R') return false;
  for (char c : s) {
    if (!IsUpper(c)) return false;
  }
  return true;
}

size_t RoutePrefixLength(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && i < 8 && IsUpper(s[i])) ++i;
  if (i < s.size() && s[i] == '/' && (i + 1 == s.size() || s[i + 1] != '/') &&
      IsRoutingIndicator(s.substr(0, i))) {
    return i;
  }
  return 0;
}

bool IsPrecedenceProsign(std::string_view s) {
  if (s.empty() || s.size() > 2) return false;
  for (char c : s) {
    if (c != 'Z' && c != 'O' && c != 'P' && c != 'R' && c != '0') return false;
  }
  return true;
}

std::string_view PrecedenceFromLetter(char c) {
  switch (c) {
    case 'Z':
      return "FLASH";
    case 'O':
    case '0':
      return "IMMEDIATE";
    case 'P':
      return "PRIORITY";
    case 'R':
      return "ROUTINE";
    default:
      return {};
  }
}

bool IsPrecedenceWord(std::string_view s) {
  return s == "IMMEDIATE" || s == "PRIORITY" || s == "ROUTINE" || s == "FLASH";
}

size_t PrecedenceWordPrefix(std::string_view s) {
  static constexpr std::array<std::string_view, 4> kWords = {"IMMEDIATE", "PRIORITY", "ROUTINE",
                                                             "FLASH"};
  for (std::string_view w : kWords) {
    if (s.substr(0, w.size()) == w) return w.size();
  }
  return 0;
}

bool IsOfficeCode(std::string_view token) {
  size_t i = 0;
  while (i < token.size() && IsUpper(token[i])) ++i;
  if (i == 0 || i > 6 || i + 2 > token.size() || token[i] != '-') return false;
  ++i;
  size_t digits = 0;
  while (i < token.size() && IsDigit(token[i])) ++i, ++digits;
  return digits >= 1 && digits <= 3 && i == token.size();
}

bool StartsWithClassification(std::string_view line) { return ClassificationLength(line) > 0; }

bool IsHeaderNoise(std::string_view line) {
  line = Trim(line);
  if (line.empty()) return true;
  if (line == "BT" || line == "NNNN" || line == "NNN" || line == "SIPDIS") return true;
  if (line[0] == '-' || line[0] == '/') return true;
  if (IsAllDigits(line)) return true;
  std::string_view first = FirstToken(line);
  if (first == "PAGE" && IsAllDigits(FirstToken(AfterFirstToken(line)))) return true;
  // `UNCLASSIFIED     PTQ8786`, or a bare marking repeated at a page break.
  if (size_t len = ClassificationLength(line); len > 0) {
    std::string_view rest = FirstToken(line.substr(len));
    if (rest.empty()) return true;
    for (char c : rest) {
      if (IsDigit(c)) return true;
    }
  }
  return false;
}

}  // namespace cablescope::parse::header
