#include "parse/cable_reader.h"

#include <string>
#include <utility>

#include "parse/readers.h"

namespace cablescope::parse {
namespace {

// DetectFormat looks at this much of an input (format.h).
constexpr size_t kDetectBytes = 64u << 10;

// Reads up to kDetectBytes from `stream` (several reads: a pipe or gzip
// stream gives less than asked).
std::string ReadHead(InputStream* stream) {
  std::string head(kDetectBytes, '\0');
  size_t got = 0;
  while (got < head.size()) {
    size_t n = stream->Read(head.data() + got, head.size() - got);
    if (n == 0) break;
    got += n;
  }
  head.resize(got);
  return head;
}

}  // namespace

void CableReader::Report(const std::string& path, uint64_t line, std::string message) {
  ++error_count_;
  if (sink_) sink_(Diagnostic{path, line, std::move(message)});
}

std::unique_ptr<CableReader> OpenCableReader(std::unique_ptr<InputStream> stream,
                                             const std::string& path, Format format,
                                             DiagnosticSink sink) {
  if (format == Format::kAuto) {
    std::string head = ReadHead(stream.get());
    format = DetectFormat(head);
    // Hand the whole input on: the bytes looked at, then the rest. A read
    // error in the head stays visible through the prefixed stream.
    stream = InputStream::WithPrefix(std::move(head), std::move(stream));
  }
  switch (format) {
    case Format::kCablesCsv:
      return NewCablesCsvReader(std::move(stream), path, std::move(sink));
    case Format::kJson:
      return NewJsonLinesReader(std::move(stream), path, std::move(sink));
    case Format::kWikileaksHtml:
      return NewWikileaksHtmlReader(std::move(stream), path, std::move(sink));
    case Format::kPlusdHtml:
      return NewPlusdHtmlReader(std::move(stream), path, std::move(sink));
    case Format::kPress:
      return NewPressReader(std::move(stream), path, std::move(sink));
    case Format::kPdfText:
      return NewTelegramReader(std::move(stream), path, Format::kPdfText, std::move(sink));
    case Format::kAuto:
    case Format::kTelegram:
      break;
  }
  return NewTelegramReader(std::move(stream), path, Format::kTelegram, std::move(sink));
}

}  // namespace cablescope::parse
