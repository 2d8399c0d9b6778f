#include "link/cable_id.h"

namespace cablescope::link {

// TODO(link): implement.
std::string CanonicalStation(std::string_view station) { return std::string(station); }

std::optional<std::string> CanonicalId(std::string_view text, int year) {
  (void)year;
  if (text.empty()) return std::nullopt;
  return std::string(text);
}

}  // namespace cablescope::link
