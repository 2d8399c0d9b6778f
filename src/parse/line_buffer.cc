#include "parse/line_buffer.h"

#include <algorithm>
#include <cstring>

namespace cablescope::parse {

size_t CountNewlines(const char* p, size_t n) {
  // 16-byte lanes with GCC vector extensions (SSE2 / NEON): a compare gives
  // 0xFF per matching byte, subtracting it adds 1 to that lane's counter;
  // the byte counters are summed before they can overflow (255 rounds).
  using Bytes = unsigned char __attribute__((vector_size(16)));
  const Bytes newline = {'\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n',
                         '\n', '\n', '\n', '\n', '\n', '\n', '\n', '\n'};
  size_t total = 0;
  size_t i = 0;
  while (n - i >= 16) {
    Bytes acc = {};
    const size_t rounds = std::min<size_t>((n - i) / 16, 255);
    for (size_t r = 0; r < rounds; ++r, i += 16) {
      Bytes chunk;
      std::memcpy(&chunk, p + i, 16);
      acc -= reinterpret_cast<Bytes>(chunk == newline);
    }
    for (int k = 0; k < 16; ++k) total += acc[k];
  }
  for (; i < n; ++i) total += p[i] == '\n';
  return total;
}

LineBuffer::LineBuffer(InputStream* stream, size_t block_bytes)
    : stream_(stream),
      block_(std::max<size_t>(block_bytes, kFirstRead)),
      buf_(new char[kFirstRead + kPadding]),
      cap_(kFirstRead + kPadding) {
  std::memset(buf_.get(), 0, kPadding);
}

bool LineBuffer::Fill() {
  if (eof_) return false;
  // Reads grow with the input: a directory of 3 KB cables costs 64 KiB per
  // file, a 2 GB cables.csv is read in full blocks after its first MBs.
  const size_t want = std::min<size_t>(block_, std::max<uint64_t>(kFirstRead, base_ + end_));
  const size_t live = end_ - pos_;
  if (cap_ - end_ < want + kPadding) {
    if (pos_ > 0 && cap_ >= live + want + kPadding) {
      // Slide the unconsumed tail (at most one partial record) to the front.
      std::memmove(buf_.get(), buf_.get() + pos_, live);
    } else {
      size_t cap = std::max(cap_ * 2, live + want + kPadding);
      std::unique_ptr<char[]> grown(new char[cap]);
      if (live > 0) std::memcpy(grown.get(), buf_.get() + pos_, live);
      buf_ = std::move(grown);
      cap_ = cap;
    }
    base_ += pos_;
    pos_ = 0;
    end_ = live;
  }
  size_t got = stream_->Read(buf_.get() + end_, want);
  if (got == 0) {
    eof_ = true;
    std::memset(buf_.get() + end_, 0, kPadding);
    return false;
  }
  end_ += got;
  std::memset(buf_.get() + end_, 0, kPadding);
  return true;
}

bool LineBuffer::Ensure(size_t n) {
  while (size() < n) {
    if (!Fill()) return false;
  }
  return true;
}

void LineBuffer::Consume(size_t n) {
  const char* p = data();
  line_ += CountNewlines(p, n);
  pos_ += n;
}

void LineBuffer::ConsumeCounted(size_t n, uint64_t newlines) {
  line_ += newlines;
  pos_ += n;
}

bool LineBuffer::SkipLine() {
  while (true) {
    const void* nl = std::memchr(data(), '\n', size());
    if (nl != nullptr) {
      pos_ += static_cast<size_t>(static_cast<const char*>(nl) - data()) + 1;
      ++line_;
      return true;
    }
    pos_ = end_;  // nothing to keep: no newline in it
    if (!Fill()) return false;
  }
}

}  // namespace cablescope::parse
