#include "link/cable_id.h"

#include <array>

#include "link/station_table.h"

namespace cablescope::link {
namespace {

// No real id or "station serial" form is longer; longer text is not an id
// (and the bound keeps fuzzed input cheap).
constexpr size_t kMaxText = 160;
constexpr size_t kMaxSerialDigits = 7;  // STATE serials reach 6 digits

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
char ToUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Upper-cases ASCII, turns typographic apostrophes (U+2018/U+2019, as in
// `’08 BUENOS AIRES 1491` from a web page) into '\'', other non-ASCII bytes
// into spaces, and trims. False when the text is too long to be an id.
bool Normalise(std::string_view text, std::string* out) {
  out->clear();
  if (text.size() > kMaxText) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0x98 ||
         static_cast<unsigned char>(text[i + 2]) == 0x99)) {
      out->push_back('\'');
      i += 2;
    } else if (c >= 0x80 || c < 0x20) {
      out->push_back(' ');
    } else {
      out->push_back(ToUpper(static_cast<char>(c)));
    }
  }
  size_t b = 0, e = out->size();
  while (b < e && IsSpace((*out)[b])) ++b;
  // Trailing punctuation from running text: `STATE 87686.` `KABUL 936,`
  while (e > b && (IsSpace((*out)[e - 1]) || (*out)[e - 1] == '.' || (*out)[e - 1] == ',' ||
                   (*out)[e - 1] == ';' || (*out)[e - 1] == ':')) {
    --e;
  }
  *out = out->substr(b, e - b);
  return !out->empty();
}

int TwoDigitYear(int year) {
  if (year <= 0) return -1;
  return year % 100;
}

std::string MakeId(int yy, std::string_view station, std::string_view serial) {
  std::string id;
  id.reserve(2 + station.size() + serial.size());
  id.push_back(static_cast<char>('0' + yy / 10));
  id.push_back(static_cast<char>('0' + yy % 10));
  id.append(station);
  id.append(serial);
  return id;
}

// Serial without leading zeros; empty when it is all zeros or too long.
std::string_view TrimSerial(std::string_view digits) {
  size_t i = 0;
  while (i < digits.size() && digits[i] == '0') ++i;
  digits.remove_prefix(i);
  if (digits.empty() || digits.size() > kMaxSerialDigits) return {};
  return digits;
}

// A run of letters or of digits inside a one-piece id.
struct Run {
  bool digits = false;
  std::string_view text;
};

constexpr size_t kMaxRuns = 12;

// The word before a section marker as Cablegate ids really spell it:
// SECTION, SECTON, SECION, SECTIO, SCTION, ECTION, SQCTION, SECTIKN ...
// (09SECTION01OF03SANJOSE525, 07SECTON03OF04DAKAR269, 06SECTIKN01OF03MINSK1223):
// anything within one edit of SECTION.
bool IsSectionWord(std::string_view w) { return WithinOneEdit(w, "SECTION"); }

// The `OF` of `01OF03`, and its real misspellings: `01O02`, `01F03`,
// `01GF02`, `0QF05` (08SECTION01GF02BISHIEK21, 09SECTION0QF05HANOI297).
bool IsOfWord(std::string_view w) {
  return w == "OF" || w == "O" || w == "F" || w == "GF" || w == "QF" || w == "OG";
}

// Markers after the serial in a few Cablegate ids, followed by a second
// number: 06MADRID002583ZFR2585, 07OSLO000160ZDK164 (ZDK: a retransmission),
// 90STATE255195TOSEC140301 (the TOSEC series of the Secretary's party),
// 08ACCRA001382SUSPECTEDDUPLICATE1392. The first serial is the cable's own,
// the one its text and references give.
bool IsTrailingMarker(std::string_view w) {
  return w == "ZFR" || w == "ZDK" || w == "TOSEC" || w == "SUSPECTEDDUPLICATE";
}

// Parses an id written in one piece (no spaces): `09USUNNEWYORK589`,
// `1974ATHENS02959_B`, `STATE87686` (year from `year`).
std::optional<std::string> ParseCompact(std::string_view s, int year) {
  // PlusD ids end in `_b` (or another one- or two-character suffix).
  size_t underscore = s.find('_');
  if (underscore != std::string_view::npos) {
    std::string_view suffix = s.substr(underscore + 1);
    if (suffix.empty() || suffix.size() > 2) return std::nullopt;
    for (char c : suffix) {
      if (!IsUpper(c) && !IsDigit(c)) return std::nullopt;
    }
    s = s.substr(0, underscore);
  }
  std::array<Run, kMaxRuns> runs;
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    bool digits = IsDigit(s[i]);
    if (!digits && !IsUpper(s[i])) return std::nullopt;
    size_t j = i;
    while (j < s.size() && (digits ? IsDigit(s[j]) : IsUpper(s[j]))) ++j;
    if (n == kMaxRuns) return std::nullopt;
    runs[n++] = Run{digits, s.substr(i, j - i)};
    i = j;
  }
  if (n < 2) return std::nullopt;

  size_t r = 0;
  int yy = -1;
  // The year. `09...` two digits; `1974...` PlusD four digits; `7575...` the
  // year written twice; `0901OF02RPODUBAI288` the year fused to a section
  // marker that lost its SECTION word.
  Run leftover;
  bool has_leftover = false;
  if (runs[0].digits) {
    std::string_view d = runs[0].text;
    auto two = [](std::string_view x) { return (x[0] - '0') * 10 + (x[1] - '0'); };
    if (d.size() == 2) {
      yy = two(d);
    } else if (d.size() == 4 && (d.substr(0, 2) == "19" || d.substr(0, 2) == "20")) {
      yy = two(d.substr(2));
    } else if (d.size() == 4 && d.substr(0, 2) == d.substr(2)) {
      yy = two(d);
    } else if (d.size() >= 3 && d.size() <= 4) {
      yy = two(d);
      leftover = Run{true, d.substr(2)};
      has_leftover = true;
    } else {
      return std::nullopt;
    }
    r = 1;
  } else {
    yy = TwoDigitYear(year);
    if (yy < 0) return std::nullopt;
  }

  // A fused section marker: [SECTION] 01 OF 03.
  auto at = [&](size_t i) -> const Run* { return i < n ? &runs[i] : nullptr; };
  if (has_leftover) {
    // leftover digits, then OF, digits.
    const Run* of = at(r);
    const Run* total = at(r + 1);
    if (!of || of->digits || !IsOfWord(of->text) || !total || !total->digits) return std::nullopt;
    r += 2;
  } else {
    const Run* word = at(r);
    const Run* num = at(r + 1);
    const Run* of = at(r + 2);
    const Run* total = at(r + 3);
    if (word && num && of && total && !word->digits && num->digits && !of->digits &&
        total->digits && IsSectionWord(word->text) && IsOfWord(of->text) && at(r + 4)) {
      r += 4;
    }
  }

  const Run* station = at(r);
  const Run* serial = at(r + 1);
  if (!station || station->digits || !serial || !serial->digits) return std::nullopt;
  r += 2;
  if (r < n) {
    const Run* marker = at(r);
    const Run* second = at(r + 1);
    if (!marker || marker->digits || !IsTrailingMarker(marker->text) || !second ||
        !second->digits || r + 2 != n) {
      return std::nullopt;
    }
  }
  std::string_view number = TrimSerial(serial->text);
  if (number.empty()) return std::nullopt;
  std::optional<std::string_view> known = ResolveStation(station->text);
  return MakeId(yy, known ? *known : station->text, number);
}

bool AllDigits(std::string_view t) {
  if (t.empty()) return false;
  for (char c : t) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// `'08`, `08`, `2008` before the station: the two-digit year, or -1.
int LeadingYear(std::string_view t) {
  if (!t.empty() && t[0] == '\'') t.remove_prefix(1);
  if (!AllDigits(t)) return -1;
  if (t.size() == 2) return (t[0] - '0') * 10 + (t[1] - '0');
  if (t.size() == 4 && (t.substr(0, 2) == "19" || t.substr(0, 2) == "20")) {
    return (t[2] - '0') * 10 + (t[3] - '0');
  }
  return -1;
}

// Parses `[YEAR] STATION WORDS SERIAL [(YY)]`.
std::optional<std::string> ParseStationSerial(std::string_view s, int year) {
  std::array<std::string_view, 16> tokens;
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    if (i == s.size()) break;
    size_t j = i;
    while (j < s.size() && !IsSpace(s[j])) ++j;
    if (n == tokens.size()) return std::nullopt;
    tokens[n++] = s.substr(i, j - i);
    i = j;
  }
  size_t t = 0;
  int yy = -1;
  if (n >= 3) {
    yy = LeadingYear(tokens[0]);
    if (yy >= 0) t = 1;
  }
  std::string station;
  for (; t < n; ++t) {
    std::string_view tok = tokens[t];
    bool letters = false, ok = true;
    for (char c : tok) {
      if (IsUpper(c)) {
        letters = true;
      } else if (c != '.' && c != '-' && c != '\'') {
        ok = false;
      }
    }
    if (!ok || !letters) break;
    // A one-letter word is a list label or an initial, never part of a post
    // name: `A. ISLAMABAD 10142` is an item, not the station AISLAMABAD
    // (which the typo rule would otherwise turn into ISLAMABAD).
    size_t count = 0;
    for (char c : tok) count += IsUpper(c) ? 1 : 0;
    if (count == 1) return std::nullopt;
    for (char c : tok) {
      if (IsUpper(c)) station.push_back(c);
    }
  }
  if (station.empty() || t == n) return std::nullopt;
  // The serial: `10142`, `000589`, PlusD `-097844`, `#1234`.
  std::string_view serial = tokens[t++];
  if (!serial.empty() && (serial[0] == '-' || serial[0] == '#')) serial.remove_prefix(1);
  if (!AllDigits(serial)) return std::nullopt;
  // A year after it: `ASUNCION 701 (08)`.
  if (t < n) {
    std::string_view y = tokens[t++];
    if (y.size() < 4 || y.front() != '(' || y.back() != ')') return std::nullopt;
    int after = LeadingYear(y.substr(1, y.size() - 2));
    if (after < 0) return std::nullopt;
    yy = after;
  }
  if (t != n) return std::nullopt;
  if (yy < 0) yy = TwoDigitYear(year);
  if (yy < 0) return std::nullopt;
  std::optional<std::string_view> known = ResolveStation(station);
  if (!known) return std::nullopt;
  std::string_view number = TrimSerial(serial);
  if (number.empty()) return std::nullopt;
  return MakeId(yy, *known, number);
}

}  // namespace

std::string CanonicalStation(std::string_view station) {
  std::string letters;
  letters.reserve(station.size());
  for (char c : station) {
    c = ToUpper(c);
    if (IsUpper(c)) letters.push_back(c);
  }
  if (auto known = ResolveStation(letters)) return std::string(*known);
  return letters;
}

std::optional<std::string> CanonicalId(std::string_view text, int year) {
  std::string s;
  if (!Normalise(text, &s)) return std::nullopt;
  bool has_space = false;
  for (char c : s) has_space |= IsSpace(c);
  if (!has_space) {
    if (auto id = ParseCompact(s, year)) return id;
  }
  return ParseStationSerial(s, year);
}

}  // namespace cablescope::link
