// LineBuffer: a sliding window over an InputStream, filled in large blocks,
// that knows the line number and byte offset of its first byte.
//
// The streaming readers (cables.csv, JSON lines) look at the window, decide
// how much of it makes one record, and Consume() that much; the window only
// ever holds the record being cut out plus one read block, so a 2 GB input
// needs a few MB. The bytes past end() are always readable for kPadding
// bytes (simdjson reads up to 64 bytes beyond a document). Not thread-safe.
#ifndef CABLESCOPE_PARSE_LINE_BUFFER_H_
#define CABLESCOPE_PARSE_LINE_BUFFER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "parse/input_stream.h"

namespace cablescope::parse {

// Number of '\n' in p[0..n). Vectorised: std::count is not at -O2, and
// line counting is the largest single cost of reading cables.csv.
size_t CountNewlines(const char* p, size_t n);

class LineBuffer {
 public:
  static constexpr size_t kBlockBytes = 4u << 20;  // largest single read
  static constexpr size_t kFirstRead = 64u << 10;  // first reads, and the least
  static constexpr size_t kPadding = 64;

  // Reads from `stream`, which must outlive the buffer, in reads that grow
  // from kFirstRead to `block_bytes` as the input proves large.
  explicit LineBuffer(InputStream* stream, size_t block_bytes = kBlockBytes);
  LineBuffer(const LineBuffer&) = delete;
  LineBuffer& operator=(const LineBuffer&) = delete;

  const char* data() const { return buf_.get() + pos_; }
  size_t size() const { return end_ - pos_; }
  std::string_view view() const { return {data(), size()}; }

  // Bytes readable from data(), padding included (>= size() + kPadding).
  size_t capacity_from_data() const { return cap_ - pos_; }

  // Line number (1-based) and input byte offset of data()[0].
  uint64_t line() const { return line_; }
  uint64_t offset() const { return base_ + pos_; }

  // True once the stream has nothing more to give (end of input or error).
  bool eof() const { return eof_; }

  // Appends at least one more byte from the stream after the current window
  // and keeps data() .. end valid (though data() may move). Returns false,
  // and sets eof(), when the stream is exhausted; the window is unchanged.
  bool Fill();

  // Fills until size() >= n or the input ends. Returns size() >= n.
  bool Ensure(size_t n);

  // Drops the first `n` bytes of the window (n <= size()), counting the
  // newlines among them into line().
  void Consume(size_t n);

  // Like Consume, when the caller already knows that the first `n` bytes
  // hold `newlines` newlines (saves a second pass over a big record).
  void ConsumeCounted(size_t n, uint64_t newlines);

  // Drops bytes up to and including the next '\n', reading on as needed
  // without keeping them. Returns false when the input ends first (the
  // window is then empty).
  bool SkipLine();

 private:
  InputStream* stream_;
  size_t block_;
  std::unique_ptr<char[]> buf_;
  size_t cap_ = 0;     // allocated bytes, padding included
  size_t pos_ = 0;     // window start
  size_t end_ = 0;     // window end
  uint64_t base_ = 0;  // input offset of buf_[0]
  uint64_t line_ = 1;
  bool eof_ = false;
};

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_LINE_BUFFER_H_
