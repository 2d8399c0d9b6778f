// `cablescope search`: the query language of docs/QUERY.md over the archive.
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "archive/archive_path.h"
#include "archive/search_json.h"
#include "archive/searcher.h"
#include "cli/commands.h"
#include "model/json_writer.h"

namespace cablescope::cli {
namespace {

using namespace archive;

void PrintJson(const SearchRequest& req, const SearchResult& res) {
  std::string out;
  JsonWriter w(&out);
  WriteSearchResultJson(req, res, &w);
  out.push_back('\n');
  std::fwrite(out.data(), 1, out.size(), stdout);
}

std::string Highlighted(const Snippet& s, bool color) {
  std::string out;
  size_t pos = 0;
  for (const auto& h : s.highlights) {
    out.append(s.text, pos, h.begin - pos);
    out += color ? "\033[1;33m" : "";
    out.append(s.text, h.begin, h.end - h.begin);
    out += color ? "\033[0m" : "";
    pos = h.end;
  }
  out.append(s.text, pos);
  return out;
}

void PrintText(const SearchRequest& req, const SearchResult& res, bool color, bool show_facets) {
  const char* bold = color ? "\033[1m" : "";
  const char* dim = color ? "\033[2m" : "";
  const char* reset = color ? "\033[0m" : "";
  std::printf("%lld cable%s match\n", static_cast<long long>(res.total), res.total == 1 ? "" : "s");
  size_t n = req.offset;
  for (const auto& h : res.hits) {
    ++n;
    std::printf("\n%zu. %s%s%s  %s  %s  %s\n", n, bold, h.id.c_str(), reset,
                h.date.empty() ? "(no date)" : h.date.c_str(), h.origin.c_str(), h.classification.c_str());
    if (!h.subject.empty()) std::printf("   %s%s%s\n", dim, h.subject.c_str(), reset);
    if (!h.snippet.text.empty()) std::printf("   %s\n", Highlighted(h.snippet, color).c_str());
  }
  if (show_facets) {
    for (const auto& f : res.facets) {
      std::printf("\n%s%s%s:", bold, std::string(FacetFieldName(f.field)).c_str(), reset);
      for (const auto& c : f.counts) std::printf("  %s (%lld)", c.value.c_str(), static_cast<long long>(c.count));
      std::printf("\n");
    }
  }
}

}  // namespace

void RegisterSearchCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand("search",
                                 "Search the archive (query language: docs/QUERY.md).\n"
                                 "Example: cablescope search 'tag:KNNP date:2006 \"nuclear program\"'");
  struct Options {
    std::string archive;
    size_t limit = 20;
    size_t offset = 0;
    std::string sort = "relevance";
    std::vector<std::string> facets;
    bool json = false;
    std::vector<std::string> query;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--archive", opts->archive, "Archive file (default: $CABLESCOPE_ARCHIVE, else cables.db)");
  cmd->add_option("--limit", opts->limit, "Hits to show (default 20)");
  cmd->add_option("--offset", opts->offset, "Hits to skip (default 0)");
  cmd->add_option("--sort", opts->sort, "relevance|date|-date|citations|rank")
      ->check(CLI::IsMember({"relevance", "date", "-date", "citations", "rank"}));
  cmd->add_option("--facet", opts->facets,
                  "Count matches by origin|tag|classification|year|month|cited (repeatable; "
                  "JSON output has all five by default)")
      ->check(CLI::IsMember({"origin", "tag", "tags", "classification", "class", "year", "month", "cited"}));
  cmd->add_flag("--json", opts->json, "Print one JSON object (snippet highlights as byte offsets)");
  cmd->add_option("query", opts->query, "The query; several arguments are joined with spaces")->required();
  cmd->footer("Exit status: 0 success (also with no hits), 1 the archive cannot be read,\n"
              "2 usage error or malformed query (the message names the column).");
  cmd->callback([opts, status] {
    SearchRequest req;
    req.query = JoinArgs(opts->query);
    req.limit = opts->limit;
    req.offset = opts->offset;
    req.sort = archive::SortOrderFromName(opts->sort).value_or(SortOrder::kRelevance);
    if (!opts->facets.empty()) {
      req.facets.clear();
      for (const auto& f : opts->facets) req.facets.push_back(*FacetFieldFromName(f));
    } else if (!opts->json) {
      req.facets.clear();
    }
    std::unique_ptr<ArchiveReader> reader;
    Status s = ArchiveReader::Open(ResolveArchivePath(opts->archive), &reader);
    if (!s.ok()) {
      std::fprintf(stderr, "cablescope search: %s\n", s.message().c_str());
      *status = kExitInputErrors;
      return;
    }
    Searcher searcher(reader.get());
    SearchResult res;
    s = searcher.Search(req, &res);
    if (!s.ok()) {
      std::fprintf(stderr, "cablescope search: %s\n", s.message().c_str());
      *status = s.code() == Status::Code::kInvalidQuery ? kExitUsage : kExitInputErrors;
      return;
    }
    if (opts->json) PrintJson(req, res);
    else PrintText(req, res, isatty(STDOUT_FILENO) == 1, !opts->facets.empty());
    *status = kExitOk;
  });
}

}  // namespace cablescope::cli
