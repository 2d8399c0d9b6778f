#include "link/person_lists.h"

#include <algorithm>

#include "link/person_words.h"

namespace cablescope::link {
namespace {

constexpr size_t kMaxLines = 30;     // a list longer than this is no participants list
constexpr size_t kMaxLineBytes = 60; // a longer line is prose again
constexpr size_t kMaxWords = 4;

bool StartsParagraph(std::string_view line) {
  // `¶3.` (U+00B6), `3.`, `(C)`: the list is over.
  return line.substr(0, 2) == "\xC2\xB6" || (!line.empty() && (line[0] == '(' || (line[0] >= '0' && line[0] <= '9')));
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// `Participants:` ends a line (upper or mixed case).
bool IsListHeading(std::string_view text, const NameToken& t) {
  if (t.upper != "PARTICIPANTS") return false;
  size_t p = t.end;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
  if (p >= text.size() || text[p] != ':') return false;
  ++p;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\t' || text[p] == '\r')) ++p;
  return p == text.size() || text[p] == '\n';
}

}  // namespace

std::vector<NameCandidate> ListNames(std::string_view text, const std::vector<NameToken>& tokens,
                                     bool capitals, const std::vector<bool>& covered) {
  std::vector<NameCandidate> out;
  auto name_word = [&](const NameToken& t) {
    if (t.title_start || !NameCapable(t, capitals)) return false;
    return capitals || (t.capitalised && t.has_lower);
  };
  for (size_t h = 0; h < tokens.size(); ++h) {
    if (!IsListHeading(text, tokens[h])) continue;
    size_t line_start = text.find('\n', tokens[h].end);
    for (size_t n = 0; n < kMaxLines && line_start != std::string_view::npos; ++n) {
      ++line_start;
      const size_t line_end = std::min(text.find('\n', line_start), text.size());
      std::string_view line = Trim(text.substr(line_start, line_end - line_start));
      line_start = line_end == text.size() ? std::string_view::npos : line_end;
      if (line.empty()) continue;
      if (StartsParagraph(line) || line.size() > kMaxLineBytes) break;
      if (line.back() == ':') continue;  // `United States:`, a group's heading
      // The name closes the line, before a note: `(notetaker)`, `, MFA`.
      const size_t from = static_cast<size_t>(line.data() - text.data());
      const size_t cut = from + std::min(line.find_first_of("(,"), line.size());
      auto first = std::lower_bound(tokens.begin(), tokens.end(), from,
                                    [](const NameToken& t, size_t at) { return t.start < at; });
      size_t a = static_cast<size_t>(first - tokens.begin());
      size_t b = a;
      while (b < tokens.size() && tokens[b].end <= cut) ++b;
      if (b == a) continue;
      // The name-like words closing the line, initials inside.
      std::vector<size_t> words;
      for (size_t q = b; q > a; --q) {
        const NameToken& t = tokens[q - 1];
        if (covered[q - 1]) break;
        const bool initial = t.initial && t.capitalised && !words.empty();
        if (!initial && !name_word(t)) break;
        if (!words.empty() && tokens[words.front()].break_before && !t.initial) break;
        words.insert(words.begin(), q - 1);
      }
      while (!words.empty() && tokens[words.front()].initial) words.erase(words.begin());
      size_t names = 0;
      for (size_t w : words) names += tokens[w].initial ? 0 : 1;
      if (names < 2 || names > kMaxWords) continue;
      // Words before the name (an office: `D Staff`, `Brazil Desk`) and
      // three words: the first may be the office's (`Desk David Schnier`)
      // unless a given name starts the rest.
      if (words.front() != a && names > 2) {
        size_t keep = words.size() - 2;
        for (size_t w = 0; w + 2 < words.size(); ++w) {
          if ((tokens[words[w]].lists & kGivenName) != 0) {
            keep = w;
            break;
          }
        }
        words.erase(words.begin(), words.begin() + static_cast<long>(keep));
      }
      NameCandidate c;
      c.words = words;
      c.start = tokens[words.front()].start;
      c.end = tokens[words.back()].name_end;
      out.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace cablescope::link
