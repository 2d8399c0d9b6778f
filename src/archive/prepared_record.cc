#include "archive/prepared_record.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "archive/merge.h"
#include "archive/paragraph_text.h"
#include "archive/text_tokenize.h"
#include "model/json_writer.h"
#include "model/record_json.h"
#include "parse/byte_scan.h"

namespace cablescope::archive {
namespace {

std::string Hex64(uint64_t v) {
  static const char* digits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<size_t>(i)] = digits[v & 0xf];
    v >>= 4;
  }
  return out;
}

uint64_t Fnv1a(std::string_view s, uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// The text's pieces in order, into either hash: FNV-1a runs on over them;
// the lane hash takes each piece's length first, so that two pieces cannot
// trade bytes.
class TextHasher {
 public:
  explicit TextHasher(TextHashKind kind) : kind_(kind) {}
  void Add(std::string_view piece) {
    if (kind_ == TextHashKind::kFnv1a) {
      fnv_ = Fnv1a(piece, fnv_);
    } else {
      lanes_.Mix(0, piece.size());
      lanes_.Add(piece);
    }
  }
  std::string Hex() const { return Hex64(kind_ == TextHashKind::kFnv1a ? fnv_ : lanes_.Finish()); }

 private:
  TextHashKind kind_;
  uint64_t fnv_ = 1469598103934665603ULL;
  parse::swar::LaneHash lanes_;
};

// A piece: its length (4 bytes, native order: the payload never leaves the
// process), then its bytes.
void AppendPiece(std::string_view piece, std::string* out) {
  const auto n = static_cast<uint32_t>(piece.size());
  char len[sizeof n];
  std::memcpy(len, &n, sizeof n);
  out->append(len, sizeof n);
  out->append(piece);
}

// Appends a piece made in place by `fill` (no copy of a large one).
template <class Fill>
void AppendPieceFrom(std::string* out, Fill fill) {
  const size_t at = out->size();
  out->append(sizeof(uint32_t), '\0');
  fill(out);
  const auto n = static_cast<uint32_t>(out->size() - at - sizeof(uint32_t));
  std::memcpy(out->data() + at, &n, sizeof n);
}

bool ReadPiece(std::string_view* in, std::string_view* piece) {
  uint32_t n;
  if (in->size() < sizeof n) return false;
  std::memcpy(&n, in->data(), sizeof n);
  in->remove_prefix(sizeof n);
  if (in->size() < n) return false;
  *piece = in->substr(0, n);
  in->remove_prefix(n);
  return true;
}

}  // namespace

bool TextHashUsesJson(const Record& r) { return !(r.body && !r.body->empty()) && r.paragraphs.empty(); }

const char* TextHashKindName(TextHashKind kind) {
  return kind == TextHashKind::kFnv1a ? "fnv1a-64" : "lanes-64";
}

std::string TextHash(const Record& r, std::string_view record_json, TextHashKind kind) {
  TextHasher h(kind);
  // When the reader found no body (a fragment), the whole record stands for it.
  if (r.body && !r.body->empty()) {
    h.Add(*r.body);
    return h.Hex();
  }
  h.Add(r.subject.value_or(""));
  for (const auto& p : r.paragraphs) h.Add(p.text);
  if (TextHashUsesJson(r)) {
    // Strip the source (path, offset) so that the same text elsewhere hashes alike.
    size_t cut = record_json.rfind(",\"source\":");
    h.Add(record_json.substr(0, cut));
  }
  return h.Hex();
}

std::string MetadataJson(const Source& source) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  for (const auto& f : source.fields) {
    w.Key(f.key);
    if (f.numeric) w.Raw(f.value);
    else w.String(f.value);
  }
  w.EndObject();
  return out;
}

std::string MarkingsOf(const Record& r) {
  std::vector<std::string_view> markings;
  for (const auto& p : r.paragraphs) {
    if (p.marking && !p.marking->empty()) markings.push_back(*p.marking);
  }
  std::sort(markings.begin(), markings.end());
  markings.erase(std::unique(markings.begin(), markings.end()), markings.end());
  std::string out;
  for (std::string_view m : markings) {
    if (!out.empty()) out.push_back('\n');
    out.append(m);
  }
  return out;
}

void AppendPreparedRecord(const Record& record, TextHashKind hash, std::string* payload) {
  // As a new cable: its one version is its merged record (merge.h,
  // OneVersionProvenance), stored without its text. Its whole JSON is
  // sources.record only for a version that is not its cable's merged
  // record, so it is left to the writer, for the few records of a cable the
  // archive holds already; the text hash needs it only for a fragment.
  const size_t json_at = payload->size() + sizeof(uint32_t);
  AppendPieceFrom(payload, [&](std::string* out) {
    if (TextHashUsesJson(record)) AppendRecordJson(record, out);
  });
  // A view of the JSON, valid until *payload grows again.
  const std::string_view json = std::string_view(*payload).substr(json_at);
  AppendPiece(TextHash(record, json, hash), payload);
  AppendPiece(MetadataJson(record.source), payload);
  AppendPieceFrom(payload, [&](std::string* out) {
    AppendMergedJson(record, OneVersionProvenance(record), 1, out, /*text_as_null=*/true);
  });
  AppendPiece(MarkingsOf(record), payload);
  AppendPiece(ParagraphTextsFromBody(record), payload);
  AppendPieceFrom(payload, [&](std::string* out) { AppendTokenizedText(record, out); });
}

bool ParsePreparedRecord(std::string_view payload, PreparedRecord* out) {
  *out = PreparedRecord();
  return ReadPiece(&payload, &out->json) && ReadPiece(&payload, &out->hash) && ReadPiece(&payload, &out->metadata) &&
         ReadPiece(&payload, &out->stored_json) && ReadPiece(&payload, &out->markings) &&
         ReadPiece(&payload, &out->texts_from_body) && ReadPiece(&payload, &out->tokenized) && payload.empty();
}

}  // namespace cablescope::archive
