// Reader for cables.csv, the 2011 full Cablegate dump, and pieces of it.
//
// A row is eight double-quoted fields: running number, created
// (`12/21/1988 9:23`), reference id, origin, classification, references
// (pipe-separated ids), header, body. It is not RFC 4180: a quote inside a
// field is written `\"` (and an apostrophe `\'`: `HU\'S TIMIDITY`), never
// `""`, and header and body span many lines. Pieces of the dump come as
// per-origin extracts (which start with a blank line) and as raw byte chunks
// of the 1.6 GB file (`split -b`), which start and end in the middle of a
// row; copies sometimes begin with a byte-order mark, raw or as mojibake.
//
// The reader streams: it finds the end of one row in a LineBuffer, decodes
// its fields into a CableChunk, and drops it. A row that cannot be read
// (cut off, a stray quote, larger than kMaxCableBytes) is reported once and
// skipped by resynchronising on the next line that starts like a row,
// `"<digits>","<M/D/YYYY H:MM>","`.
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "parse/cables_csv_row.h"
#include "parse/created_time.h"
#include "parse/line_buffer.h"
#include "parse/readers.h"
#include "parse/text_encoding.h"

namespace cablescope::parse {
namespace {

constexpr int kFields = 8;
constexpr size_t kRowStartLookahead = kCablesCsvRowStartBytes;

bool IsRowStart(const char* p, size_t n) { return IsCablesCsvRowStart(std::string_view(p, n)); }

// Appends a field's raw bytes to *out with the dump's backslash escapes
// resolved: `\"` -> `"`, `\'` -> `'`, `\\` -> `\`. Any other backslash is
// kept as written (`C:\DOCS` in a body is text, not an escape).
void Unescape(std::string_view raw, std::string* out) {
  out->clear();
  out->reserve(raw.size());
  size_t i = 0;
  while (i < raw.size()) {
    const void* bs = std::memchr(raw.data() + i, '\\', raw.size() - i);
    if (bs == nullptr) {
      out->append(raw.data() + i, raw.size() - i);
      break;
    }
    const size_t k = static_cast<size_t>(static_cast<const char*>(bs) - raw.data());
    out->append(raw.data() + i, k - i);
    if (k + 1 < raw.size() && (raw[k + 1] == '"' || raw[k + 1] == '\'' || raw[k + 1] == '\\')) {
      out->push_back(raw[k + 1]);
      i = k + 2;
    } else {
      out->push_back('\\');
      i = k + 1;
    }
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

class CablesCsvReader : public CableReader {
 public:
  CablesCsvReader(std::unique_ptr<InputStream> stream, std::string path, DiagnosticSink sink)
      : stream_(std::move(stream)), path_(std::move(path)), buf_(stream_.get()) {
    sink_ = std::move(sink);
  }

  bool Next(CableChunk* chunk) override {
    if (done_) return false;
    if (!started_) Start();
    while (true) {
      SkipBlankLines();
      if (!buf_.Ensure(kRowStartLookahead) && buf_.size() == 0) return Finish();
      if (!IsRowStart(buf_.data(), buf_.size())) {
        if (first_) {
          Report(path_, buf_.line(),
                 "incomplete record (the input starts inside it: a chunk cut mid-row), skipped");
        } else {
          Report(path_, buf_.line(),
                 "malformed record: text that does not start a cables.csv row, skipped to the "
                 "next row");
        }
        first_ = false;
        if (!Resync()) return Finish();
        continue;
      }
      first_ = false;
      const uint64_t line = buf_.line();
      size_t row_len = 0;
      std::string why;
      switch (ScanRow(&row_len, &why)) {
        case Scan::kComplete:
          BuildChunk(chunk);
          buf_.Consume(row_len);
          return true;
        case Scan::kMalformed:
          Report(path_, line, "malformed record: " + why + ", skipped");
          if (!Resync()) return Finish();
          break;
        case Scan::kTruncated:
          Report(path_, line,
                 "incomplete record (the input ends inside it: unterminated quote), skipped");
          if (!Resync()) return Finish();
          break;
        case Scan::kTooLarge: {
          Report(path_, line,
                 "record over " + std::to_string(kMaxCableBytes >> 20) + " MiB, skipped");
          // Drop what was scanned without keeping it; go on from there.
          const bool at_line_start = row_len > 0 && buf_.data()[row_len - 1] == '\n';
          buf_.Consume(row_len);
          if (!(at_line_start ? ResyncHere() : Resync())) return Finish();
          break;
        }
      }
    }
  }

 private:
  enum class Scan { kComplete, kMalformed, kTruncated, kTooLarge };

  struct Span {
    size_t begin = 0;
    size_t end = 0;
  };

  void Start() {
    started_ = true;
    buf_.Ensure(16);
    if (size_t bom = ByteOrderMarkLength(buf_.view()); bom > 0) buf_.Consume(bom);
  }

  bool Finish() {
    done_ = true;
    if (!stream_->error().empty()) Report(path_, buf_.line(), stream_->error());
    return false;
  }

  // Skips whitespace-only lines before a row (extracts start with one).
  void SkipBlankLines() {
    while (true) {
      if (buf_.size() == 0 && !buf_.Fill()) return;
      const char* p = buf_.data();
      const size_t n = buf_.size();
      size_t i = 0;
      while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r')) ++i;
      if (i < n && p[i] == '\n') {
        buf_.ConsumeCounted(i + 1, 1);
        continue;
      }
      if (i == n) {
        if (buf_.Fill()) continue;
        buf_.Consume(n);  // trailing whitespace at the end of the input
      }
      return;
    }
  }

  // Drops the current line (the start of a broken row, or stray text), then
  // lines until one that starts a row, which stays in the window. False at
  // the end of the input.
  bool Resync() {
    if (!buf_.SkipLine()) return false;
    return ResyncHere();
  }

  // Like Resync, when the window already starts at a line start.
  bool ResyncHere() {
    while (true) {
      buf_.Ensure(kRowStartLookahead);
      if (buf_.size() == 0) return false;
      if (IsRowStart(buf_.data(), buf_.size())) return true;
      if (!buf_.SkipLine()) return false;
    }
  }

  // Finds the end of the row at the window's start (which IsRowStart
  // accepted), reading on as needed. kComplete: *row_len is the row with its
  // line end, spans_ hold the fields. kTooLarge: *row_len is how far the scan
  // got. Offsets are relative to the window start, which Fill() may move.
  Scan ScanRow(size_t* row_len, std::string* why) {
    size_t i = 1;  // past the opening quote of field 1
    int field = 0;
    bool in_field = true;
    size_t field_begin = 1;
    while (true) {
      const char* p = buf_.data();
      const size_t n = buf_.size();
      bool need_more = false;
      if (in_field) {
        const void* q = std::memchr(p + i, '"', n - i);
        if (q == nullptr) {
          i = n;
          need_more = true;
        } else {
          const size_t k = static_cast<size_t>(static_cast<const char*>(q) - p);
          // `\"` is a quote inside the field, `\\"` a backslash ending it.
          size_t backslashes = 0;
          while (k - backslashes > field_begin && p[k - backslashes - 1] == '\\') ++backslashes;
          i = k + 1;
          if (backslashes % 2 == 1) continue;
          spans_[field] = Span{field_begin, k};
          ++field;
          in_field = false;
          continue;
        }
      } else if (i >= n) {
        need_more = true;
      } else {
        const char c = p[i];
        if (c == ',') {
          if (field >= kFields) {
            *why = "more than 8 fields";
            return Scan::kMalformed;
          }
          if (i + 1 >= n) {
            need_more = true;
          } else if (p[i + 1] != '"') {
            *why = "field " + std::to_string(field + 1) + " is not quoted";
            return Scan::kMalformed;
          } else {
            i += 2;
            field_begin = i;
            in_field = true;
            continue;
          }
        } else if (c == '\n' || (c == '\r' && i + 1 < n && p[i + 1] == '\n')) {
          if (field != kFields) {
            *why = std::to_string(field) + " fields instead of 8";
            return Scan::kMalformed;
          }
          *row_len = i + (c == '\r' ? 2 : 1);
          return Scan::kComplete;
        } else if (c == '\r' && i + 1 >= n) {
          need_more = true;
        } else {
          // `"2","...","BODY TEXT\n"3",...`: a field lost its closing quote
          // and the next row's opening quote closed it instead.
          *why = "unexpected '" + std::string(1, c) + "' after the closing quote of field " +
                 std::to_string(field);
          return Scan::kMalformed;
        }
      }
      if (!need_more) continue;
      if (i > kMaxCableBytes) {
        *row_len = std::min(i, buf_.size());
        return Scan::kTooLarge;
      }
      if (!buf_.Fill()) {
        if (!in_field && field == kFields) {  // the last row, no final newline
          *row_len = buf_.size();
          return Scan::kComplete;
        }
        return Scan::kTruncated;
      }
    }
  }

  std::string_view Field(int k) const {
    return std::string_view(buf_.data() + spans_[k].begin, spans_[k].end - spans_[k].begin);
  }

  // Header and body: escapes resolved, then made into clean UTF-8 text.
  void DecodeText(int k, uint64_t line, std::string* out) {
    Unescape(Field(k), out);
    if (size_t nuls = RemoveNuls(out); nuls > 0) {
      Report(path_, line, std::to_string(nuls) + " NUL bytes removed");
    }
    NormalizeLineEnds(out);
    EnsureUtf8(out);
  }

  void DecodeMeta(int k, std::string* out) {
    Unescape(Trim(Field(k)), out);
    EnsureUtf8(out);
  }

  void BuildChunk(CableChunk* chunk) {
    const uint64_t line = buf_.line();
    *chunk = CableChunk{};
    chunk->format = Format::kCablesCsv;
    chunk->path = path_;
    chunk->line = line;
    chunk->offset = buf_.offset();
    chunk->meta_created = NormalizeCreatedTime(Field(1));
    DecodeMeta(2, &chunk->meta_id);
    DecodeMeta(3, &chunk->meta_origin);
    DecodeMeta(4, &chunk->meta_classification);
    std::string refs;
    DecodeMeta(5, &refs);
    for (size_t i = 0; i <= refs.size();) {
      size_t bar = refs.find('|', i);
      if (bar == std::string::npos) bar = refs.size();
      std::string_view id = Trim(std::string_view(refs).substr(i, bar - i));
      if (!id.empty()) chunk->meta_references.emplace_back(id);
      i = bar + 1;
    }
    DecodeText(6, line, &chunk->header);
    chunk->header_separate = true;
    DecodeText(7, line, &chunk->text);
    // Header column of rows WikiLeaks had only in part (04BOGOTA1).
    constexpr std::string_view kPartial = "This record is a partial extract";
    chunk->partial = Trim(chunk->header).substr(0, kPartial.size()) == kPartial;
    chunk->source_fields.push_back(SourceField{"row", std::string(Field(0)), true});
  }

  std::unique_ptr<InputStream> stream_;
  std::string path_;
  LineBuffer buf_;
  Span spans_[kFields];
  bool started_ = false;
  bool first_ = true;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<CableReader> NewCablesCsvReader(std::unique_ptr<InputStream> stream,
                                                const std::string& path, DiagnosticSink sink) {
  return std::make_unique<CablesCsvReader>(std::move(stream), path, std::move(sink));
}

}  // namespace cablescope::parse
