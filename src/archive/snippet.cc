#include "archive/snippet.h"

#include <algorithm>

#include "archive/text_fold.h"

namespace cablescope::archive {
namespace {

// FoldToken into a reused buffer: a search folds every token of 20 cables
// (~25,000 tokens), and most are ASCII words longer than the small-string
// buffer, so a fresh string per token would be one allocation each.
void FoldInto(std::string_view token, std::string* out) {
  bool ascii = true, digits = true;
  for (unsigned char c : token) {
    if (c >= 0x80) ascii = false;
    if (c < '0' || c > '9') digits = false;
  }
  if (!ascii || digits) {
    *out = FoldToken(token);
    return;
  }
  out->resize(token.size());
  for (size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    (*out)[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
}

// For each token of the text, the index of the term it matches, or -1.
// Phrases match token by token (each word of a phrase is highlighted).
std::vector<int> MatchTokens(std::string_view text, const std::vector<TokenSpan>& spans,
                             const std::vector<HighlightTerm>& terms) {
  std::vector<int> match(spans.size(), -1);
  if (terms.empty()) return match;
  std::string tok;
  for (size_t i = 0; i < spans.size(); ++i) {
    FoldInto(text.substr(spans[i].begin, spans[i].end - spans[i].begin), &tok);
    for (size_t t = 0; t < terms.size() && match[i] < 0; ++t) {
      const auto& toks = terms[t].tokens;
      for (size_t k = 0; k < toks.size(); ++k) {
        const bool last = k + 1 == toks.size();
        const bool ok = (terms[t].prefix && last) ? tok.compare(0, toks[k].size(), toks[k]) == 0
                                                  : tok == toks[k];
        if (ok) {
          match[i] = static_cast<int>(t);
          break;
        }
      }
    }
  }
  return match;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

}  // namespace

bool HasMatch(std::string_view text, const std::vector<HighlightTerm>& terms) {
  if (terms.empty()) return false;
  const auto spans = Tokenize(text);
  for (int m : MatchTokens(text, spans, terms)) {
    if (m >= 0) return true;
  }
  return false;
}

Snippet MakeSnippet(std::string_view text, const std::vector<HighlightTerm>& terms, size_t width) {
  if (terms.empty() && width > 0) {
    // Nothing to highlight (a query of field filters only): the snippet is
    // the first `width` words, so only a prefix needs tokenising, not the
    // ~1,000 words of a body. The prefix must hold width + 2 tokens: the
    // last may be cut by the prefix's end, and one whole token past the
    // window says that the text goes on (the closing "…").
    size_t prefix = std::min(text.size(), 16 * (width + 2));
    while (prefix < text.size() && Tokenize(text.substr(0, prefix)).size() < width + 2) {
      prefix = std::min(text.size(), prefix * 2);
    }
    text = text.substr(0, prefix);
  }
  Snippet out;
  const std::vector<TokenSpan> spans = Tokenize(text);
  if (spans.empty()) return out;
  const std::vector<int> match = MatchTokens(text, spans, terms);
  // Best window: most distinct terms, then most matches; earliest on ties.
  size_t best = 0;
  size_t best_distinct = 0, best_count = 0;
  std::vector<char> seen(terms.size(), 0);
  for (size_t start = 0; start < spans.size(); ++start) {
    if (match[start] < 0 && start != 0) continue;  // windows start at a match (or the top)
    std::fill(seen.begin(), seen.end(), 0);
    size_t distinct = 0, count = 0;
    for (size_t i = start; i < spans.size() && i < start + width; ++i) {
      if (match[i] >= 0) {
        char& s = seen[static_cast<size_t>(match[i])];
        distinct += s == 0 ? 1 : 0;
        s = 1;
        ++count;
      }
    }
    if (distinct > best_distinct || (distinct == best_distinct && count > best_count)) {
      best = start;
      best_distinct = distinct;
      best_count = count;
    }
  }
  // Start a few tokens before the first match for context.
  size_t first = best >= 4 && best_count > 0 ? best - 4 : (best_count > 0 ? 0 : best);
  const size_t last = std::min(spans.size(), first + width);
  if (first > 0) out.text = "… ";
  size_t pos = spans[first].begin;
  const size_t stop = spans[last - 1].end;
  size_t tok = first;
  bool in_space = false;
  while (pos < stop) {
    if (tok < last && pos == spans[tok].begin) {
      const size_t len = spans[tok].end - spans[tok].begin;
      if (match[tok] >= 0) out.highlights.push_back({out.text.size(), out.text.size() + len});
      out.text.append(text.substr(pos, len));
      pos = spans[tok].end;
      ++tok;
      in_space = false;
      continue;
    }
    const char c = text[pos++];
    if (IsSpace(c)) {
      if (!in_space) out.text.push_back(' ');
      in_space = true;
    } else {
      out.text.push_back(c);
      in_space = false;
    }
  }
  if (last < spans.size()) out.text += " …";
  return out;
}

}  // namespace cablescope::archive
