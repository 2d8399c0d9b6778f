// WikiLeaks cable page reader: metadata table, <pre> blocks, entities, links.
#include "fuzz_support.h"
#include "parse/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace cablescope;
  fuzz::Drain(parse::NewWikileaksHtmlReader(fuzz::Stream(data, size), "fuzz", fuzz::IgnoreDiagnostic), size);
  return 0;
}
