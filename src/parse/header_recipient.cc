#include "parse/header_recipient.h"

#include "parse/header_tokens.h"

namespace cablescope::parse::header {

namespace {

// The last space-delimited token of `s` (already trimmed at the end).
std::string_view LastToken(std::string_view s) {
  size_t e = s.size();
  size_t b = e;
  while (b > 0 && !IsSpace(s[b - 1])) --b;
  return s.substr(b, e - b);
}

std::string_view DropLastToken(std::string_view s, std::string_view last) {
  s.remove_suffix(last.size());
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// `6721`, `0000`, and the serial ranges of multi-part NIACT messages
// (`2276-2279`).
bool IsSerial(std::string_view s) {
  size_t dash = s.find('-');
  if (dash == std::string_view::npos) return IsAllDigits(s);
  return IsAllDigits(s.substr(0, dash)) && IsAllDigits(s.substr(dash + 1));
}

}  // namespace

void AppendNormalized(std::string_view s, std::string* out) {
  // Copies each word whole; headers are mostly single-spaced already.
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    while (i < n && (IsSpace(s[i]) || s[i] == '\n')) ++i;
    size_t e = i;
    while (e < n && !IsSpace(s[e]) && s[e] != '\n') ++e;
    if (e == i) break;
    if (!out->empty()) out->push_back(' ');
    out->append(s.data() + i, e - i);
    i = e;
  }
}

bool ParseRecipient(std::string_view line, Recipient* out) {
  line = Trim(line);
  out->route.reset();
  out->name.clear();
  out->precedence.reset();
  out->serial.reset();
  out->excluded.clear();
  if (size_t route = RoutePrefixLength(line); route > 0) {
    out->route = std::string(line.substr(0, route));
    line = Trim(line.substr(route + 1));
  }
  std::string_view last = LastToken(line);
  if (!last.empty() && last.size() < line.size() && IsSerial(last)) {
    out->serial = std::string(last);
    line = DropLastToken(line, last);
  }
  last = LastToken(line);
  if (!last.empty() && last.size() < line.size() && IsPrecedenceWord(last)) {
    line = DropLastToken(line, last);
    std::string_view before = LastToken(line);
    if (last == "IMMEDIATE" && before == "NIACT" && before.size() < line.size()) {
      out->precedence = "NIACT IMMEDIATE";
      line = DropLastToken(line, before);
    } else {
      out->precedence = std::string(last);
    }
  }
  AppendNormalized(line, &out->name);
  return !out->name.empty();
}

}  // namespace cablescope::parse::header
