// InputStream: the bytes of one input, decompressed, read in pieces.
//
// Opens a file or standard input; gzip data (by its magic bytes 1f 8b, under
// any name, several concatenated members included) is inflated
// transparently. Reading is streamed so that a 2 GB input never needs 2 GB
// of memory: files are read with read(2) straight into the caller's buffer,
// gzip through a 1 MiB compressed block.
//
// Not thread-safe: one reader owns one stream.
#ifndef CABLESCOPE_PARSE_INPUT_STREAM_H_
#define CABLESCOPE_PARSE_INPUT_STREAM_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace cablescope::parse {

class InputStream {
 public:
  virtual ~InputStream() = default;
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Opens `path` ("-" is standard input, which may be a pipe). Returns
  // nullptr and stores a reason in *error when the input cannot be opened,
  // is a directory, or its gzip header is broken. A gzip stream that is
  // merely cut short opens fine: its bytes are delivered, then Read returns
  // 0 with error() "truncated gzip data ...".
  static std::unique_ptr<InputStream> Open(const std::string& path, std::string* error);

  // Wraps bytes already in memory (tests, fuzzers). The bytes are copied.
  static std::unique_ptr<InputStream> FromString(std::string_view bytes);

  // A stream that yields `head` and then the rest of `rest`: lets a caller
  // look at the first bytes (format detection) and hand the whole input on.
  static std::unique_ptr<InputStream> WithPrefix(std::string head,
                                                 std::unique_ptr<InputStream> rest);

  // Reads up to `n` bytes into `buf`. Returns the count; 0 at the end of the
  // input or on error (then error() is non-empty: a truncated gzip member,
  // an I/O error).
  virtual size_t Read(char* buf, size_t n) = 0;

  const std::string& error() const { return error_; }

 protected:
  InputStream() = default;
  std::string error_;
};

// Reads the rest of `stream` into *out, up to `limit` bytes. Returns false
// when the input holds more than `limit` bytes (*out then holds the first
// `limit`) or on a read error (stream->error() says which).
bool ReadAll(InputStream* stream, size_t limit, std::string* out);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_INPUT_STREAM_H_
