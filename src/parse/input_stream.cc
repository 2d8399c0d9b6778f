#include "parse/input_stream.h"

#include <cstdio>
#include <algorithm>
#include <cstring>

namespace cablescope::parse {
namespace {

// TODO(readers): gzip, stdin.
class FileStream : public InputStream {
 public:
  explicit FileStream(FILE* f) : f_(f) {}
  ~FileStream() override { std::fclose(f_); }
  size_t Read(char* buf, size_t n) override { return std::fread(buf, 1, n, f_); }

 private:
  FILE* f_;
};

class StringStream : public InputStream {
 public:
  explicit StringStream(std::string_view bytes) : bytes_(bytes) {}
  size_t Read(char* buf, size_t n) override {
    size_t k = std::min(n, bytes_.size() - pos_);
    std::memcpy(buf, bytes_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  std::string bytes_;
  size_t pos_ = 0;
};

class PrefixedStream : public InputStream {
 public:
  PrefixedStream(std::string head, std::unique_ptr<InputStream> rest)
      : head_(std::move(head)), rest_(std::move(rest)) {}
  size_t Read(char* buf, size_t n) override {
    if (pos_ < head_.size()) {
      size_t k = std::min(n, head_.size() - pos_);
      std::memcpy(buf, head_.data() + pos_, k);
      pos_ += k;
      return k;
    }
    size_t k = rest_->Read(buf, n);
    if (k == 0 && !rest_->error().empty()) error_ = rest_->error();
    return k;
  }

 private:
  std::string head_;
  size_t pos_ = 0;
  std::unique_ptr<InputStream> rest_;
};

}  // namespace

std::unique_ptr<InputStream> InputStream::WithPrefix(std::string head,
                                                     std::unique_ptr<InputStream> rest) {
  return std::make_unique<PrefixedStream>(std::move(head), std::move(rest));
}

bool ReadAll(InputStream* stream, size_t limit, std::string* out) {
  out->clear();
  char buf[1 << 16];
  while (true) {
    size_t n = stream->Read(buf, sizeof buf);
    if (n == 0) return stream->error().empty();
    if (out->size() + n > limit) {
      out->append(buf, limit - out->size());
      return false;
    }
    out->append(buf, n);
  }
}

std::unique_ptr<InputStream> InputStream::Open(const std::string& path, std::string* error) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    *error = std::strerror(errno);
    return nullptr;
  }
  return std::make_unique<FileStream>(f);
}

std::unique_ptr<InputStream> InputStream::FromString(std::string_view bytes) {
  return std::make_unique<StringStream>(bytes);
}

}  // namespace cablescope::parse
