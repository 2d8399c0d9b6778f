// `cablescope export`: every cable that matches a query, streamed, no cap.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "archive/record_decode.h"
#include "archive/searcher.h"
#include "archive/archive_path.h"
#include "cli/commands.h"
#include "model/json_writer.h"
#include "model/record_json.h"

namespace cablescope::cli {
namespace {

using namespace archive;

// RFC 4180: quoted when needed, quotes doubled.
void CsvField(std::string_view v, std::string* out) {
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
  std::vector<std::string> refs;
  for (const auto& ref : r.references) refs.push_back(ref.id.value_or(ref.text));
  std::string refs_joined;
  for (const auto& x : refs) refs_joined += (refs_joined.empty() ? "" : "|") + x;
  const std::string fields[] = {hit.id, hit.date, r.origin.value_or(""), r.from.value_or(""),
                                r.classification.value_or(""), r.precedence.value_or(""),
                                r.subject.value_or(""), Join(r.tags), Join(r.captions), refs_joined,
                                std::to_string(versions), r.body.value_or("")};
  bool first = true;
  for (const auto& f : fields) {
    if (!first) out->push_back(',');
    first = false;
    CsvField(f, out);
  }
  out->push_back('\n');
}

// The OpenSearch index mapping for the documents of AppendOpenSearch.
constexpr const char* kMapping = R"({
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
  if (hit.date.size() >= 4) w.Int(std::stoi(hit.date.substr(0, 4)));
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

void RegisterExportCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand("export",
                                 "Write every cable that matches a query (no cap), as JSON Lines (the\n"
                                 "merged records), CSV, or OpenSearch bulk NDJSON plus an index mapping.\n"
                                 "An empty query or * exports the whole archive.");
  struct Options {
    std::string archive;
    std::string format = "jsonl";
    std::string sort = "date";
    std::string index = "cables";
    std::string mapping;
    std::vector<std::string> query;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--archive", opts->archive, "Archive file (default: $CABLESCOPE_ARCHIVE, else cables.db)");
  cmd->add_option("--format", opts->format, "jsonl|csv|opensearch (default jsonl)")
      ->check(CLI::IsMember({"jsonl", "csv", "opensearch"}));
  cmd->add_option("--sort", opts->sort, "relevance|date|-date|citations|rank (default date)")
      ->check(CLI::IsMember({"relevance", "date", "-date", "citations", "rank"}));
  cmd->add_option("--index", opts->index, "opensearch: index name (default cables)");
  cmd->add_option("--mapping", opts->mapping,
                  "opensearch: where to write the index mapping (default INDEX-mapping.json)");
  cmd->add_option("query", opts->query, "The query (docs/QUERY.md); several arguments are joined");
  cmd->footer("Exit status: 0 success, 1 the archive cannot be read, 2 usage error or malformed query.");
  cmd->callback([opts, status] {
    std::string query;
    for (const auto& part : opts->query) query += (query.empty() ? "" : " ") + part;
    const SortOrder sort = archive::SortOrderFromName(opts->sort).value_or(SortOrder::kRelevance);
    std::unique_ptr<ArchiveReader> reader;
    Status s = ArchiveReader::Open(ResolveArchivePath(opts->archive), &reader);
    if (!s.ok()) {
      std::fprintf(stderr, "cablescope export: %s\n", s.message().c_str());
      *status = kExitInputErrors;
      return;
    }
    if (opts->format == "opensearch") {
      const std::string path = opts->mapping.empty() ? opts->index + "-mapping.json" : opts->mapping;
      std::ofstream m(path);
      m << kMapping;
      if (!m) {
        std::fprintf(stderr, "cablescope export: cannot write %s\n", path.c_str());
        *status = kExitInputErrors;
        return;
      }
    }
    std::string out;
    if (opts->format == "csv") out = kCsvHeader;
    Searcher searcher(reader.get());
    Record record;
    s = searcher.ForEachMatch(query, sort, [&](const SearchHit& hit, std::string_view json) {
      if (opts->format == "jsonl") {
        out.append(json);
        out.push_back('\n');
      } else {
        DecodeRecordJson(json, &record);
        if (opts->format == "csv") AppendCsv(hit, record, VersionCount(json), &out);
        else AppendOpenSearch(opts->index, hit, record, VersionCount(json), &out);
      }
      if (out.size() >= (1u << 20)) {
        std::fwrite(out.data(), 1, out.size(), stdout);
        out.clear();
      }
      return true;
    });
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    if (!s.ok()) {
      std::fprintf(stderr, "cablescope export: %s\n", s.message().c_str());
      *status = s.code() == Status::Code::kInvalidQuery ? kExitUsage : kExitInputErrors;
      return;
    }
    *status = kExitOk;
  });
}

}  // namespace cablescope::cli
