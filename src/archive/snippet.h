// Snippets: a short passage of a cable around the words a query matched,
// with the matches' positions.
//
// The passage is the window of about `width` tokens with the most distinct
// query terms (then the most matches); runs of whitespace become one space,
// and `…` marks a cut. Highlights are byte ranges in `text`, so that a
// terminal can colour them and JSON can carry them as offsets.
//
// Pure function; thread-safe.
#ifndef CABLESCOPE_ARCHIVE_SNIPPET_H_
#define CABLESCOPE_ARCHIVE_SNIPPET_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "archive/query_executor.h"

namespace cablescope::archive {

struct Highlight {
  size_t begin = 0;  // byte offsets in Snippet::text, [begin, end)
  size_t end = 0;
};

struct Snippet {
  std::string text;
  std::vector<Highlight> highlights;
};

// The snippet of `text` for `terms`. Without a match, the start of the text.
Snippet MakeSnippet(std::string_view text, const std::vector<HighlightTerm>& terms, size_t width = 30);

// True when `text` contains at least one token matching `terms`.
bool HasMatch(std::string_view text, const std::vector<HighlightTerm>& terms);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_SNIPPET_H_
