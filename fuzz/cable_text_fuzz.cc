// The text parser (preamble, paragraphs, signer), with newlines and as a
// flattened text (JSON exports, press reprints), then link and JSON.
#include "fuzz_support.h"
#include "parse/cable_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace cablescope;
  std::string_view bytes = fuzz::AsView(data, size);
  for (bool flattened : {false, true}) {
    Record record;
    parse::TextOptions options;
    options.flattened = flattened;
    parse::ParseCableText(bytes, options, &record);
    link::LinkRecord(&record);
    fuzz::CheckJson(record);
  }
  return 0;
}
