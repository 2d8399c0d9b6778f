#include "parse/input_stream.h"

#include <cstdio>
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

}  // namespace

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
