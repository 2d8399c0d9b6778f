#include "parse/html_text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace cablescope::parse {
namespace {

// Latin-1's named references, U+00A0 to U+00FF in code point order.
constexpr std::array<std::string_view, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",
    "uml",    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",
    "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",  "para",   "middot",
    "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",
    "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",
    "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",
    "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

struct NamedChar {
  std::string_view name;
  char32_t cp;
};

// The markup and typographic names that news sites and cable pages use
// (dashes and curly quotes from word processors, the euro sign ...).
constexpr std::array<NamedChar, 37> kOtherNames = {{
    {"amp", U'&'},        {"lt", U'<'},         {"gt", U'>'},         {"quot", U'"'},
    {"apos", U'\''},      {"ndash", 0x2013},    {"mdash", 0x2014},    {"lsquo", 0x2018},
    {"rsquo", 0x2019},    {"sbquo", 0x201A},    {"ldquo", 0x201C},    {"rdquo", 0x201D},
    {"bdquo", 0x201E},    {"hellip", 0x2026},   {"bull", 0x2022},     {"dagger", 0x2020},
    {"Dagger", 0x2021},   {"permil", 0x2030},   {"lsaquo", 0x2039},   {"rsaquo", 0x203A},
    {"euro", 0x20AC},     {"trade", 0x2122},    {"prime", 0x2032},    {"Prime", 0x2033},
    {"oline", 0x203E},    {"frasl", 0x2044},    {"ensp", 0x2002},     {"emsp", 0x2003},
    {"thinsp", 0x2009},   {"zwnj", 0x200C},     {"zwj", 0x200D},      {"OElig", 0x0152},
    {"oelig", 0x0153},    {"Scaron", 0x0160},   {"scaron", 0x0161},   {"Yuml", 0x0178},
    {"fnof", 0x0192},
}};

// HTML5's reading of numeric references 0x80-0x9F: Windows-1252, because
// pages generated from Word text write `&#150;` for an en dash. Zero means
// the byte is undefined in Windows-1252 and stays a C1 control.
constexpr std::array<char32_t, 32> kWindows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

// The longest name above is 6 letters; a longer run cannot be one of ours.
constexpr size_t kMaxNameLength = 8;

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

char32_t LookupName(std::string_view name) {
  for (const NamedChar& n : kOtherNames) {
    if (n.name == name) return n.cp;
  }
  for (size_t i = 0; i < kLatin1Names.size(); ++i) {
    if (kLatin1Names[i] == name) return static_cast<char32_t>(0xA0 + i);
  }
  return 0;
}

// Decodes `&#...;` at the start of `s`; returns the bytes consumed or 0.
size_t DecodeNumeric(std::string_view s, std::string* out) {
  size_t i = 2;  // past "&#"
  bool hex = false;
  if (i < s.size() && (s[i] == 'x' || s[i] == 'X')) {
    hex = true;
    ++i;
  }
  uint32_t value = 0;
  size_t digits = 0;
  while (i < s.size()) {
    int d = hex ? HexValue(s[i]) : (IsAsciiDigit(s[i]) ? s[i] - '0' : -1);
    if (d < 0) break;
    // Saturate instead of overflowing: `&#99999999999;` is still one
    // (invalid) reference, decoded as U+FFFD.
    if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    ++digits;
    ++i;
  }
  if (digits == 0 || i >= s.size() || s[i] != ';') return 0;
  if (value >= 0x80 && value <= 0x9F && kWindows1252High[value - 0x80] != 0) {
    value = kWindows1252High[value - 0x80];
  }
  AppendUtf8(value, out);
  return i + 1;
}

// The element name of the tag at html[pos] == '<', lower-cased, at most 8
// letters (enough for the names we act on); `closing` says `</...`.
struct TagName {
  char name[9] = {};
  size_t length = 0;
  bool closing = false;
};

TagName ReadTagName(std::string_view html, size_t pos) {
  TagName t;
  size_t i = pos + 1;
  if (i < html.size() && html[i] == '/') {
    t.closing = true;
    ++i;
  }
  while (i < html.size() && (IsAsciiAlpha(html[i]) || IsAsciiDigit(html[i]))) {
    if (t.length < 8) t.name[t.length++] = AsciiLower(html[i]);
    ++i;
  }
  return t;
}

bool NameIs(const TagName& t, std::string_view name) {
  return std::string_view(t.name, t.length) == name;
}

// Tags that separate words when whitespace is collapsed (`<td>A</td><td>B`
// reads "A B"); inline ones such as <a> and <span> do not (PlusD writes
// `GR<span> - Greece</span>`).
bool IsBlockTag(const TagName& t) {
  static constexpr std::array<std::string_view, 16> kBlock = {
      "br", "p", "div", "td", "th", "tr", "li", "ul", "ol", "table", "h1",
      "h2", "h3", "h4", "pre", "hr"};
  for (std::string_view b : kBlock) {
    if (NameIs(t, b)) return true;
  }
  return false;
}

bool OpensTag(std::string_view html, size_t pos) {
  if (pos + 1 >= html.size()) return false;
  char c = html[pos + 1];
  if (IsAsciiAlpha(c) || c == '!' || c == '?') return true;
  return c == '/' && pos + 2 < html.size() && IsAsciiAlpha(html[pos + 2]);
}

// True when the link text between `<a ...>` and `</a>` is only a pilcrow:
// Cablegate's paragraph anchors, `<a id='par1' href='#par1'>¶</a>1.`.
bool IsPilcrowOnly(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  return text == "\xC2\xB6" || text == "&para;" || text == "&#182;" || text == "&#xB6;" ||
         text == "&#xb6;";
}

// True when a line end starts at html[pos]: a raw LF or CR, or a numeric
// reference to one (`&#x000A;`, `&#10;`).
bool LineEndAt(std::string_view html, size_t pos) {
  if (pos >= html.size()) return false;
  if (html[pos] == '\n' || html[pos] == '\r') return true;
  if (html[pos] != '&' || pos + 1 >= html.size() || html[pos + 1] != '#') return false;
  std::string decoded;
  return DecodeNumeric(html.substr(pos, 16), &decoded) > 0 &&
         (decoded == "\n" || decoded == "\r");
}

// Builds the text, applying the whitespace policy as bytes arrive.
class TextBuilder {
 public:
  TextBuilder(HtmlWhitespace whitespace, std::string* out)
      : collapse_(whitespace == HtmlWhitespace::kCollapse), out_(out), start_(out->size()) {}

  void Space() {
    if (collapse_) pending_space_ = true;
    else Byte(' ');
  }

  void LineEnd() {
    if (collapse_) {
      pending_space_ = true;
      return;
    }
    TrimLineEnd();
    out_->push_back('\n');
  }

  void Byte(char c) {
    if (collapse_) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pending_space_ = true;
        return;
      }
      FlushSpace();
    }
    out_->push_back(c);
  }

  void Bytes(std::string_view s) {
    if (collapse_) {
      // A decoded no-break space is whitespace in a table cell.
      if (s == "\xC2\xA0") {
        pending_space_ = true;
        return;
      }
      for (char c : s) Byte(c);
      return;
    }
    for (char c : s) {
      if (c == '\n') LineEnd();
      else if (c != '\r') out_->push_back(c);
    }
  }

  void Finish() {
    if (!collapse_) TrimLineEnd();
  }

  // Plain bytes with no line end, markup, entity or no-break space in
  // them; appended in one piece when whitespace is preserved (the hot path:
  // the lines of a Cablegate <pre>).
  void Run(std::string_view run) {
    if (collapse_) {
      for (char c : run) Byte(c);
    } else {
      out_->append(run);
    }
  }

 private:
  void FlushSpace() {
    if (pending_space_ && out_->size() > start_) out_->push_back(' ');
    pending_space_ = false;
  }

  void TrimLineEnd() {
    while (out_->size() > start_ && (out_->back() == ' ' || out_->back() == '\t')) {
      out_->pop_back();
    }
  }

  bool collapse_;
  std::string* out_;
  size_t start_;
  bool pending_space_ = false;
};

// 16-byte vectors (GCC and Clang vector extensions: SSE2 on x86-64, NEON on
// ARM, plain code elsewhere). Used to skip the bytes nobody looks at: the
// ~35 KB of navigation before a Cablegate table, the plain text of a <pre>.
typedef unsigned char Bytes16 __attribute__((vector_size(16)));

Bytes16 Load16(const char* p) {
  Bytes16 v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

Bytes16 Splat16(char c) {
  Bytes16 v;
  for (int i = 0; i < 16; ++i) v[i] = static_cast<unsigned char>(c);
  return v;
}

bool Any16(Bytes16 v) {
  uint64_t lo, hi;
  std::memcpy(&lo, &v, 8);
  std::memcpy(&hi, reinterpret_cast<const char*>(&v) + 8, 8);
  return (lo | hi) != 0;
}

// Bytes that AppendHtmlText must look at; everything else is copied.
constexpr std::array<bool, 256> kSpecial = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'<', '&', '\r', '\n', '\xC2'}) t[c] = true;
  return t;
}();

// The offset of the first byte at or after `pos` that kSpecial marks, or
// html.size().
size_t SkipPlain(std::string_view html, size_t pos) {
  const Bytes16 lt = Splat16('<'), amp = Splat16('&'), cr = Splat16('\r'), lf = Splat16('\n'),
                c2 = Splat16('\xC2');
  while (pos + 16 <= html.size()) {
    Bytes16 v = Load16(html.data() + pos);
    Bytes16 hit = (Bytes16)((v == lt) | (v == amp) | (v == cr) | (v == lf) | (v == c2));
    if (Any16(hit)) break;
    pos += 16;
  }
  while (pos < html.size() && !kSpecial[static_cast<unsigned char>(html[pos])]) ++pos;
  return pos;
}

}  // namespace

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t DecodeEntity(std::string_view s, std::string* out) {
  if (s.size() < 3 || s[0] != '&') return 0;
  if (s[1] == '#') return DecodeNumeric(s, out);
  size_t i = 1;
  while (i < s.size() && i <= kMaxNameLength + 1 && (IsAsciiAlpha(s[i]) || IsAsciiDigit(s[i]))) {
    ++i;
  }
  if (i == 1 || i >= s.size() || s[i] != ';') return 0;
  char32_t cp = LookupName(s.substr(1, i - 1));
  if (cp == 0) return 0;  // `&D;` in `R&D;`: not a reference, kept as written
  AppendUtf8(cp, out);
  return i + 1;
}

void AppendEntityDecoded(std::string_view s, std::string* out) {
  size_t i = 0;
  while (i < s.size()) {
    const void* amp = memchr(s.data() + i, '&', s.size() - i);
    size_t next = amp ? static_cast<size_t>(static_cast<const char*>(amp) - s.data()) : s.size();
    out->append(s.data() + i, next - i);
    if (next == s.size()) break;
    size_t used = DecodeEntity(s.substr(next), out);
    if (used == 0) {
      out->push_back('&');
      used = 1;
    }
    i = next + used;
  }
}

void AppendHtmlText(std::string_view html, HtmlWhitespace whitespace, std::string* out) {
  TextBuilder text(whitespace, out);
  std::string decoded;
  size_t i = 0;
  while (i < html.size()) {
    size_t run = i;
    run = SkipPlain(html, run);
    if (run > i) {
      text.Run(html.substr(i, run - i));
      i = run;
      if (i == html.size()) break;
    }
    char c = html[i];
    if (c == '&') {
      decoded.clear();
      size_t used = DecodeEntity(html.substr(i), &decoded);
      if (used > 0) {
        text.Bytes(decoded);
        i += used;
      } else {
        text.Byte('&');
        ++i;
      }
      continue;
    }
    if (c == '\r') {
      // CR LF and a lone CR are both one line end.
      text.LineEnd();
      i += (i + 1 < html.size() && html[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c == '\n') {
      text.LineEnd();
      ++i;
      continue;
    }
    if (c == '\xC2' && i + 1 < html.size() && html[i + 1] == '\xA0') {
      text.Bytes(html.substr(i, 2));
      i += 2;
      continue;
    }
    if (c != '<' || !OpensTag(html, i)) {
      text.Byte(c);
      ++i;
      continue;
    }
    if (html.compare(i, 4, "<!--") == 0) {
      size_t close = FindIn(html, "-->", i + 4);
      i = close == std::string_view::npos ? html.size() : close + 3;
      continue;
    }
    size_t end = TagEnd(html, i);
    if (end == std::string_view::npos) break;  // a tag cut off by truncation
    TagName tag = ReadTagName(html, i);
    if (!tag.closing && NameIs(tag, "a")) {
      // Only a short window: a pilcrow anchor is tiny, and a page of
      // unclosed links must not make this quadratic.
      size_t close = FindIn(html.substr(0, std::min(html.size(), end + 32)), "</a>", end);
      if (close != std::string_view::npos && IsPilcrowOnly(html.substr(end, close - end))) {
        i = close + 4;
        continue;
      }
    } else if (NameIs(tag, "br")) {
      if (!LineEndAt(html, end)) text.LineEnd();
    } else if (whitespace == HtmlWhitespace::kCollapse && IsBlockTag(tag)) {
      text.Space();
    }
    i = end;
  }
  text.Finish();
}

std::string HtmlText(std::string_view html, HtmlWhitespace whitespace) {
  std::string out;
  AppendHtmlText(html, whitespace, &out);
  return out;
}

size_t FindIn(std::string_view hay, std::string_view needle, size_t pos) {
  if (pos > hay.size() || needle.size() > hay.size() - pos) return std::string_view::npos;
  if (needle.empty()) return pos;
  if (needle.size() == 1) {
    const void* hit = memchr(hay.data() + pos, needle[0], hay.size() - pos);
    return hit ? static_cast<size_t>(static_cast<const char*>(hit) - hay.data())
               : std::string_view::npos;
  }
  // Compare the needle's first and last bytes at 16 positions at once and
  // check the rare positions where both match (glibc's memmem ran at ~1
  // GB/s on Cablegate pages, a fifth of the reader's time; this is several
  // times faster).
  const size_t last = needle.size() - 1;
  const Bytes16 first_byte = Splat16(needle[0]), last_byte = Splat16(needle[last]);
  size_t i = pos;
  const size_t stop = hay.size() - last;  // candidate starts are < stop
  while (i + 16 <= stop) {
    Bytes16 hit = (Bytes16)((Load16(hay.data() + i) == first_byte) &
                            (Load16(hay.data() + i + last) == last_byte));
    if (Any16(hit)) {
      for (int k = 0; k < 16; ++k) {
        if (hit[k] && std::memcmp(hay.data() + i + k + 1, needle.data() + 1, last - 1) == 0) {
          return i + static_cast<size_t>(k);
        }
      }
    }
    i += 16;
  }
  for (; i < stop; ++i) {
    if (hay[i] == needle[0] && std::memcmp(hay.data() + i + 1, needle.data() + 1, last) == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

size_t CountLineFeeds(std::string_view text) {
  const Bytes16 lf = Splat16('\n');
  size_t count = 0;
  size_t i = 0;
  while (i + 16 <= text.size()) {
    // Per-byte counters (a match is 0xFF, i.e. -1) summed every 255 blocks
    // before they can wrap.
    Bytes16 acc = {};
    for (int block = 0; block < 255 && i + 16 <= text.size(); ++block, i += 16) {
      acc -= (Bytes16)(Load16(text.data() + i) == lf);
    }
    for (int k = 0; k < 16; ++k) count += acc[k];
  }
  for (; i < text.size(); ++i) count += text[i] == '\n';
  return count;
}

size_t FindTag(std::string_view hay, std::string_view name, size_t pos) {
  while (true) {
    // Jump straight to candidates: `<` + the first letter of the name.
    const char open[2] = {'<', name.empty() ? '<' : name[0]};
    size_t at = FindIn(hay, std::string_view(open, name.empty() ? 1 : 2), pos);
    if (at == std::string_view::npos) return at;
    size_t after = at + 1 + name.size();
    if (after >= hay.size()) return std::string_view::npos;
    char c = hay[after];
    if (hay.compare(at + 1, name.size(), name) == 0 &&
        (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
      return at;
    }
    pos = at + 1;
  }
}

size_t TagEnd(std::string_view hay, size_t pos) {
  if (pos >= hay.size()) return std::string_view::npos;
  const void* gt = memchr(hay.data() + pos, '>', hay.size() - pos);
  return gt ? static_cast<size_t>(static_cast<const char*>(gt) - hay.data()) + 1
            : std::string_view::npos;
}

void TrimWhitespace(std::string* s) {
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  size_t b = 0;
  while (b < s->size() && ws((*s)[b])) ++b;
  size_t e = s->size();
  while (e > b && ws((*s)[e - 1])) --e;
  s->assign(*s, b, e - b);
}

void TrimBlankLines(std::string* s) {
  size_t e = s->size();
  while (e > 0 && ((*s)[e - 1] == ' ' || (*s)[e - 1] == '\t' || (*s)[e - 1] == '\n' ||
                   (*s)[e - 1] == '\r')) {
    --e;
  }
  s->resize(e);
  // Drop whole blank lines at the top, but not the indentation of the first
  // line with text (a Cablegate header can start `   CONFIDENTIAL PTQ1859`).
  size_t line_start = 0;
  size_t i = 0;
  while (i < s->size()) {
    char c = (*s)[i];
    if (c == '\n') {
      line_start = i + 1;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      break;
    }
    ++i;
  }
  s->erase(0, line_start);
}

}  // namespace cablescope::parse
