#include "link/person_address.h"

namespace cablescope::link {
namespace {

// The bytes between two tokens hold only spaces and the characters of
// `allowed`, and no line break.
bool GapOf(std::string_view gap, std::string_view allowed) {
  for (char c : gap) {
    if (c != ' ' && c != '\t' && allowed.find(c) == std::string_view::npos) return false;
  }
  return true;
}

}  // namespace

std::vector<std::vector<size_t>> AddressNames(std::string_view text,
                                              const std::vector<NameToken>& tokens, size_t at) {
  std::vector<std::vector<size_t>> names;
  if (tokens[at].upper != "FOR" || tokens[at].has_lower) return names;
  size_t k = at + 1;
  while (k + 1 < tokens.size()) {
    const NameToken& initial = tokens[k];
    const NameToken& surname = tokens[k + 1];
    if (!initial.initial || initial.has_lower || initial.break_before) break;
    if (!GapOf(text.substr(tokens[k - 1].end, initial.start - tokens[k - 1].end), "")) break;
    // `M. GAVIN`, `B.WALCH`: one dot between, on the same line.
    if (!GapOf(text.substr(initial.end, surname.start - initial.end), ".")) break;
    if (surname.has_lower || surname.upper.size() < 3 || surname.title_start ||
        surname.possessive || !NameCapable(surname, true)) {
      break;
    }
    // What follows the surname: the end of its line (nothing else on it:
    // not the number of `REF: A. MADRID 1257`), `AND`, or a separator.
    const size_t next = k + 2;
    const std::string_view gap = text.substr(
        surname.end, (next < tokens.size() ? tokens[next].start : text.size()) - surname.end);
    const size_t eol = gap.find('\n');
    if (next >= tokens.size() || eol != std::string_view::npos) {
      if (GapOf(gap.substr(0, eol), "\r")) names.push_back({k, k + 1});
      break;
    }
    if (tokens[next].upper == "AND" && !tokens[next].break_before && GapOf(gap, "")) {
      names.push_back({k, k + 1});
      k = next + 1;
      continue;
    }
    if (GapOf(gap, ",/;") && gap.find_first_of(",/;") != std::string_view::npos) {
      names.push_back({k, k + 1});
      k = next;
      continue;
    }
    break;
  }
  return names;
}

}  // namespace cablescope::link
