#include "parse/page_breaks.h"

#include <array>

namespace cablescope::parse {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAlnum(char c) { return IsDigit(c) || IsUpper(c) || IsLower(c); }
char ToUpper(char c) { return IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

// Characters of a station name as page marks print it (`PORT AU PR`,
// `ADDIS ABAB`, `UNVIE VIEN`).
bool IsStationChar(char c) { return IsUpper(c) || c == ' ' || c == '.' || c == '-'; }

// Moves `i` back over the spaces just before it: afterwards i == 0 or
// s[i - 1] is not a space.
size_t SkipSpacesBack(std::string_view s, size_t i) {
  while (i > 0 && s[i - 1] == ' ') --i;
  return i;
}

// Tries to read `STATION SERIAL PAGE OF` ending just before `of` (the index
// of "OF"). On success sets *begin to the station's first character.
bool MatchBeforeOf(std::string_view s, size_t of, size_t* begin) {
  // Page: \d{3}(\.\d+)? separated from OF by spaces.
  size_t i = of;
  if (i == 0 || s[i - 1] != ' ') return false;
  i = SkipSpacesBack(s, i);
  size_t page_end = i;
  while (i > 0 && (IsDigit(s[i - 1]) || s[i - 1] == '.')) --i;
  std::string_view page = s.substr(i, page_end - i);
  if (page.size() < 3 || !IsDigit(page[0]) || !IsDigit(page[1]) || !IsDigit(page[2])) return false;
  if (page.size() > 3 && (page[3] != '.' || page.size() == 4)) return false;
  // Serial: 5 to 8 digits, separated by spaces.
  if (i == 0 || s[i - 1] != ' ') return false;
  i = SkipSpacesBack(s, i);
  size_t serial_end = i;
  while (i > 0 && IsDigit(s[i - 1])) --i;
  size_t serial_len = serial_end - i;
  if (serial_len < 5 || serial_len > 8) return false;
  if (i == 0 || s[i - 1] != ' ') return false;
  i = SkipSpacesBack(s, i);
  // Station: at most 10 characters of upper-case words.
  size_t station_end = i;
  size_t k = station_end;
  while (k > 0 && station_end - (k - 1) <= 10 && IsStationChar(s[k - 1])) --k;
  // Stopped inside a word because of the length limit: start at the next word.
  if (k > 0 && IsUpper(s[k - 1])) {
    while (k < station_end && s[k] != ' ') ++k;
  }
  while (k < station_end && !IsUpper(s[k])) ++k;
  if (k >= station_end) return false;
  if (k > 0 && IsAlnum(s[k - 1])) return false;
  // A flattened TAGS line runs into the mark (`TAGS PREL, AJ, TX, IR BAKU
  // 00000478 001.2 OF 003`, 09BAKU478): a word after `CODE, ` is the last
  // tag, not part of the station.
  size_t word_end = k;
  while (word_end < station_end && s[word_end] != ' ') ++word_end;
  size_t before = SkipSpacesBack(s, k);
  if (word_end < station_end && before >= 2 && s[before - 1] == ',' && IsUpper(s[before - 2])) {
    k = word_end;
    while (k < station_end && !IsUpper(s[k])) ++k;
  }
  *begin = k;
  return true;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (ToUpper(s[i]) != prefix[i]) return false;
  }
  return true;
}

}  // namespace

bool FindPageMark(std::string_view line, size_t from, PageMark* mark) {
  while (from < line.size()) {
    size_t of = line.find("OF ", from);
    if (of == std::string_view::npos) return false;
    from = of + 1;
    // After OF: spaces, then exactly three digits ending a word.
    size_t j = of + 2;
    while (j < line.size() && line[j] == ' ') ++j;
    if (j + 3 > line.size() || !IsDigit(line[j]) || !IsDigit(line[j + 1]) || !IsDigit(line[j + 2]))
      continue;
    size_t end = j + 3;
    if (end < line.size() && IsAlnum(line[end])) continue;
    size_t begin = 0;
    if (!MatchBeforeOf(line, of, &begin)) continue;
    mark->begin = begin;
    mark->end = end;
    return true;
  }
  return false;
}

size_t PageHeaderLength(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  if (line.substr(i, 4) != "PAGE") return 0;
  i += 4;
  size_t spaces = i;
  while (i < line.size() && line[i] == ' ') ++i;
  if (i == spaces) return 0;
  size_t digits = i;
  while (i < line.size() && IsDigit(line[i])) ++i;
  if (i == digits || i - digits > 3) return 0;
  spaces = i;
  while (i < line.size() && line[i] == ' ') ++i;
  if (i == spaces || i >= line.size() || !IsUpper(line[i])) return 0;
  // The DTG (`071504Z`) closes the header; text after it is content.
  size_t limit = line.size() < i + 90 ? line.size() : i + 90;
  for (size_t t = i; t + 7 <= limit; ++t) {
    if (line[t - 1] != ' ' || line[t + 6] != 'Z') continue;
    bool dtg = true;
    for (size_t d = t; d < t + 6; ++d) dtg = dtg && IsDigit(line[d]);
    if (dtg && (t + 7 == line.size() || line[t + 7] == ' ')) return t + 7;
  }
  // No DTG (`PAGE 02 RUEHFRA0170 S E C R E T`): the whole line when it
  // looks like a header, i.e. short and without lower-case prose.
  if (line.size() > 100) return 0;
  for (char c : line) {
    if (IsLower(c)) return 0;
  }
  return line.size();
}

bool IsClassificationBanner(std::string_view line) {
  if (line.empty() || line.size() > 80) return false;
  // Letters and digits without spaces and slashes, upper-cased, so that
  // `S E C R E T` and `SECRET//NOFORN` compare simply.
  std::array<char, 80> compact{};
  size_t n = 0;
  for (char c : line) {
    if (c == ' ' || c == '/' || c == '\t') continue;
    if (!IsAlnum(c)) return false;
    compact[n++] = ToUpper(c);
  }
  std::string_view rest(compact.data(), n);
  static constexpr std::string_view kLevels[] = {
      "UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "TOPSECRET", "SECRET",
      "LIMITEDOFFICIALUSE", "SENSITIVEBUTUNCLASSIFIED"};
  bool level = false;
  for (std::string_view l : kLevels) {
    if (rest.substr(0, l.size()) == l) {
      rest.remove_prefix(l.size());
      level = true;
      break;
    }
  }
  if (!level) return false;
  static constexpr std::string_view kCaptions[] = {
      "NOFORN", "EXDIS", "NODIS", "LIMDIS", "STADIS", "ORCON", "SIPDIS", "FOROFFICIALUSEONLY"};
  while (!rest.empty()) {
    bool matched = false;
    for (std::string_view c : kCaptions) {
      if (rest.substr(0, c.size()) == c) {
        rest.remove_prefix(c.size());
        matched = true;
        break;
      }
    }
    if (matched) continue;
    // A control tag after the banner (`CONFIDENTIAL PTQ1865`, 00HARARE6677).
    if (rest.size() >= 4 && StartsWithNoCase(rest, "PTQ")) {
      size_t d = 3;
      while (d < rest.size() && IsDigit(rest[d])) ++d;
      if (d > 3 && d == rest.size()) return true;
    }
    return false;
  }
  return true;
}

bool IsTransmissionMark(std::string_view line) {
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  if (line == "NNN" || line == "NNNN" || line == "BT") return true;
  if (line.size() >= 2 && line.size() <= 7 && line[0] == '#') {
    for (size_t i = 1; i < line.size(); ++i) {
      if (!IsDigit(line[i])) return false;
    }
    return true;
  }
  return false;
}

}  // namespace cablescope::parse
