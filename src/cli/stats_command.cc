// `cablescope stats`: counts of the archive by year, origin, classification, tag.
#include <cstdio>
#include <string>

#include "archive/archive_reader.h"
#include "archive/archive_stats.h"
#include "archive/archive_path.h"
#include "cli/commands.h"
#include "model/json_writer.h"

namespace cablescope::cli {

void RegisterStatsCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand("stats", "Counts of the archive's cables by year, origin, classification and tag.");
  struct Options {
    std::string archive;
    bool json = false;
    size_t top = 20;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--archive", opts->archive, "Archive file (default: $CABLESCOPE_ARCHIVE, else cables.db)");
  cmd->add_flag("--json", opts->json, "Print one JSON object (every value, no --top)");
  cmd->add_option("--top", opts->top, "Origins and tags to list in text output (default 20, 0 = all)");
  cmd->callback([opts, status] {
    using namespace archive;
    std::unique_ptr<ArchiveReader> reader;
    Status s = ArchiveReader::Open(ResolveArchivePath(opts->archive), &reader);
    ArchiveStats stats;
    if (s.ok()) {
      ReadTransaction txn(reader->db());
      s = ComputeStats(reader->db(), &stats);
    }
    if (!s.ok()) {
      std::fprintf(stderr, "cablescope stats: %s\n", s.message().c_str());
      *status = kExitInputErrors;
      return;
    }
    *status = kExitOk;
    const std::pair<const char*, const std::vector<std::pair<std::string, int64_t>>*> groups[] = {
        {"year", &stats.by_year}, {"origin", &stats.by_origin},
        {"classification", &stats.by_classification}, {"tag", &stats.by_tag}};
    if (opts->json) {
      std::string out;
      JsonWriter w(&out);
      w.BeginObject();
      w.Key("cables");
      w.Int(stats.cables);
      w.Key("versions");
      w.Int(stats.versions);
      w.Key("inputs");
      w.Int(stats.inputs);
      w.Key("multi_version_cables");
      w.Int(stats.multi_version_cables);
      for (const auto& [name, list] : groups) {
        w.Key(std::string("by_") + name);
        w.BeginObject();
        for (const auto& [value, n] : *list) {
          w.Key(value);
          w.Int(n);
        }
        w.EndObject();
      }
      w.EndObject();
      std::printf("%s\n", out.c_str());
      return;
    }
    std::printf("%lld cables, %lld versions from %lld inputs; %lld cables have several versions\n",
                static_cast<long long>(stats.cables), static_cast<long long>(stats.versions),
                static_cast<long long>(stats.inputs), static_cast<long long>(stats.multi_version_cables));
    for (const auto& [name, list] : groups) {
      std::printf("\nby %s:\n", name);
      size_t shown = 0;
      const bool capped = std::string(name) == "origin" || std::string(name) == "tag";
      for (const auto& [value, n] : *list) {
        if (capped && opts->top > 0 && shown++ >= opts->top) {
          std::printf("  ... %zu more\n", list->size() - opts->top);
          break;
        }
        std::printf("  %-40s %8lld\n", value.c_str(), static_cast<long long>(n));
      }
    }
  });
}

}  // namespace cablescope::cli
