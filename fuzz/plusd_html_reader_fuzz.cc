// PlusD page reader: synopsis table, escaped attribute HTML, 1970s text.
#include "fuzz_support.h"
#include "parse/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace cablescope;
  fuzz::Drain(parse::NewPlusdHtmlReader(fuzz::Stream(data, size), "fuzz", fuzz::IgnoreDiagnostic), size);
  return 0;
}
