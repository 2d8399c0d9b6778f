// `cablescope refs ID`: what a cable cites (held, or missing with an
// estimated date), what cites it, and its thread (citation_graph.h).
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>

#include "archive/archive_path.h"
#include "archive/archive_reader.h"
#include "archive/citation_graph.h"
#include "archive/link_json.h"
#include "cli/commands.h"
#include "model/json_writer.h"

namespace cablescope::cli {
namespace {

using namespace archive;

void PrintJson(const CableRefs& refs) {
  std::string out;
  JsonWriter w(&out);
  WriteCableRefsJson(refs, &w);
  out.push_back('\n');
  std::fwrite(out.data(), 1, out.size(), stdout);
}

void PrintLink(const CableLink& l, const std::string& self, bool with_label) {
  std::string date = l.date.empty() ? "(no date)" : l.date;
  if (l.date_estimated) date = "~" + date;
  std::printf("  %s%-3s %-22s %-11s ", self == l.id ? "*" : " ",
              with_label ? (l.label.empty() ? "-" : l.label.c_str()) : "", l.id.c_str(), date.c_str());
  if (l.held) std::printf("%s  %s\n", l.origin.c_str(), l.subject.c_str());
  else std::printf("missing%s\n", l.date_estimated ? " (date estimated)" : "");
}

void PrintText(const CableRefs& refs) {
  std::printf("%s  %s\n", refs.id.c_str(), refs.held ? "held" : "missing from the archive (cited by others)");
  std::printf("\ncites (%zu):\n", refs.cites.size());
  for (const auto& l : refs.cites) PrintLink(l, refs.id, true);
  std::printf("\ncited by (%zu):\n", refs.cited_by.size());
  for (const auto& l : refs.cited_by) PrintLink(l, refs.id, false);
  std::printf("\nthread (%zu, in date order; * this cable):\n", refs.thread.size());
  for (const auto& l : refs.thread) PrintLink(l, refs.id, false);
}

}  // namespace

void RegisterRefsCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand("refs",
                                 "What a cable cites (held or missing, with an estimated date), what cites it,\n"
                                 "and its thread (cables connected through references, in date order).\n"
                                 "Example: cablescope refs 06ISLAMABAD10261");
  struct Options {
    std::string archive;
    bool json = false;
    std::string id;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--archive", opts->archive, "Archive file (default: $CABLESCOPE_ARCHIVE, else cables.db)");
  cmd->add_flag("--json", opts->json, "Print one JSON object");
  cmd->add_option("id", opts->id, "A cable id in any form (06ISLAMABAD010261, \"ISLAMABAD 10261\" needs the year)")
      ->required();
  cmd->footer("Exit status: 0 success, 1 the archive cannot be read or the cable is neither held nor cited,\n"
              "2 usage error.");
  cmd->callback([opts, status] {
    std::unique_ptr<ArchiveReader> reader;
    Status s = ArchiveReader::Open(ResolveArchivePath(opts->archive), &reader);
    CableRefs refs;
    if (s.ok()) s = LoadCableRefs(reader->db(), opts->id, &refs);
    if (!s.ok()) {
      std::fprintf(stderr, "cablescope refs: %s\n", s.message().c_str());
      *status = kExitInputErrors;
      return;
    }
    if (opts->json) PrintJson(refs);
    else PrintText(refs);
    *status = kExitOk;
  });
}

}  // namespace cablescope::cli
