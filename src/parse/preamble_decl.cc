#include "parse/preamble_decl.h"

#include "parse/preamble_labels.h"

namespace cablescope::parse {
namespace {

// Reads up to `max` digits at s[*i]; returns the count read.
size_t ReadNumber(std::string_view s, size_t* i, size_t max, int* value) {
  size_t start = *i;
  *value = 0;
  while (*i < s.size() && IsAsciiDigit(s[*i]) && *i - start < max) {
    *value = *value * 10 + (s[*i] - '0');
    ++*i;
  }
  return *i - start;
}

bool IsDateSeparator(char c) { return c == '/' || c == '-' || c == '.'; }

}  // namespace

std::optional<std::string> ParseDeclassifyDate(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  int a = 0, b = 0, c = 0;
  size_t na = ReadNumber(s, &i, 4, &a);
  if (na == 0 || i >= s.size() || !IsDateSeparator(s[i])) return std::nullopt;
  char sep = s[i++];
  size_t nb = ReadNumber(s, &i, 2, &b);
  if (nb == 0 || i >= s.size() || s[i] != sep) return std::nullopt;
  ++i;
  size_t nc = ReadNumber(s, &i, 4, &c);
  if (nc == 0) return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (na == 4) {  // 2019/06/09 (a few posts write Y/M/D)
    if (nc > 2) return std::nullopt;
    year = a;
    month = b;
    day = c;
  } else {
    if (na > 2 || (nc != 2 && nc != 4)) return std::nullopt;
    month = a;
    day = b;
    year = c;
    // Two-digit years: `GDS 8/12/85` in 1970s cables, `DECL: 6/1/16` later.
    if (nc == 2) year += year < 50 ? 2000 : 1900;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900) return std::nullopt;
  std::string date = "0000-00-00";
  for (int k = 3, y = year; k >= 0; --k, y /= 10) date[k] = static_cast<char>('0' + y % 10);
  date[5] = static_cast<char>('0' + month / 10);
  date[6] = static_cast<char>('0' + month % 10);
  date[8] = static_cast<char>('0' + day / 10);
  date[9] = static_cast<char>('0' + day % 10);
  return date;
}

ExecutiveOrderLine ParseExecutiveOrder(std::string_view text) {
  ExecutiveOrderLine out;
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  size_t start = i;
  while (i < text.size() && IsAsciiDigit(text[i]) && i - start < 6) ++i;
  if (i > start) out.order = std::string(text.substr(start, i - start));
  std::string_view rest = text.substr(i);
  // Only the line itself matters; a flattened text's next label is cut off
  // by the caller, but stay within a bounded window anyway.
  if (rest.size() > 200) rest = rest.substr(0, 200);

  size_t at = FindNoCase(rest, "DECL");
  size_t key_len = 4;
  if (at == std::string_view::npos) {
    at = FindNoCase(rest, "GDS");
    key_len = 3;
  }
  if (at != std::string_view::npos) {
    size_t j = at + key_len;
    // DECL, DECLAS, DECLASSIFY ON, then `:` or spaces
    while (j < rest.size() && IsAsciiAlpha(rest[j])) ++j;
    while (j < rest.size() && (rest[j] == ':' || rest[j] == ' ' || rest[j] == '\t')) ++j;
    if (StartsWithNoCase(rest.substr(j), "ON ")) j += 3;
    out.declassify_on = ParseDeclassifyDate(rest.substr(j));
    return out;
  }
  if (FindNoCase(rest, "DNG") != std::string_view::npos) return out;
  // `E.O. 12958: 03/12/2018`: a date right after the order.
  size_t j = 0;
  while (j < rest.size() && (rest[j] == ':' || rest[j] == ' ' || rest[j] == '\t')) ++j;
  out.declassify_on = ParseDeclassifyDate(rest.substr(j));
  return out;
}

}  // namespace cablescope::parse
