#include "parse/cable_parser.h"

#include "parse/cable_text.h"
#include "parse/routing_header.h"

namespace cablescope::parse {

void ParseCable(const CableChunk& chunk, Record* record) {
  *record = Record{};
  Record& r = *record;
  r.format = std::string(FormatName(chunk.format));
  r.partial = chunk.partial;
  if (!chunk.meta_id.empty()) r.published_ids.push_back(chunk.meta_id);
  if (!chunk.meta_created.empty()) r.created = chunk.meta_created;
  if (!chunk.meta_classification.empty()) r.classification = chunk.meta_classification;
  r.raw.origin_meta = chunk.meta_origin;
  r.raw.meta_references = chunk.meta_references;

  std::string_view text = chunk.text;
  if (chunk.header_separate) {
    ParseRoutingHeader(chunk.header, &r);
  } else {
    size_t header_length = RoutingHeaderLength(text);
    if (header_length > 0) {
      ParseRoutingHeader(text.substr(0, header_length), &r);
      text.remove_prefix(header_length);
    }
  }
  TextOptions options;
  options.flattened = chunk.flattened;
  r.raw.flattened = chunk.flattened;
  ParseCableText(text, options, &r);

  r.source.path = chunk.path;
  r.source.format = r.format;
  r.source.offset = chunk.offset;
  r.source.fields = chunk.source_fields;
}

}  // namespace cablescope::parse
