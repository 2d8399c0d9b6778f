// `cablescope export`: every cable that matches a query, streamed, no cap.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "archive/archive_path.h"
#include "archive/export_format.h"
#include "archive/searcher.h"
#include "cli/commands.h"

namespace cablescope::cli {
using namespace archive;

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
    const std::string query = JoinArgs(opts->query);
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
      m << kOpenSearchMapping;
      if (!m) {
        std::fprintf(stderr, "cablescope export: cannot write %s\n", path.c_str());
        *status = kExitInputErrors;
        return;
      }
    }
    ExportFormatter formatter(*ExportFormatFromName(opts->format), opts->index);
    std::string out = formatter.Header();
    Searcher searcher(reader.get());
    s = searcher.ForEachMatch(query, sort, [&](const SearchHit& hit, std::string_view json) {
      formatter.Append(hit, json, &out);
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
