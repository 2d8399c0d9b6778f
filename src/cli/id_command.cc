// `cablescope id`: canonical ids for ids in any form.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "link/cable_id.h"

namespace cablescope::cli {

void RegisterIdCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand(
      "id",
      "Print the canonical id of each argument: WikiLeaks ids, malformed ids, PlusD ids\n"
      "(1974ATHENS02959_b), or \"STATION SERIAL\" forms with --year.");
  struct Options {
    std::vector<std::string> texts;
    int year = 0;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--year", opts->year, "Year for forms that do not carry one (YYYY)")
      ->check(CLI::Range(1900, 2099));
  cmd->add_option("text", opts->texts, "Ids or station-serial forms")->required();
  cmd->footer("Exit status: 0 all recognised, 1 some were not, 2 usage error.");
  cmd->callback([opts, status] {
    for (const auto& text : opts->texts) {
      auto id = link::CanonicalId(text, opts->year);
      if (id) {
        std::printf("%s\n", id->c_str());
      } else {
        std::fprintf(stderr, "cablescope id: '%s' is not a cable id (expected e.g. 09USUNNEWYORK589, "
                             "1974ATHENS02959_b, or \"USUN NEW YORK 000589\" with --year)\n",
                     text.c_str());
        *status = kExitInputErrors;
      }
    }
  });
}

}  // namespace cablescope::cli
