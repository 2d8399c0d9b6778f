#include "link/tag_info.h"

#include <algorithm>
#include <unordered_map>

#include "link/tags.h"
#include "link/tsv_lines.h"

namespace cablescope::internal {
// data/tags.tsv, compiled in by the build (cmake/embed_text.cmake).
extern const std::string_view kTagsTsv;
}  // namespace cablescope::internal

namespace cablescope::link {
namespace {

char Upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string UpperCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Upper(c);
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

// Lower-case ASCII words: "Non-Proliferation" -> {"non", "proliferation"}.
// Meanings are ASCII; other bytes separate words.
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (IsAlnum(c)) {
      w.push_back(Lower(c));
    } else if (c == '\'' && !w.empty()) {
      continue;  // Women's -> womens, as one word
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

int KindOrder(TagClass k) { return static_cast<int>(k); }

struct Table {
  std::vector<TagInfo> tags;  // by kind, then code
  std::unordered_map<std::string, size_t> by_code;
  std::unordered_map<std::string, std::string> typos;  // misspelling -> code
  std::vector<std::vector<std::string>> meaning_words;  // parallel to tags
};

std::optional<TagClass> ParseKind(std::string_view k) {
  if (k == "subject") return TagClass::kSubject;
  if (k == "program") return TagClass::kProgram;
  if (k == "geographic") return TagClass::kGeographic;
  if (k == "organization") return TagClass::kOrganization;
  return std::nullopt;
}

// Parses data/tags.tsv. Lines that do not parse are skipped (the table test
// checks that none are).
Table Load() {
  Table t;
  ForEachTsvLine(::cablescope::internal::kTagsTsv, [&t](const std::vector<std::string_view>& f) {
    if (f.size() < 3) return;
    std::string code = UpperCopy(Trim(f[0]));
    std::string_view kind = f[1];
    std::string_view meaning = Trim(f[2]);
    if (code.empty()) return;
    if (kind == "typo") {
      t.typos.emplace(code, UpperCopy(meaning));
      return;
    }
    auto k = ParseKind(kind);
    if (!k) return;
    TagInfo info;
    info.code = std::move(code);
    info.kind = *k;
    info.meaning = std::string(meaning);
    t.tags.push_back(std::move(info));
  });
  std::stable_sort(t.tags.begin(), t.tags.end(), [](const TagInfo& a, const TagInfo& b) {
    if (a.kind != b.kind) return KindOrder(a.kind) < KindOrder(b.kind);
    return a.code < b.code;
  });
  // A code listed twice keeps its first row (the table test checks there is none).
  std::vector<TagInfo> unique;
  for (auto& tag : t.tags) {
    if (t.by_code.emplace(tag.code, unique.size()).second) unique.push_back(std::move(tag));
  }
  t.tags = std::move(unique);
  for (const auto& tag : t.tags) t.meaning_words.push_back(Words(tag.meaning));
  return t;
}

const Table& GetTable() {
  static const Table table = Load();
  return table;
}

const TagInfo* Lookup(const std::string& upper_code) {
  const Table& t = GetTable();
  auto it = t.by_code.find(upper_code);
  return it == t.by_code.end() ? nullptr : &t.tags[it->second];
}

// "RICE, CONDOLEEZZA" -> "Condoleezza Rice"; "BAN KI-MOON" -> "Ban Ki-Moon".
std::string PersonName(std::string_view inside) {
  std::string_view surname = inside, given;
  if (size_t comma = inside.find(','); comma != std::string_view::npos) {
    surname = Trim(inside.substr(0, comma));
    given = Trim(inside.substr(comma + 1));
  }
  std::string raw;
  if (!given.empty()) {
    raw.append(given);
    raw.push_back(' ');
  }
  raw.append(surname);
  std::string out;
  bool start = true;   // next letter begins a word: after a space, hyphen, apostrophe, period
  bool space = false;  // spaces seen since the last character
  for (char c : raw) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
      start = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    if (IsAlnum(c)) {
      out.push_back(start ? Upper(c) : Lower(c));
      start = false;
    } else {
      out.push_back(c);
      start = true;
    }
  }
  return out;
}

// A person tag: `OVIP (RICE, CONDOLEEZZA)`, `(RICE, CONDOLEEZZA)`.
std::optional<TagInfo> DescribePerson(std::string_view code) {
  const size_t open = code.find('(');
  const size_t close = code.rfind(')');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
    return std::nullopt;
  }
  std::string_view inside = Trim(code.substr(open + 1, close - open - 1));
  std::string_view prefix = Trim(code.substr(0, open));
  if (inside.empty()) return std::nullopt;
  bool has_letter = false;
  for (char c : inside) has_letter |= (Upper(c) >= 'A' && Upper(c) <= 'Z');
  if (!has_letter) return std::nullopt;
  TagInfo info;
  info.kind = TagClass::kPerson;
  info.person = PersonName(inside);
  // Canonical code: the prefix, one space, the parenthesis, spaces normalised.
  std::string canon = UpperCopy(prefix);
  if (!canon.empty()) canon.push_back(' ');
  canon.push_back('(');
  bool space = false;
  for (char c : inside) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && canon.back() != '(') canon.push_back(' ');
    space = false;
    canon.push_back(Upper(c));
  }
  canon.push_back(')');
  info.code = std::move(canon);
  info.meaning = info.person;
  const std::string upper_prefix = UpperCopy(prefix);
  if (upper_prefix == "OVIP") {
    info.meaning += " (visit)";
  } else if (!upper_prefix.empty()) {
    if (const TagInfo* p = Lookup(upper_prefix); p != nullptr && !p->meaning.empty()) {
      info.meaning += " (" + p->meaning + ")";
    }
  }
  return info;
}

// Does `words` (folded) occur in `meaning` (folded words)? Each query word
// must equal a word of the meaning, or several neighbouring words run
// together ("nonproliferation" = "non" + "proliferation").
bool MeaningHas(const std::vector<std::string>& meaning, const std::string& word) {
  for (size_t i = 0; i < meaning.size(); ++i) {
    if (meaning[i] == word) return true;
    if (word.compare(0, meaning[i].size(), meaning[i]) != 0) continue;
    std::string joined = meaning[i];
    for (size_t j = i + 1; j < meaning.size() && joined.size() < word.size(); ++j) {
      joined += meaning[j];
      if (joined == word) return true;
      if (word.compare(0, joined.size(), joined) != 0) break;
    }
  }
  return false;
}

}  // namespace

std::string_view TagClassName(TagClass kind) {
  switch (kind) {
    case TagClass::kSubject: return "subject";
    case TagClass::kProgram: return "program";
    case TagClass::kGeographic: return "geographic";
    case TagClass::kOrganization: return "organization";
    case TagClass::kPerson: return "person";
  }
  return "subject";
}

std::optional<TagInfo> DescribeTag(std::string_view code) {
  code = Trim(code);
  if (code.empty() || code.size() > 200) return std::nullopt;
  if (code.find('(') != std::string_view::npos) return DescribePerson(code);
  std::string upper = UpperCopy(code);
  // `PHUM.` and `PGOV:` as TAGS lines leave them.
  while (!upper.empty() && (upper.back() == '.' || upper.back() == ':' || upper.back() == ';' ||
                            upper.back() == ',')) {
    upper.pop_back();
  }
  if (const TagInfo* t = Lookup(upper)) return *t;
  const Table& table = GetTable();
  if (auto it = table.typos.find(upper); it != table.typos.end()) {
    if (const TagInfo* t = Lookup(it->second)) return *t;
  }
  // The rules the record's TAGS go through (tags.h): POGOV -> PGOV. A code
  // that splits into several (PRELPGOV) is not one tag.
  if (upper.find(' ') == std::string::npos && upper.size() <= 24) {
    std::vector<std::string> fixed;
    CanonicalTagCode(upper, &fixed);
    if (fixed.size() == 1 && fixed[0] != upper) {
      if (const TagInfo* t = Lookup(fixed[0])) return *t;
    }
  }
  return std::nullopt;
}

std::vector<TagInfo> FindTags(std::string_view words) {
  std::vector<TagInfo> out;
  words = Trim(words);
  if (words.empty()) return out;
  std::string code_hit;
  if (words.find(' ') == std::string_view::npos) {
    if (auto t = DescribeTag(words); t && t->kind != TagClass::kPerson) {
      code_hit = t->code;
      out.push_back(std::move(*t));
    }
  }
  const std::vector<std::string> query = Words(words);
  if (query.empty()) return out;
  const Table& table = GetTable();
  for (size_t i = 0; i < table.tags.size(); ++i) {
    if (table.tags[i].code == code_hit) continue;
    bool all = true;
    for (const auto& w : query) {
      if (!MeaningHas(table.meaning_words[i], w)) {
        all = false;
        break;
      }
    }
    if (all) out.push_back(table.tags[i]);
  }
  return out;
}

const std::vector<TagInfo>& AllTags() { return GetTable().tags; }

std::string TagSearchText(const std::vector<std::string>& tags) {
  std::string out;
  for (const auto& tag : tags) {
    if (!out.empty()) out += "; ";
    out += tag;
    if (auto info = DescribeTag(tag); info && !info->meaning.empty()) {
      out.push_back(' ');
      out += info->meaning;
    }
  }
  return out;
}

}  // namespace cablescope::link
