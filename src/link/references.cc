#include "link/references.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "link/cable_id.h"

namespace cablescope::link {
namespace {

constexpr size_t kMaxBlock = 1 << 16;     // a REF list is a few lines
constexpr size_t kMaxCitationTokens = 8;  // `'08 USUN NEW YORK 1491 (08)` is 6
constexpr size_t kMaxItems = 64;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
char Upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// ¶ (a WikiLeaks paragraph anchor: `¶B. ANKARA 1231`) and no-break spaces
// (seed 003's press reprint) separate like spaces.
std::string Prepare(std::string_view block) {
  std::string s;
  s.reserve(block.size());
  for (size_t i = 0; i < block.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(block[i]);
    if (c == 0xC2 && i + 1 < block.size() &&
        (static_cast<unsigned char>(block[i + 1]) == 0xB6 ||
         static_cast<unsigned char>(block[i + 1]) == 0xA0)) {
      s.push_back(' ');
      ++i;
    } else if (c < 0x20) {
      s.push_back(c == '\n' ? '\n' : ' ');
    } else {
      s.push_back(static_cast<char>(c));
    }
  }
  return s;
}

bool StartsWithWord(std::string_view s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Upper(s[i]) != word[i]) return false;
  }
  return s.size() == word.size() || !((Upper(s[word.size()]) >= 'A' && Upper(s[word.size()]) <= 'Z'));
}

// Removes `REF:`, `REFS:`, `REFTEL:`, `REFERENCE:` ... from the front.
std::string_view StripListLabel(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  for (std::string_view word : {"REFERENCES", "REFERENCE", "REFTELS", "REFTEL", "REFS", "REF"}) {
    if (StartsWithWord(s, word)) {
      s.remove_prefix(word.size());
      while (!s.empty() && (IsSpace(s.front()) || s.front() == ':' || s.front() == '.')) {
        s.remove_prefix(1);
      }
      break;
    }
  }
  return s;
}

// A label for `letter` at s[i]: `A.` `A)` `A-` `A:` followed by a space,
// or `(A)`; preceded by the start, a space, `;` or `,`. Sets *end past it.
bool LabelAt(std::string_view s, size_t i, char letter, size_t* end) {
  if (i > 0 && !IsSpace(s[i - 1]) && s[i - 1] != ';' && s[i - 1] != ',') return false;
  if (i + 2 < s.size() + 0 && s[i] == '(' && Upper(s[i + 1]) == letter && s[i + 2] == ')') {
    *end = i + 3;
    return true;
  }
  if (i + 1 < s.size() && Upper(s[i]) == letter &&
      (s[i + 1] == '.' || s[i + 1] == ')' || s[i + 1] == '-' || s[i + 1] == ':') &&
      (i + 2 == s.size() || IsSpace(s[i + 2]))) {
    *end = i + 2;
    return true;
  }
  return false;
}

// `REF A SECRETARY'S LETTER TO MBZ REF B SECSTATE 76108` (09ABUDHABI754):
// each item starts with its own `REF` and a bare letter. True when the
// block has a `REF B ` (so that a leading `A CABLE ...` is not taken for a
// label in ordinary lists).
bool RepeatedRefLabels(std::string_view s) {
  for (size_t i = 0; i + 6 <= s.size(); ++i) {
    if ((i == 0 || IsSpace(s[i - 1])) && StartsWithWord(s.substr(i), "REF")) {
      size_t j = i + 3;
      while (j < s.size() && IsSpace(s[j])) ++j;
      if (j > i + 3 && j + 1 < s.size() && Upper(s[j]) == 'B' && IsSpace(s[j + 1])) return true;
    }
  }
  return false;
}

// In a RepeatedRefLabels block: a bare `letter` followed by a space, at the
// start or after the word REF. *end is past it; *item_end (where the
// previous item stops) is the start of that REF.
bool BareLabelAt(std::string_view s, size_t i, char letter, size_t* end, size_t* item_end) {
  if (i + 1 >= s.size() || Upper(s[i]) != letter || !IsSpace(s[i + 1])) return false;
  if (i == 0) {
    *end = i + 2;
    *item_end = 0;
    return true;
  }
  size_t j = i;
  while (j > 0 && IsSpace(s[j - 1])) --j;
  if (j == i || j < 3) return false;
  if (!StartsWithWord(s.substr(j - 3), "REF") || (j > 3 && !IsSpace(s[j - 4]))) return false;
  *end = i + 2;
  *item_end = j - 3;
  return true;
}

struct Item {
  char label = 0;  // 0: none
  std::string_view text;
};

std::vector<Item> SplitItems(std::string_view s) {
  std::vector<Item> items;
  if (RepeatedRefLabels(s)) {
    size_t end = 0, item_end = 0;
    if (BareLabelAt(s, 0, 'A', &end, &item_end)) {
      char letter = 'A';
      size_t start = end;
      while (items.size() < kMaxItems) {
        size_t next = std::string_view::npos, next_end = 0, stop = 0;
        for (size_t i = start; letter < 'Z' && i < s.size(); ++i) {
          if (BareLabelAt(s, i, static_cast<char>(letter + 1), &next_end, &stop)) {
            next = i;
            break;
          }
        }
        items.push_back(Item{letter, s.substr(start, next == std::string_view::npos ? s.npos : stop - start)});
        if (next == std::string_view::npos) return items;
        ++letter;
        start = next_end;
      }
      return items;
    }
  }
  // Lettered items, in sequence from A; else numbered ones from 1 when the
  // list starts with `1.` or `1)` (`REF: 1. ROME 1902, 2. STATE 31565`,
  // 85STATE38496; `REFTEL: 1) BOGOTA 03026, 2) BOGOTA 05259`, 04BOGOTA1067).
  for (const char first_label : {'A', '1'}) {
    const char last_label = first_label == 'A' ? 'Z' : '9';
    size_t label_end = 0;
    size_t first = std::string_view::npos;
    const size_t lead = std::min(s.size(), s.find_first_not_of(" \t\n\r"));
    for (size_t i = first_label == 'A' ? 0 : lead; i < s.size(); ++i) {
      if (LabelAt(s, i, first_label, &label_end)) first = i;
      if (first != std::string_view::npos || first_label != 'A') break;
    }
    if (first == std::string_view::npos) continue;
    std::string_view before = s.substr(0, first);
    if (before.find_first_not_of(" \t\n\r;,.:") != std::string_view::npos) {
      items.push_back(Item{0, before});
    }
    char letter = first_label;
    size_t start = label_end;
    while (items.size() < kMaxItems) {
      size_t next = std::string_view::npos, next_end = 0;
      if (letter < last_label) {
        for (size_t i = start; i < s.size(); ++i) {
          if (LabelAt(s, i, static_cast<char>(letter + 1), &next_end)) {
            next = i;
            break;
          }
        }
      }
      items.push_back(Item{letter, s.substr(start, next == std::string_view::npos ? s.npos
                                                                                   : next - start)});
      if (next == std::string_view::npos) break;
      ++letter;
      start = next_end;
    }
    return items;
  }
  // No letters: one item, or several separated by `;`
  // (`STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966`).
  size_t start = 0;
  while (start <= s.size() && items.size() < kMaxItems) {
    size_t semi = s.find(';', start);
    std::string_view part = s.substr(start, semi == std::string_view::npos ? s.npos : semi - start);
    items.push_back(Item{0, part});
    if (semi == std::string_view::npos) break;
    start = semi + 1;
  }
  return items;
}

std::string NormaliseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (IsSpace(c)) {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ',' || out.back() == ';' ||
                          out.back() == ':' || out.back() == ' ')) {
    out.pop_back();
  }
  return out;
}

// Tokens of an item; `936/935` becomes `936` `/` `935`, a trailing comma a
// `,` token, so that lists of serials can be read.
std::vector<std::string> Tokenise(std::string_view text) {
  std::vector<std::string> tokens;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && !IsSpace(text[j])) ++j;
    std::string_view tok = text.substr(i, j - i);
    i = j;
    if (tok.empty()) continue;
    bool comma = tok.size() > 1 && tok.back() == ',';
    if (comma) tok.remove_suffix(1);
    // digits/digits[/digits]
    bool slashed = tok.find('/') != std::string_view::npos && IsDigit(tok.front()) &&
                   IsDigit(tok.back());
    for (char c : tok) slashed &= (IsDigit(c) || c == '/');
    if (slashed) {
      size_t b = 0;
      while (b <= tok.size()) {
        size_t slash = tok.find('/', b);
        std::string_view part = tok.substr(b, slash == std::string_view::npos ? tok.npos : slash - b);
        if (!part.empty()) tokens.emplace_back(part);
        if (slash == std::string_view::npos) break;
        tokens.emplace_back("/");
        b = slash + 1;
      }
    } else {
      tokens.emplace_back(tok);
    }
    if (comma) tokens.emplace_back(",");
  }
  return tokens;
}

std::string Join(const std::vector<std::string>& tokens, size_t from, size_t to) {
  std::string s;
  for (size_t i = from; i < to; ++i) {
    if (!s.empty() && tokens[i] != "," && tokens[i] != "/") s.push_back(' ');
    s += tokens[i];
  }
  return s;
}

bool IsSeparator(const std::string& t) {
  return t == "/" || t == "," || t == "&" || (t.size() == 3 && StartsWithWord(t, "AND"));
}

bool IsBareSerial(const std::string& t) {
  if (t.empty() || t.size() > 8) return false;
  for (char c : t) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// The kind of a non-cable item from its first telling word.
std::string KindOf(const std::vector<std::string>& tokens) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string w;
    for (char c : tokens[i]) {
      if (c != '.' && c != ',' && c != ':' && c != ';' && c != '(' && c != ')') w.push_back(Upper(c));
    }
    if (w == "EMAIL" || w == "E-MAIL") return "email";
    if (w == "TELCON" || w == "TELECON" || w == "TELCONS" || w == "TELECONS" || w == "PHONECALL") {
      return "telcon";
    }
    if ((w == "PHONE" || w == "TELEPHONE") && i + 1 < tokens.size() &&
        (StartsWithWord(tokens[i + 1], "CALL") || StartsWithWord(tokens[i + 1], "CONVERSATION"))) {
      return "telcon";
    }
    if (w == "MEMO" || w == "MEMCON" || w == "MEMORANDUM" || w == "MEMCONS") return "memo";
    if (w == "REPORT" || w == "IIR") return "report";
  }
  return "other";
}

// Longest citation starting at tokens[pos]; *end is set past it. The id
// is null when the citation needs the citing year and it is unknown
// (`ISLAMABAD 10142` in a cable of unknown date is still a cable).
bool CitationAt(const std::vector<std::string>& tokens, size_t pos, int year, size_t* end,
                OptString* id) {
  size_t max = std::min(tokens.size(), pos + kMaxCitationTokens);
  // The year between station and serial: `SECSTATE 2003 345287`
  // (04ACCRA56), `BOGOTA 04 12603` (05BOGOTA174). Read only when the year
  // is at most three years before the citing one, so that `STATE 2003`
  // (serial 2003) of a 1990 cable stays a serial.
  for (size_t y = pos + 1; year != 0 && y + 1 < max; ++y) {
    const std::string& yt = tokens[y];
    bool word = true;
    for (char c : tokens[y - 1]) word &= !IsDigit(c);
    if (!word) break;
    if (!IsBareSerial(yt) || (yt.size() != 2 && yt.size() != 4) || !IsBareSerial(tokens[y + 1]) ||
        tokens[y + 1].size() < 3) {
      continue;
    }
    int written = std::atoi(yt.c_str());
    if (yt.size() == 2) written += written >= 60 ? 1900 : 2000;
    if (written > year || written < year - 3) break;
    if (auto found = CanonicalId(Join(tokens, pos, y) + " " + tokens[y + 1], written)) {
      *end = y + 2;
      *id = std::move(found);
      return true;
    }
    break;
  }
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (attempt == 1 && year != 0) break;
    for (size_t to = max; to > pos; --to) {
      if (IsSeparator(tokens[to - 1])) continue;
      if (auto found = CanonicalId(Join(tokens, pos, to), attempt == 0 ? year : 2000)) {
        *end = to;
        if (attempt == 0) {
          *id = std::move(found);
        } else {
          // Found only with a stand-in year: keep the id if the text wrote
          // its own year (then it does not depend on the stand-in).
          auto other = CanonicalId(Join(tokens, pos, to), 1999);
          *id = (other && *other == *found) ? found : std::nullopt;
        }
        return true;
      }
    }
  }
  return false;
}

// The station part of a canonical id: 06ISLAMABAD10142 -> ISLAMABAD.
std::string_view StationOf(std::string_view id) {
  size_t e = id.size();
  while (e > 2 && IsDigit(id[e - 1])) --e;
  return id.substr(2, e - 2);
}

void ParseItem(const Item& item, int year, std::vector<Reference>* out) {
  std::string_view body = item.text;
  // The label written twice, as AIT Taipei's cables do: `REF: A. A) TAIPEI
  // 3001  B. B) TAIPEI 3019`.
  while (!body.empty() && IsSpace(body.front())) body.remove_prefix(1);
  size_t again = 0;
  if (item.label && LabelAt(body, 0, item.label, &again)) body.remove_prefix(again);
  // `A. REF A: STATE 301352` (03BOGOTA11615), `A. REFTEL A: BOGOTA 12921`
  // (05BOGOTA224): the label said a third time; `(NOTAL) CAIRO 20169`.
  for (std::string_view word : {"REFTEL", "REF"}) {
    if (item.label && StartsWithWord(body, word)) {
      size_t p = word.size();
      while (p < body.size() && IsSpace(body[p])) ++p;
      if (p + 1 < body.size() && Upper(body[p]) == item.label && (body[p + 1] == ':' || body[p + 1] == '.')) {
        body.remove_prefix(p + 2);
        while (!body.empty() && IsSpace(body.front())) body.remove_prefix(1);
      }
      break;
    }
  }
  if (StartsWithWord(body, "(NOTAL)") || (body.size() > 7 && body.substr(0, 7) == "(NOTAL)")) {
    body.remove_prefix(7);
    while (!body.empty() && IsSpace(body.front())) body.remove_prefix(1);
  }
  std::string text = NormaliseSpaces(body);
  if (text.empty()) return;
  OptString label;
  if (item.label) label = std::string(1, item.label);
  std::vector<std::string> tokens = Tokenise(text);
  size_t end = 0;
  OptString id;
  if (!CitationAt(tokens, 0, year, &end, &id)) {
    out->push_back(Reference{label, KindOf(tokens), text, std::nullopt});
    return;
  }
  // One or more cables: `KABUL 936/935`, `SECSTATE 113408 AND SECSTATE 113635`.
  struct Cite {
    size_t from, to;
    OptString id;
    std::string prefix;  // the words before the serial: `KABUL`, `'08 BUENOS AIRES`
    std::string text;    // empty: tokens[from, to)
  };
  // The words before a citation's serial (its last all-digit token).
  auto prefix_of = [&](size_t from, size_t to) {
    size_t serial = to;
    for (size_t i = to; i-- > from;) {
      std::string_view t = tokens[i];
      if (!t.empty() && (t[0] == '-' || t[0] == '#')) t.remove_prefix(1);
      if (!t.empty() && std::all_of(t.begin(), t.end(), IsDigit)) {
        serial = i;
        break;
      }
    }
    return Join(tokens, from, serial);
  };
  std::vector<Cite> cites;
  cites.push_back(Cite{0, end, id, prefix_of(0, end), {}});
  size_t pos = end;
  while (pos + 1 < tokens.size() && IsSeparator(tokens[pos]) && cites.size() < kMaxItems) {
    size_t next_end = 0;
    OptString next;
    if (CitationAt(tokens, pos + 1, year, &next_end, &next)) {
      cites.push_back(Cite{pos + 1, next_end, next, prefix_of(pos + 1, next_end), {}});
      pos = next_end;
    } else if (IsBareSerial(tokens[pos + 1])) {
      // `KABUL 936/935`: same station and year as the previous citation,
      // and its text repeats the previous one's words (`KABUL 935`).
      const Cite& prev = cites.back();
      const std::string& serial = tokens[pos + 1];
      size_t z = serial.find_first_not_of('0');
      if (z == std::string::npos || prev.prefix.empty()) break;
      OptString new_id;
      if (prev.id) {
        new_id = prev.id->substr(0, 2) + std::string(StationOf(*prev.id)) + serial.substr(z);
      }
      cites.push_back(Cite{pos + 1, pos + 2, new_id, prev.prefix, prev.prefix + " " + serial});
      pos += 2;
    } else {
      break;
    }
  }
  if (cites.size() == 1) {
    out->push_back(Reference{label, "cable", text, cites[0].id});
    return;
  }
  for (size_t i = 0; i < cites.size(); ++i) {
    std::string t = cites[i].text.empty() ? Join(tokens, cites[i].from, cites[i].to) : cites[i].text;
    // Two appends, not `t += " " + Join(...)`: that trips a false GCC 12 -Wrestrict at -O3.
    if (i + 1 == cites.size() && pos < tokens.size()) t.append(" ").append(Join(tokens, pos, tokens.size()));
    out->push_back(Reference{label, "cable", t, cites[i].id});
  }
}

}  // namespace

std::vector<Reference> ParseReferences(std::string_view ref_block,
                                       const std::vector<std::string>& meta_references,
                                       int citing_year) {
  std::vector<Reference> refs;
  if (ref_block.size() <= kMaxBlock) {
    std::string prepared = Prepare(ref_block);
    std::string_view body = StripListLabel(prepared);
    for (const Item& item : SplitItems(body)) ParseItem(item, citing_year, &refs);
  }
  std::vector<std::string> meta_ids;
  for (const std::string& m : meta_references) {
    if (auto id = CanonicalId(m, citing_year)) meta_ids.push_back(*id);
  }
  if (refs.empty()) {
    for (const std::string& m : meta_references) {
      std::string text = NormaliseSpaces(m);
      if (text.empty()) continue;
      refs.push_back(Reference{std::nullopt, "cable", text, CanonicalId(m, citing_year)});
    }
    return refs;
  }
  // Confirm years against the container's ids.
  for (Reference& ref : refs) {
    if (!ref.id || meta_ids.empty()) continue;
    if (std::find(meta_ids.begin(), meta_ids.end(), *ref.id) != meta_ids.end()) continue;
    std::string_view tail = std::string_view(*ref.id).substr(2);
    for (const std::string& m : meta_ids) {
      if (std::string_view(m).substr(2) == tail) {
        ref.id = m;
        break;
      }
    }
  }
  return refs;
}

}  // namespace cablescope::link
