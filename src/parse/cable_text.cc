#include "parse/cable_text.h"

namespace cablescope::parse {

// TODO(text): implement.
void ParseCableText(std::string_view text, const TextOptions& options, Record* record) {
  (void)options;
  record->body = std::string(text);
}

}  // namespace cablescope::parse
