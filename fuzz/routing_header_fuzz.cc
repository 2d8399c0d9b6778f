// Routing header parsing, clean and flattened, and the header/text split.
#include "fuzz_support.h"
#include "parse/routing_header.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace cablescope;
  std::string_view bytes = fuzz::AsView(data, size);
  Record record;
  parse::ParseRoutingHeader(bytes, &record);
  size_t length = parse::RoutingHeaderLength(bytes);
  if (length > size) fuzz::Fail("RoutingHeaderLength beyond the input", bytes);
  Record split;
  parse::ParseRoutingHeader(bytes.substr(0, length), &split);
  (void)parse::DtgToIso(bytes.substr(0, 64));
  if (record.dtg) (void)parse::DtgToIso(*record.dtg);
  link::LinkRecord(&record);
  fuzz::CheckJson(record);
  return 0;
}
