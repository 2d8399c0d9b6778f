#include "parse/tags_line.h"

#include <algorithm>

#include "parse/preamble_labels.h"

namespace cablescope::parse {
namespace {

bool IsTagSeparator(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ';' || c == '[' ||
         c == ']' || c == '*';
}

void AddTag(std::string tag, std::vector<std::string>* tags) {
  if (tag.empty()) return;
  if (std::find(tags->begin(), tags->end(), tag) == tags->end()) tags->push_back(std::move(tag));
}

}  // namespace

void SplitTags(std::string_view text, std::vector<std::string>* tags) {
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (IsTagSeparator(c) || text.substr(i, 2) == "\xC2\xA0") {
      i += (c == '\xC2') ? 2 : 1;
      continue;
    }
    if (c == '(') {
      size_t close = text.find(')', i + 1);
      size_t end = close == std::string_view::npos ? text.size() : close + 1;
      std::string_view group = text.substr(i, end - i);
      // `(#)` is the link target of `[PREL](#)`, not a tag.
      if (group != "(#)" && group != "()") {
        std::string tag;
        AppendNormalized(group, &tag);
        for (char& ch : tag) ch = AsciiUpper(ch);
        if (close == std::string_view::npos) tag.push_back(')');
        AddTag(std::move(tag), tags);
      }
      i = end;
      continue;
    }
    size_t end = i;
    while (end < text.size() && !IsTagSeparator(text[end]) && text[end] != '(' &&
           text.substr(end, 2) != "\xC2\xA0")
      ++end;
    std::string_view code = text.substr(i, end - i);
    // `PGOV.` at the end of a line, `KNNP:` after a typo: punctuation is not
    // part of the code.
    while (!code.empty() && (code.back() == '.' || code.back() == ':' || code.back() == '-'))
      code.remove_suffix(1);
    std::string tag;
    tag.reserve(code.size());
    for (char ch : code) tag.push_back(AsciiUpper(ch));
    AddTag(std::move(tag), tags);
    i = end;
  }
}

bool LooksLikeTagsContinuation(std::string_view line) {
  line = TrimSpace(line);
  if (line.empty() || line.size() > 100) return false;
  if (MatchLabel(line, false).label != PreambleLabel::kNone) return false;
  if (ParagraphStartAt(line, true) != 0 || MarkingAt(line) != 0) return false;
  int depth = 0;
  size_t word = 0;
  for (char c : line) {
    if (c == '(') { ++depth; word = 0; continue; }
    if (c == ')') { depth = depth > 0 ? depth - 1 : 0; word = 0; continue; }
    if (depth > 0) continue;  // names inside parentheses may be anything
    if (IsTagSeparator(c)) { word = 0; continue; }
    if (!IsAsciiAlpha(c) && !IsAsciiDigit(c) && c != '-' && c != '.' && c != '/') return false;
    // Codes are short (PREL, KNNP, UNSC, EUN); a long word is prose.
    if (++word > 8) return false;
  }
  return true;
}

}  // namespace cablescope::parse
