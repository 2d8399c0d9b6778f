#include "parse/routing_header.h"

namespace cablescope::parse {

// TODO(header): implement.
void ParseRoutingHeader(std::string_view header, Record* record) {
  (void)header;
  (void)record;
}

size_t RoutingHeaderLength(std::string_view text) {
  (void)text;
  return 0;
}

std::string DtgToIso(std::string_view dtg) {
  (void)dtg;
  return {};
}

}  // namespace cablescope::parse
