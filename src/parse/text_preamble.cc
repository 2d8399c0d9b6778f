#include "parse/text_preamble.h"

namespace cablescope::parse {

// TODO(preamble): implement.
size_t ParsePreamble(std::string_view text, const TextOptions& options, Record* record) {
  (void)text;
  (void)options;
  (void)record;
  return 0;
}

}  // namespace cablescope::parse
