#include "model/json_writer.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <charconv>
#include <cstring>

namespace cablescope {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
size_t ValidUtf8Length(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  size_t n;
  uint32_t min;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  uint32_t cp = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

}  // namespace

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;

// True when byte c stands for itself in a JSON string: printable ASCII
// other than '"' and '\\'.
inline bool IsPlainByte(unsigned char c) { return c >= 0x20 && c != '"' && c != '\\' && c < 0x80; }

// True when any of the 8 bytes of `v` needs attention in a JSON string: a
// control byte (< 0x20), '"', '\\', or a non-ASCII byte (to be validated).
// May say true for a plain word (borrows); never false for a special one.
inline bool NeedsAttention(uint64_t v) {
  auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  const uint64_t control = (v - 0x20 * kOnes) & ~v & kHighs;
  return ((v & kHighs) | control | has_zero(v ^ (0x22 * kOnes)) | has_zero(v ^ (0x5C * kOnes))) !=
         0;
}

// The offset of the first byte at or after `i` that may need escaping (or
// `size`). Cable text is overwhelmingly plain ASCII, so runs are skipped 16
// bytes at a time with SSE2 (x86-64's baseline), else 8 at a time.
inline size_t SkipPlain(const char* data, size_t i, size_t size) {
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  while (i + 16 <= size) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    // Signed compare: bytes >= 0x80 are negative, so non-ASCII is flagged too.
    const __m128i special = _mm_or_si128(
        _mm_cmplt_epi8(v, space), _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
    const int mask = _mm_movemask_epi8(special);
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  while (i + 8 <= size) {
    uint64_t v;
    std::memcpy(&v, data + i, 8);
    if (NeedsAttention(v)) break;
    i += 8;
  }
  return i;
}

}  // namespace

void JsonWriter::AppendEscaped(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  const char* data = s.data();
  const size_t size = s.size();
  size_t run_start = 0;
  size_t i = 0;
  auto flush = [&](size_t end) {
    if (end > run_start) out->append(data + run_start, end - run_start);
  };
  while (i < size) {
    i = SkipPlain(data, i, size);
    if (i >= size) break;
    const auto c = static_cast<unsigned char>(data[i]);
    if (IsPlainByte(c)) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      size_t n = ValidUtf8Length(s, i);
      if (n > 0) {
        i += n;
        continue;
      }
      flush(i);
      out->append("\xEF\xBF\xBD");  // U+FFFD
      ++i;
      run_start = i;
      continue;
    }
    flush(i);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default: {
        char buf[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out->append(buf, 6);
      }
    }
    ++i;
    run_start = i;
  }
  flush(i);
}

void JsonWriter::Newline() {
  out_->push_back('\n');
  out_->append(static_cast<size_t>(depth_ * indent_), ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (depth_ == 0) return;
  if (!first_) out_->push_back(',');
  if (indent_ > 0) Newline();
  first_ = false;
}

void JsonWriter::BeginObject() {
  BeforeValue();
  out_->push_back('{');
  ++depth_;
  first_ = true;
}

void JsonWriter::EndObject() {
  --depth_;
  if (indent_ > 0 && !first_) Newline();
  out_->push_back('}');
  first_ = false;
}

void JsonWriter::BeginArray() {
  BeforeValue();
  out_->push_back('[');
  ++depth_;
  first_ = true;
}

void JsonWriter::EndArray() {
  --depth_;
  if (indent_ > 0 && !first_) Newline();
  out_->push_back(']');
  first_ = false;
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  // Keys are short names in plain ASCII (`"id":`, `"tags":`): assembled
  // whole and appended once. With three appends and an escaping pass, keys
  // were 1.5% of an ingest's instructions (a record has ~100); this way
  // 1.1% (callgrind, 2,000 cables).
  char plain[64];
  auto plain_byte = [](char c) { return IsPlainByte(static_cast<unsigned char>(c)); };
  if (key.size() + 4 <= sizeof(plain) && std::all_of(key.begin(), key.end(), plain_byte)) {
    plain[0] = '"';
    std::memcpy(plain + 1, key.data(), key.size());
    size_t n = key.size() + 1;
    plain[n++] = '"';
    plain[n++] = ':';
    if (indent_ > 0) plain[n++] = ' ';
    out_->append(plain, n);
  } else {
    out_->push_back('"');
    AppendEscaped(key, out_);
    out_->append(indent_ > 0 ? "\": " : "\":");
  }
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  out_->push_back('"');
  AppendEscaped(value, out_);
  out_->push_back('"');
}

void JsonWriter::OptionalString(const std::optional<std::string>& value) {
  if (value) {
    String(*value);
  } else {
    Null();
  }
}

void JsonWriter::Int(int64_t value) {
  BeforeValue();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  (void)ec;  // 24 bytes always hold an int64
  out_->append(buf, static_cast<size_t>(end - buf));
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_->append(value ? "true" : "false");
}

void JsonWriter::Null() {
  BeforeValue();
  out_->append("null");
}

void JsonWriter::Raw(std::string_view json) {
  BeforeValue();
  out_->append(json);
}

}  // namespace cablescope
