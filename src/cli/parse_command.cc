// `cablescope parse`: records of docs/RECORD.md, one JSON object per line.
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "link/record_stream.h"
#include "model/record_json.h"

namespace cablescope::cli {

void RegisterParseCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand(
      "parse",
      "Parse cables in any format and print one JSON record per cable (JSON Lines).\n"
      "Directories are walked; gzip is read transparently; the format is detected from content.");
  struct Options {
    std::vector<std::string> paths;
    std::string format = "auto";
    std::string id;
    bool pretty = false;
    bool links = false;
    int threads = 0;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--format", opts->format,
                  "auto|telegram|wikileaks-html|cables-csv|json|pdf-text|plusd-html|press")
      ->check(CLI::IsMember({"auto", "telegram", "wikileaks-html", "cables-csv", "json", "pdf-text",
                             "plusd-html", "press"}));
  cmd->add_option("--id", opts->id,
                  "Id of the cable when the input is a fragment that does not say "
                  "(its year then dates the references)");
  cmd->add_flag("--pretty", opts->pretty, "Indent the JSON (one record spans several lines)");
  cmd->add_flag("--links", opts->links,
                "Also derive ref_links and people, which read every word of the text "
                "(about 3x slower; `ingest` always derives them)");
  cmd->add_option("--threads", opts->threads, "Worker threads (default: one per core)")
      ->check(CLI::Range(0, 256));
  cmd->add_option("paths", opts->paths, "Files or directories to read; - for standard input")
      ->required();
  cmd->footer("Exit status: 0 every input parsed, 1 some inputs had errors, 2 usage error.\n"
              "Errors are reported on stderr as path:line: what is wrong.");
  cmd->callback([opts, status] {
    link::StreamOptions options;
    options.format = *parse::FormatFromName(opts->format);
    options.id_hint = opts->id;
    options.threads = opts->threads;
    options.text_links = opts->links;
    const int indent = opts->pretty ? 2 : 0;
    std::string out;
    out.reserve(1 << 20);
    auto flush = [&out] {
      if (!out.empty()) std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    };
    auto summary = link::StreamRecords(
        opts->paths, options,
        [](const Diagnostic& d) {
          std::string line = d.ToString();
          line.push_back('\n');
          std::fwrite(line.data(), 1, line.size(), stderr);
        },
        [indent](Record& record, std::string* payload) {
          AppendRecordJson(record, payload, indent);
          payload->push_back('\n');
        },
        [&](Record&&, std::string&& payload) {
          out += payload;
          if (out.size() >= (1u << 20)) flush();
        });
    flush();
    std::fflush(stdout);
    *status = summary.inputs_with_errors > 0 ? kExitInputErrors : kExitOk;
  });
}

}  // namespace cablescope::cli
