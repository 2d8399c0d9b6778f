// CableReader: turns one input into CableChunks, one format at a time.
//
// A reader pulls bytes from an InputStream as it needs them and keeps no
// more than one cable (bounded by kMaxCableBytes) plus a read buffer in
// memory. Damage is reported, never thrown: a cable that cannot be cut out
// is skipped with a Diagnostic `path:line: what is wrong`, and the reader
// goes on with the next one. Not thread-safe.
#ifndef CABLESCOPE_PARSE_CABLE_READER_H_
#define CABLESCOPE_PARSE_CABLE_READER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "model/diagnostic.h"
#include "parse/cable_chunk.h"
#include "parse/format.h"
#include "parse/input_stream.h"

namespace cablescope::parse {

// The largest cable a reader accepts. The longest Cablegate cable is about
// 1 MB; anything far larger is damage (a 200 MB line), skipped with a
// diagnostic so that memory stays bounded.
inline constexpr size_t kMaxCableBytes = 16u << 20;

class CableReader {
 public:
  virtual ~CableReader() = default;

  // Stores the next cable in *chunk and returns true; false at the end of
  // the input. Skipped cables are reported to the sink given at creation.
  virtual bool Next(CableChunk* chunk) = 0;

  // Number of diagnostics reported so far.
  size_t error_count() const { return error_count_; }

 protected:
  void Report(const std::string& path, uint64_t line, std::string message);

  DiagnosticSink sink_;
  size_t error_count_ = 0;
};

// Opens a reader for `stream`. With Format::kAuto the format is detected
// from the first bytes. `path` is used in chunks and diagnostics.
std::unique_ptr<CableReader> OpenCableReader(std::unique_ptr<InputStream> stream,
                                             const std::string& path, Format format,
                                             DiagnosticSink sink);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_CABLE_READER_H_
