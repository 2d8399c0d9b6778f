// DetectFormat: the format of an input from its first 64 KiB.
//
// Checks go from the most specific marker to the least: a WikiLeaks or
// PlusD page names itself, JSON and cables.csv have a fixed shape, a news
// page has prose (or a cables.csv row flattened with no-break spaces) before
// the cable, and text converted from PDF has CRLF and Latin-1 or form
// feeds. Anything else is a telegram, the format that asks least.
#include <algorithm>
#include <string_view>

#include "parse/cables_csv_row.h"
#include "parse/format.h"
#include "parse/text_encoding.h"

namespace cablescope::parse {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

bool Contains(std::string_view s, std::string_view needle) {
  return s.find(needle) != std::string_view::npos;
}

// Case-insensitive search for an ASCII needle given in lower case.
bool ContainsNoCase(std::string_view s, std::string_view lower_needle) {
  auto it = std::search(s.begin(), s.end(), lower_needle.begin(), lower_needle.end(),
                        [](char a, char b) { return (IsUpper(a) ? a + 32 : a) == b; });
  return it != s.end();
}

size_t SkipSpace(std::string_view s, size_t i) {
  while (i < s.size() && IsSpace(s[i])) ++i;
  return i;
}

std::string_view TrimLine(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool IsWikileaksPage(std::string_view head) {
  return Contains(head, "<table class='cable'>") || Contains(head, "<table class=\"cable\">") ||
         (Contains(head, "<title>Cable Viewer</title>") && ContainsNoCase(head, "<html"));
}

// PlusD pages load their scripts from /plusd/ and label the id
// `Canonical ID` (1974ATHENS02959_b).
bool IsPlusdPage(std::string_view head) {
  return Contains(head, "/plusd/") && Contains(head, "Canonical ID");
}

bool IsJson(std::string_view head, size_t first) {
  if (first >= head.size()) return false;
  if (head[first] == '[') {
    first = SkipSpace(head, first + 1);
    if (first >= head.size()) return false;
  }
  if (head[first] != '{') return false;
  return Contains(head, "\"_id\"") || Contains(head, "\"reference_id\"") ||
         Contains(head, "\"body\"");
}

// The first non-blank line is a row, or a row starts on some later line (a
// byte chunk of the dump that begins mid-row: `"\n"1","12/28/1966 18:48",...`).
bool IsCablesCsv(std::string_view head, size_t first) {
  if (IsCablesCsvRowStart(head.substr(first))) return true;
  for (size_t nl = head.find('\n'); nl != std::string_view::npos; nl = head.find('\n', nl + 1)) {
    if (nl + 1 < head.size() && head[nl + 1] == '"' && IsCablesCsvRowStart(head.substr(nl + 1))) {
      return true;
    }
  }
  return false;
}

constexpr std::string_view kNbsp = "\xC2\xA0";

// Skips spaces and no-break spaces backwards from `end`; true when at
// least one no-break space was among them.
bool NbspBefore(std::string_view s, size_t end) {
  bool seen = false;
  while (end > 0) {
    if (s[end - 1] == ' ') {
      --end;
    } else if (end >= 2 && s.substr(end - 2, 2) == kNbsp) {
      end -= 2;
      seen = true;
    } else {
      break;
    }
  }
  return seen;
}

bool NbspAfter(std::string_view s, size_t i) {
  bool seen = false;
  while (i < s.size()) {
    if (s[i] == ' ') {
      ++i;
    } else if (s.substr(i, 2) == kNbsp) {
      i += 2;
      seen = true;
    } else {
      break;
    }
  }
  return seen;
}

// Length of `M/D/YYYY H:MM` at s[i], or 0.
size_t DateTimeAt(std::string_view s, size_t i) {
  const size_t start = i;
  auto digits = [&](size_t min, size_t max) {
    size_t b = i;
    while (i < s.size() && i - b < max && IsDigit(s[i])) ++i;
    return i - b >= min;
  };
  auto lit = [&](char c) {
    if (i < s.size() && s[i] == c) {
      ++i;
      return true;
    }
    return false;
  };
  if (digits(1, 2) && lit('/') && digits(1, 2) && lit('/') && digits(4, 4) && lit(' ') &&
      digits(1, 2) && lit(':') && digits(2, 2)) {
    return i - start;
  }
  return 0;
}

// Seed 003 (DAWN.COM): a cables.csv row whose fields are separated by
// no-break spaces, `ID: 66432\u00a0\u00a0 06/02/2006 12:46\u00a0\u00a0 06ISLAMABAD10261...`.
bool HasNbspSeparatedRow(std::string_view head) {
  for (size_t at = head.find(kNbsp); at != std::string_view::npos; at = head.find(kNbsp, at + 2)) {
    size_t i = at + 2;
    while (i < head.size() && (head[i] == ' ' || head.substr(i, 2) == kNbsp)) {
      i += head[i] == ' ' ? 1 : 2;
    }
    const size_t len = DateTimeAt(head, i);
    if (len > 0 && NbspBefore(head, i) && NbspAfter(head, i + len)) return true;
  }
  return false;
}

// A line that starts a cable: the transmission id, a spaced-out or plain
// classification line, or a date-time group line (`O 130023Z JUN 09`).
bool IsCableStartLine(std::string_view line) {
  for (std::string_view p :
       {"VZCZC", "C O N F I D E N T I A L", "S E C R E T", "U N C L A S", "UNCLAS ",
        "CONFIDENTIAL ", "SECRET ", "LIMITED OFFICIAL USE", "SENSITIVE BUT UNCLASSIFIED"}) {
    if (line.substr(0, p.size()) == p) return true;
  }
  // `O 130023Z JUN 09`, `P R 281848Z DEC 66`
  size_t i = 0;
  while (i + 1 < line.size() && IsUpper(line[i]) && line[i + 1] == ' ') i += 2;
  if (i == 0) return false;
  size_t d = i;
  while (d < line.size() && IsDigit(line[d])) ++d;
  return d - i == 6 && d < line.size() && line[d] == 'Z';
}

// WikiLeaks' own page text, which copies of telegrams keep above the
// header: not the prose of a news page.
bool IsWikileaksChrome(std::string_view line) {
  for (std::string_view p : {"viewing cable", "new to these pages", "understanding cables",
                             "discussing cables", "reference id", "partial extract", "wikileaks"}) {
    if (ContainsNoCase(line, p)) return true;
  }
  return false;
}

// Prose: a few words with lower-case letters (cable headers are upper case).
bool IsProseLine(std::string_view line) {
  size_t words = 0, lower = 0;
  bool in_word = false;
  for (char c : line) {
    if (IsLower(c)) ++lower;
    const bool word_char = !IsSpace(c);
    if (word_char && !in_word) ++words;
    in_word = word_char;
  }
  return words >= 3 && lower * 3 >= line.size() && !IsWikileaksChrome(line);
}

// A news page: at least three lines of prose before the first line that
// starts a cable (site name, date, headline, "Published ...").
bool HasProseBeforeCable(std::string_view head) {
  int prose = 0;
  int lines = 0;
  size_t pos = 0;
  while (pos < head.size() && lines < 400) {
    size_t nl = head.find('\n', pos);
    if (nl == std::string_view::npos) break;  // the last line may be cut
    std::string_view line = TrimLine(head.substr(pos, nl - pos));
    pos = nl + 1;
    ++lines;
    if (line.empty()) continue;
    if (IsCableStartLine(line)) return prose >= 3;
    if (IsProseLine(line)) ++prose;
  }
  return false;
}

bool IsHtmlPage(std::string_view head, size_t first) {
  return first < head.size() && head[first] == '<' &&
         (ContainsNoCase(head.substr(0, 4096), "<html") ||
          ContainsNoCase(head.substr(0, 4096), "<!doctype html"));
}

// Text converted from PDF: CRLF line ends with Latin-1 bytes (`\xB6` for
// ¶ in 06NEWDELHI5135.txt), or pdftotext's form feeds between pages.
bool IsPdfText(std::string_view head) {
  if (head.find('\f') != std::string_view::npos) return true;
  size_t lf = 0, crlf = 0;
  for (size_t i = 0; i < head.size(); ++i) {
    if (head[i] == '\n') {
      ++lf;
      if (i > 0 && head[i - 1] == '\r') ++crlf;
    }
  }
  if (crlf == 0 || crlf * 2 < lf) return false;
  // Ignore a UTF-8 sequence cut at the end of the head.
  size_t last_nl = head.rfind('\n');
  return !IsValidUtf8(head.substr(0, last_nl));
}

}  // namespace

Format DetectFormat(std::string_view head) {
  head.remove_prefix(ByteOrderMarkLength(head));
  const size_t first = SkipSpace(head, 0);
  if (first >= head.size()) return Format::kTelegram;
  if (IsWikileaksPage(head)) return Format::kWikileaksHtml;
  if (IsPlusdPage(head)) return Format::kPlusdHtml;
  if (IsJson(head, first)) return Format::kJson;
  if (IsCablesCsv(head, first)) return Format::kCablesCsv;
  if (HasNbspSeparatedRow(head) || HasProseBeforeCable(head) || IsHtmlPage(head, first)) {
    return Format::kPress;
  }
  if (IsPdfText(head)) return Format::kPdfText;
  return Format::kTelegram;
}

}  // namespace cablescope::parse
