// The summary section of a cable's text.
//
//   1. (C) Summary: P.M. Erdogan expects ... End summary.
//   1. (S) SUMMARY. ... END SUMMARY.
//   2. (C) Begin summary: ... End summary.
//   1. (C) Summary and Comment: ... End Summary and Comment.
//   --------                                    a framed title (90CAPETOWN97),
//   SUMMARY                                     the summary running over
//   --------                                    paragraphs 2-5 until
//   2.  ATTORNEY ESSA MOOSA ... END SUMMARY.    END SUMMARY.
//
// The label counts only where a label stands: at the start of a line, after
// a paragraph number and marking, or after `Begin`; `a summary of the
// talks` in prose is not one. The summary runs to `End summary` (`End of
// summary`); without that mark, to the end of the paragraph holding the
// label (or, for a framed title, of the paragraph after it). Without a
// label, an `End summary.` closing the first paragraphs still marks the
// text from the first paragraph up to it as the summary.
#ifndef CABLESCOPE_PARSE_SUMMARY_H_
#define CABLESCOPE_PARSE_SUMMARY_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/paragraphs.h"

namespace cablescope::parse {

// Finds the summary in body[begin, end) given the paragraphs found there
// (paragraphs.h). Returns its text whitespace-normalised, without the
// labels, or nullopt when there is none (or it is empty).
std::optional<std::string> FindSummary(std::string_view body, size_t begin, size_t end,
                                       const std::vector<ParagraphSpan>& spans);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_SUMMARY_H_
