// Format detection and whatever reader it picks (OpenCableReader, kAuto):
// any bytes must land in some reader that copes with them.
#include "fuzz_support.h"
#include "parse/format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace cablescope;
  std::string_view bytes = fuzz::AsView(data, size);
  parse::Format detected = parse::DetectFormat(bytes.substr(0, 64 * 1024));
  if (detected == parse::Format::kAuto) fuzz::Fail("DetectFormat returned kAuto", bytes);
  (void)parse::FormatName(detected);
  fuzz::Drain(parse::OpenCableReader(fuzz::Stream(data, size), "fuzz", parse::Format::kAuto,
                                     fuzz::IgnoreDiagnostic),
              size);
  return 0;
}
