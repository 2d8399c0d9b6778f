#include "link/station_table.h"

#include <algorithm>
#include <utility>

namespace cablescope::link {
namespace {

// Names that references and FM lines use for a station whose ids spell it
// differently. cable-anatomy §5: `SECSTATE 113408` cites 09STATE113408;
// `USUN 589` cites 09USUNNEWYORK589.
constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
    {"SECSTATE", "STATE"},          {"SECSTATEWASHDC", "STATE"}, {"STATEWASHDC", "STATE"},
    {"DEPT", "STATE"},              {"DEPTOFSTATE", "STATE"},    {"USUN", "USUNNEWYORK"},
    {"USUNNY", "USUNNEWYORK"},      {"USUNNEWYORKNY", "USUNNEWYORK"},
    {"USEU", "USEUBRUSSELS"},       {"UNVIE", "UNVIEVIENNA"},    {"USUNVIE", "UNVIEVIENNA"},
    {"USNATOBRUSSELS", "USNATO"},   {"USOSCEVIENNA", "USOSCE"},  {"HAGUE", "THEHAGUE"},
    {"AIT", "AITTAIPEI"},           {"TAIPEIAIT", "AITTAIPEI"},  {"IRANRPO", "IRANRPODUBAI"},
    {"HCMC", "HOCHIMINHCITY"},      {"HOCHIMINH", "HOCHIMINHCITY"},
};

// Captions and address words that real ids carry fused before the station.
// EMBASSY comes from references written `EMBASSY ISLAMABAD 10142`.
constexpr std::string_view kJunkPrefixes[] = {"EFTO",     "NOFORN",    "SIFIED",  "AMEMBASSY",
                                              "AMCONSUL", "USMISSION", "EMBASSY"};

std::optional<std::string_view> Known(std::string_view s) {
  const std::string_view* begin = internal::kKnownStations;
  const std::string_view* end = begin + internal::kKnownStationsSize;
  const std::string_view* it = std::lower_bound(begin, end, s);
  if (it != end && *it == s) return *it;
  return std::nullopt;
}

std::optional<std::string_view> KnownOrAlias(std::string_view s) {
  if (auto k = Known(s)) return k;
  for (const auto& [alias, station] : kAliases) {
    if (alias == s) return Known(station);
  }
  return std::nullopt;
}

std::optional<std::string_view> UniqueNearStation(std::string_view s) {
  if (s.size() < 3) return std::nullopt;
  std::optional<std::string_view> found;
  for (size_t i = 0; i < internal::kKnownStationsSize; ++i) {
    std::string_view k = internal::kKnownStations[i];
    if (k.size() + 1 < s.size() || k.size() > s.size() + 1) continue;
    if (WithinOneEdit(s, k)) {
      if (found) return std::nullopt;  // ambiguous: do not guess
      found = k;
    }
  }
  return found;
}

}  // namespace

bool IsKnownStation(std::string_view station) { return Known(station).has_value(); }

std::optional<std::string_view> ResolveStation(std::string_view letters) {
  if (letters.empty()) return std::nullopt;
  if (auto k = KnownOrAlias(letters)) return k;
  for (std::string_view prefix : kJunkPrefixes) {
    if (letters.size() > prefix.size() && letters.substr(0, prefix.size()) == prefix) {
      std::string_view rest = letters.substr(prefix.size());
      if (auto k = KnownOrAlias(rest)) return k;
      if (auto k = UniqueNearStation(rest)) return k;
    }
  }
  return UniqueNearStation(letters);
}

bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    // One substitution, or a swap of neighbours i and i+1.
    if (a.substr(i + 1) == b.substr(i + 1)) return true;
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.substr(i + 2) == b.substr(i + 2);
  }
  return a.substr(i) == b.substr(i + 1);  // one insertion into a
}

}  // namespace cablescope::link
