#include "parse/dtg.h"

#include <array>

namespace cablescope::parse {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
char Upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

int TwoDigits(std::string_view s, size_t pos) { return (s[pos] - '0') * 10 + (s[pos + 1] - '0'); }

// Month from three letters in any case; 0 when not a month.
int MonthFromLetters(char a, char b, char c) {
  static constexpr std::array<const char*, 12> kMonths = {
      "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  a = Upper(a);
  b = Upper(b);
  c = Upper(c);
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i][0] == a && kMonths[i][1] == b && kMonths[i][2] == c) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[static_cast<size_t>(month - 1)];
}

void AppendTwo(std::string* out, int v) {
  out->push_back(static_cast<char>('0' + v / 10));
  out->push_back(static_cast<char>('0' + v % 10));
}

}  // namespace

bool ParseDtgAt(std::string_view text, size_t pos, DateTimeGroup* out) {
  const size_t n = text.size();
  if (pos + 6 > n || (pos > 0 && IsDigit(text[pos - 1]))) return false;
  for (size_t i = pos; i < pos + 6; ++i) {
    if (!IsDigit(text[i])) return false;
  }
  size_t p = pos + 6;
  // `221828 Z MAY 73`: the 1970s PlusD telegrams put a space before the Z.
  if (p < n && text[p] == ' ') ++p;
  if (p >= n || (text[p] != 'Z' && text[p] != 'z')) return false;
  ++p;
  size_t spaces = 0;
  while (p < n && text[p] == ' ') ++p, ++spaces;
  if (spaces == 0 || p + 3 > n) return false;
  int month = MonthFromLetters(text[p], text[p + 1], text[p + 2]);
  if (month == 0) return false;
  p += 3;
  // `SEPT` occurs in hand-typed headers.
  if (month == 9 && p < n && Upper(text[p]) == 'T') ++p;
  spaces = 0;
  while (p < n && text[p] == ' ') ++p, ++spaces;
  if (spaces == 0) return false;
  size_t digits = 0;
  while (p + digits < n && IsDigit(text[p + digits]) && digits < 5) ++digits;
  int year;
  if (digits == 2) {
    year = TwoDigits(text, p);
    year += year < 50 ? 2000 : 1900;
  } else if (digits == 4) {
    year = TwoDigits(text, p) * 100 + TwoDigits(text, p + 2);
  } else {
    return false;
  }
  int day = TwoDigits(text, pos);
  int hour = TwoDigits(text, pos + 2);
  int minute = TwoDigits(text, pos + 4);
  if (day < 1 || day > DaysInMonth(year, month) || hour > 23 || minute > 59) return false;
  out->year = year;
  out->month = month;
  out->day = day;
  out->hour = hour;
  out->minute = minute;
  out->begin = pos;
  out->end = p + digits;
  return true;
}

bool FindDtg(std::string_view text, DateTimeGroup* out) {
  // A DTG needs at least `DDHHMMZ MMM YY` = 14 bytes.
  for (size_t i = 0; i + 14 <= text.size(); ++i) {
    if (IsDigit(text[i]) && (i == 0 || !IsDigit(text[i - 1])) && ParseDtgAt(text, i, out)) {
      return true;
    }
  }
  return false;
}

std::string FormatDtgIso(const DateTimeGroup& dtg) {
  std::string out;
  out.reserve(17);
  AppendTwo(&out, dtg.year / 100);
  AppendTwo(&out, dtg.year % 100);
  out.push_back('-');
  AppendTwo(&out, dtg.month);
  out.push_back('-');
  AppendTwo(&out, dtg.day);
  out.push_back('T');
  AppendTwo(&out, dtg.hour);
  out.push_back(':');
  AppendTwo(&out, dtg.minute);
  out.push_back('Z');
  return out;
}

}  // namespace cablescope::parse
