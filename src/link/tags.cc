#include "link/tags.h"

#include <algorithm>
#include <array>

#include "link/station_table.h"  // WithinOneEdit
#include "link/tag_table.h"

namespace cablescope::link {
namespace {

constexpr size_t kMaxSplitLength = 24;  // longest fused run worth splitting

bool Contains(const std::string_view* begin, const std::string_view* end, std::string_view s) {
  const std::string_view* it = std::lower_bound(begin, end, s);
  return it != end && *it == s;
}

bool IsSubject(std::string_view s) {
  return Contains(internal::kSubjectTags, internal::kSubjectTags + internal::kSubjectTagsSize, s);
}

bool AllLetters(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// POGOV -> PGOV: the one subject tag that deleting a letter gives.
std::string_view FixFiveLetterTypo(std::string_view code) {
  std::string_view found;
  std::array<char, 4> buf;
  for (size_t skip = 0; skip < 5; ++skip) {
    size_t k = 0;
    for (size_t i = 0; i < 5; ++i) {
      if (i != skip) buf[k++] = code[i];
    }
    std::string_view candidate(buf.data(), 4);
    const std::string_view* end = internal::kSubjectTags + internal::kSubjectTagsSize;
    const std::string_view* it = std::lower_bound(internal::kSubjectTags, end, candidate);
    if (it != end && *it == candidate) {
      if (!found.empty() && found != *it) return {};  // two answers: no guess
      found = *it;
    }
  }
  return found;
}

// PGOB -> PGOV: the one subject tag with the same first letter one
// substitution or neighbour swap away.
std::string_view FixFourLetterTypo(std::string_view code) {
  std::string_view found;
  for (const std::string_view* it = SubjectTagsBegin(); it != SubjectTagsEnd(); ++it) {
    if (it->size() != 4 || (*it)[0] != code[0]) continue;
    if (WithinOneEdit(code, *it)) {
      if (!found.empty()) return {};
      found = *it;
    }
  }
  return found;
}

// ECUN is one letter off ECON: a code near a known subject tag is written
// as one code, not two geographic ones fused.
bool NearSubjectTag(std::string_view code) {
  for (const std::string_view* it = SubjectTagsBegin(); it != SubjectTagsEnd(); ++it) {
    if (it->size() == code.size() && WithinOneEdit(code, *it)) return true;
  }
  return false;
}

bool IsSplitPiece(std::string_view piece) {
  TagKind kind = LookupTag(piece);
  return kind != TagKind::kUnknown;
}

// Splits `code` into known pieces, fewest pieces first; `pieces` receives
// them. False when no split covers the whole code with at least one piece
// of 3 letters or more (unless `short_pieces`: 2-letter pieces only will do).
bool Split(std::string_view code, bool short_pieces, std::vector<std::string_view>* pieces) {
  // best[i]: fewest pieces covering code[i..]; next[i]: length of the first.
  std::array<int, kMaxSplitLength + 1> best;
  std::array<int, kMaxSplitLength + 1> next;
  std::array<bool, kMaxSplitLength + 1> has_long;  // some piece >= 3 letters
  const size_t n = code.size();
  best[n] = 0;
  has_long[n] = false;
  for (size_t i = n; i-- > 0;) {
    best[i] = -1;
    for (size_t len = 2; i + len <= n && len <= 8; ++len) {
      if (best[i + len] < 0 || !IsSplitPiece(code.substr(i, len))) continue;
      int count = best[i + len] + 1;
      bool is_long = has_long[i + len] || len >= 3;
      // Prefer fewer pieces; among equals, one with a long piece.
      if (best[i] < 0 || count < best[i] || (count == best[i] && is_long && !has_long[i])) {
        best[i] = count;
        next[i] = static_cast<int>(len);
        has_long[i] = is_long;
      }
    }
  }
  if (best[0] < 2 || (!has_long[0] && !short_pieces)) return false;
  for (size_t i = 0; i < n; i += static_cast<size_t>(next[i])) {
    pieces->push_back(code.substr(i, static_cast<size_t>(next[i])));
  }
  return true;
}

void AppendUnique(std::string value, std::vector<std::string>* out) {
  if (value.empty()) return;
  if (std::find(out->begin(), out->end(), value) == out->end()) out->push_back(std::move(value));
}

std::string NormaliseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

// `PHUM.` -> PHUM; `PGOV:` -> PGOV (TAGS lines end in punctuation).
std::string_view StripLeftovers(std::string_view t) {
  while (!t.empty() && (t.back() == '.' || t.back() == ':' || t.back() == ';')) t.remove_suffix(1);
  return t;
}

}  // namespace

const std::string_view* SubjectTagsBegin() { return internal::kSubjectTags; }
const std::string_view* SubjectTagsEnd() {
  return internal::kSubjectTags + internal::kSubjectTagsSize;
}

TagKind LookupTag(std::string_view code) {
  if (IsSubject(code)) return TagKind::kSubject;
  if (code.size() == 2 &&
      Contains(internal::kGeoTags, internal::kGeoTags + internal::kGeoTagsSize, code)) {
    return TagKind::kGeographic;
  }
  if (Contains(internal::kOrganizationTags,
               internal::kOrganizationTags + internal::kOrganizationTagsSize, code)) {
    return TagKind::kOrganization;
  }
  return TagKind::kUnknown;
}

void CanonicalTagCode(std::string_view code, std::vector<std::string>* out,
                      bool geographic_pair) {
  if (code.empty()) return;
  if (LookupTag(code) != TagKind::kUnknown || !AllLetters(code)) {
    AppendUnique(std::string(code), out);
    return;
  }
  if (code.size() == 5) {
    std::string_view fixed = FixFiveLetterTypo(code);
    if (!fixed.empty()) return AppendUnique(std::string(fixed), out);
  } else if (code.size() == 4) {
    std::string_view fixed = FixFourLetterTypo(code);
    if (!fixed.empty()) return AppendUnique(std::string(fixed), out);
  }
  const bool pair = geographic_pair && code.size() == 4 && !NearSubjectTag(code);
  if ((code.size() >= 6 || pair) && code.size() <= kMaxSplitLength) {
    std::vector<std::string_view> pieces;
    if (Split(code, pair, &pieces)) {
      for (std::string_view p : pieces) AppendUnique(std::string(p), out);
      return;
    }
  }
  AppendUnique(std::string(code), out);
}

std::vector<std::string> CanonicalTags(const std::vector<std::string>& tags, bool flattened) {
  // Items as written, split on spaces and commas; `person` marks the
  // parenthesised person tags, kept whole.
  struct Item {
    std::string text;
    bool person = false;
    bool written_upper = true;  // no lower-case letter as written (`Sadc`, `Energy`)
  };
  std::vector<Item> items;
  for (const std::string& raw : tags) {
    // Web leftovers first: `[PREL](#)` would otherwise look like a person tag.
    std::string tag = raw;
    for (size_t at; (at = tag.find("](#)")) != std::string::npos;) tag.erase(at, 4);
    tag.erase(std::remove(tag.begin(), tag.end(), '['), tag.end());
    if (tag.find('(') != std::string::npos) {
      // A person tag: `(RICE, CONDOLEEZZA)`, kept as written.
      items.push_back({NormaliseSpaces(tag), true, false});
      continue;
    }
    std::string upper;
    bool written_upper = true;
    for (size_t i = 0; i <= tag.size(); ++i) {
      char c = i < tag.size() ? tag[i] : ' ';
      if (c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\r') {
        if (!upper.empty()) items.push_back({std::move(upper), false, written_upper});
        upper.clear();
        written_upper = true;
      } else {
        written_upper = written_upper && !(c >= 'a' && c <= 'z');
        upper.push_back((c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c);
      }
    }
  }
  auto geographic = [&items](size_t i) {
    return i < items.size() && !items[i].person &&
           LookupTag(StripLeftovers(items[i].text)) == TagKind::kGeographic;
  };
  std::vector<std::string> out;
  out.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].person) {
      AppendUnique(std::move(items[i].text), &out);
    } else {
      // `IR IZ ZPJO EG`, `LE SAQA AE`: a TAGS line wrapped between two
      // geographic codes, fused when the JSON export dropped the newline
      // (07TELAVIV2652, 09ABUDHABI744; the WikiLeaks pages have ZP JO).
      bool pair = flattened && items[i].written_upper &&
                  ((i > 0 && geographic(i - 1)) || geographic(i + 1));
      CanonicalTagCode(StripLeftovers(items[i].text), &out, pair);
    }
  }
  return out;
}

}  // namespace cablescope::link
