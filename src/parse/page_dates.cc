#include "parse/page_dates.h"

#include <array>
#include <cstdio>

namespace cablescope::parse {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Reads `count` digits at text[pos]; -1 when they are not all digits.
int Digits(std::string_view text, size_t pos, size_t count) {
  if (pos + count > text.size()) return -1;
  int v = 0;
  for (size_t i = 0; i < count; ++i) {
    if (!IsDigit(text[pos + i])) return -1;
    v = v * 10 + (text[pos + i] - '0');
  }
  return v;
}

bool ValidDay(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 &&
         day <= kDays[static_cast<size_t>(month - 1)];
}

std::string Format(int year, int month, int day, int hour, int minute) {
  char buf[32];
  if (hour < 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", year, month, day, hour, minute);
  }
  return buf;
}

// 1-12 for an English month name or its abbreviation (`jul`, `sept`), in
// lower case; 0 otherwise.
int MonthFromWord(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (word.size() <= kMonths[m].size() && kMonths[m].substr(0, word.size()) == word) {
      // `mar` and `march` but not `ma`; the three-letter prefix is unique.
      return static_cast<int>(m + 1);
    }
  }
  return 0;
}

// Parses `H:MM` or `HH:MM` at text[pos] with an optional am/pm right after
// (or after one space). Returns false when it is not a time.
bool ReadTime(std::string_view text, size_t pos, int* hour, int* minute) {
  size_t i = pos;
  int h = 0;
  size_t hd = 0;
  while (i < text.size() && IsDigit(text[i]) && hd < 2) {
    h = h * 10 + (text[i] - '0');
    ++i;
    ++hd;
  }
  if (hd == 0 || i >= text.size() || text[i] != ':') return false;
  int m = Digits(text, i + 1, 2);
  if (m < 0 || m > 59 || h > 23) return false;
  i += 3;
  size_t j = (i < text.size() && text[i] == ' ') ? i + 1 : i;
  if (j + 1 < text.size() && (Lower(text[j + 1]) == 'm') &&
      (Lower(text[j]) == 'a' || Lower(text[j]) == 'p')) {
    if (h < 1 || h > 12) return false;
    bool pm = Lower(text[j]) == 'p';
    h = (h % 12) + (pm ? 12 : 0);
  }
  *hour = h;
  *minute = m;
  return true;
}

}  // namespace

std::string IsoFromDashedDate(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  int year = Digits(text, 0, 4);
  if (year < 0 || text.size() < 10 || text[4] != '-' || text[7] != '-') return "";
  int month = Digits(text, 5, 2);
  int day = Digits(text, 8, 2);
  if (!ValidDay(year, month, day)) return "";
  if (text.size() >= 16 && (text[10] == ' ' || text[10] == 'T') && text[13] == ':') {
    int hour = Digits(text, 11, 2);
    int minute = Digits(text, 14, 2);
    if (hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59) {
      return Format(year, month, day, hour, minute);
    }
  }
  return Format(year, month, day, -1, 0);
}

std::string IsoFromWordDate(std::string_view text) {
  int year = 0, month = 0, day = 0, hour = -1, minute = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (IsAlpha(text[i])) {
      size_t b = i;
      std::string word;
      while (i < text.size() && IsAlpha(text[i])) word.push_back(Lower(text[i++]));
      if (month == 0 && (i - b) <= 9) month = MonthFromWord(word);
      continue;
    }
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    size_t b = i;
    while (i < text.size() && IsDigit(text[i])) ++i;
    size_t n = i - b;
    if (i < text.size() && text[i] == ':') {
      if (hour < 0 && ReadTime(text, b, &hour, &minute)) {
        i = b;
        while (i < text.size() && (IsDigit(text[i]) || text[i] == ':')) ++i;
      } else {
        ++i;
      }
      continue;
    }
    int v = Digits(text, b, n > 4 ? 0 : n);
    if (n == 4 && year == 0) year = v;
    else if ((n == 1 || n == 2) && day == 0) day = v;
  }
  if (!ValidDay(year, month, day)) return "";
  return Format(year, month, day, hour, minute);
}

std::string IsoFromUsDate(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  int parts[3] = {0, 0, 0};
  size_t i = 0;
  for (int p = 0; p < 3; ++p) {
    size_t b = i;
    while (i < text.size() && IsDigit(text[i]) && i - b < 4) {
      parts[p] = parts[p] * 10 + (text[i] - '0');
      ++i;
    }
    if (i == b) return "";
    if (p < 2) {
      if (i >= text.size() || text[i] != '/') return "";
      ++i;
    } else if (i - b != 4) {
      return "";
    }
  }
  int month = parts[0], day = parts[1], year = parts[2];
  if (!ValidDay(year, month, day)) return "";
  while (i < text.size() && text[i] == ' ') ++i;
  int hour = -1, minute = 0;
  if (i < text.size() && !ReadTime(text, i, &hour, &minute)) hour = -1;
  return Format(year, month, day, hour, minute);
}

}  // namespace cablescope::parse
