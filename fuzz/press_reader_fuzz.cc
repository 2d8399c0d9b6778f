// News page reader: a cable reprinted inside a page's chrome, no-break spaces.
#include "fuzz_support.h"
#include "parse/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace cablescope;
  fuzz::Drain(parse::NewPressReader(fuzz::Stream(data, size), "fuzz", fuzz::IgnoreDiagnostic), size);
  return 0;
}
