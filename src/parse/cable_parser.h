// ParseCable: one CableChunk in, one Record (as written) out.
#ifndef CABLESCOPE_PARSE_CABLE_PARSER_H_
#define CABLESCOPE_PARSE_CABLE_PARSER_H_

#include "model/record.h"
#include "parse/cable_chunk.h"

namespace cablescope::parse {

// Fills *record from `chunk`: container metadata, routing header, text.
// The result holds what the input says; canonical values (id, reference
// ids, canonical TAGS, origin) are derived afterwards by link::LinkRecord.
// `*record` is reset first. Thread-safe (no shared state).
void ParseCable(const CableChunk& chunk, Record* record);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_CABLE_PARSER_H_
