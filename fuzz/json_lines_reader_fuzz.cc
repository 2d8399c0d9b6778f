// JSON lines reader: escapes, surrogates, flattened bodies, broken lines.
#include "fuzz_support.h"
#include "parse/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace cablescope;
  fuzz::Drain(parse::NewJsonLinesReader(fuzz::Stream(data, size), "fuzz", fuzz::IgnoreDiagnostic), size);
  return 0;
}
