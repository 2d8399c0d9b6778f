#include "archive/export_format.h"

#include <cstdlib>
#include <vector>

#include "archive/record_decode.h"
#include "model/json_writer.h"
#include "model/record_json.h"

namespace cablescope::archive {
namespace {

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out.push_back(' ');
    out += s;
  }
  return out;
}

constexpr const char* kCsvHeader =
    "id,date,origin,from,classification,precedence,subject,tags,captions,references,versions,body\n";

void AppendCsv(const SearchHit& hit, const Record& r, int versions, std::string* out) {
  std::string refs_joined;
  for (const auto& ref : r.references) {
    if (!refs_joined.empty()) refs_joined.push_back('|');
    refs_joined += ref.id.value_or(ref.text);
  }
  const std::string fields[] = {hit.id, hit.date, r.origin.value_or(""), r.from.value_or(""),
                                r.classification.value_or(""), r.precedence.value_or(""),
                                r.subject.value_or(""), Join(r.tags), Join(r.captions), refs_joined,
                                std::to_string(versions), r.body.value_or("")};
  bool first = true;
  for (const auto& f : fields) {
    if (!first) out->push_back(',');
    first = false;
    AppendCsvField(f, out);
  }
  out->push_back('\n');
}

void AppendOpenSearch(const std::string& index, const SearchHit& hit, const Record& r, int versions,
                      std::string* out) {
  JsonWriter a(out);
  a.BeginObject();
  a.Key("index");
  a.BeginObject();
  a.Key("_index");
  a.String(index);
  a.Key("_id");
  a.String(hit.id);
  a.EndObject();
  a.EndObject();
  out->push_back('\n');
  JsonWriter w(out);
  w.BeginObject();
  auto str = [&](const char* k, const std::string& v) {
    w.Key(k);
    if (v.empty()) w.Null();
    else w.String(v);
  };
  auto list = [&](const char* k, const std::vector<std::string>& v) {
    w.Key(k);
    w.BeginArray();
    for (const auto& s : v) w.String(s);
    w.EndArray();
  };
  str("id", hit.id);
  str("date", hit.date);
  w.Key("year");
  if (hit.date.size() >= 4) w.Int(std::atoi(hit.date.substr(0, 4).c_str()));
  else w.Null();
  str("origin", r.origin.value_or(""));
  str("from", r.from.value_or(""));
  str("classification", r.classification.value_or(""));
  str("precedence", r.precedence.value_or(""));
  list("captions", r.captions);
  list("tags", r.tags);
  std::vector<std::string> routes = r.relay, recipients, refs;
  if (r.station) routes.push_back(r.station->route);
  for (const auto* group : {&r.to, &r.info}) {
    for (const auto& rc : *group) {
      if (rc.route) routes.push_back(*rc.route);
      recipients.push_back(rc.name);
    }
  }
  for (const auto& ref : r.references) {
    if (ref.id) refs.push_back(*ref.id);
  }
  list("routes", routes);
  list("recipients", recipients);
  list("references", refs);
  list("signers", r.signers);
  str("declassify_on", r.declassify_on.value_or(""));
  str("subject", r.subject.value_or(""));
  str("body", r.body.value_or(""));
  w.Key("paragraphs");
  WriteParagraphsJson(r.paragraphs, &w);
  w.Key("versions");
  w.Int(versions);
  w.EndObject();
  out->push_back('\n');
}

// "versions":N at the end of the merged record JSON.
int VersionCount(std::string_view json) {
  const size_t at = json.rfind("\"versions\":");
  if (at == std::string_view::npos) return 1;
  return std::atoi(std::string(json.substr(at + 11)).c_str());
}

}  // namespace

const char* const kOpenSearchMapping = R"({
  "settings": {"analysis": {"analyzer": {"folding": {"tokenizer": "standard", "filter": ["lowercase", "asciifolding"]}}}},
  "mappings": {
    "properties": {
      "id": {"type": "keyword"},
      "date": {"type": "date", "format": "yyyy-MM-dd"},
      "year": {"type": "integer"},
      "origin": {"type": "keyword"},
      "from": {"type": "keyword"},
      "classification": {"type": "keyword"},
      "precedence": {"type": "keyword"},
      "captions": {"type": "keyword"},
      "tags": {"type": "keyword"},
      "routes": {"type": "keyword"},
      "recipients": {"type": "keyword"},
      "references": {"type": "keyword"},
      "signers": {"type": "keyword"},
      "declassify_on": {"type": "date", "format": "yyyy-MM-dd", "ignore_malformed": true},
      "subject": {"type": "text", "analyzer": "folding"},
      "body": {"type": "text", "analyzer": "folding"},
      "paragraphs": {"type": "nested", "properties": {
        "number": {"type": "integer"}, "marking": {"type": "keyword"},
        "text": {"type": "text", "analyzer": "folding"}}},
      "versions": {"type": "integer"}
    }
  }
}
)";

std::optional<ExportFormat> ExportFormatFromName(std::string_view name) {
  if (name == "jsonl") return ExportFormat::kJsonLines;
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "opensearch") return ExportFormat::kOpenSearch;
  return std::nullopt;
}

void AppendCsvField(std::string_view v, std::string* out) {
  const bool quote = v.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    out->append(v);
    return;
  }
  out->push_back('"');
  for (char c : v) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

std::string ExportFormatter::Header() const { return format_ == ExportFormat::kCsv ? kCsvHeader : ""; }

std::string_view ExportFormatter::ContentType() const {
  return format_ == ExportFormat::kCsv ? "text/csv; charset=utf-8" : "application/x-ndjson";
}

void ExportFormatter::Append(const SearchHit& hit, std::string_view json, std::string* out) {
  if (format_ == ExportFormat::kJsonLines) {
    out->append(json);
    out->push_back('\n');
    return;
  }
  DecodeRecordJson(json, &record_);
  if (format_ == ExportFormat::kCsv) AppendCsv(hit, record_, VersionCount(json), out);
  else AppendOpenSearch(index_, hit, record_, VersionCount(json), out);
}

}  // namespace cablescope::archive
