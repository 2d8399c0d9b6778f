#include "parse/preamble_labels.h"

#include <array>

namespace cablescope::parse {
namespace {

constexpr std::string_view kPilcrow = "\xC2\xB6";  // ¶ in UTF-8
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

// Length of the whitespace character at s[i] (ASCII or U+00A0), else 0.
size_t SpaceAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (IsAsciiSpace(s[i])) return 1;
  if (s.substr(i, 2) == kNoBreakSpace) return 2;
  return 0;
}

// `E.O. 12958`, `EO 12958`, `E.o. 12958`, `E.O.12958`, `E. O. 12356`: the
// executive-order label must be followed by the order's digits, which keeps
// `EO` in prose (`GEO`, `EOS`) from matching.
size_t MatchExecutiveOrder(std::string_view s) {
  size_t i = 0;
  if (i >= s.size() || AsciiUpper(s[i]) != 'E') return 0;
  ++i;
  bool dotted = false;
  if (i < s.size() && s[i] == '.') { ++i; dotted = true; }
  if (dotted && i < s.size() && s[i] == ' ') ++i;
  if (i >= s.size() || AsciiUpper(s[i]) != 'O') return 0;
  ++i;
  if (i < s.size() && s[i] == '.') ++i;
  else if (dotted) return 0;  // `E.O` without the second dot is not seen
  size_t label_end = i;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  if (i >= s.size() || !IsAsciiDigit(s[i])) return 0;
  if (!dotted && i == label_end) return 0;  // `EO12958` is too loose
  return label_end;
}

// A word label (`TAGS`, `SUBJECT`) followed by a colon (any spaces before
// it), or, when not strict, by a space or the end of the line.
size_t MatchWord(std::string_view s, std::string_view word, bool strict) {
  if (!StartsWithNoCase(s, word)) return 0;
  size_t i = word.size();
  size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  if (j < s.size() && s[j] == ':') return j + 1;
  if (strict) return 0;
  if (i == s.size() || s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') return i;
  return 0;
}

bool IsMarkingPart(std::string_view p) {
  static constexpr std::array<std::string_view, 20> kParts = {
      "U", "C", "S", "TS", "SBU", "NF", "NOFORN", "FOUO", "LOU", "SI", "REL", "ORCON",
      "OC", "PROPIN", "PR", "EXDIS", "NODIS", "SENSITIVE", "UNCLASSIFIED", "CUI"};
  for (std::string_view k : kParts)
    if (EqualsNoCase(p, k)) return true;
  return false;
}

// True when `inner` (between parentheses) is a marking: parts from the
// list above separated by `/` or `//`.
bool IsMarkingInner(std::string_view inner) {
  if (inner.empty() || inner.size() > 40 || inner.front() == '/') return false;
  size_t start = 0;
  for (size_t i = 0; i <= inner.size(); ++i) {
    if (i == inner.size() || inner[i] == '/') {
      std::string_view part = inner.substr(start, i - start);
      // `(S/REL UK)`, `(C//REL TO USA, AUS)`: a release list after REL.
      if (StartsWithNoCase(part, "REL ")) {
        for (char c : part.substr(4))
          if (!IsAsciiUpper(c) && c != ' ' && c != ',') return false;
        return i == inner.size();
      }
      if (!part.empty() && !IsMarkingPart(part)) return false;
      start = i + 1;
    }
  }
  return true;
}

}  // namespace

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (AsciiUpper(s[i]) != AsciiUpper(prefix[i])) return false;
  return true;
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && StartsWithNoCase(a, b);
}

size_t FindNoCase(std::string_view s, std::string_view needle, size_t from) {
  if (needle.empty() || s.size() < needle.size()) return std::string_view::npos;
  char first = AsciiUpper(needle[0]);
  for (size_t i = from; i + needle.size() <= s.size(); ++i) {
    if (AsciiUpper(s[i]) == first && StartsWithNoCase(s.substr(i), needle)) return i;
  }
  return std::string_view::npos;
}

std::string_view TrimSpace(std::string_view s) {
  for (;;) {
    size_t n = SpaceAt(s, 0);
    if (n == 0) break;
    s.remove_prefix(n);
  }
  for (;;) {
    if (!s.empty() && IsAsciiSpace(s.back())) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s.substr(s.size() - 2) == kNoBreakSpace) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

bool IsBlank(std::string_view s) { return TrimSpace(s).empty(); }

void AppendNormalized(std::string_view s, std::string* out) {
  bool pending_space = !out->empty();
  size_t i = 0;
  while (i < s.size()) {
    size_t n = SpaceAt(s, i);
    if (n != 0) {
      if (!out->empty()) pending_space = true;
      i += n;
      continue;
    }
    if (pending_space) {
      out->push_back(' ');
      pending_space = false;
    }
    out->push_back(s[i]);
    ++i;
  }
}

LabelMatch MatchLabel(std::string_view s, bool strict) {
  if (s.empty()) return {};
  switch (AsciiUpper(s[0])) {
    case 'E':
      if (size_t n = MatchExecutiveOrder(s)) return {PreambleLabel::kExecutiveOrder, n};
      break;
    case 'T':
      if (size_t n = MatchWord(s, "TAGS", strict)) return {PreambleLabel::kTags, n};
      // `TAGS PINR, PTER` with no colon survives flattening (08RPODUBAI49 in
      // the JSON export): in capitals, before a capital, it is still a label.
      if (strict && s.size() > 5 && s.substr(0, 5) == "TAGS " && IsAsciiUpper(s[5]))
        return {PreambleLabel::kTags, 4};
      // `TAG: PTER, PREL` (09DOHA214), `TAG PTER, PGOV` (09STOCKHOLM194)
      if (size_t n = MatchWord(s, "TAG", strict)) return {PreambleLabel::kTags, n};
      break;
    case 'S':
      if (size_t n = MatchWord(s, "SUBJECT", strict)) return {PreambleLabel::kSubject, n};
      if (size_t n = MatchWord(s, "SUBJ", strict)) return {PreambleLabel::kSubject, n};
      break;
    case 'R': {
      // REFTEL(S) may stand alone (`REFTEL: STATE 1234`, `REFTEL STATE 1234`).
      if (StartsWithNoCase(s, "REFTEL")) {
        size_t i = 6;
        if (i < s.size() && AsciiUpper(s[i]) == 'S') ++i;
        if (i == s.size() || !IsAsciiAlpha(s[i])) {
          size_t j = i;
          while (j < s.size() && s[j] == ' ') ++j;
          return {PreambleLabel::kRef, (j < s.size() && s[j] == ':') ? j + 1 : i};
        }
      }
      if (size_t n = MatchWord(s, "REFERENCES", strict)) return {PreambleLabel::kRef, n};
      if (size_t n = MatchWord(s, "REFERENCE", strict)) return {PreambleLabel::kRef, n};
      if (size_t n = MatchWord(s, "REFS", strict)) return {PreambleLabel::kRef, n};
      if (size_t n = MatchWord(s, "REF", strict)) return {PreambleLabel::kRef, n};
      break;
    }
    case 'C':
      // `Classfied By:` (09ASHGABAT757) is the same label misspelt.
      if (StartsWithNoCase(s, "CLASSIFIED BY") || StartsWithNoCase(s, "CLASSFIED BY")) {
        size_t i = StartsWithNoCase(s, "CLASSFIED") ? 12 : 13;
        if (i < s.size() && IsAsciiAlpha(s[i])) break;  // `classified bysomething`
        size_t j = i;
        while (j < s.size() && s[j] == ' ') ++j;
        if (j < s.size() && s[j] == ':') i = j + 1;
        return {PreambleLabel::kClassifiedBy, i};
      }
      break;
    default:
      break;
  }
  return {};
}

size_t FindLabelInside(std::string_view s, size_t from, PreambleLabel after, bool paragraphs) {
  for (size_t i = from; i + 1 < s.size(); ++i) {
    char c = AsciiUpper(s[i]);
    char d = AsciiUpper(s[i + 1]);
    // Cheap two-byte filter first: this loop runs over every byte of the
    // preamble, MatchLabel only where a label can start.
    switch (c) {
      case '\xC2': if (d != '\xB6') continue; break;
      case '1': if (!paragraphs || d != '.') continue; break;
      case 'E': if (d != '.' && d != 'O') continue; break;
      case 'T': if (d != 'A') continue; break;
      case 'S': if (d != 'U') continue; break;
      case 'R': if (d != 'E') continue; break;
      case 'C': if (d != 'L') continue; break;
      default: continue;
    }
    if (c == '\xC2' || c == '1') {
      if (ParagraphStartAt(s.substr(i), false) != 0) return i;
      continue;
    }
    // No word boundary is demanded: flattened bodies fuse labels to the
    // word before them (`SipdisE.o. 12958`, `TUSUBJECT:`, `ADRIFTREF:`).
    LabelMatch m = MatchLabel(s.substr(i), /*strict=*/true);
    // ... but `DECL: DECLASSIFIED BY NARA 09/02/2009` (66BUENOSAIRES2481)
    // is a declassification note, not a Classified By label.
    if (m.label == PreambleLabel::kClassifiedBy && i >= 2 && AsciiUpper(s[i - 2]) == 'D' &&
        AsciiUpper(s[i - 1]) == 'E')
      continue;
    if (m.label != PreambleLabel::kNone && static_cast<int>(m.label) > static_cast<int>(after))
      return i;
  }
  return std::string_view::npos;
}

size_t ParagraphStartAt(std::string_view s, bool line_start) {
  size_t i = 0;
  bool pilcrow = false;
  if (s.substr(0, 2) == kPilcrow) {
    i = 2;
    pilcrow = true;
    while (i < s.size() && s[i] == ' ') ++i;
  }
  size_t digits = i;
  while (i < s.size() && IsAsciiDigit(s[i]) && i - digits < 3) ++i;
  if (i == digits) return 0;
  if (i < s.size() && IsAsciiDigit(s[i])) return 0;  // 4+ digits: a serial, not a paragraph
  if (s[digits] == '0') return 0;
  if (pilcrow) {
    if (i < s.size() && (s[i] == '.' || s[i] == ')')) ++i;
    return i;
  }
  if (i >= s.size() || (s[i] != '.' && s[i] != ')')) return 0;
  ++i;
  // `1.4 (b)` (a reason) and `1.5` are not paragraphs: a space must follow.
  size_t after_dot = i;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  if (line_start) {
    if (after_dot == s.size()) return after_dot;
    if (i == after_dot) return 0;
    return i;
  }
  // Mid-line (flattened text) only `1. (C)`: the first paragraph with its marking.
  if (i == after_dot || s.substr(digits, after_dot - digits) != "1.") return 0;
  if (i < s.size() && s[i] == '(' && MarkingAt(s.substr(i)) != 0) return i;
  return 0;
}

bool IsPageBreakLine(std::string_view line) {
  line = TrimSpace(line);
  if (line.size() < 8 || line.size() > 80) return false;
  // PAGE 02 STATE 023763 071504Z (1970s telegrams)
  if (line.substr(0, 5) == "PAGE " && line.size() > 5 && IsAsciiDigit(line[5])) return true;
  // <STATION> <serial> <page> OF <pages>: ends with `OF` + digits and
  // carries a long zero-padded serial.
  size_t end = line.size();
  size_t k = end;
  while (k > 0 && IsAsciiDigit(line[k - 1])) --k;
  // ` of ` in lower case too: `RIYADH 00000182 001.2 of 003` (10RIYADH182).
  if (k == end || k < 4 || !EqualsNoCase(line.substr(k - 4, 4), " OF ")) return false;
  size_t run = 0, best = 0;
  for (char c : line.substr(0, k - 4)) {
    run = IsAsciiDigit(c) ? run + 1 : 0;
    if (run > best) best = run;
    if (IsAsciiLower(c)) return false;
  }
  return best >= 6;
}

size_t MarkingAt(std::string_view s) {
  if (s.empty() || s[0] != '(') return 0;
  size_t close = s.find(')', 1);
  if (close == std::string_view::npos || close > 42) return 0;
  return IsMarkingInner(s.substr(1, close - 1)) ? close + 1 : 0;
}

size_t MarkingAtEnd(std::string_view s) {
  if (s.empty() || s.back() != ')') return 0;
  size_t open = s.rfind('(');
  if (open == std::string_view::npos || s.size() - open > 42) return 0;
  return IsMarkingInner(s.substr(open + 1, s.size() - open - 2)) ? s.size() - open : 0;
}

}  // namespace cablescope::parse
