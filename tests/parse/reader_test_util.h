// Helpers for the reader tests: run a reader to the end, collecting chunks
// and diagnostics; a stream that generates a huge input without holding it.
#ifndef CABLESCOPE_TESTS_PARSE_READER_TEST_UTIL_H_
#define CABLESCOPE_TESTS_PARSE_READER_TEST_UTIL_H_

#include <sys/resource.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "parse/cable_chunk.h"
#include "parse/cable_reader.h"
#include "parse/input_stream.h"

namespace cablescope::parse::testing {

struct ReadResult {
  std::vector<CableChunk> chunks;
  std::vector<std::string> diagnostics;  // Diagnostic::ToString()
};

// Builds a reader with a sink that records into the result, and drains it.
inline ReadResult ReadAllChunks(
    const std::function<std::unique_ptr<CableReader>(DiagnosticSink)>& make) {
  ReadResult result;
  auto reader =
      make([&result](const Diagnostic& d) { result.diagnostics.push_back(d.ToString()); });
  CableChunk chunk;
  while (reader->Next(&chunk)) {
    result.chunks.push_back(std::move(chunk));
    chunk = CableChunk{};
  }
  return result;
}

// A stream of `head`, then `fill_bytes` copies of `fill`, then `tail`,
// produced on the fly: a 200 MB input costs no memory in the test.
class GeneratedStream : public InputStream {
 public:
  GeneratedStream(std::string head, char fill, size_t fill_bytes, std::string tail)
      : head_(std::move(head)), fill_(fill), fill_bytes_(fill_bytes), tail_(std::move(tail)) {}
  size_t Read(char* buf, size_t n) override {
    size_t done = 0;
    while (done < n) {
      if (pos_ < head_.size()) {
        size_t k = std::min(n - done, head_.size() - pos_);
        std::memcpy(buf + done, head_.data() + pos_, k);
        done += k, pos_ += k;
      } else if (pos_ < head_.size() + fill_bytes_) {
        size_t k = std::min(n - done, head_.size() + fill_bytes_ - pos_);
        std::memset(buf + done, fill_, k);
        done += k, pos_ += k;
      } else {
        size_t at = pos_ - head_.size() - fill_bytes_;
        if (at >= tail_.size()) break;
        size_t k = std::min(n - done, tail_.size() - at);
        std::memcpy(buf + done, tail_.data() + at, k);
        done += k, pos_ += k;
      }
    }
    return done;
  }

 private:
  std::string head_;
  char fill_;
  size_t fill_bytes_;
  std::string tail_;
  size_t pos_ = 0;
};

// Peak resident set of this process so far, in bytes.
inline size_t PeakRssBytes() {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<size_t>(usage.ru_maxrss) * 1024;
}

}  // namespace cablescope::parse::testing

#endif  // CABLESCOPE_TESTS_PARSE_READER_TEST_UTIL_H_
