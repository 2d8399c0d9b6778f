#include "parse/format.h"

namespace cablescope::parse {

// TODO(readers): real detection.
Format DetectFormat(std::string_view head) {
  (void)head;
  return Format::kTelegram;
}

}  // namespace cablescope::parse
