// `cablescope id`: canonical ids for ids in any form.
//
//   cablescope id 09SECTION01OF03SANJOSE525 1974ATHENS02959_b
//   cablescope id --year 2009 "USUN NEW YORK 000589"
//
// One line per argument on standard output, in order. An argument that is
// not a cable id gets a message on standard error (and no output line), and
// the exit status is then 1.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "link/cable_id.h"

namespace cablescope::cli {

void RegisterIdCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand(
      "id",
      "Print the canonical id of each argument: WikiLeaks ids, malformed ids\n"
      "(09SECTION01OF03SANJOSE525, 06EFTOBAKU1165), PlusD ids (1974ATHENS02959_b),\n"
      "or \"STATION SERIAL\" forms as references write them (\"USUN NEW YORK 000589\",\n"
      "\"06 STATE 87686\", \"ASUNCION 701 (08)\"; those without a year need --year).");
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
      if (auto id = link::CanonicalId(text, opts->year)) {
        std::printf("%s\n", id->c_str());
        continue;
      }
      // Say why when we can: a station-serial form without any year.
      bool needs_year = opts->year == 0 && link::CanonicalId(text, 2000).has_value();
      if (needs_year) {
        std::fprintf(stderr, "cablescope id: '%s' has no year: give one with --year YYYY\n",
                     text.c_str());
      } else {
        std::fprintf(stderr,
                     "cablescope id: '%s' is not a cable id (expected e.g. 09USUNNEWYORK589, "
                     "1974ATHENS02959_b, or \"USUN NEW YORK 000589\" with --year)\n",
                     text.c_str());
      }
      *status = kExitInputErrors;
    }
    std::fflush(stdout);
  });
}

}  // namespace cablescope::cli
