#include "parse/cable_reader.h"

namespace cablescope::parse {
namespace {

// TODO(readers): one reader per format.
class WholeInputReader : public CableReader {
 public:
  WholeInputReader(std::unique_ptr<InputStream> stream, std::string path, DiagnosticSink sink)
      : stream_(std::move(stream)), path_(std::move(path)) {
    sink_ = std::move(sink);
  }
  bool Next(CableChunk* chunk) override {
    if (done_) return false;
    done_ = true;
    *chunk = CableChunk{};
    chunk->path = path_;
    char buf[1 << 16];
    size_t n;
    while ((n = stream_->Read(buf, sizeof buf)) > 0) chunk->text.append(buf, n);
    return true;
  }

 private:
  std::unique_ptr<InputStream> stream_;
  std::string path_;
  bool done_ = false;
};

}  // namespace

void CableReader::Report(const std::string& path, uint64_t line, std::string message) {
  ++error_count_;
  if (sink_) sink_(Diagnostic{path, line, std::move(message)});
}

std::unique_ptr<CableReader> OpenCableReader(std::unique_ptr<InputStream> stream,
                                             const std::string& path, Format format,
                                             DiagnosticSink sink) {
  (void)format;
  return std::make_unique<WholeInputReader>(std::move(stream), path, std::move(sink));
}

}  // namespace cablescope::parse
