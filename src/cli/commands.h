// The subcommands of the `cablescope` binary. Each Register* adds its
// subcommand to the app; the callback stores the exit status in *status.
//
// Exit status everywhere: 0 success, 1 some inputs had errors (or an id was
// not recognised), 2 usage error.
#ifndef CABLESCOPE_CLI_COMMANDS_H_
#define CABLESCOPE_CLI_COMMANDS_H_

#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace cablescope::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInputErrors = 1;
inline constexpr int kExitUsage = 2;

// `parts` with `sep` between them.
inline std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// Several command-line words of a query are one query, joined by spaces
// (`cablescope search tag:KNNP date:2006` without quotes).
inline std::string JoinArgs(const std::vector<std::string>& words) { return Join(words, " "); }

void RegisterParseCommand(CLI::App& app, int* status);
void RegisterIdCommand(CLI::App& app, int* status);
// The archive (issue 3): ingest, search, show, export, stats.
void RegisterIngestCommand(CLI::App& app, int* status);
void RegisterSearchCommand(CLI::App& app, int* status);
void RegisterShowCommand(CLI::App& app, int* status);
void RegisterExportCommand(CLI::App& app, int* status);
void RegisterStatsCommand(CLI::App& app, int* status);
// Links (issue 4): the citation graph, TAGS and posts, people.
void RegisterRefsCommand(CLI::App& app, int* status);
void RegisterMissingCommand(CLI::App& app, int* status);
void RegisterGraphCommand(CLI::App& app, int* status);
void RegisterTagsCommand(CLI::App& app, int* status);
void RegisterPostsCommand(CLI::App& app, int* status);
void RegisterPeopleCommand(CLI::App& app, int* status);
// Serve (issue 5): the HTTP API and the web UI.
void RegisterServeCommand(CLI::App& app, int* status);

}  // namespace cablescope::cli

#endif  // CABLESCOPE_CLI_COMMANDS_H_
