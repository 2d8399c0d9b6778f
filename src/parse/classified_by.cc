#include "parse/classified_by.h"

#include <algorithm>
#include <array>

#include "parse/preamble_labels.h"

namespace cablescope::parse {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (IsAsciiUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

size_t AlphaSuffix(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && IsAsciiAlpha(s[s.size() - 1 - n])) ++n;
  return n;
}

size_t AlphaPrefix(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && IsAsciiAlpha(s[n])) ++n;
  return n;
}

bool IsCommonWord(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "for", "and", "reason", "reasons", "of", "the", "on", "by",
      "in",  "a",   "an",     "to",      "per", "under", "e", "with"};
  std::string l = Lower(w);
  return std::find(kWords.begin(), kWords.end(), l) != kWords.end();
}

// Words that make up titles on real Classified By lines (surveyed over the
// corpus): `Ambassador`, `Charge d'Affaires, a.i.`, `Deputy Chief of
// Mission`, `PolCouns`, `Political Minister-Counselor`, `Consul General`,
// `EcoPol Chief`, `U/S`, `A/S`, `PDAS` ...
constexpr std::array<std::string_view, 78> kTitleWords = {
    "ambassador", "amb", "charge", "chargé", "d'affaires", "d’affaires", "a.i", "ai",
    "cda", "dcm", "deputy", "chief", "mission", "polcouns", "political", "counselor",
    "counsellor", "consul", "general", "poloff", "econoff", "econcouns", "acting", "minister",
    "minister-counselor", "minister-counsellor", "minster", "polmc", "polmincouns", "officer",
    "economic", "ecopol", "principal", "assistant", "secretary", "under", "das", "pdas",
    "director", "section", "head", "pol", "econ", "polecon", "coordinator", "affairs",
    "special", "envoy", "representative", "permanent", "interagency", "provincial", "senior",
    "advisor", "adviser", "attache", "defense", "commercial", "public", "diplomacy",
    "management", "consular", "regional", "security", "team", "leader", "unit", "polcounselor",
    "econcounselor", "polchief", "cg", "dpo", "po", "ecmincouns", "econmincouns", "pol-mil",
    "polmil", "bureau"};

// Offices written in front of a title: `NEA Assistant Secretary`, `USEU
// Political M-C`, `T U/S`, `SCA A/S`.
constexpr std::array<std::string_view, 36> kOffices = {
    "NEA", "EUR", "WHA", "SCA", "EAP", "AF", "INR", "ISN", "USEU", "USNATO", "USUN", "PM",
    "DRL", "EEB", "IO", "OES", "T", "G", "PRM", "CT", "ECA", "IIP", "P", "E", "USAID", "DOS",
    "SRAP", "EB", "VCI", "NSC", "OSD", "DOD", "UNVIE", "USOSCE", "USTR", "RSO"};

std::string_view StripPunct(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';' || w.back() == ':'))
    w.remove_suffix(1);
  while (!w.empty() && (w.front() == '(' || w.front() == ','))
    w.remove_prefix(1);
  while (!w.empty() && w.back() == ')') w.remove_suffix(1);
  return w;
}

bool IsTitleWord(std::string_view raw) {
  std::string_view w = StripPunct(raw);
  if (w.empty()) return false;
  if (w.find('/') != std::string_view::npos) return true;  // A/DCM, POL/C, EEB/ESC/IEC, U/S
  for (std::string_view o : kOffices)
    if (w == o) return true;
  std::string l = Lower(w);
  return std::find(kTitleWords.begin(), kTitleWords.end(), l) != kTitleWords.end();
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && !IsAsciiSpace(s[i])) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

// `name` without trailing punctuation, keeping the full stop of an initial
// or `Jr.`, and without a trailing office in parentheses (`Maria Otero (G)`).
std::string_view TrimName(std::string_view name) {
  name = TrimSpace(name);
  while (!name.empty() && (name.back() == '.' || name.back() == ',' || name.back() == ';') &&
         name.size() >= 2 && name[name.size() - 2] == ')')
    name.remove_suffix(1);
  if (!name.empty() && name.back() == ')') {
    size_t open = name.rfind('(');
    if (open != std::string_view::npos && open > 0) name = TrimSpace(name.substr(0, open));
  }
  while (!name.empty() && (name.back() == ',' || name.back() == ';' || name.back() == ':' ||
                           name.back() == '-'))
    name = TrimSpace(name.substr(0, name.size() - 1));
  if (!name.empty() && name.back() == '.') {
    size_t word = AlphaSuffix(name.substr(0, name.size() - 1));
    std::string_view last = name.substr(name.size() - 1 - word, word);
    if (word > 2 && !EqualsNoCase(last, "Jr") && !EqualsNoCase(last, "Sr"))
      name.remove_suffix(1);
  }
  while (!name.empty() && (name.front() == ',' || name.front() == ':' || name.front() == ';'))
    name = TrimSpace(name.substr(1));
  return name;
}

bool IsRedactedOrNobody(std::string_view name) {
  bool all_x = true;
  for (char c : name)
    if (c != 'x' && c != 'X' && c != ' ' && c != '.') all_x = false;
  if (all_x) return true;
  return StartsWithNoCase(name, "Derived") || StartsWithNoCase(name, "Multiple");
}

// One person: `Ambassador Susan E. Rice`, `Tom Kelly, DCM`, `Anne W. Patterson`.
void ParsePerson(std::string_view part, std::vector<Person>* people) {
  part = TrimName(part);
  std::vector<std::string_view> words = Words(part);
  if (words.empty()) return;
  Person person;
  size_t t = 0;
  while (t < words.size()) {
    if (IsTitleWord(words[t])) { ++t; continue; }
    // `for`/`of`/`and` inside a title: `Deputy Chief of Mission`,
    // `Minister-Counselor for Economic Affairs`.
    std::string l = Lower(words[t]);
    if ((l == "for" || l == "of" || l == "and" || l == "the") && t > 0 && t + 1 < words.size() &&
        IsTitleWord(words[t + 1])) {
      ++t;
      continue;
    }
    break;
  }
  std::string_view name;
  if (t > 0) {
    // Title first. The title runs to the end of its last word.
    const char* title_end = words[t - 1].data() + words[t - 1].size();
    std::string_view title(part.data(), static_cast<size_t>(title_end - part.data()));
    title = TrimName(title);
    if (t < words.size()) {
      name = std::string_view(words[t].data(),
                              static_cast<size_t>(part.data() + part.size() - words[t].data()));
    }
    if (!title.empty()) person.title = std::string(title);
  } else {
    // Name first: `Tom Kelly, DCM`, `SUZANNE MCCORMICK, DIRECTOR, INR/OPS`.
    name = part;
    size_t comma = part.find(',');
    while (comma != std::string_view::npos) {
      std::string_view after = TrimSpace(part.substr(comma + 1));
      if (StartsWithNoCase(after, "Jr") || StartsWithNoCase(after, "Sr") ||
          StartsWithNoCase(after, "III") || StartsWithNoCase(after, "II")) {
        comma = part.find(',', comma + 1);
        continue;
      }
      name = part.substr(0, comma);
      std::vector<std::string_view> tw = Words(after);
      if (!tw.empty() && IsTitleWord(tw[0])) {
        std::string_view title = TrimName(after);
        if (!title.empty()) person.title = std::string(title);
      }
      break;
    }
  }
  name = TrimName(name);
  if (name.empty() || IsRedactedOrNobody(name)) return;
  size_t letters = 0;
  for (char c : name) letters += IsAsciiAlpha(c) ? 1 : 0;
  if (letters < 2 || Words(name).size() > 7) return;
  person.name.clear();
  AppendNormalized(name, &person.name);
  people->push_back(std::move(person));
}

// A section number of the order at s[i]: `1.4`, `1.5`, `1 .4`. Returns its
// length (0 when none) and the section in `section`.
size_t SectionAt(std::string_view s, size_t i, std::string* section) {
  if (i >= s.size() || s[i] != '1') return 0;
  if (i > 0 && (IsAsciiDigit(s[i - 1]) || s[i - 1] == '.')) return 0;
  size_t j = i + 1;
  if (j < s.size() && s[j] == ' ') ++j;
  if (j >= s.size() || s[j] != '.') return 0;
  ++j;
  if (j < s.size() && s[j] == ' ') ++j;
  if (j >= s.size() || s[j] < '1' || s[j] > '9') return 0;
  if (j + 1 < s.size() && IsAsciiDigit(s[j + 1])) return 0;
  *section = std::string("1.") + s[j];
  return j + 1 - i;
}

void AddReason(const std::string& section, char letter, std::vector<std::string>* reasons) {
  std::string r = section + "(" + static_cast<char>(letter | 0x20) + ")";
  if (std::find(reasons->begin(), reasons->end(), r) == reasons->end()) reasons->push_back(r);
}

// Reads the reason letters after a section number from s[i]: `(b) and (d)`,
// `(B, D)`, `b/d`, `(b-d)`, `(b)(d)`, `a,b,and d`. Returns the offset just
// past the list (its closing parenthesis and full stop included).
size_t ReadLetters(std::string_view s, size_t i, const std::string& section,
                   std::vector<std::string>* reasons) {
  size_t end = i;
  char last = 0;
  bool range = false;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == ',' || c == '(' || c == '/' || c == '+' || c == '&' ||
        c == ';' || c == ':') {
      ++i;
      continue;
    }
    if (c == ')') {
      ++i;
      if (last != 0) end = i;
      continue;
    }
    if (c == '-' && last != 0) {
      range = true;
      ++i;
      continue;
    }
    if (IsAsciiAlpha(c)) {
      size_t n = AlphaPrefix(s.substr(i));
      std::string w = Lower(s.substr(i, n));
      if (w == "and" || w == "or" || w == "an" || w == "nd") {
        i += n;
        continue;
      }
      if (n != 1 || w[0] < 'a' || w[0] > 'h') break;
      if (range && last != 0 && last < w[0]) {
        for (char x = static_cast<char>(last + 1); x < w[0]; ++x) AddReason(section, x, reasons);
      }
      range = false;
      AddReason(section, w[0], reasons);
      last = w[0];
      i += 1;
      end = i;
      continue;
    }
    break;
  }
  if (end < s.size() && s[end] == '.') ++end;
  return end;
}

}  // namespace

void AppendClassifiedByLine(std::string_view next, std::string* joined) {
  next = TrimSpace(next);
  if (next.empty()) return;
  std::string_view prev = TrimSpace(*joined);
  if (prev.empty()) {
    joined->assign(next);
    return;
  }
  joined->resize(static_cast<size_t>(prev.data() - joined->data()) + prev.size());
  size_t tail_n = AlphaSuffix(prev);
  size_t head_n = AlphaPrefix(next);
  bool glue = false;
  if (tail_n > 0 && head_n > 0) {
    std::string_view tail = prev.substr(prev.size() - tail_n);
    std::string_view head = next.substr(0, head_n);
    std::string both = Lower(tail) + Lower(head);
    if ((both == "reason" || both == "reasons") && !IsCommonWord(tail) && !IsCommonWord(head)) {
      glue = true;  // FOR REAS / ONS 1.4 B/D
    } else if (IsAsciiLower(head[0]) && tail_n >= 2 && IsAsciiUpper(tail[0]) &&
               IsAsciiLower(tail[1]) && !IsCommonWord(head)) {
      glue = true;  // Michae / l Corbin
    }
  }
  if (!glue) joined->push_back(' ');
  joined->append(next);
}

size_t ParseClassifiedBy(std::string_view text, std::vector<Person>* people,
                         std::vector<std::string>* reasons) {
  size_t base = 0;
  // Skip the colon, a repeated label (`Classified By: Classified By: ...`,
  // 10COLOMBO...) and a stray `by`.
  for (int k = 0; k < 3; ++k) {
    while (base < text.size() && (IsAsciiSpace(text[base]) || text[base] == ':')) ++base;
    // `Classified By: (U) CLASSIFIED BY EAP DAS ...` (10STATE9939)
    if (size_t mk = MarkingAt(text.substr(base))) {
      base += mk;
      continue;
    }
    LabelMatch m = MatchLabel(text.substr(base), false);
    if (m.label == PreambleLabel::kClassifiedBy) {
      base += m.length;
      continue;
    }
    if (StartsWithNoCase(text.substr(base), "by ")) {
      base += 3;
      continue;
    }
    break;
  }
  std::string_view s = text.substr(base);

  // Where the person ends: the word REASON, a section number, or `E.O.`.
  size_t who_end = s.size();
  std::string section;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = AsciiUpper(s[i]);
    if (c == 'R' && (i == 0 || !IsAsciiAlpha(s[i - 1])) && StartsWithNoCase(s.substr(i), "REASON")) {
      who_end = i;
      break;
    }
    if (c == '1' && SectionAt(s, i, &section) != 0) {
      who_end = i;
      break;
    }
    if (c == 'E' && (i == 0 || s[i - 1] == ' ') &&
        MatchLabel(s.substr(i), true).label == PreambleLabel::kExecutiveOrder) {
      who_end = i;
      break;
    }
  }
  std::string_view who = TrimName(s.substr(0, who_end));
  // `Ambassador X for reasons`: drop the `for` that leads into the reasons.
  for (;;) {
    size_t n = AlphaSuffix(who);
    if (n == 0) break;
    std::string_view last = who.substr(who.size() - n);
    if (n != who.size() && !IsAsciiSpace(who[who.size() - n - 1])) break;
    if (!EqualsNoCase(last, "for") && !EqualsNoCase(last, "per") && !EqualsNoCase(last, "under"))
      break;
    who = TrimName(who.substr(0, who.size() - n));
  }

  // Several people: `DCM X Y and PolCouns Z W`.
  size_t start = 0;
  for (size_t i = 0; i + 5 <= who.size(); ++i) {
    if (who[i] == ' ' && StartsWithNoCase(who.substr(i), " and ")) {
      std::string_view right = TrimSpace(who.substr(i + 5));
      std::vector<std::string_view> rw = Words(right.substr(0, std::min<size_t>(right.size(), 40)));
      if (!rw.empty() && IsTitleWord(rw[0]) && i > start) {
        ParsePerson(who.substr(start, i - start), people);
        start = i + 5;
      }
    }
  }
  ParsePerson(who.substr(start), people);

  // Reasons: every section number and its letters.
  size_t consumed = s.size();
  bool any_section = false;
  size_t i = who_end;
  size_t last_end = who_end;
  while (i < s.size()) {
    size_t n = SectionAt(s, i, &section);
    if (n == 0) {
      // Another section must follow the previous list closely
      // (`1.4 (b) and 1.5 (d)`); anything further is not a reason.
      if (any_section && i > last_end + 8) break;
      ++i;
      continue;
    }
    any_section = true;
    last_end = ReadLetters(s, i + n, section, reasons);
    consumed = last_end;
    i = std::max(last_end, i + n);
  }
  if (!any_section && who_end < s.size() && StartsWithNoCase(s.substr(who_end), "REASON")) {
    // `DCM Tom Kelly for reasons b, d.`: no section written; 1.4 is the
    // section of E.O. 12958 as amended, which such lines cite.
    size_t j = who_end + 6;
    while (j < s.size() && IsAsciiAlpha(s[j])) ++j;
    size_t before = reasons->size();
    size_t end = ReadLetters(s, j, "1.4", reasons);
    if (reasons->size() > before) consumed = end;
  }
  return base + consumed;
}

}  // namespace cablescope::parse
