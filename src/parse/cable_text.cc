#include "parse/cable_text.h"

#include <string>
#include <vector>

#include "parse/paragraphs.h"
#include "parse/signers.h"
#include "parse/summary.h"
#include "parse/text_cleanup.h"
#include "parse/text_preamble.h"

namespace cablescope::parse {

// The stages run over one cleaned copy of the text: clean (text_cleanup.h)
// -> preamble (text_preamble.h) -> signature at the end (signers.h) ->
// numbered paragraphs between the two (paragraphs.h) -> summary within them
// (summary.h). The cleaned text becomes record->body.
void ParseCableText(std::string_view text, const TextOptions& options, Record* record) {
  std::string body;
  CleanCableText(text, &body);
  std::string_view view(body);

  size_t preamble_end = ParsePreamble(view, options, record);
  if (preamble_end > view.size()) preamble_end = view.size();

  record->signers.clear();
  size_t signature = FindSigners(view, preamble_end, &record->signers, options.flattened);

  std::vector<ParagraphSpan> spans;
  record->paragraphs.clear();
  ParseParagraphs(view, preamble_end, signature, &record->paragraphs, &spans);
  record->summary = FindSummary(view, preamble_end, signature, spans);

  if (body.empty()) {
    record->body.reset();
  } else {
    record->body = std::move(body);
  }
}

}  // namespace cablescope::parse
