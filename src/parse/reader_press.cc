// The press reader: a news page (as plain text) that reprints one cable.
//
// A page is chrome, the cable, more chrome:
//
//   DAWN.COM                                             site
//   Today's Paper | December 19, 2024                    the day the page was saved
//   Published 09 Jul, 2011 09:24am                       publication time
//   2006: Kasuri tried to convince Iran to accept ...    headline
//   <the cable>
//   Read Comments                                        footer
//   Schools to remain closed ... Next Story              the next story's title
//
// The cable comes in one of two shapes:
//  - a cables.csv row (seed 003, DAWN's 2011 series): `ID: 66432␣␣␣ 06/02/2006
//    12:46␣␣␣ 06ISLAMABAD10261␣␣␣ Embassy Islamabad␣␣␣ CONFIDENTIAL␣␣␣
//    06ISLAMABAD10142␣␣␣ "VZCZC...PRIORITY"␣␣␣ "C O N F I D E N T I A L ...`
//    where ␣ is a no-break space (C2 A0) and the header lost every newline;
//    the body kept its paragraphs but lost line ends inside the preamble
//    (`DECL: 06/02/2016TAGS: PK`), and its closing quote may be missing;
//  - a plain telegram inside the article (`VZCZC...` or `C O N F I D E N T I
//    A L ...` lines), header and text together.
// Either way the reader makes one chunk: the cable only, without the footer.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "parse/page_dates.h"
#include "parse/single_page_reader.h"
#include "parse/readers.h"

namespace cablescope::parse {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";

struct Line {
  size_t begin;
  size_t end;  // past the last byte, before "\r\n" or "\n"
};

std::vector<Line> SplitLines(std::string_view page) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < page.size()) {
    size_t nl = page.find('\n', pos);
    size_t end = nl == std::string_view::npos ? page.size() : nl;
    size_t trimmed = (end > pos && page[end - 1] == '\r') ? end - 1 : end;
    lines.push_back({pos, trimmed});
    pos = nl == std::string_view::npos ? page.size() : nl + 1;
  }
  return lines;
}

bool IsSpaceAt(std::string_view s, size_t i, size_t* width) {
  if (s[i] == ' ' || s[i] == '\t') {
    *width = 1;
    return true;
  }
  if (s.compare(i, 2, kNbsp) == 0) {
    *width = 2;
    return true;
  }
  return false;
}

// `s` without leading and trailing spaces, tabs and no-break spaces.
std::string_view Trim(std::string_view s) {
  size_t w = 0;
  while (!s.empty() && IsSpaceAt(s, 0, &w)) s.remove_prefix(w);
  while (!s.empty()) {
    if (s.back() == ' ' || s.back() == '\t' || s.back() == '\r') {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s.substr(s.size() - 2) == kNbsp) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

// Runs of whitespace (no-break spaces included) become one space.
std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  size_t i = 0;
  while (i < s.size()) {
    size_t w = 0;
    if (IsSpaceAt(s, i, &w) || s[i] == '\n' || s[i] == '\r') {
      space = !out.empty();
      i += w ? w : 1;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(s[i++]);
  }
  return out;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i], b = prefix[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + 32);
    if (a != b) return false;
  }
  return true;
}

bool EqualsNoCase(std::string_view s, std::string_view word) {
  return s.size() == word.size() && StartsWithNoCase(s, word);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A field separator of a reprinted cables.csv row: a run of whitespace
// holding a no-break space (`␣␣␣ ` in seed 003) or, where a site turned those
// into plain spaces, two or more spaces. A single space is inside a field
// (`Embassy Islamabad`). Returns the run's length at s[i], or 0.
size_t SeparatorAt(std::string_view s, size_t i) {
  size_t j = i, spaces = 0;
  bool nbsp = false;
  size_t w = 0;
  while (j < s.size() && IsSpaceAt(s, j, &w)) {
    nbsp |= w == 2;
    ++spaces;
    j += w;
  }
  return (nbsp || spaces >= 2) ? j - i : 0;
}

// The lines that end an article's text and start the page's footer. News
// sites vary; these are the ones reprints of cables show (DAWN: "Read
// Comments", then "<next title> Next Story").
bool IsFooterLine(std::string_view line) {
  line = Trim(line);
  static constexpr std::array<std::string_view, 12> kExact = {
      "read comments", "comments",      "related",       "related stories",
      "related articles", "share",     "share this",    "advertisement",
      "more stories",  "also read",     "previous story", "next story"};
  for (std::string_view f : kExact) {
    if (EqualsNoCase(line, f)) return true;
  }
  if (line.size() >= 10 && EqualsNoCase(line.substr(line.size() - 10), "next story")) return true;
  return StartsWithNoCase(line, "copyright") || line.starts_with("\xC2\xA9") ||
         StartsWithNoCase(line, "comments (");
}

// `ID: 66432` followed by a separator and a cables.csv date: the start of
// a reprinted row. Returns the position after "ID:" or npos.
size_t RowStart(std::string_view line) {
  std::string_view t = Trim(line);
  if (!t.starts_with("ID:")) return std::string_view::npos;
  size_t i = 3;
  size_t w = 0;
  while (i < t.size() && IsSpaceAt(t, i, &w)) i += w;
  size_t digits = i;
  while (i < t.size() && IsDigit(t[i])) ++i;
  if (i == digits || SeparatorAt(t, i) == 0) return std::string_view::npos;
  i += SeparatorAt(t, i);
  if (IsoFromUsDate(t.substr(i, 16)).empty()) return std::string_view::npos;
  return static_cast<size_t>(t.data() - line.data()) + 3;
}

// True for the first line of a telegram printed as such: the transmission
// id, a spaced-out or plain classification line in capitals, or a
// precedence + DTG line (`O 130023Z JUN 09`).
bool IsTelegramStart(std::string_view line) {
  std::string_view t = Trim(line);
  if (t.starts_with("VZCZC")) return true;
  static constexpr std::array<std::string_view, 5> kSpaced = {
      "C O N F I D E N T I A L", "S E C R E T", "U N C L A S S I F I E D",
      "L I M I T E D", "T O P S E C R E T"};
  for (std::string_view s : kSpaced) {
    if (t.starts_with(s)) return true;
  }
  // Plain words must open an all-capitals line with more on it, so that
  // an article's "Secret cables show ..." is not taken for a cable.
  bool lower = std::any_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (lower) return false;
  static constexpr std::array<std::string_view, 5> kPlain = {
      "UNCLAS ", "CONFIDENTIAL ", "SECRET ", "LIMITED OFFICIAL USE ", "UNCLASSIFIED "};
  for (std::string_view s : kPlain) {
    if (t.starts_with(s) && t.size() > s.size()) return true;
  }
  // `O 130023Z JUN 09`: precedence letters, a space, six digits and Z.
  size_t sp = t.find(' ');
  if (sp == std::string_view::npos || sp == 0 || sp > 2 || t.size() < sp + 8) return false;
  for (size_t i = 0; i < sp; ++i) {
    if (std::string_view("ZOPR").find(t[i]) == std::string_view::npos) return false;
  }
  for (size_t i = sp + 1; i < sp + 7; ++i) {
    if (!IsDigit(t[i])) return false;
  }
  return t[sp + 7] == 'Z';
}

// Splits a references field (`06ISLAMABAD10142`, several joined by commas,
// pipes or spaces) into ids.
void SplitReferences(std::string_view field, std::vector<std::string>* out) {
  size_t i = 0;
  while (i < field.size()) {
    size_t b = i;
    while (i < field.size() && field[i] != ',' && field[i] != '|' && field[i] != ';' &&
           field[i] != ' ' && field.compare(i, 2, kNbsp) != 0) {
      ++i;
    }
    if (i > b) out->emplace_back(field.substr(b, i - b));
    while (i < field.size() && (field[i] == ',' || field[i] == '|' || field[i] == ';' ||
                                field[i] == ' ' || field.compare(i, 2, kNbsp) == 0)) {
      i += field.compare(i, 2, kNbsp) == 0 ? 2 : 1;
    }
  }
}

// Reads a reprinted cables.csv row from `row` (which starts after "ID:")
// up to `limit` (the footer). False when it is not a row after all.
bool ReadRow(std::string_view row, CableChunk* chunk) {
  // The fields before the first quote: number, created, id, origin,
  // classification, then zero or more reference fields.
  size_t quote = row.find('"');
  size_t plain_end = std::min(quote, row.find('\n'));
  std::string_view plain = row.substr(0, std::min(plain_end, row.size()));
  std::vector<std::string_view> fields;
  size_t i = 0, begin = 0;
  while (i < plain.size()) {
    size_t sep = SeparatorAt(plain, i);
    if (sep == 0) {
      ++i;
      continue;
    }
    std::string_view f = Trim(plain.substr(begin, i - begin));
    if (!f.empty()) fields.push_back(f);
    i += sep;
    begin = i;
  }
  std::string_view last = Trim(plain.substr(begin));
  if (!last.empty()) fields.push_back(last);
  if (fields.size() < 5) return false;
  chunk->source_fields.push_back({"row", std::string(fields[0]), true});
  chunk->meta_created = IsoFromUsDate(fields[1]);
  chunk->meta_id = std::string(fields[2]);
  chunk->meta_origin = std::string(fields[3]);
  chunk->meta_classification = std::string(fields[4]);
  for (size_t f = 5; f < fields.size(); ++f) SplitReferences(fields[f], &chunk->meta_references);
  if (quote == std::string_view::npos) return true;

  // The header column, quoted; it ends at the next unescaped quote.
  std::string_view rest = row.substr(quote + 1);
  size_t close = 0;
  while ((close = rest.find('"', close)) != std::string_view::npos && close > 0 &&
         rest[close - 1] == '\\') {
    ++close;
  }
  if (close == std::string_view::npos) {
    // Only one quoted column: it is the body, not the header.
    chunk->text = std::string(rest);
    return true;
  }
  chunk->header = Collapse(rest.substr(0, close));
  rest.remove_prefix(close + 1);
  size_t w = 0;
  while (!rest.empty() && (IsSpaceAt(rest, 0, &w) || rest[0] == '\n' || rest[0] == '\r')) {
    rest.remove_prefix(rest[0] == '\n' || rest[0] == '\r' ? 1 : w);
  }
  if (!rest.empty() && rest[0] == '"') rest.remove_prefix(1);
  // The body ends at its closing quote: the first unescaped `"` that ends a
  // line (cables.csv escapes quotes inside a field as `\"`). DAWN's pages
  // drop it, so the footer, cut off by the caller, is the other end.
  size_t end = rest.size();
  for (size_t q = rest.find('"'); q != std::string_view::npos; q = rest.find('"', q + 1)) {
    if (q > 0 && rest[q - 1] == '\\') continue;
    std::string_view after = Trim(rest.substr(q + 1, rest.find('\n', q + 1) - (q + 1)));
    if (after.empty()) {
      end = q;
      break;
    }
  }
  std::string body;
  body.reserve(end);
  for (size_t k = 0; k < end; ++k) {
    if (rest[k] == '\\' && k + 1 < end && rest[k + 1] == '"') continue;  // `\"` -> `"`
    if (rest[k] == '\r') continue;
    body.push_back(rest[k]);
  }
  chunk->text = std::move(body);
  return true;
}

class PressReader : public SinglePageReader {
 public:
  PressReader(std::unique_ptr<InputStream> stream, std::string path, DiagnosticSink sink)
      : SinglePageReader(std::move(stream), std::move(path), Format::kPress, std::move(sink)) {}

 private:
  bool ParsePage(std::string_view page, CableChunk* chunk, std::string* error) override {
    if (!Parse(page, chunk)) {
      chunk->line = 0;
      *error = "no cable found in this news page";
      return false;
    }
    return true;
  }

  static bool Parse(std::string_view page, CableChunk* chunk) {
    std::vector<Line> lines = SplitLines(page);
    auto text_of = [&](const Line& l) { return page.substr(l.begin, l.end - l.begin); };

    // Where the cable starts: the first row or telegram line.
    size_t start = lines.size();
    size_t row_at = std::string_view::npos;
    for (size_t k = 0; k < lines.size(); ++k) {
      std::string_view t = text_of(lines[k]);
      size_t r = RowStart(t);
      if (r != std::string_view::npos) {
        row_at = lines[k].begin + r;
        start = k;
        break;
      }
      if (IsTelegramStart(t)) {
        start = k;
        break;
      }
    }
    if (start == lines.size()) return false;
    chunk->line = start + 1;
    chunk->offset = lines[start].begin;

    ReadChrome(page, lines, start, chunk);

    // Where it ends: the footer, or the end of the page.
    size_t end = page.size();
    for (size_t k = start + 1; k < lines.size(); ++k) {
      if (IsFooterLine(text_of(lines[k]))) {
        end = lines[k].begin;
        break;
      }
    }
    if (row_at != std::string_view::npos) {
      if (!ReadRow(page.substr(row_at, end - row_at), chunk)) return false;
      chunk->header_separate = true;
      // The preamble's line ends are gone (`DECL: 06/02/2016TAGS: PK`).
      chunk->flattened = true;
    } else {
      for (char c : page.substr(chunk->offset, end - chunk->offset)) {
        if (c != '\r') chunk->text.push_back(c);
      }
    }
    // No trailing whitespace, and in a row no closing quote left behind.
    bool row = row_at != std::string_view::npos;
    while (!chunk->text.empty() &&
           (chunk->text.back() == '\n' || chunk->text.back() == ' ' ||
            chunk->text.back() == '\t' || (row && chunk->text.back() == '"'))) {
      chunk->text.pop_back();
    }
    return true;
  }

  // Site, publication time, headline and page date from the lines before
  // the cable. The first line is the site's name; a `Published ...` line
  // the publication time; `Today's Paper | <date>` the day the page was
  // printed (not the article's date); the first other line the headline.
  static void ReadChrome(std::string_view page, const std::vector<Line>& lines, size_t start,
                         CableChunk* chunk) {
    std::string site, published, page_date, headline;
    bool first = true;
    for (size_t k = 0; k < start; ++k) {
      std::string_view t = Trim(page.substr(lines[k].begin, lines[k].end - lines[k].begin));
      if (t.empty()) continue;
      if (first) {
        first = false;
        // A name, not a sentence: short, and not the only line of chrome.
        if (t.size() <= 60 && k + 1 < start) {
          site = Collapse(t);
          continue;
        }
      }
      std::string date = IsoFromWordDate(t);
      if (StartsWithNoCase(t, "published") || StartsWithNoCase(t, "posted") ||
          StartsWithNoCase(t, "updated") || StartsWithNoCase(t, "last updated")) {
        if (published.empty()) published = date.empty() ? Collapse(t) : date;
        continue;
      }
      if (t.find("Today's Paper") != std::string_view::npos ||
          t.find("Today\xE2\x80\x99s Paper") != std::string_view::npos) {
        if (page_date.empty()) page_date = date;
        continue;
      }
      // A line that is only a date (`March 15, 2011`) dates the article.
      if (!date.empty() && t.size() <= 40 && std::count(t.begin(), t.end(), ' ') <= 5) {
        if (published.empty()) published = date;
        continue;
      }
      if (headline.empty()) headline = Collapse(t);
    }
    if (!site.empty()) chunk->source_fields.push_back({"site", site, false});
    if (!published.empty()) chunk->source_fields.push_back({"published", published, false});
    if (!headline.empty()) chunk->source_fields.push_back({"headline", headline, false});
    if (!page_date.empty()) chunk->source_fields.push_back({"page_date", page_date, false});
  }
};

}  // namespace

std::unique_ptr<CableReader> NewPressReader(std::unique_ptr<InputStream> stream,
                                            const std::string& path, DiagnosticSink sink) {
  return std::make_unique<PressReader>(std::move(stream), path, std::move(sink));
}

}  // namespace cablescope::parse
