// cables.csv reader: backslash escapes, multi-line fields, rows cut mid-way.
#include "fuzz_support.h"
#include "parse/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace cablescope;
  fuzz::Drain(parse::NewCablesCsvReader(fuzz::Stream(data, size), "fuzz", fuzz::IgnoreDiagnostic), size);
  return 0;
}
