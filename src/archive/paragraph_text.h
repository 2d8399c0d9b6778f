// Paragraph text the archive need not store: a paragraph's text is, for
// nearly every cable, its span of the body [start, end) with the lines
// folded (parse/paragraphs.h). paragraph_spans.text (schema 5) is NULL
// then, and readers fold the span of cables.body again.
//
// The paragraphs' text was a fifth of an archive's bytes, the body's words
// a second time: at 50,000 generated cables an ingest without it took
// 22.7 and 24.3 s against 26.0 and 26.3 s (docs/PERFORMANCE.md, session
// 11). Whether the span gives the text is checked, not assumed: a merged
// record may take its paragraphs from one version and its body from
// another, and a record read from JSON says what it likes. The check is
// the parser's fingerprint of text and span (Paragraph::fold_check) where
// it still matches, else a fold of the span compared with the text: the
// second fold of every paragraph was 1.8% of an ingest's instructions.
#ifndef CABLESCOPE_ARCHIVE_PARAGRAPH_TEXT_H_
#define CABLESCOPE_ARCHIVE_PARAGRAPH_TEXT_H_

#include <string>
#include <string_view>

#include "model/record.h"

namespace cablescope::archive {

// One byte per paragraph of `record`, '1' when the body gives its text
// (parse::AppendParagraphText of its offsets is the text), else '0'.
// Readers fold the span back with parse::AppendParagraphText.
std::string ParagraphTextsFromBody(const Record& record);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_PARAGRAPH_TEXT_H_
