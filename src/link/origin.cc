#include "link/origin.h"

#include <array>

namespace cablescope::link {
namespace {

constexpr size_t kMaxWords = 12;
constexpr size_t kMaxFrom = 200;

char Upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// "PORT AU PRINCE" -> "Port Au Prince", the way Cablegate writes post names.
void AppendTitleCase(std::string_view word, std::string* out) {
  bool start = true;
  for (char c : word) {
    out->push_back(start ? Upper(c) : Lower(c));
    start = (c == '-' || c == '.' || c == '\'');
  }
}

// Words that end the originator: a precedence or a serial written on the
// same line by some headers (`FM AMEMBASSY KABUL IMMEDIATE 0280`).
bool IsTrailer(std::string_view w) {
  if (w == "FLASH" || w == "IMMEDIATE" || w == "PRIORITY" || w == "ROUTINE" || w == "NIACT") {
    return true;
  }
  bool digits = !w.empty();
  for (char c : w) digits &= (c >= '0' && c <= '9');
  return digits;
}

// Cablegate's names for cities whose FM line spelling differs.
std::string_view CityName(std::string_view upper_words) {
  if (upper_words == "KIEV") return "Kyiv";
  return {};
}

std::string JoinTitle(const std::array<std::string_view, kMaxWords>& w, size_t from, size_t to) {
  std::string s;
  for (size_t i = from; i < to; ++i) {
    if (!s.empty()) s.push_back(' ');
    AppendTitleCase(w[i], &s);
  }
  return s;
}

}  // namespace

std::optional<std::string> OriginFromOriginator(std::string_view from) {
  if (from.size() > kMaxFrom) return std::nullopt;
  std::string upper;
  upper.reserve(from.size());
  for (char c : from) upper.push_back(Upper(c));
  std::array<std::string_view, kMaxWords> w;
  size_t n = 0;
  std::string_view rest(upper);
  while (!rest.empty()) {
    size_t b = rest.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) break;
    rest.remove_prefix(b);
    size_t e = rest.find_first_of(" \t\r\n");
    std::string_view word = rest.substr(0, e);
    if (IsTrailer(word)) break;
    if (n == kMaxWords) return std::nullopt;
    w[n++] = word;
    if (e == std::string_view::npos) break;
    rest.remove_prefix(e);
  }
  if (n < 2) return std::nullopt;
  // The city as one string, to look up renames.
  auto city = [&](size_t first) {
    std::string joined;
    for (size_t i = first; i < n; ++i) {
      if (!joined.empty()) joined.push_back(' ');
      joined.append(w[i]);
    }
    std::string_view renamed = CityName(joined);
    return renamed.empty() ? JoinTitle(w, first, n) : std::string(renamed);
  };

  std::string_view kind = w[0];
  if (kind == "AMEMBASSY") return "Embassy " + city(1);
  if (kind == "AMCONSUL") return "Consulate " + city(1);
  if (kind == "SECSTATE" || (kind == "SECSTATEWASHDC")) return std::string("Secretary of State");
  if (kind == "USINT") return "US Interests Section " + city(1);
  if (kind == "AIT") return "American Institute Taiwan, " + city(1);
  if (kind == "USEU") return "USEU " + city(1);
  if (kind == "RPO") return "Iran RPO " + city(1);
  if (kind == "IRAN" && n >= 3 && w[1] == "RPO") return "Iran RPO " + city(2);
  if (kind == "USMISSION") {
    // Missions to international organisations keep the acronym:
    // USUN NEW YORK -> "USUN New York", UNVIE VIENNA -> "UNVIE",
    // USNATO -> "Mission USNATO", GENEVA -> "Mission Geneva".
    if (w[1] == "USUN") return n > 2 ? "USUN " + city(2) : std::string("USUN New York");
    if (w[1] == "UNVIE") return std::string("UNVIE");
    if (n == 2 && (w[1].substr(0, 2) == "US" || w[1].substr(0, 2) == "UN")) {
      return "Mission " + std::string(w[1]);
    }
    return "Mission " + city(1);
  }
  return std::nullopt;
}

}  // namespace cablescope::link
