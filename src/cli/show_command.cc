// `cablescope show`: one cable from the archive, its versions, and a word
// diff between two versions.
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "archive/archive_reader.h"
#include "archive/record_decode.h"
#include "archive/archive_path.h"
#include "archive/search_json.h"
#include "archive/word_diff.h"
#include "cli/commands.h"
#include "model/json_writer.h"

namespace cablescope::cli {
namespace {

using namespace archive;

void PrintRecipients(const char* label, const std::vector<Recipient>& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    const auto& r = list[i];
    std::printf("%-8s%s%s%s\n", i == 0 ? label : "", r.route ? (*r.route + "/").c_str() : "",
                r.name.c_str(), r.precedence ? (" " + *r.precedence).c_str() : "");
  }
}

// The cable as a person reads it: the header fields, then the text.
void PrintCableText(const Record& r) {
  std::printf("%s  %s  %s  %s\n", r.id.value_or("?").c_str(), r.classification.value_or("").c_str(),
              r.dtg.value_or(r.created.value_or("")).c_str(), r.origin.value_or("").c_str());
  if (r.precedence) std::printf("%-8s%s\n", "PREC", r.precedence->c_str());
  if (r.from) std::printf("%-8s%s\n", "FM", r.from->c_str());
  PrintRecipients("TO", r.to);
  PrintRecipients("INFO", r.info);
  if (!r.captions.empty()) std::printf("%-8s%s\n", "CAPTION", Join(r.captions, " ").c_str());
  if (r.declassify_on) std::printf("%-8s%s\n", "DECL", r.declassify_on->c_str());
  if (!r.tags.empty()) std::printf("%-8s%s\n", "TAGS", Join(r.tags, " ").c_str());
  if (r.subject) std::printf("%-8s%s\n", "SUBJECT", r.subject->c_str());
  for (const auto& ref : r.references) {
    std::printf("%-8s%s%s%s\n", "REF", ref.label ? (*ref.label + ". ").c_str() : "", ref.text.c_str(),
                ref.id ? (" (" + *ref.id + ")").c_str() : "");
  }
  std::printf("\n");
  if (r.body) {
    std::printf("%s\n", r.body->c_str());
  } else {
    for (const auto& p : r.paragraphs) {
      std::printf("%d. %s%s\n\n", p.number, p.marking ? ("(" + *p.marking + ") ").c_str() : "", p.text.c_str());
    }
  }
}

std::string VersionsJson(const CableView& view) {
  std::string out;
  JsonWriter w(&out);
  WriteVersionsJson(view, &w);
  return out;
}

}  // namespace

void RegisterShowCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand("show", "Show one cable of the archive, its versions, or a word diff "
                                         "between two of its versions.");
  struct Options {
    std::string archive;
    std::string id;
    bool json = false;
    bool text = false;
    bool versions = false;
    std::vector<int> diff;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--archive", opts->archive, "Archive file (default: $CABLESCOPE_ARCHIVE, else cables.db)");
  auto* json = cmd->add_flag("--json", opts->json, "The merged record as JSON, with provenance");
  auto* text = cmd->add_flag("--text", opts->text, "The cable as text (default)");
  json->excludes(text);
  cmd->add_flag("--versions", opts->versions, "List the cable's versions (sources)");
  cmd->add_option("--diff", opts->diff, "Word diff between versions V1 and V2 ([-removed-] {+added+})")
      ->expected(2);
  cmd->add_option("id", opts->id, "Cable id, in any form (06ISLAMABAD010261 = 06ISLAMABAD10261)")->required();
  cmd->footer("Exit status: 0 shown, 1 no such cable or version (or no archive), 2 usage error.");
  cmd->callback([opts, status] {
    std::unique_ptr<ArchiveReader> reader;
    Status s = ArchiveReader::Open(ResolveArchivePath(opts->archive), &reader);
    CableView view;
    if (s.ok()) s = reader->LoadCable(opts->id, opts->versions || !opts->diff.empty(), &view);
    if (!s.ok()) {
      std::fprintf(stderr, "cablescope show: %s\n", s.message().c_str());
      *status = kExitInputErrors;
      return;
    }
    *status = kExitOk;
    const bool color = isatty(STDOUT_FILENO) == 1;
    if (!opts->diff.empty()) {
      const VersionInfo* a = nullptr;
      const VersionInfo* b = nullptr;
      for (const auto& v : view.versions) {
        if (v.version == opts->diff[0]) a = &v;
        if (v.version == opts->diff[1]) b = &v;
      }
      if (a == nullptr || b == nullptr) {
        std::fprintf(stderr, "cablescope show: %s has versions 1 to %zu\n", view.id.c_str(), view.versions.size());
        *status = kExitInputErrors;
        return;
      }
      Record ra, rb;
      DecodeRecordJson(a->record_json, &ra);
      DecodeRecordJson(b->record_json, &rb);
      std::printf("--- version %d: %s\n+++ version %d: %s\n", a->version, a->path.c_str(), b->version,
                  b->path.c_str());
      std::string out;
      for (const auto& run : WordDiff(DiffText(ra), DiffText(rb))) {
        if (!out.empty()) out.push_back(' ');
        switch (run.op) {
          case DiffRun::Op::kEqual: out += run.text; break;
          case DiffRun::Op::kDelete:
            out += color ? "\033[31m[-" + run.text + "-]\033[0m" : "[-" + run.text + "-]";
            break;
          case DiffRun::Op::kInsert:
            out += color ? "\033[32m{+" + run.text + "+}\033[0m" : "{+" + run.text + "+}";
            break;
        }
      }
      std::printf("%s\n", out.c_str());
      return;
    }
    if (opts->json) {
      if (opts->versions) {
        std::printf("{\"id\":\"%s\",\"record\":%s,\"versions\":%s}\n", view.id.c_str(), view.record_json.c_str(),
                    VersionsJson(view).c_str());
      } else {
        std::printf("%s\n", view.record_json.c_str());
      }
      return;
    }
    if (opts->versions) {
      std::printf("%s: %zu version%s\n", view.id.c_str(), view.versions.size(), view.versions.size() == 1 ? "" : "s");
      for (const auto& v : view.versions) {
        std::printf("  %d  %-14s %s  (offset %lld, text %s, ingested %s)\n", v.version, v.format.c_str(),
                    v.path.c_str(), static_cast<long long>(v.offset), v.text_hash.c_str(), v.ingested_at.c_str());
        if (v.metadata_json.size() > 2) std::printf("     %s\n", v.metadata_json.c_str());
      }
      return;
    }
    Record r;
    DecodeRecordJson(view.record_json, &r);
    PrintCableText(r);
  });
}

}  // namespace cablescope::cli
