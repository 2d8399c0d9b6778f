// Reader for inputs that hold one cable as plain text: raw telegrams
// (routing header, then the text, often copied from a web page) and
// telegrams converted from PDF.
//
// The whole input is the cable. What the reader repairs is the encoding:
// PDF conversions are Latin-1 (or CP1252) with CRLF line ends, so `\xB6`
// has to become `¶` and `\r\n` a newline before the text parser sees them;
// NUL bytes (padding from broken conversions) are dropped and reported.
// Inputs that are empty, binary or larger than kMaxCableBytes are reported
// and yield no cable.
#include <string>

#include "parse/readers.h"
#include "parse/text_encoding.h"

namespace cablescope::parse {
namespace {

class TelegramReader : public CableReader {
 public:
  TelegramReader(std::unique_ptr<InputStream> stream, std::string path, Format format,
                 DiagnosticSink sink)
      : stream_(std::move(stream)), path_(std::move(path)), format_(format) {
    sink_ = std::move(sink);
  }

  bool Next(CableChunk* chunk) override {
    if (done_) return false;
    done_ = true;
    std::string text;
    if (!ReadAll(stream_.get(), kMaxCableBytes, &text)) {
      if (!stream_->error().empty()) {
        // A truncated gzip still gives what could be read; a cable cut short
        // is worth parsing, but the damage is reported.
        Report(path_, 0, stream_->error());
      } else {
        Report(path_, 1,
               "input over " + std::to_string(kMaxCableBytes >> 20) +
                   " MiB, not a single cable; skipped");
        return false;
      }
    }
    if (LooksBinary(std::string_view(text).substr(0, 1 << 16))) {
      Report(path_, 1, "binary data, not a cable");
      return false;
    }
    if (size_t nuls = RemoveNuls(&text); nuls > 0) {
      Report(path_, 1, std::to_string(nuls) + " NUL bytes removed");
    }
    if (size_t bom = ByteOrderMarkLength(text); bom > 0) text.erase(0, bom);
    if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
      Report(path_, 0, "empty input");
      return false;
    }
    EnsureUtf8(&text);
    NormalizeLineEnds(&text);
    // pdftotext separates pages with form feeds; they are not content.
    for (size_t at = text.find('\f'); at != std::string::npos; at = text.find('\f', at + 1)) {
      text[at] = '\n';
    }
    *chunk = CableChunk{};
    chunk->format = format_;
    chunk->path = path_;
    chunk->line = 1;
    chunk->offset = 0;
    chunk->text = std::move(text);
    return true;
  }

 private:
  std::unique_ptr<InputStream> stream_;
  std::string path_;
  Format format_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<CableReader> NewTelegramReader(std::unique_ptr<InputStream> stream,
                                               const std::string& path, Format format,
                                               DiagnosticSink sink) {
  if (format != Format::kPdfText) format = Format::kTelegram;
  return std::make_unique<TelegramReader>(std::move(stream), path, format, std::move(sink));
}

}  // namespace cablescope::parse
