#include "parse/paragraphs.h"

#include <algorithm>
#include <cstdint>

#include "parse/byte_scan.h"
#include "parse/text_cleanup.h"

namespace cablescope::parse {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsSpace(char c) { return c == ' ' || c == '\t'; }
char ToUpper(char c) { return IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// `-----------`, `=====`, `*****`: a rule framing a section title.
bool IsRuleLine(std::string_view line) {
  int marks = 0;
  for (char c : line) {
    if (c == '-' || c == '=' || c == '_' || c == '*') {
      ++marks;
    } else if (!IsSpace(c)) {
      return false;
    }
  }
  return marks >= 3;
}

bool EndsSentence(std::string_view line) {
  line = Trim(line);
  if (line.empty()) return true;
  char c = line.back();
  return c == '.' || c == ':' || c == ')' || c == '"' || c == '!' || c == '?' || c == ';' ||
         (line.size() >= 3 && line[line.size() - 3] == '\xE2');  // ” ’ …
}

// The first word of a paragraph marking: U, C, S, TS, SBU, LOU ... or the
// level written out (`(CONFIDENTIAL)`).
bool IsMarkingWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "U", "C", "S", "TS", "SBU", "LOU", "FOUO", "CONFIDENTIAL", "SECRET", "UNCLASSIFIED",
      "UNCLAS"};
  for (std::string_view k : kWords) {
    if (w.size() != k.size()) continue;
    bool same = true;
    for (size_t i = 0; i < w.size() && same; ++i) same = ToUpper(w[i]) == k[i];
    if (same) return true;
  }
  return false;
}

// `(C)`, `(S/NF)`, `(SBU)`, `(C - ENTIRE TEXT)`, `(c)` at the start of
// `s`: sets *inner to what is inside and *length to the length with the
// parentheses.
bool ReadMarking(std::string_view s, std::string_view* inner, size_t* length) {
  if (s.empty() || s[0] != '(') return false;
  size_t close = 1;
  while (close < s.size() && close < 32 && s[close] != ')') {
    char c = s[close];
    if (!IsUpper(c) && !IsLower(c) && c != '/' && c != ' ' && c != '-') return false;
    ++close;
  }
  if (close >= s.size() || s[close] != ')') return false;
  std::string_view in = s.substr(1, close - 1);
  size_t w = 0;
  while (w < in.size() && in[w] != '/' && in[w] != ' ' && in[w] != '-') ++w;
  if (!IsMarkingWord(in.substr(0, w))) return false;
  *inner = in;
  *length = close + 1;
  return true;
}

// The marking as printed: upper case, no spaces around '/', without
// `- ENTIRE TEXT`.
std::string NormalizeMarking(std::string_view inner) {
  std::string out;
  for (char c : inner) {
    char u = ToUpper(c);
    if (u == ' ') {
      if (!out.empty() && out.back() != ' ' && out.back() != '/') out.push_back(' ');
      continue;
    }
    if (u == '/' && !out.empty() && out.back() == ' ') out.pop_back();
    out.push_back(u);
  }
  size_t entire = out.find("ENTIRE TEXT");
  if (entire != std::string::npos) out.resize(entire);
  while (!out.empty() && (out.back() == ' ' || out.back() == '-')) out.pop_back();
  return out;
}

struct Start {
  int number = 0;
  std::string_view marking;  // inside the parentheses; empty when unmarked
  size_t text = 0;           // offset of the text in the line
};

// `12. (C) text` at the start of `line` (at most two leading spaces).
bool ReadStart(std::string_view line, Start* start) {
  size_t i = 0;
  while (i < line.size() && i < 2 && line[i] == ' ') ++i;
  size_t digits = i;
  int number = 0;
  while (i < line.size() && IsDigit(line[i]) && i - digits < 3) number = number * 10 + (line[i++] - '0');
  if (i == digits || number == 0 || i >= line.size() || line[i] != '.') return false;
  ++i;
  // `1.5 (b)` and `2.3 million` are not paragraph numbers.
  if (i < line.size() && !IsSpace(line[i]) && line[i] != '(') return false;
  while (i < line.size() && IsSpace(line[i])) ++i;
  start->number = number;
  start->marking = {};
  std::string_view inner;
  size_t length = 0;
  if (ReadMarking(line.substr(i), &inner, &length)) {
    start->marking = inner;
    i += length;
    if (i < line.size() && (line[i] == '.' || line[i] == ':')) ++i;  // `(C - ENTIRE TEXT).`
  }
  while (i < line.size() && IsSpace(line[i])) ++i;
  start->text = i;
  return true;
}

}  // namespace

namespace {

// AppendParagraphText given where the lines of body[begin, end) break:
// breaks[0, count) are the offsets just past each '\n' in that range, in
// order (from one scan of the text, see AppendLineStarts).
void FoldParagraph(std::string_view body, size_t begin, size_t end, const size_t* breaks,
                   size_t count, std::string* out) {
  out->reserve(out->size() + (end - begin) + 1);
  // Runs of ordinary lines are folded in one call; only rule lines and the
  // titles they frame interrupt a run.
  auto first_char = [&body](size_t from, size_t to) {
    while (from < to && IsSpace(body[from])) ++from;
    return from < to ? body[from] : '\0';
  };
  auto may_be_rule = [](char c) { return c == '-' || c == '=' || c == '_' || c == '*'; };
  size_t run = begin;
  // The first line holds the paragraph's number: never a title.
  bool prev_apart = false;  // previous line blank or a rule
  size_t pos = begin;
  for (size_t k = 0; pos < end; ++k) {
    size_t line_end = k < count ? breaks[k] - 1 : end;
    size_t next = k < count ? breaks[k] : end;
    char c = first_char(pos, line_end);
    bool rule = may_be_rule(c) && IsRuleLine(body.substr(pos, line_end - pos));
    bool skip = rule;
    // A section title framed by rules (`A "Who's Who" Eminent Persons` /
    // `-----------`, 06NEWDELHI5135) belongs to no paragraph.
    if (!rule && c != '\0' && prev_apart && line_end - pos <= 80 && next < end) {
      size_t end2 = k + 1 < count ? breaks[k + 1] - 1 : end;
      skip = may_be_rule(first_char(next, end2)) && IsRuleLine(body.substr(next, end2 - next));
    }
    if (skip) {
      AppendFolded(body.substr(run, pos - run), out);
      run = next;
    }
    prev_apart = c == '\0' || rule;
    pos = next;
  }
  AppendFolded(body.substr(run, end - run), out);
}

}  // namespace

void AppendParagraphText(std::string_view body, size_t begin, size_t end, std::string* out) {
  if (end > body.size()) end = body.size();
  if (begin >= end) return;
  thread_local std::vector<size_t> breaks;
  breaks.clear();
  AppendLineStarts(body.substr(begin, end - begin), begin, &breaks);
  FoldParagraph(body, begin, end, breaks.data(), breaks.size(), out);
}

uint64_t SpanFoldCheck(std::string_view body, size_t begin, size_t end, std::string_view text) {
  if (end > body.size()) end = body.size();
  if (begin > end) begin = end;
  // The lengths go first, so that the two parts cannot trade bytes. In
  // memory only: nothing stores the value.
  swar::LaneHash h;
  h.Mix(0, end - begin);
  h.Mix(1, text.size());
  h.Add(body.substr(begin, end - begin));
  h.Add(text);
  return h.Finish() | 1;
}

void ParseParagraphs(std::string_view body, size_t begin, size_t end,
                     std::vector<Paragraph>* paragraphs, std::vector<ParagraphSpan>* spans) {
  if (end > body.size()) end = body.size();
  if (begin >= end) return;
  size_t first = spans->size();
  bool marked = false;        // the paragraphs so far carry markings
  bool prev_apart = true;     // previous line blank or a rule (or none)
  bool prev_sentence = true;  // previous line ends a sentence
  int last = 0;
  std::vector<std::string_view> markings;
  // Where the lines break, found once for the loop below and for the text
  // of each paragraph.
  thread_local std::vector<size_t> breaks;
  breaks.clear();
  AppendLineStarts(body.substr(begin, end - begin), begin, &breaks);
  size_t pos = begin;
  for (size_t k = 0; pos < end; ++k) {
    size_t line_end = k < breaks.size() ? breaks[k] - 1 : end;
    std::string_view line = body.substr(pos, line_end - pos);
    Start start;
    if (ReadStart(line, &start)) {
      bool has_marking = !start.marking.empty();
      bool accept = false;
      if (spans->size() == first) {
        accept = start.number <= 199 && (start.number == 1 || has_marking || prev_apart);
      } else if (marked && !has_marking && !prev_apart && !prev_sentence) {
        accept = false;
      } else if (start.number == last + 1) {
        accept = true;
      } else if (start.number == last) {
        accept = prev_apart;
      } else if (start.number > last && start.number <= last + 3) {
        accept = has_marking && prev_apart;
      }
      if (accept) {
        if (spans->size() > first) spans->back().end = pos;
        spans->push_back({pos, pos + start.text, end});
        markings.push_back(start.marking);
        Paragraph p;
        p.number = start.number;
        paragraphs->push_back(std::move(p));
        marked = (spans->size() - first == 1 || marked) && has_marking;
        last = start.number;
      }
    }
    std::string_view trimmed = Trim(line);
    prev_apart = trimmed.empty() || IsRuleLine(trimmed);
    prev_sentence = EndsSentence(trimmed);
    pos = line_end + 1;
  }
  // Fill in marking and text now that each paragraph's end is known.
  size_t count = spans->size() - first;
  for (size_t k = 0; k < count; ++k) {
    Paragraph& p = (*paragraphs)[paragraphs->size() - count + k];
    const ParagraphSpan& span = (*spans)[first + k];
    if (!markings[k].empty()) {
      std::string m = NormalizeMarking(markings[k]);
      if (!m.empty()) p.marking = std::move(m);
    }
    // The breaks inside [text_begin, end): past a '\n' at or after text_begin.
    size_t text_begin = span.text_begin < span.end ? span.text_begin : span.end;
    const size_t* breaks_begin = breaks.data();
    const size_t* breaks_end = breaks_begin + breaks.size();
    const size_t* first_break = std::upper_bound(breaks_begin, breaks_end, text_begin);
    const size_t* last_break = std::upper_bound(first_break, breaks_end, span.end);
    if (text_begin < span.end) {
      FoldParagraph(body, text_begin, span.end, first_break,
                    static_cast<size_t>(last_break - first_break), &p.text);
      // Offsets past 4 GiB cannot be said: left unknown (0, 0).
      if (span.end <= UINT32_MAX) {
        p.start = static_cast<uint32_t>(text_begin);
        p.end = static_cast<uint32_t>(span.end);
        p.fold_check = SpanFoldCheck(body, text_begin, span.end, p.text);
      }
    }
  }
}

}  // namespace cablescope::parse
