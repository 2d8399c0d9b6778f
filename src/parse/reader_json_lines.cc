// Reader for the JSON exports of the cables: one object per line,
// `{ "_id" : "04ANKARA348", "origin" : "Embassy Ankara", "date_time" :
// "2004-01-20 12:12", "classification" : "CONFIDENTIAL", "header" : "...",
// "reference_id" : "04ANKARA348", "body" : "..." }`.
//
// The exporter stripped every newline from header and body, so labels fuse
// with the text before them (`000348SipdisE.o. 12958`, `TUSUBJECT:`) and
// paragraphs are only marked by `¶`; such texts are flagged `flattened`.
// A line that is not a JSON object is reported and skipped. A file holding
// one JSON array of such objects (up to kMaxArrayBytes) is read too.
// Lines are parsed in place with simdjson On-Demand: the LineBuffer keeps
// the padding simdjson needs, so no line is copied before parsing.
#include <simdjson.h>

#include <cstring>
#include <deque>
#include <string>
#include <string_view>

#include "parse/created_time.h"
#include "parse/line_buffer.h"
#include "parse/readers.h"
#include "parse/text_encoding.h"

namespace cablescope::parse {
namespace {

namespace od = simdjson::ondemand;

// A whole-file JSON array is parsed at once; beyond this it is refused
// (JSON lines stream, arrays do not).
constexpr size_t kMaxArrayBytes = 256u << 20;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

// A text "lost its newlines" when it is long but (almost) has none: real
// cables wrap at 70 columns, and even WikiLeaks' one-line paragraphs stay
// well under 2000 bytes.
bool LooksFlattened(std::string_view text) {
  if (text.size() < 160) return false;
  const size_t newlines = CountNewlines(text.data(), text.size());
  return newlines == 0 || text.size() / (newlines + 1) > 2000;
}

class JsonLinesReader : public CableReader {
 public:
  JsonLinesReader(std::unique_ptr<InputStream> stream, std::string path, DiagnosticSink sink)
      : stream_(std::move(stream)), path_(std::move(path)), buf_(stream_.get()) {
    sink_ = std::move(sink);
  }

  bool Next(CableChunk* chunk) override {
    if (!started_) Start();
    if (array_mode_) {
      if (queue_.empty()) return false;
      *chunk = std::move(queue_.front());
      queue_.pop_front();
      return true;
    }
    while (!done_) {
      std::string_view line;
      uint64_t line_no = 0;
      uint64_t offset = 0;
      if (!NextLine(&line, &line_no, &offset)) break;
      size_t lead = 0;
      while (lead < line.size() && IsSpace(line[lead])) ++lead;
      bool ok = false;
      if (lead < line.size()) {
        ok = ParseLine(line, line_no, offset, chunk);
      }
      // Drop the line and its '\n' (the last line may have none).
      const bool has_newline = line.size() < buf_.size();
      buf_.ConsumeCounted(line.size() + (has_newline ? 1 : 0), has_newline ? 1 : 0);
      if (ok) return true;
    }
    done_ = true;
    if (!stream_->error().empty() && !reported_stream_error_) {
      reported_stream_error_ = true;
      Report(path_, buf_.line(), stream_->error());
    }
    return false;
  }

 private:
  void Start() {
    started_ = true;
    buf_.Ensure(16);
    if (size_t bom = ByteOrderMarkLength(buf_.view()); bom > 0) buf_.Consume(bom);
    // Look past leading whitespace for `[`: a JSON array instead of lines.
    while (true) {
      size_t i = 0;
      while (i < buf_.size() && IsSpace(buf_.data()[i])) ++i;
      if (i < buf_.size()) {
        if (buf_.data()[i] == '[') ReadArray();
        return;
      }
      if (!buf_.Fill()) return;
    }
  }

  // The window's first line (without '\n') once it is wholly buffered.
  // Lines over kMaxCableBytes are reported and skipped. False at the end.
  bool NextLine(std::string_view* line, uint64_t* line_no, uint64_t* offset) {
    size_t scanned = 0;
    while (true) {
      const void* nl = std::memchr(buf_.data() + scanned, '\n', buf_.size() - scanned);
      if (nl != nullptr) {
        *line = std::string_view(buf_.data(),
                                 static_cast<size_t>(static_cast<const char*>(nl) - buf_.data()));
        break;
      }
      scanned = buf_.size();
      if (scanned > kMaxCableBytes) {
        Report(path_, buf_.line(),
               "line over " + std::to_string(kMaxCableBytes >> 20) + " MiB, skipped");
        if (!buf_.SkipLine()) return false;
        scanned = 0;
        continue;
      }
      if (!buf_.Fill()) {
        if (buf_.size() == 0) return false;
        *line = buf_.view();  // last line, no final newline
        break;
      }
    }
    *line_no = buf_.line();
    *offset = buf_.offset();
    return true;
  }

  // Parses the line in place; a line that is not UTF-8 (a Latin-1 export)
  // is transcoded first, since simdjson only takes UTF-8.
  bool ParseLine(std::string_view line, uint64_t line_no, uint64_t offset, CableChunk* chunk) {
    if (IsValidUtf8(line)) {
      return ParseObject(
          simdjson::padded_string_view(line.data(), line.size(), buf_.capacity_from_data()),
          line_no, offset, chunk);
    }
    repaired_.clear();
    AppendAsUtf8(line, &repaired_);
    simdjson::padded_string json(repaired_);
    return ParseObject(json, line_no, offset, chunk);
  }

  // Reads one cable object from `json` into *chunk. On damage reports
  // `path:line: invalid JSON: ...` (or what is missing) and returns false.
  bool ParseObject(simdjson::padded_string_view json, uint64_t line_no, uint64_t offset,
                   CableChunk* chunk) {
    // One object a line: anything after its closing brace is damage that
    // On-Demand would not look at.
    std::string_view text = json;
    while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
    if (text.empty() || text.back() != '}') {
      Report(path_, line_no, "invalid JSON: the line does not end with '}'");
      return false;
    }
    od::document doc;
    if (auto err = parser_.iterate(json).get(doc); err) {
      Report(path_, line_no, std::string("invalid JSON: ") + simdjson::error_message(err));
      return false;
    }
    od::object object;
    if (auto err = doc.get_object().get(object); err) {
      Report(path_, line_no, std::string("invalid JSON: ") + simdjson::error_message(err));
      return false;
    }
    *chunk = CableChunk{};
    if (std::string error = FillChunk(object, chunk); !error.empty()) {
      Report(path_, line_no, "invalid JSON: " + error);
      return false;
    }
    return Finalize(line_no, offset, chunk);
  }

  // Copies the known fields of `object` into *chunk. Returns "" or what
  // went wrong. Unknown fields and non-string values are ignored (a
  // MongoDB export may write `_id` as an object).
  std::string FillChunk(od::object& object, CableChunk* chunk) {
    std::string id, reference_id;
    bool has_body = false;
    for (auto field : object) {
      std::string_view key;
      if (auto err = field.unescaped_key().get(key); err) return simdjson::error_message(err);
      std::string_view value;
      auto err = field.value().get_string().get(value);
      if (err == simdjson::INCORRECT_TYPE) continue;
      if (err) return simdjson::error_message(err);
      if (key == "body") {
        chunk->text.assign(value);
        has_body = true;
      } else if (key == "header") {
        chunk->header.assign(value);
      } else if (key == "_id") {
        id.assign(value);
      } else if (key == "reference_id") {
        reference_id.assign(value);
      } else if (key == "origin") {
        chunk->meta_origin.assign(value);
      } else if (key == "classification") {
        chunk->meta_classification.assign(value);
      } else if (key == "date_time" || key == "created") {
        chunk->meta_created = NormalizeCreatedTime(value);
      }
    }
    if (!has_body) return "no \"body\" field";
    chunk->meta_id = !reference_id.empty() ? std::move(reference_id) : std::move(id);
    return "";
  }

  bool Finalize(uint64_t line_no, uint64_t offset, CableChunk* chunk) {
    chunk->format = Format::kJson;
    chunk->path = path_;
    chunk->line = line_no;
    chunk->offset = offset;
    chunk->header_separate = !chunk->header.empty();
    for (std::string* s : {&chunk->text, &chunk->header}) {
      if (size_t nuls = RemoveNuls(s); nuls > 0) {
        Report(path_, line_no, std::to_string(nuls) + " NUL bytes removed");
      }
      NormalizeLineEnds(s);
    }
    chunk->flattened = LooksFlattened(chunk->text);
    constexpr std::string_view kPartial = "This record is a partial extract";
    std::string_view header = chunk->header;
    while (!header.empty() && IsSpace(header.front())) header.remove_prefix(1);
    chunk->partial = header.substr(0, kPartial.size()) == kPartial;
    return true;
  }

  // A file that is one JSON array of cable objects: parsed whole into
  // queue_ (bounded by kMaxArrayBytes).
  void ReadArray() {
    array_mode_ = true;
    std::string rest;
    const bool complete = ReadAll(stream_.get(), kMaxArrayBytes, &rest);
    if (!complete && stream_->error().empty()) {
      Report(path_, 1,
             "JSON array over " + std::to_string(kMaxArrayBytes >> 20) +
                 " MiB, not read (write one object per line instead)");
      return;
    }
    if (!stream_->error().empty()) Report(path_, 1, stream_->error());
    simdjson::padded_string json(buf_.size() + rest.size());
    std::memcpy(json.data(), buf_.data(), buf_.size());
    std::memcpy(json.data() + buf_.size(), rest.data(), rest.size());
    const uint64_t base = buf_.offset();
    buf_.ConsumeCounted(buf_.size(), 0);
    rest.clear();
    rest.shrink_to_fit();

    od::document doc;
    od::array array;
    if (auto err = parser_.iterate(json).get(doc); err) {
      Report(path_, 1, std::string("invalid JSON: ") + simdjson::error_message(err));
      return;
    }
    if (auto err = doc.get_array().get(array); err) {
      Report(path_, 1, std::string("invalid JSON: ") + simdjson::error_message(err));
      return;
    }
    const char* start = json.data();
    size_t counted_to = 0;
    uint64_t line = 1;
    for (auto element : array) {
      od::value value;
      if (auto err = element.get(value); err) {
        Report(path_, line, std::string("invalid JSON: ") + simdjson::error_message(err));
        return;
      }
      // The element's place in the file, for its line number.
      const char* where = nullptr;
      if (value.current_location().get(where) == simdjson::SUCCESS && where >= start &&
          static_cast<size_t>(where - start) >= counted_to) {
        const size_t at = static_cast<size_t>(where - start);
        line += CountNewlines(start + counted_to, at - counted_to);
        counted_to = at;
      }
      od::object object;
      if (auto err = value.get_object().get(object); err) {
        Report(path_, line, std::string("invalid JSON: ") + simdjson::error_message(err));
        if (err != simdjson::INCORRECT_TYPE) return;  // the array itself is broken
        continue;
      }
      CableChunk chunk;
      if (std::string error = FillChunk(object, &chunk); !error.empty()) {
        Report(path_, line, "invalid JSON: " + error);
        if (error != "no \"body\" field") return;
        continue;
      }
      Finalize(line, base + counted_to, &chunk);
      queue_.push_back(std::move(chunk));
    }
  }

  std::unique_ptr<InputStream> stream_;
  std::string path_;
  LineBuffer buf_;
  od::parser parser_;
  std::string repaired_;
  std::deque<CableChunk> queue_;
  bool started_ = false;
  bool array_mode_ = false;
  bool done_ = false;
  bool reported_stream_error_ = false;
};

}  // namespace

std::unique_ptr<CableReader> NewJsonLinesReader(std::unique_ptr<InputStream> stream,
                                                const std::string& path, DiagnosticSink sink) {
  return std::make_unique<JsonLinesReader>(std::move(stream), path, std::move(sink));
}

}  // namespace cablescope::parse
