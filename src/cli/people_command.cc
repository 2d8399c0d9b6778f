// `cablescope people`. TODO(issues 4/5): implement.
#include <cstdio>

#include "cli/commands.h"

namespace cablescope::cli {

void RegisterPeopleCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand("people", "(not yet implemented)");
  cmd->allow_extras();
  cmd->callback([status] {
    std::fputs("cablescope people: not implemented yet\n", stderr);
    *status = kExitUsage;
  });
}

}  // namespace cablescope::cli
