// `cablescope missing [QUERY]`: cited cables the archive does not hold,
// most cited first, with the date estimated from neighbouring serials
// (citation_graph.h; method in docs/ARCHIVE.md).
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "archive/archive_path.h"
#include "archive/archive_reader.h"
#include "archive/row_set.h"
#include "archive/searcher.h"
#include "cli/commands.h"
#include "model/json_writer.h"

namespace cablescope::cli {
namespace {

using namespace archive;

struct MissingCable {
  std::string id, estimated_date, estimate;
  int64_t cited = 0;
};

// Every missing cable with its citation count: all citing cables, or only
// those in `citing` when given.
Status LoadMissing(Database& db, const RowSet* citing, std::vector<MissingCable>* out) {
  Statement st;
  Status s = db.Prepare("SELECT id, cited_count, estimated_date, estimate FROM missing_cables", &st);
  if (!s.ok()) return s;
  std::unordered_map<std::string, size_t> index;
  while (st.Step()) {
    MissingCable m;
    m.id = st.String(0);
    m.cited = citing == nullptr ? st.Int(1) : 0;
    m.estimated_date = st.String(2);
    m.estimate = st.String(3);
    index.emplace(m.id, out->size());
    out->push_back(std::move(m));
  }
  if (!st.status().ok()) return st.status();
  if (citing != nullptr) {
    Statement refs;
    s = db.Prepare("SELECT DISTINCT r.cable, r.ref_id FROM refs r JOIN missing_cables m ON m.id = r.ref_id", &refs);
    if (!s.ok()) return s;
    while (refs.Step()) {
      if (!citing->Contains(refs.Int(0))) continue;
      auto it = index.find(std::string(refs.Text(1)));
      if (it != index.end()) ++(*out)[it->second].cited;
    }
    if (!refs.status().ok()) return refs.status();
    out->erase(std::remove_if(out->begin(), out->end(), [](const MissingCable& m) { return m.cited == 0; }),
               out->end());
  }
  std::sort(out->begin(), out->end(), [](const MissingCable& a, const MissingCable& b) {
    return a.cited != b.cited ? a.cited > b.cited : a.id < b.id;
  });
  return Status::Ok();
}

}  // namespace

void RegisterMissingCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand("missing",
                                 "Cited cables the archive does not hold, most cited first, with an estimated\n"
                                 "date. With a QUERY, only those cited by the matching cables (counted among them).\n"
                                 "Example: cablescope missing 'origin:Islamabad date:2006'");
  struct Options {
    std::string archive;
    bool json = false;
    size_t limit = 50;
    std::vector<std::string> query;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--archive", opts->archive, "Archive file (default: $CABLESCOPE_ARCHIVE, else cables.db)");
  cmd->add_option("--limit", opts->limit, "Placeholders to show (default 50; 0 = all)");
  cmd->add_flag("--json", opts->json, "Print one JSON object");
  cmd->add_option("query", opts->query, "Restrict to cables cited by the matches of this query (docs/QUERY.md)");
  cmd->footer("Exit status: 0 success, 1 the archive cannot be read, 2 usage error or malformed query.");
  cmd->callback([opts, status] {
    const std::string query = JoinArgs(opts->query);
    std::unique_ptr<ArchiveReader> reader;
    Status s = ArchiveReader::Open(ResolveArchivePath(opts->archive), &reader);
    std::vector<MissingCable> missing;
    if (s.ok()) {
      ReadTransaction snapshot(reader->db());
      std::unique_ptr<RowSet> citing;
      if (!query.empty()) {
        citing = std::make_unique<RowSet>();
        Searcher searcher(reader.get());
        s = searcher.MatchingRows(query, citing.get());
      }
      if (s.ok()) s = LoadMissing(reader->db(), citing.get(), &missing);
    }
    if (!s.ok()) {
      std::fprintf(stderr, "cablescope missing: %s\n", s.message().c_str());
      *status = s.code() == Status::Code::kInvalidQuery ? kExitUsage : kExitInputErrors;
      return;
    }
    const size_t total = missing.size();
    if (opts->limit > 0 && missing.size() > opts->limit) missing.resize(opts->limit);
    if (opts->json) {
      std::string out;
      JsonWriter w(&out);
      w.BeginObject();
      w.Key("query");
      w.String(query);
      w.Key("total");
      w.Int(static_cast<int64_t>(total));
      w.Key("missing");
      w.BeginArray();
      for (const auto& m : missing) {
        w.BeginObject();
        w.Key("id");
        w.String(m.id);
        w.Key("cited");
        w.Int(m.cited);
        w.Key("estimated_date");
        if (m.estimated_date.empty()) w.Null();
        else w.String(m.estimated_date);
        w.Key("estimate");
        if (m.estimate.empty()) w.Null();
        else w.String(m.estimate);
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
      out.push_back('\n');
      std::fwrite(out.data(), 1, out.size(), stdout);
    } else {
      std::printf("%zu cited cable%s missing from the archive%s\n", total, total == 1 ? "" : "s",
                  total > missing.size() ? (" (showing " + std::to_string(missing.size()) + ")").c_str() : "");
      if (!missing.empty()) std::printf("\n  %-24s %6s  %s\n", "id", "cited", "estimated date");
      for (const auto& m : missing) {
        std::printf("  %-24s %6lld  %s%s%s%s\n", m.id.c_str(), static_cast<long long>(m.cited),
                    m.estimated_date.empty() ? "(unknown)" : m.estimated_date.c_str(), m.estimate.empty() ? "" : " (",
                    m.estimate.c_str(), m.estimate.empty() ? "" : ")");
      }
    }
    *status = kExitOk;
  });
}

}  // namespace cablescope::cli
