#include "parse/summary.h"

#include "parse/byte_scan.h"

namespace cablescope::parse {
namespace {

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsLetter(char c) { return IsLower(c) || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(char c) { return c == ' ' || c == '\t'; }
char ToUpper(char c) { return IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

bool MatchNoCase(std::string_view s, size_t at, std::string_view upper) {
  if (at + upper.size() > s.size()) return false;
  for (size_t i = 0; i < upper.size(); ++i) {
    if (ToUpper(s[at + i]) != upper[i]) return false;
  }
  return true;
}

// The next `SUMMARY` (any case, not necessarily a whole word) starting in
// s[from, to - 7], or npos. The word is rare, and so is its `MMA`, which is
// what the text is searched for (byte_scan.h, 16 bytes a step).
size_t FindSummaryText(std::string_view s, size_t from, size_t to) {
  if (to > s.size()) to = s.size();
  if (to < from + 7) return std::string_view::npos;
  // `MMA` at i means SUMMARY at i - 2, which must end by `to`.
  for (size_t i = FindFolded3(s, from + 2, to - 4, "mma"); i != std::string_view::npos;
       i = FindFolded3(s, i + 1, to - 4, "mma")) {
    if (MatchNoCase(s, i - 2, "SUMMARY")) return i - 2;
  }
  return std::string_view::npos;
}

// The next whole word `SUMMARY` (case-insensitive) in s[from, to), or npos.
size_t FindSummaryWord(std::string_view s, size_t from, size_t to) {
  for (size_t i = FindSummaryText(s, from, to); i != std::string_view::npos;
       i = FindSummaryText(s, i + 1, to)) {
    if (i > 0 && IsLetter(s[i - 1])) continue;
    if (i + 7 < s.size() && IsLetter(s[i + 7])) continue;
    return i;
  }
  return std::string_view::npos;
}

bool IsBreak(char c) { return IsSpace(c) || c == '\n'; }

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// What may stand before a label on its line: nothing, a paragraph number,
// a marking, `Begin` (`1. (C) Begin Summary:`).
bool IsLabelPrefix(std::string_view prefix) {
  prefix = TrimRight(prefix);
  if (prefix.size() >= 5 && MatchNoCase(prefix, prefix.size() - 5, "BEGIN") &&
      (prefix.size() == 5 || !IsLetter(prefix[prefix.size() - 6]))) {
    prefix = TrimRight(prefix.substr(0, prefix.size() - 5));
  }
  if (!prefix.empty() && prefix.back() == ')') {
    size_t open = prefix.rfind('(');
    if (open == std::string_view::npos || prefix.size() - open > 32) return false;
    prefix = TrimRight(prefix.substr(0, open));
  }
  if (!prefix.empty() && prefix.back() == '.') {
    prefix.remove_suffix(1);
    size_t n = 0;
    while (!prefix.empty() && IsDigit(prefix.back()) && n < 3) {
      prefix.remove_suffix(1);
      ++n;
    }
    if (n == 0) return false;
  }
  return TrimRight(prefix).empty();
}

// If a summary label starts at `at`, the offset where its text starts.
size_t LabelEnd(std::string_view body, size_t begin, size_t at) {
  // The line start, looked for within 48 bytes (flattened text has no
  // short lines; its labels follow a paragraph sign, i.e. a line start).
  size_t line_start = at;
  while (line_start > begin && body[line_start - 1] != '\n' && at - line_start < 48) --line_start;
  if (line_start > begin && body[line_start - 1] != '\n') return std::string_view::npos;
  if (!IsLabelPrefix(body.substr(line_start, at - line_start))) return std::string_view::npos;
  size_t q = at + 7;
  while (q < body.size() && IsSpace(body[q])) ++q;
  // `Summary and Comment:`, `Summary and Action Request:`.
  if (MatchNoCase(body, q, "AND ")) {
    size_t limit = body.size() < q + 40 ? body.size() : q + 40;
    while (q < limit && body[q] != ':' && body[q] != '.' && body[q] != '\n') ++q;
    if (q >= limit || body[q] == '\n') return std::string_view::npos;
  }
  if (q >= body.size() || body[q] == '\n') return q;
  if (body[q] == ':' || body[q] == '.') return q + 1;
  if (body[q] == '-') {
    while (q < body.size() && body[q] == '-') ++q;
    return q;
  }
  return std::string_view::npos;
}

// True when a whole word `END` at `e` (at or after `from`, ending by `to`)
// is an end mark: `End summary`, `END OF SUMMARY`, `End Summary and
// Comment` (any case; breaks between the words stay within `to`, the word
// SUMMARY may run past it).
bool IsEndMarkAt(std::string_view body, size_t from, size_t to, size_t e) {
  if (e < from || e + 3 > to || !MatchNoCase(body, e, "END")) return false;
  if (e > 0 && IsLetter(body[e - 1])) return false;
  if (e + 3 < body.size() && IsLetter(body[e + 3])) return false;
  size_t q = e + 3;
  while (q < to && IsBreak(body[q])) ++q;
  if (MatchNoCase(body, q, "OF ")) {
    q += 3;
    while (q < to && IsSpace(body[q])) ++q;
  }
  return MatchNoCase(body, q, "SUMMARY");
}

// The first end mark (see IsEndMarkAt) in body[from, to): the offset of
// `End`, or npos. `END` is a common word and `SUMMARY` a rare one, so this
// finds each SUMMARY that could close a mark (it starts at most 3 bytes
// past `to`, after `OF `) and reads back to the `END` before it: over
// breaks, or over spaces, `OF` and breaks. Each such candidate is then
// checked forwards; marks map to their SUMMARY in order, so the first
// checked candidate is the first mark.
size_t FindEndMark(std::string_view body, size_t from, size_t to) {
  if (from >= to) return std::string_view::npos;
  size_t limit = to + 3 + 7 < body.size() ? to + 3 + 7 : body.size();
  for (size_t p = FindSummaryText(body, from + 3, limit); p != std::string_view::npos;
       p = FindSummaryText(body, p + 1, limit)) {
    // `END SUMMARY`: breaks, then END.
    size_t r = p;
    while (r > 0 && IsBreak(body[r - 1])) --r;
    if (r >= 3 && IsEndMarkAt(body, from, to, r - 3)) return r - 3;
    // `END OF SUMMARY`: spaces, OF, breaks, then END.
    r = p;
    while (r > 0 && IsSpace(body[r - 1])) --r;
    if (r < p && r >= 2 && MatchNoCase(body, r - 2, "OF ")) {
      size_t s = r - 2;
      while (s > 0 && IsBreak(body[s - 1])) --s;
      if (s >= 3 && IsEndMarkAt(body, from, to, s - 3)) return s - 3;
    }
  }
  return std::string_view::npos;
}

std::optional<std::string> Text(std::string_view body, size_t from, size_t to) {
  std::string s;
  AppendParagraphText(body, from, to, &s);
  // `... the visit. (End Summary.)` leaves an opening parenthesis.
  while (!s.empty() && (s.back() == '(' || s.back() == ' ' || s.back() == '-')) s.pop_back();
  size_t lead = 0;
  while (lead < s.size() && (s[lead] == ' ' || s[lead] == '-' || s[lead] == ':')) ++lead;
  s.erase(0, lead);
  if (s.empty()) return std::nullopt;
  return s;
}

}  // namespace

std::optional<std::string> FindSummary(std::string_view body, size_t begin, size_t end,
                                       const std::vector<ParagraphSpan>& spans) {
  if (end > body.size()) end = body.size();
  if (begin >= end) return std::nullopt;
  for (size_t at = FindSummaryWord(body, begin, end); at != std::string_view::npos;
       at = FindSummaryWord(body, at + 7, end)) {
    size_t text = LabelEnd(body, begin, at);
    if (text == std::string_view::npos) continue;
    size_t stop = FindEndMark(body, text, end);
    if (stop != std::string_view::npos) return Text(body, text, stop);
    for (const ParagraphSpan& span : spans) {
      if (span.begin <= at && at < span.end) return Text(body, text, span.end);
      if (span.begin > at) return Text(body, span.text_begin, span.end);
    }
    return std::nullopt;
  }
  // No label, but the first paragraphs close with `End summary.`.
  if (!spans.empty()) {
    size_t limit = spans[spans.size() < 3 ? spans.size() - 1 : 2].end;
    size_t stop = FindEndMark(body, spans[0].text_begin, limit < end ? limit : end);
    if (stop != std::string_view::npos) return Text(body, spans[0].text_begin, stop);
  }
  return std::nullopt;
}

}  // namespace cablescope::parse
