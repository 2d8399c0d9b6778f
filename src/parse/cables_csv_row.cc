#include "parse/cables_csv_row.h"

#include <cstring>

namespace cablescope::parse {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads min..max digits at s[*i]; false when there are fewer than `min`.
bool Digits(std::string_view s, size_t* i, size_t min, size_t max) {
  size_t start = *i;
  while (*i < s.size() && *i - start < max && IsDigit(s[*i])) ++*i;
  return *i - start >= min;
}

bool Lit(std::string_view s, size_t* i, std::string_view lit) {
  if (s.size() - *i < lit.size() || std::memcmp(s.data() + *i, lit.data(), lit.size()) != 0) {
    return false;
  }
  *i += lit.size();
  return true;
}

}  // namespace

bool IsCablesCsvRowStart(std::string_view s) {
  size_t i = 0;
  return Lit(s, &i, "\"") && Digits(s, &i, 1, 12) && Lit(s, &i, "\",\"") && Digits(s, &i, 1, 2) &&
         Lit(s, &i, "/") && Digits(s, &i, 1, 2) && Lit(s, &i, "/") && Digits(s, &i, 4, 4) &&
         Lit(s, &i, " ") && Digits(s, &i, 1, 2) && Lit(s, &i, ":") && Digits(s, &i, 2, 2) &&
         Lit(s, &i, "\",\"");
}

}  // namespace cablescope::parse
