#include "parse/input_stream.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace cablescope::parse {
namespace {

// A file descriptor read with read(2): no stdio buffering between the
// kernel and the reader's own large blocks.
class FdStream : public InputStream {
 public:
  FdStream(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~FdStream() override {
    if (owned_) ::close(fd_);
  }
  size_t Read(char* buf, size_t n) override {
    if (done_ || n == 0) return 0;
    while (true) {
      ssize_t k = ::read(fd_, buf, n);
      if (k > 0) return static_cast<size_t>(k);
      if (k < 0 && errno == EINTR) continue;
      if (k < 0) error_ = std::string("read error: ") + std::strerror(errno);
      done_ = true;
      return 0;
    }
  }

 private:
  int fd_;
  bool owned_;
  bool done_ = false;
};

class StringStream : public InputStream {
 public:
  explicit StringStream(std::string_view bytes) : bytes_(bytes) {}
  size_t Read(char* buf, size_t n) override {
    size_t k = std::min(n, bytes_.size() - pos_);
    if (k > 0) std::memcpy(buf, bytes_.data() + pos_, k);
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
      if (pos_ == head_.size()) {
        std::string().swap(head_);  // the head can be 64 KiB: give it back
        pos_ = 0;
      }
      return k;
    }
    if (rest_ == nullptr) return 0;
    size_t k = rest_->Read(buf, n);
    if (k == 0 && !rest_->error().empty()) error_ = rest_->error();
    return k;
  }

 private:
  std::string head_;
  size_t pos_ = 0;
  std::unique_ptr<InputStream> rest_;
};

// Inflates gzip data as it is read. Handles several concatenated members
// (`cat a.gz b.gz`, pigz/bgzip output); a stream that ends inside a member
// is reported as truncated, since a cut download otherwise looks like a
// complete but shorter input.
class GzipStream : public InputStream {
 public:
  explicit GzipStream(std::unique_ptr<InputStream> raw) : raw_(std::move(raw)) {
    std::memset(&z_, 0, sizeof z_);
    // 15 + 16: gzip wrapper only, largest window.
    ok_ = inflateInit2(&z_, 15 + 16) == Z_OK;
    if (!ok_) error_ = "cannot initialise zlib";
    in_.reset(new char[kInBlock]);
  }
  ~GzipStream() override {
    if (ok_) inflateEnd(&z_);
  }

  // Inflates the first bytes into a side buffer so that Open can reject a
  // broken gzip header before any reader sees the stream. A member that is
  // merely cut short is not rejected here: its bytes are delivered and
  // error() says "truncated" when they run out.
  bool Prime() {
    pending_.resize(kPrimeBytes);
    size_t k = Inflate(pending_.data(), pending_.size());
    pending_.resize(k);
    return !corrupt_;
  }

  size_t Read(char* buf, size_t n) override {
    if (pending_pos_ < pending_.size()) {
      size_t k = std::min(n, pending_.size() - pending_pos_);
      std::memcpy(buf, pending_.data() + pending_pos_, k);
      pending_pos_ += k;
      return k;
    }
    return Inflate(buf, n);
  }

 private:
  static constexpr size_t kInBlock = 1 << 20;
  static constexpr size_t kPrimeBytes = 1 << 16;

  bool FillInput() {
    size_t k = raw_->Read(in_.get(), kInBlock);
    if (k == 0) {
      if (!raw_->error().empty()) error_ = raw_->error();
      return false;
    }
    z_.next_in = reinterpret_cast<Bytef*>(in_.get());
    z_.avail_in = static_cast<uInt>(k);
    return true;
  }

  // Skips NUL padding after a member (tape and block-device leftovers) and
  // returns true when another gzip member follows.
  bool NextMember() {
    while (true) {
      while (z_.avail_in > 0 && *z_.next_in == 0) ++z_.next_in, --z_.avail_in;
      if (z_.avail_in > 0) break;
      if (!FillInput()) return false;
    }
    if (*z_.next_in != 0x1f) return false;  // trailing garbage: ignored, as gzip -d does
    inflateReset(&z_);
    return true;
  }

  size_t Inflate(char* buf, size_t n) {
    if (!ok_ || done_ || n == 0) return 0;
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    const uInt want = z_.avail_out;
    while (z_.avail_out > 0) {
      if (member_done_) {
        if (!NextMember()) {
          done_ = true;
          break;
        }
        member_done_ = false;
      }
      if (z_.avail_in == 0 && !FillInput()) {
        if (error_.empty()) error_ = "truncated gzip data (the input ends inside a member)";
        done_ = true;
        break;
      }
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        member_done_ = true;
        // Deliver what we have before looking for the next member.
        if (z_.avail_out < want) break;
        continue;
      }
      if (rc == Z_BUF_ERROR) continue;  // needs more input
      if (rc != Z_OK) {
        error_ =
            std::string("corrupt gzip data: ") + (z_.msg != nullptr ? z_.msg : "inflate failed");
        corrupt_ = true;
        done_ = true;
        break;
      }
    }
    return want - z_.avail_out;
  }

  std::unique_ptr<InputStream> raw_;
  z_stream z_;
  bool ok_ = false;
  bool done_ = false;
  bool member_done_ = false;
  bool corrupt_ = false;
  std::unique_ptr<char[]> in_;
  std::string pending_;
  size_t pending_pos_ = 0;
};

}  // namespace

std::unique_ptr<InputStream> InputStream::WithPrefix(std::string head,
                                                     std::unique_ptr<InputStream> rest) {
  return std::make_unique<PrefixedStream>(std::move(head), std::move(rest));
}

bool ReadAll(InputStream* stream, size_t limit, std::string* out) {
  out->clear();
  // Read into a block on the stack and append: *out grows with the input
  // only. Reading straight into a resized *out zero-filled a large block
  // per call, and freeing it made malloc give the memory back to the
  // system and fault it in again for every 5 KB telegram.
  constexpr size_t kBlock = 64u << 10;
  char block[kBlock];
  while (true) {
    const size_t have = out->size();
    if (have >= limit) {
      // Probe for one more byte: an input of exactly `limit` bytes fits.
      char probe;
      if (stream->Read(&probe, 1) == 0) return stream->error().empty();
      return false;
    }
    size_t n = stream->Read(block, std::min(kBlock, limit - have));
    if (n == 0) return stream->error().empty();
    out->append(block, n);
  }
}

std::unique_ptr<InputStream> InputStream::Open(const std::string& path, std::string* error) {
  int fd = 0;
  bool owned = false;
  if (path != "-") {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      *error = std::strerror(errno);
      return nullptr;
    }
    owned = true;
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      *error = "is a directory";
      return nullptr;
    }
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
  }
  std::unique_ptr<InputStream> raw = std::make_unique<FdStream>(fd, owned);

  // Sniff the gzip magic (1f 8b) without seeking, so that pipes work too.
  std::string magic(2, '\0');
  size_t got = 0;
  while (got < 2) {
    size_t k = raw->Read(magic.data() + got, 2 - got);
    if (k == 0) break;
    got += k;
  }
  if (got == 0 && !raw->error().empty()) {
    *error = raw->error();
    return nullptr;
  }
  magic.resize(got);
  const bool gzip = got == 2 && static_cast<unsigned char>(magic[0]) == 0x1f &&
                    static_cast<unsigned char>(magic[1]) == 0x8b;
  raw = WithPrefix(std::move(magic), std::move(raw));
  if (!gzip) return raw;
  auto stream = std::make_unique<GzipStream>(std::move(raw));
  if (!stream->Prime()) {
    *error = stream->error();
    return nullptr;
  }
  return stream;
}

std::unique_ptr<InputStream> InputStream::FromString(std::string_view bytes) {
  return std::make_unique<StringStream>(bytes);
}

}  // namespace cablescope::parse
