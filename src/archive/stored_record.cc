#include "archive/stored_record.h"

#include "model/json_writer.h"
#include "parse/paragraphs.h"
#include "model/record_json.h"

namespace cablescope::archive {
namespace {

// `"body"` and `"paragraphs"` are keys of the record's top level only
// (docs/RECORD.md), and `,"` cannot occur inside a JSON string (its quote
// would be escaped).
constexpr std::string_view kBodyKey = ",\"body\":";
constexpr std::string_view kNullBody = ",\"body\":null";
constexpr std::string_view kParagraphsKey = ",\"paragraphs\":";
constexpr std::string_view kNullParagraphs = ",\"paragraphs\":null";

}  // namespace

std::string StoredRecordJson(const MergedCable& merged, int version_count) {
  std::string stored;
  AppendMergedJson(merged, version_count, &stored, /*text_as_null=*/true);
  return stored;
}

std::string LoadedRecordJson(std::string_view stored_json, const std::string* body,
                             const std::vector<Paragraph>& paragraphs) {
  std::string out;
  out.reserve(stored_json.size() + (body ? body->size() * 2 : 0) + 64);
  const size_t p = stored_json.find(kNullParagraphs);
  const size_t b = body ? stored_json.find(kNullBody) : std::string_view::npos;
  size_t from = 0;
  // In document order: paragraphs come before body.
  if (p != std::string_view::npos && (b == std::string_view::npos || p < b)) {
    out.append(stored_json.substr(0, p)).append(kParagraphsKey);
    JsonWriter w(&out);
    WriteParagraphsJson(paragraphs, &w);
    from = p + kNullParagraphs.size();
  }
  if (b != std::string_view::npos && b >= from) {
    out.append(stored_json.substr(from, b - from)).append(kBodyKey).push_back('"');
    JsonWriter::AppendEscaped(*body, &out);
    out.push_back('"');
    from = b + kNullBody.size();
  }
  out.append(stored_json.substr(from));
  return out;
}

bool NeedsParagraphs(std::string_view stored_json) {
  return stored_json.find(kNullParagraphs) != std::string_view::npos;
}

Status ReadParagraphs(Database& db, int64_t cable, std::string_view body, Statement* st,
                      std::vector<Paragraph>* out) {
  out->clear();
  if (!st->valid()) {
    Status s = db.Prepare("SELECT number, marking, text, text_start, text_end FROM paragraph_spans WHERE cable = ?1 "
                          "ORDER BY position", st);
    if (!s.ok()) return s;
  }
  st->Reset();
  st->Bind(1, cable);
  while (st->Step()) {
    Paragraph p;
    p.number = static_cast<int>(st->Int(0));
    if (!st->IsNull(1)) p.marking = st->String(1);
    if (!st->IsNull(4)) {
      p.start = static_cast<uint32_t>(st->Int(3));
      p.end = static_cast<uint32_t>(st->Int(4));
    }
    if (st->IsNull(2)) parse::AppendParagraphText(body, p.start, p.end, &p.text);
    else p.text = st->String(2);
    out->push_back(std::move(p));
  }
  Status s = st->status();
  st->Reset();
  return s;
}

Status MergedJsonAt(Database& db, Statement* paragraphs, int64_t cable, const Statement& row, int column,
                    std::string* out) {
  std::vector<Paragraph> paras;
  const bool has_body = !row.IsNull(column + 1);
  const std::string body = has_body ? std::string(row.Text(column + 1)) : std::string();
  if (NeedsParagraphs(row.Text(column))) {
    Status s = ReadParagraphs(db, cable, body, paragraphs, &paras);
    if (!s.ok()) return s;
  }
  *out = LoadedRecordJson(row.Text(column), has_body ? &body : nullptr, paras);
  return Status::Ok();
}

Status ReadMergedJson(Database& db, Statement* by_row, Statement* paragraphs, int64_t cable, std::string* out) {
  if (!by_row->valid()) {
    Status s = db.Prepare("SELECT record, body FROM cables WHERE cable = ?1", by_row);
    if (!s.ok()) return s;
  }
  by_row->Reset();
  by_row->Bind(1, cable);
  if (!by_row->Step()) {
    Status s = by_row->status();
    by_row->Reset();
    return s.ok() ? Status::NotFound("no cable in row " + std::to_string(cable)) : s;
  }
  Status s = MergedJsonAt(db, paragraphs, cable, *by_row, 0, out);
  by_row->Reset();
  return s;
}

}  // namespace cablescope::archive
