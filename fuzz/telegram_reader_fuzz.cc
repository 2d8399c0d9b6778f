// Telegram reader: raw telegrams and PDF text (Latin-1/CP1252, CRLF). The
// first byte picks the format so one corpus covers both.
#include "fuzz_support.h"
#include "parse/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace cablescope;
  if (size == 0) return 0;
  parse::Format format = (data[0] & 1) ? parse::Format::kPdfText : parse::Format::kTelegram;
  ++data;
  --size;
  fuzz::Drain(parse::NewTelegramReader(fuzz::Stream(data, size), "fuzz", format,
                                       fuzz::IgnoreDiagnostic),
              size);
  return 0;
}
