#include "parse/signers.h"

#include <array>

#include "parse/page_breaks.h"

namespace cablescope::parse {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsLetter(char c) { return IsUpper(c) || IsLower(c); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool EqualsNoCase(std::string_view a, std::string_view upper) {
  if (a.size() != upper.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = IsLower(a[i]) ? static_cast<char>(a[i] - 'a' + 'A') : a[i];
    if (c != upper[i]) return false;
  }
  return true;
}

// Words that end cables but are not names.
bool IsStopWord(std::string_view word) {
  static constexpr std::string_view kStop[] = {
      "END",      "COMMENT",  "COMMENTS", "SUMMARY", "NOTE",     "TEXT",     "QUOTE",
      "UNQUOTE",  "MINIMIZE", "CONSIDERED", "REGARDS", "THANKS", "THANK",    "YOU",
      "CABLE",    "MESSAGE",  "SIPDIS",   "NOFORN",  "EXDIS",    "NODIS",    "CONFIDENTIAL",
      "SECRET",   "UNCLASSIFIED", "UNCLAS", "LIMITED", "OFFICIAL", "USE",    "SENSITIVE",
      "BT",       "NNN",      "NNNN",     "TAGS",    "SUBJECT",  "REF",      "INFO",
      "ACTION",   "AND",      "THE",      "OF",      "FOR",      "TO",       "IN",
      "ON",       "AT",       "BY",       "IS",      "IT",       "ALL",      "POINTS",
      "FYI",      "PARA",     "DECL",     "OADR",    "STATE",    "SECSTATE", "WASHDC",
      "PRIORITY", "IMMEDIATE", "ROUTINE", "USG",     "YES",      "NO",       "OK",
      "VERBATIM", "PASS",     "SEPTEL",   "REFTEL",  "BEGIN",    "TRANSLATION", "DEPARTMENT",
      "UN",       "US"};  // `International Organizations:  UN CLINTON` (09STATE80163)
  for (std::string_view s : kStop) {
    if (EqualsNoCase(word, s)) return true;
  }
  return false;
}

bool IsSuffix(std::string_view word) {
  return EqualsNoCase(word, "JR") || EqualsNoCase(word, "SR") || EqualsNoCase(word, "II") ||
         EqualsNoCase(word, "III");
}

// A surname as signatures write it: letters, inner '-' and '\''.
bool IsNameWord(std::string_view w) {
  if (w.size() < 2 || !IsLetter(w.front()) || !IsLetter(w.back())) return false;
  bool all_x = true;
  for (char c : w) {
    if (!IsLetter(c) && c != '-' && c != '\'') return false;
    all_x = all_x && (c == 'X' || c == 'x');
  }
  return !(all_x && w.size() >= 3);  // XXXXXXXXXXXX: redacted
}

bool IsAllUpper(std::string_view w) {
  for (char c : w) {
    if (IsLower(c)) return false;
  }
  return true;
}

std::string Upper(std::string_view w) {
  std::string s(w);
  for (char& c : s) {
    if (IsLower(c)) c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// A post's web footer (`Visit Ankara's Classified Web Site at
// http://www.intelink.s` / `gov.gov/wiki/Portal:Turkey"`), which may follow
// the signature or precede it.
bool IsFooter(std::string_view line) {
  return line.find("://") != std::string_view::npos ||
         line.find("sgov.gov") != std::string_view::npos ||
         line.find("gov.gov/") != std::string_view::npos ||
         line.find("Classified Web") != std::string_view::npos;
}

// A run of `*****` or a redaction `XXXXXXXX`: filler, not prose.
bool IsFiller(std::string_view word) {
  if (word.size() < 3) return false;
  for (char c : word) {
    if (c != '*' && c != 'X' && c != 'x') return false;
  }
  return true;
}

// Lines after the signature that are not it.
bool IsTrailer(std::string_view line) {
  if (IsClassificationBanner(line) || IsTransmissionMark(line)) return true;
  if (EqualsNoCase(line, "END CABLE TEXT") || EqualsNoCase(line, "END OF CABLE") ||
      EqualsNoCase(line, "END OF MESSAGE"))
    return true;
  if (IsFooter(line)) return true;
  // A title cut short by the publisher (06MANAGUA1002: `TRIVELLI` / blank /
  // `DANIEL ORTEGA AN...`).
  if (line.size() >= 3 && line.substr(line.size() - 3) == "...") return true;
  // The WikiLeaks site leaked its own SQL into some pages (06LAPAZ3400:
  // `GOLDBERG` / `SELECT * FROM ...`).
  if (line.substr(0, 7) == "SELECT " && line.find(" FROM ") != std::string_view::npos) return true;
  // A mail client's stamp after the end mark (10BRUSSELS183: `Zenaida X
  // Toledo 07/30/2008 04:04:14 PM From DB/Inbox: TRANS`).
  if (line.find("From DB/Inbox") != std::string_view::npos) return true;
  // `>`, `.`, `--`, and a redaction line after the end marks
  // (09STATE63860: `... CLINTON` / `NNNN` / `End Cable Text` / `XXXXXXXXXXXX`).
  for (char c : line) {
    if (IsLetter(c) && c != 'X' && c != 'x') return false;
    if (IsDigit(c)) return false;
  }
  return true;
}

bool EndsSentence(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return true;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == '"' || c == ')' || c == '\'' || c == ':' ||
      c == ';')
    return true;
  // ” (E2 80 9D) and ’ (E2 80 99)
  if (s.size() >= 3 && s[s.size() - 3] == '\xE2' && s[s.size() - 2] == '\x80' &&
      (s.back() == '\x9D' || s.back() == '\x99'))
    return true;
  // `END COMMENT THORNE`, `END TEXT HEFFERN`: a section closed without a
  // full stop.
  return (s.size() >= 7 && EqualsNoCase(s.substr(s.size() - 7), "COMMENT")) ||
         (s.size() >= 8 && EqualsNoCase(s.substr(s.size() - 8), "END TEXT"));
}

// Splits `line` into at most kMax words; returns the count or kMax+1 when
// there are more.
constexpr size_t kMaxWords = 4;
size_t SplitWords(std::string_view line, std::array<std::string_view, kMaxWords>* words) {
  size_t n = 0;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && IsSpace(line[i])) ++i;
    if (i >= line.size()) break;
    size_t j = i;
    while (j < line.size() && !IsSpace(line[j])) ++j;
    if (n == kMaxWords) return kMaxWords + 1;
    (*words)[n++] = line.substr(i, j - i);
    i = j;
  }
  return n;
}

bool IsDateOrPunct(std::string_view w) {
  for (char c : w) {
    if (IsLetter(c)) return false;
  }
  return true;
}

// The signature as a whole line: `RICE`, `Curran`, `TIMKEN JR`, `LA LIME`,
// `SHANNON SHANNON`, `MANZANARES .`, `KEENE, DEPUTY`. `after_sentence`: the
// line before ends a sentence or is blank.
bool ReadSignatureLine(std::string_view line, bool after_sentence, std::vector<std::string>* out) {
  if (line.size() > 40) return false;
  size_t comma = line.find(',');
  if (comma != std::string_view::npos) line = line.substr(0, comma);
  std::array<std::string_view, kMaxWords> words;
  size_t n = SplitWords(line, &words);
  if (n > kMaxWords) return false;
  std::array<std::string_view, kMaxWords> names;
  size_t m = 0;
  for (size_t i = 0; i < n; ++i) {
    std::string_view w = words[i];
    if (IsDateOrPunct(w)) continue;
    while (!w.empty() && w.front() == '.') w.remove_prefix(1);  // `.FARRAR`
    if (!IsNameWord(w) || IsStopWord(w)) return false;
    names[m++] = w;
  }
  if (m == 0 || m > 3) return false;
  // Drop a suffix and a repeated name.
  if (m >= 2 && IsSuffix(names[m - 1])) --m;
  if (m == 2 && EqualsNoCase(names[1], Upper(names[0]))) m = 1;
  bool upper = true;
  for (size_t i = 0; i < m; ++i) upper = upper && IsAllUpper(names[i]);
  if (!upper) {
    // Mixed case: one name, standing apart from the prose above it.
    if (m != 1 || !after_sentence) return false;
  }
  std::string name;
  for (size_t i = 0; i < m; ++i) {
    if (i > 0) name.push_back(' ');
    name += Upper(names[i]);
  }
  out->push_back(std::move(name));
  return true;
}

// The signature at the end of a prose line: `... End comment. RIVKIN`,
// `... to Europe. Edelman`, `... in 2009. LA LIME`. Returns the offset of
// the signature in `line`, or npos.
size_t ReadSignatureTail(std::string_view line, std::vector<std::string>* out) {
  size_t end = line.size();
  size_t start = end;
  while (start > 0 && !IsSpace(line[start - 1])) --start;
  std::string_view last = line.substr(start, end - start);
  while (!last.empty() && last.front() == '.') last.remove_prefix(1);  // `restructuring. .FARRAR`
  if (start == 0 || !IsNameWord(last) || IsStopWord(last) || last.size() < 3)
    return std::string_view::npos;
  bool upper = IsAllUpper(last);
  if (!upper && !IsUpper(last.front())) return std::string_view::npos;
  std::string_view before = line.substr(0, start);
  size_t sig = static_cast<size_t>(last.data() - line.data());
  std::string name = Upper(last);
  // After a web footer or filler (`...index.c fm STAPLETON`, `*****
  // CUNNINGHAM`, `XXXXXXXXXXX STEPHENS`) an upper-case name stands apart too.
  std::string_view trimmed_before = Trim(before);
  size_t word = trimmed_before.size();
  while (word > 0 && !IsSpace(trimmed_before[word - 1])) --word;
  bool apart = EndsSentence(before) || IsFooter(before) ||
               (upper && IsFiller(trimmed_before.substr(word)));
  if (!apart && upper) {
    // `LA LIME`: a short upper-case particle before the surname.
    std::string_view head = Trim(before);
    size_t p = head.size();
    while (p > 0 && !IsSpace(head[p - 1])) --p;
    std::string_view particle = head.substr(p);
    if (particle.size() > 3 || !IsNameWord(particle) || !IsAllUpper(particle) ||
        IsStopWord(particle) || !EndsSentence(head.substr(0, p)) || p == 0)
      return std::string_view::npos;
    sig = static_cast<size_t>(particle.data() - line.data());
    name = Upper(particle) + " " + name;
  } else if (!apart) {
    return std::string_view::npos;
  }
  out->push_back(std::move(name));
  return sig;
}


// Flattened JSON bodies (CableChunk::flattened) lost the line break before
// the signature, so the name is fused to what came before it and the lines
// after it run on:
//
//   ...End comment.Visit Ankara's Classified Web Site at http://www.state.sgov.gov/p/eur/ankara/WILSON
//   ...Web Site at http://www.intelink.sgov.gov/wiki/Portal:Turk eyJeffrey   (07-10ANKARA)
//   ...Portal:Turk eyAnkara 00000536 002 of 002Wilson                        (08ANKARA536)
//   ...Track Munich reporting at atxxxxxCrockart                             (08MUNICH355)
//   ...eternity.End comment.Murphy            ...x.  MINIMIZE CONSIDERED  MURRAY .
//   ...sour.  JEFFREY             "Visit Ankara's Classified Web Site at http://..."
//   ...Russian Embassy CLINTON   NNNN  End Cable Text      ...PROCESS.   LAINGEN  CONFIDENTIAL
//   ...End Talking Points CLINTON     ...SUCCEED.  GP-3 SACCIO     ...Burns. LU
//
// One trailer at the end of `text` (end marks, a banner after a double
// space, a lone `.`, a web footer), cut off; `text` itself when none.
std::string_view CutInlineTrailer(std::string_view text) {
  text = Trim(text);
  constexpr std::string_view kEndText = "END CABLE TEXT";
  if (text.size() >= kEndText.size() &&
      EqualsNoCase(text.substr(text.size() - kEndText.size()), kEndText))
    return Trim(text.substr(0, text.size() - kEndText.size()));
  size_t word = text.size();
  while (word > 0 && !IsSpace(text[word - 1])) --word;
  std::string_view last = text.substr(word);
  if (IsTransmissionMark(last) || (!last.empty() && IsDateOrPunct(last) && !IsDigit(last.back())))
    return Trim(text.substr(0, word));
  size_t gap = text.rfind("  ");
  if (gap != std::string_view::npos && gap + 2 < text.size() &&
      IsClassificationBanner(Trim(text.substr(gap + 2))))
    return Trim(text.substr(0, gap));
  if (IsFooter(text)) {
    // The footer starts at `Visit` / `Please visit`, maybe after a quote.
    size_t visit = text.rfind("isit ");
    if (visit == std::string_view::npos || visit == 0 ||
        (text[visit - 1] != 'V' && text[visit - 1] != 'v'))
      return text;
    std::string_view head = text.substr(0, visit - 1);
    if (head.size() >= 7 && head.substr(head.size() - 7) == "Please ") head.remove_suffix(7);
    if (!head.empty() && head.back() == '"') head.remove_suffix(1);
    if (head.size() >= 3 && head.substr(head.size() - 3) == "\xE2\x80\x9C") head.remove_suffix(3);
    return Trim(head);
  }
  return text;
}

// A name fused to the text before it: returns its offset in `text`, or npos.
size_t ReadFusedName(std::string_view text, std::vector<std::string>* out) {
  size_t start = text.size();
  while (start > 0 && IsLetter(text[start - 1])) --start;
  if (start == text.size()) return std::string_view::npos;
  std::string_view run = text.substr(start);
  size_t name = std::string_view::npos;
  // `Turk eyJeffrey`, `Unit ed_KingdomSUSMAN`, `atxxxxxCrockart`: the name
  // starts at the last lower-to-upper change, after a footer or a redaction
  // (not `LeBaron`, a name of its own).
  size_t i = run.size() - 1;
  while (i > 0 && !(IsLower(run[i - 1]) && IsUpper(run[i]))) --i;
  if (i > 0) {
    std::string_view left = text.substr(0, start + i);
    bool redacted = left.size() >= 3 && left.substr(left.size() - 3) == "xxx";
    if (redacted || IsFooter(text)) name = start + i;
  }
  if (name == std::string_view::npos && start > 0) {
    char before = text[start - 1];
    if (before == '.') {
      // `eternity.End comment.Murphy`, `unrealistic.DERSE`, `xxxxx.MURPHY`
      // (not `U.S.Embassy`: the full stop must end a lower-case word).
      if (start >= 2 && IsLower(text[start - 2])) name = start;
    } else if (before == '/' || IsDigit(before)) {
      // `.../ankara/WILSON`, `... 002 of 002Wilson`: only inside a footer.
      if (IsFooter(text) && (before != '/' || IsAllUpper(run))) name = start;
    }
  }
  if (name == std::string_view::npos) return name;
  std::string_view word = text.substr(name);
  bool capitalised = IsUpper(word.front());
  for (size_t k = 1; k < word.size() && capitalised; ++k) capitalised = IsLower(word[k]);
  if (word.size() < 3 || IsStopWord(word) || !IsNameWord(word) ||
      !(capitalised || IsAllUpper(word)))
    return std::string_view::npos;
  out->push_back(Upper(word));
  return name;
}

// An upper-case name after a space that ReadSignatureTail does not take as
// standing apart: after prose without a full stop (`Points CLINTON`,
// `away.8 BUTENIS`), a group mark (`GP-3 SACCIO`), a marker line (`MINIMIZE
// CONSIDERED  MURRAY`, `UN CLINTON`) or a run of spaces, where a line broke.
size_t ReadSpacedName(std::string_view text, std::vector<std::string>* out) {
  size_t start = text.size();
  while (start > 0 && !IsSpace(text[start - 1])) --start;
  std::string_view last = text.substr(start);
  if (start == 0 || !IsNameWord(last) || !IsAllUpper(last) || IsStopWord(last))
    return std::string_view::npos;
  std::string_view before = text.substr(0, start);
  std::string_view head = Trim(before);
  size_t p = head.size();
  while (p > 0 && !IsSpace(head[p - 1])) --p;
  std::string_view prev = head.substr(p);
  bool prose = false;
  for (char c : prev) prose = prose || IsLower(c) || IsDigit(c);
  bool gap = before.size() >= 2 && IsSpace(before[before.size() - 2]);
  if (last.size() == 2) {
    // `cleared by U/S Burns. LU`: two letters only after a sentence.
    if (!(prose && prev.back() == '.')) return std::string_view::npos;
  } else if (!(prose || gap || IsStopWord(prev))) {
    return std::string_view::npos;
  }
  out->push_back(std::string(last));
  return start;
}

// The signature at the end of the last line of a flattened body; its offset
// in `line`, or npos.
size_t ReadFlattenedTail(std::string_view line, std::vector<std::string>* out) {
  std::string_view text = Trim(line);
  for (int cuts = 0; cuts < 8 && !text.empty(); ++cuts) {
    size_t at = ReadFusedName(text, out);
    if (at == std::string_view::npos) at = ReadSignatureTail(text, out);
    if (at == std::string_view::npos) at = ReadSpacedName(text, out);
    if (at == std::string_view::npos) {
      // `TIMKEN JR` after prose: the suffix is dropped.
      size_t word = text.size();
      while (word > 0 && !IsSpace(text[word - 1])) --word;
      if (word > 0 && IsSuffix(text.substr(word))) {
        std::string_view head = Trim(text.substr(0, word));
        at = ReadSignatureTail(head, out);
        if (at == std::string_view::npos) at = ReadSpacedName(head, out);
      }
    }
    if (at != std::string_view::npos) return static_cast<size_t>(text.data() - line.data()) + at;
    std::string_view cut = CutInlineTrailer(text);
    if (cut.size() == text.size()) break;
    text = cut;
  }
  return std::string_view::npos;
}

}  // namespace

size_t FindSigners(std::string_view body, size_t begin, std::vector<std::string>* signers,
                   bool flattened) {
  if (begin > body.size()) return body.size();
  size_t end = body.size();
  for (int skipped = 0; skipped < 8 && end > begin; ++skipped) {
    size_t nl = body.rfind('\n', end - 1);
    size_t start = (nl == std::string_view::npos || nl < begin) ? begin : nl + 1;
    std::string_view line = Trim(body.substr(start, end - start));
    if (flattened && !line.empty()) {
      size_t tail = ReadFlattenedTail(line, signers);
      if (tail != std::string_view::npos) {
        return static_cast<size_t>(line.data() - body.data()) + tail;
      }
    }
    if (!line.empty() && IsFooter(line)) {
      // `Please visit Paris' Classified Website at: http://...index.c fm
      // STAPLETON` (06PARIS7755): the name may end the footer line.
      size_t tail = ReadSignatureTail(line, signers);
      if (tail != std::string_view::npos) {
        return static_cast<size_t>(line.data() - body.data()) + tail;
      }
    } else if (!line.empty() && !IsTrailer(line)) {
      // The line before: blank or ending a sentence lets a mixed-case
      // name stand alone (`... END COMMENT.` / `Curran`).
      bool after_sentence = true;
      if (start > begin) {
        size_t prev_end = start - 1;
        size_t pnl = prev_end == 0 ? std::string_view::npos : body.rfind('\n', prev_end - 1);
        size_t prev_start = (pnl == std::string_view::npos || pnl < begin) ? begin : pnl + 1;
        std::string_view prev = Trim(body.substr(prev_start, prev_end - prev_start));
        // `Huntsman` / `huntsman` (09BEIJING2964): the name written twice.
        after_sentence = EndsSentence(prev) || IsFooter(prev) || IsTrailer(prev) ||
                         EqualsNoCase(prev, Upper(line));
      }
      if (ReadSignatureLine(line, after_sentence, signers)) return start;
      size_t tail = ReadSignatureTail(line, signers);
      if (tail != std::string_view::npos) {
        return static_cast<size_t>(line.data() - body.data()) + tail;
      }
      return body.size();
    }
    end = start == 0 ? 0 : start - 1;
    if (start == begin) break;
  }
  return body.size();
}

}  // namespace cablescope::parse
