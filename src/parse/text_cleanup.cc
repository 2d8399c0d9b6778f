#include "parse/text_cleanup.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "parse/byte_scan.h"
#include "parse/page_breaks.h"

namespace cablescope::parse {
namespace {

constexpr char kSign0 = '\xC2';  // ¶ is U+00B6: C2 B6 in UTF-8
constexpr char kSign1 = '\xB6';

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) {
  return IsDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}
std::string_view TrimLeft(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  return s;
}

bool IsSign(std::string_view s, size_t i) {
  return i + 1 < s.size() && s[i] == kSign0 && s[i + 1] == kSign1;
}

// After a ¶ at `i`: optional spaces, then a digit (paragraph number).
bool SignBeforeNumber(std::string_view s, size_t i) {
  size_t j = i + 2;
  while (j < s.size() && j < i + 5 && s[j] == ' ') ++j;
  return j < s.size() && IsDigit(s[j]);
}

// A web leftover `[X](#...)` starting at `open` (a '['): on success sets
// the inner text and the index just past the ')'.
bool MatchLinkLeftover(std::string_view s, size_t open, std::string_view* inner, size_t* next) {
  size_t limit = s.size() < open + 100 ? s.size() : open + 100;
  size_t close = open + 1;
  while (close < limit && s[close] != ']' && s[close] != '[') ++close;
  if (close >= limit || s[close] != ']') return false;
  if (close + 2 >= s.size() || s[close + 1] != '(' || s[close + 2] != '#') return false;
  size_t paren_limit = s.size() < close + 48 ? s.size() : close + 48;
  size_t paren = close + 3;
  while (paren < paren_limit && s[paren] != ')' && s[paren] != ' ' && s[paren] != '(') ++paren;
  if (paren >= paren_limit || s[paren] != ')') return false;
  *inner = s.substr(open + 1, close - open - 1);
  *next = paren + 1;
  return true;
}

// Where one line ends: '\n', '\r', or a paragraph sign in the middle of a
// line (flattened JSON: `...(b,d).¶1. (C) Summary:`; a web leftover around
// it, `text.[¶2.](#) (C)`, splits before its '['). `scan` also says what
// the bytes up to the '\n' or '\r' hold, so that later steps can skip
// searches that cannot succeed (a line cut at a sign holds a subset).
struct LineEnd {
  size_t end;    // end of this line's bytes
  size_t next;   // where the next line starts
  bool new_paragraph;  // split at a mid-line paragraph sign
  LineScan scan;
};

LineEnd FindLineEnd(std::string_view s, size_t pos) {
  const char* base = s.data();
  LineScan scan = ScanLine(base + pos, s.size() - pos);
  size_t stop = pos + scan.end;  // the first '\n' or '\r', or the end
  LineEnd result{stop, stop, false, scan};
  if (stop < s.size()) {
    // `\r\n` is one line end; a lone '\r' or '\n' is one too.
    result.next = (s[stop] == '\r' && stop + 1 < s.size() && s[stop + 1] == '\n') ? stop + 2
                                                                                : stop + 1;
  }
  if (!scan.has_c2) return result;
  size_t scan_at = pos;
  while (scan_at < result.end) {
    const void* sign = std::memchr(base + scan_at, kSign0, result.end - scan_at);
    if (sign == nullptr) break;
    size_t i = static_cast<size_t>(static_cast<const char*>(sign) - base);
    if (IsSign(s, i) && SignBeforeNumber(s, i)) {
      size_t split = (i > pos && s[i - 1] == '[') ? i - 1 : i;
      if (!TrimLeft(s.substr(pos, split - pos)).empty()) return {split, split, true, scan};
    }
    scan_at = i + 1;
  }
  return result;
}

// Appends `line` without web leftovers: `[PREL](#)` -> `PREL`, and a ¶ at
// the start of the line (or of a leftover) before a paragraph number or
// letter is dropped with the spaces after it.
// `maybe_special`: the line may hold a '[' or a C2 byte (else it is not
// searched for them).
void AppendContent(std::string_view line, bool maybe_special, std::string* out) {
  // Most lines hold neither a '[' nor a ¶: copy them at once.
  if (!maybe_special || (std::memchr(line.data(), '[', line.size()) == nullptr &&
                         std::memchr(line.data(), kSign0, line.size()) == nullptr)) {
    out->append(line);
    return;
  }
  bool at_start = true;  // only blanks written so far
  size_t i = 0;
  while (i < line.size()) {
    size_t j = i;
    while (j < line.size() && line[j] != '[' && line[j] != kSign0) ++j;
    if (j > i) {
      if (at_start) at_start = TrimLeft(line.substr(i, j - i)).empty();
      out->append(line.data() + i, j - i);
      i = j;
      continue;
    }
    if (line[i] == '[') {
      std::string_view inner;
      size_t next = 0;
      if (MatchLinkLeftover(line, i, &inner, &next)) {
        if (IsSign(inner, 0)) {
          inner.remove_prefix(2);
          inner = TrimLeft(inner);
        }
        out->append(inner);
        if (!TrimLeft(inner).empty()) at_start = false;
        i = next;
        continue;
      }
      out->push_back('[');
      at_start = false;
      ++i;
      continue;
    }
    // A kSign0 byte.
    if (at_start && IsSign(line, i)) {
      size_t k = i + 2;
      while (k < line.size() && k < i + 5 && line[k] == ' ') ++k;
      if (k < line.size() && IsAlnum(line[k])) {
        i = k;
        continue;
      }
    }
    out->push_back(line[i]);
    at_start = false;
    ++i;
  }
}

// Removes 2000s page marks that rewrapping left inside the line that
// starts at out[from] (`... Planning BRASILIA 00000129 002 OF 002 Minister
// ...`), with the spaces after them.
void EraseInlinePageMarks(size_t from, std::string* out) {
  size_t search = 0;
  PageMark mark;
  while (FindPageMark(std::string_view(*out).substr(from), search, &mark)) {
    size_t begin = from + mark.begin;
    size_t end = from + mark.end;
    while (end < out->size() && (*out)[end] == ' ') ++end;
    out->erase(begin, end - begin);
    search = mark.begin;
  }
  while (out->size() > from && IsBlank(out->back())) out->pop_back();
}

// The cleaner's state between lines. Every kept line is written followed by
// '\n'; blank lines are only remembered, and written (one) before the next
// kept line, which trims leading blanks and collapses runs for free.
class Cleaner {
 public:
  explicit Cleaner(std::string* out) : out_(out) {}

  // `scan`: what the line's bytes hold (a superset when the line is cut
  // short at a paragraph sign).
  void Line(std::string_view raw, bool new_paragraph, const LineScan& scan) {
    if (new_paragraph) blank_ = true;
    std::string_view line = TrimRight(raw);
    std::string_view trimmed = TrimLeft(line);
    if (trimmed.empty()) {
      blank_ = true;
      return;
    }
    if (IsTransmissionMark(trimmed)) return;
    if (size_t header = PageHeaderLength(line); header > 0) {
      PageBreak();
      std::string_view rest = TrimLeft(line.substr(header));
      // `PAGE 01 HARARE 06677 02 OF 03 291401Z ACTION AF-00`: routing, not text.
      if (!rest.empty() && rest.substr(0, 7) != "ACTION ") Content(rest, true, scan);
      return;
    }
    // A page mark holds at least 11 digits (page, serial of 5 to 8, and
    // pages); prose lines mostly have fewer, and are not searched.
    PageMark mark;
    bool has_mark = scan.digits >= 11 && FindPageMark(line, 0, &mark);
    if (has_mark && mark.end == line.size() && TrimLeft(line.substr(0, mark.begin)).empty()) {
      PageBreak();
      return;
    }
    if (in_break_ && IsClassificationBanner(trimmed)) return;
    Content(line, has_mark, scan);
  }

  void Finish() {
    // Trailing banners and marks after the signer (`RICE` / `CONFIDENTIAL`),
    // but never the only lines of a text.
    if (lines_ >= 3) {
      bool blank_before = false;
      RetractBanners(&blank_before);
    }
    while (!out_->empty() && out_->back() == '\n') out_->pop_back();
  }

 private:
  // Writes a content line; `may_hold_marks` says a page mark was seen in it.
  void Content(std::string_view line, bool may_hold_marks, const LineScan& scan) {
    size_t line_start = out_->size();
    bool separate = in_break_ ? (break_blank_before_ && blank_) : blank_;
    if (separate && !out_->empty()) out_->push_back('\n');
    size_t content_start = out_->size();
    AppendContent(line, scan.has_c2 || scan.has_bracket, out_);
    if (may_hold_marks) EraseInlinePageMarks(content_start, out_);
    std::string_view content = std::string_view(*out_).substr(content_start);
    if (TrimLeft(content).empty() || IsQArtefact(content)) {
      out_->resize(line_start);
      return;
    }
    out_->push_back('\n');
    prev_start_ = content_start;
    ++lines_;
    blank_ = false;
    in_break_ = false;
  }

  // `Qwhether they faced ...` repeating the previous line (09BAGHDAD197,
  // 08OTTAWA136, 09OTTAWA64): a transmission artefact. `Qom`, `Qi.` and
  // `Qaddafi` lines do not repeat the previous line and stay.
  bool IsQArtefact(std::string_view content) const {
    if (content.size() < 2 || content[0] != 'Q' || lines_ == 0) return false;
    size_t content_start = out_->size() - content.size();
    if (prev_start_ >= content_start) return false;
    std::string_view prev(out_->data() + prev_start_, content_start - prev_start_);
    while (!prev.empty() && prev.back() == '\n') prev.remove_suffix(1);
    return prev == content.substr(1);
  }

  // A page break: drop the banner lines just written before it, join what
  // comes after, and drop banners until the next content line.
  void PageBreak() {
    if (!in_break_) {
      bool blank_before = blank_;
      if (RetractBanners(&blank_before)) {
        break_blank_before_ = blank_before;
      } else {
        break_blank_before_ = blank_;
      }
    }
    in_break_ = true;
    blank_ = false;
  }

  // Removes banner lines and transmission marks at the end of *out_; sets
  // *blank_before to whether a blank line preceded the first one removed.
  bool RetractBanners(bool* blank_before) {
    bool removed = false;
    for (int n = 0; n < 4 && !out_->empty(); ++n) {
      std::string_view text(*out_);
      size_t end = text.size() - 1;  // the '\n' after the last line
      // A blank line between two banners (`LIMITED OFFICIAL USE` / blank /
      // `LIMITED OFFICIAL USE`, 1974ATHENS02959) is looked through.
      if (removed && end > 0 && text[end - 1] == '\n') --end;
      size_t newline = end == 0 ? std::string_view::npos : text.rfind('\n', end - 1);
      size_t start = newline == std::string_view::npos ? 0 : newline + 1;
      std::string_view last = text.substr(start, end - start);
      if (last.empty() || (!IsClassificationBanner(TrimLeft(last)) && !IsTransmissionMark(last)))
        break;
      out_->resize(start);
      --lines_;
      removed = true;
    }
    if (!removed) return false;
    *blank_before = false;
    if (out_->size() >= 2 && (*out_)[out_->size() - 1] == '\n' &&
        (*out_)[out_->size() - 2] == '\n') {
      out_->pop_back();
      *blank_before = true;
    }
    if (out_->size() == 1 && (*out_)[0] == '\n') out_->clear();
    if (prev_start_ > out_->size()) prev_start_ = 0;
    return true;
  }

  std::string* out_;
  bool blank_ = false;       // blank line(s) since the last kept line
  bool in_break_ = false;    // after a page break, before the next content
  bool break_blank_before_ = false;
  size_t prev_start_ = 0;    // start of the last kept line in *out_
  int lines_ = 0;            // kept lines
};

}  // namespace

void CleanCableText(std::string_view text, std::string* out) {
  out->clear();
  out->reserve(text.size());
  Cleaner cleaner(out);
  size_t pos = 0;
  bool new_paragraph = false;
  while (pos < text.size()) {
    LineEnd end = FindLineEnd(text, pos);
    cleaner.Line(text.substr(pos, end.end - pos), new_paragraph, end.scan);
    new_paragraph = end.new_paragraph;
    pos = end.next;
  }
  cleaner.Finish();
}

namespace {

// Byte classes for AppendFolded: 1 whitespace, 2 maybe a no-break space
// (C2 A0), 0 anything else.
constexpr auto kClass = [] {
  std::array<uint8_t, 256> t{};
  for (unsigned char c : {' ', '\n', '\t', '\r', '\f', '\v'}) t[c] = 1;
  t[static_cast<unsigned char>(kSign0)] = 2;
  return t;
}();

// One step of AppendFolded, branch-free for ordinary bytes: the byte is
// written (a space for any whitespace) and the write position advances
// unless it is a space after a space. *space: the last byte written is a
// space (or nothing is).
inline void FoldByte(const char* p, size_t n, const std::array<uint8_t, 256>& cls, size_t* i,
                     char** w, bool* space) {
  char c = p[*i];
  uint8_t k = cls[static_cast<unsigned char>(c)];
  if (k == 2) {  // rare: the lead byte of ¶, é, no-break space ...
    k = (*i + 1 < n && p[*i + 1] == '\xA0') ? 1 : 0;
    *i += k;
  }
  bool is_space = k != 0;
  **w = is_space ? ' ' : c;
  *w += !(is_space && *space);
  *space = is_space;
  ++*i;
}

}  // namespace

void AppendFolded(std::string_view text, std::string* out) {
  // This runs over the text of every paragraph. The buffer is sized for
  // the worst case and cut to size at the end.
  size_t old = out->size();
  out->resize(old + text.size() + 1);
  char* base = out->data();
  char* w = base + old;
  bool space = true;  // the last byte written is a space (or nothing is)
  if (old > 0 && base[old - 1] != ' ') {
    *w++ = ' ';  // separates the words already there from the new ones
  }
  const char* p = text.data();
  size_t n = text.size();
  size_t i = 0;
  if constexpr (swar::kSwar) {
    // Most of a paragraph is words and single spaces, which are copied as
    // they are, eight bytes at a time. Only a control byte (newline, tab
    // ...), the lead byte C2 of a no-break space, or a space after a space
    // needs the byte step: the bytes before the first of them are copied,
    // it is stepped over, and the next eight bytes are loaded from there.
    // (The copy may write up to 8 bytes past the kept ones; the buffer has
    // room since the output never runs ahead of the input.)
    while (i + 8 <= n) {
      uint64_t x = swar::Load(p + i);
      uint64_t spaces = swar::Equal(x, ' ');
      uint64_t special = swar::Below(x, 0x20) | swar::Equal(x, 0xC2) |
                         (spaces & ((spaces << 8) | (space ? 0x80u : 0u)));
      std::memcpy(w, p + i, 8);
      if (special == 0) {
        w += 8;
        i += 8;
        space = (x >> 56) == ' ';
        continue;
      }
      size_t plain = swar::FirstByte(special);
      if (plain > 0) {
        w += plain;
        i += plain;
        space = p[i - 1] == ' ';
      }
      FoldByte(p, n, kClass, &i, &w, &space);
    }
  }
  while (i < n) FoldByte(p, n, kClass, &i, &w, &space);
  // No trailing space, and none at all when nothing was appended.
  if (w > base + old && w[-1] == ' ') --w;
  out->resize(static_cast<size_t>(w - base));
}

}  // namespace cablescope::parse
