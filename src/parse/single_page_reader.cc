#include "parse/single_page_reader.h"

namespace cablescope::parse {

SinglePageReader::SinglePageReader(std::unique_ptr<InputStream> stream, std::string path,
                                   Format format, DiagnosticSink sink)
    : stream_(std::move(stream)), path_(std::move(path)), format_(format) {
  sink_ = std::move(sink);
}

bool SinglePageReader::Next(CableChunk* chunk) {
  if (done_) return false;
  done_ = true;
  if (!ReadAll(stream_.get(), kMaxCableBytes, &page_)) {
    Report(path_, 0,
           stream_->error().empty()
               ? "page larger than " + std::to_string(kMaxCableBytes >> 20) + " MiB: skipped"
               : "cannot read the page: " + stream_->error());
    return false;
  }
  *chunk = CableChunk{};
  chunk->format = format_;
  chunk->path = path_;
  std::string error;
  if (!ParsePage(page_, chunk, &error)) {
    Report(path_, chunk->line, std::move(error));
    return false;
  }
  return true;
}

}  // namespace cablescope::parse
