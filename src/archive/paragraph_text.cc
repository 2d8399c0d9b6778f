#include "archive/paragraph_text.h"

#include "parse/paragraphs.h"

namespace cablescope::archive {

std::string ParagraphTextsFromBody(const Record& record) {
  std::string flags(record.paragraphs.size(), '0');
  if (!record.body) return flags;
  std::string folded;
  for (size_t i = 0; i < record.paragraphs.size(); ++i) {
    const Paragraph& p = record.paragraphs[i];
    if (p.end <= p.start || p.text.empty()) continue;  // no span, or nothing to save
    // Text and span as the parser left them: the text is the span's fold.
    if (p.fold_check != 0 &&
        p.fold_check == parse::SpanFoldCheck(*record.body, p.start, p.end, p.text)) {
      flags[i] = '1';
      continue;
    }
    folded.clear();
    parse::AppendParagraphText(*record.body, p.start, p.end, &folded);
    if (folded == p.text) flags[i] = '1';
  }
  return flags;
}

}  // namespace cablescope::archive
