#include "parse/created_time.h"

namespace cablescope::parse {
namespace {

// Reads 1..max_digits digits at text[*i]; returns -1 when there are none.
int ReadNumber(std::string_view text, size_t* i, size_t min_digits, size_t max_digits) {
  size_t start = *i;
  int value = 0;
  while (*i < text.size() && *i - start < max_digits && text[*i] >= '0' && text[*i] <= '9') {
    value = value * 10 + (text[*i] - '0');
    ++*i;
  }
  return *i - start < min_digits ? -1 : value;
}

bool Expect(std::string_view text, size_t* i, char c) {
  if (*i < text.size() && text[*i] == c) {
    ++*i;
    return true;
  }
  return false;
}

}  // namespace

std::string NormalizeCreatedTime(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  size_t i = 0;
  int year, month, day;
  const int first = ReadNumber(text, &i, 1, 4);
  if (first < 0) return "";
  if (i == 4 && Expect(text, &i, '-')) {  // YYYY-MM-DD
    year = first;
    month = ReadNumber(text, &i, 1, 2);
    if (month < 0 || !Expect(text, &i, '-')) return "";
    day = ReadNumber(text, &i, 1, 2);
    if (!Expect(text, &i, ' ') && !Expect(text, &i, 'T')) return "";
  } else if (i <= 2 && Expect(text, &i, '/')) {  // M/D/YYYY
    month = first;
    day = ReadNumber(text, &i, 1, 2);
    if (day < 0 || !Expect(text, &i, '/')) return "";
    year = ReadNumber(text, &i, 4, 4);
    if (!Expect(text, &i, ' ')) return "";
  } else {
    return "";
  }
  const int hour = ReadNumber(text, &i, 1, 2);
  if (hour < 0 || !Expect(text, &i, ':')) return "";
  const int minute = ReadNumber(text, &i, 2, 2);
  if (Expect(text, &i, ':') && ReadNumber(text, &i, 2, 2) < 0) return "";
  if (i != text.size()) return "";
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute < 0 ||
      minute > 59) {
    return "";
  }
  // Formatted by hand: this runs once per cables.csv row.
  std::string out = "0000-00-00T00:00";
  auto put = [&out](size_t at, int value, int digits) {
    for (int d = digits - 1; d >= 0; --d, value /= 10)
      out[at + d] = static_cast<char>('0' + value % 10);
  };
  put(0, year, 4);
  put(5, month, 2);
  put(8, day, 2);
  put(11, hour, 2);
  put(14, minute, 2);
  return out;
}

}  // namespace cablescope::parse
