// `cablescope serve`. TODO(issues 4/5): implement.
#include <cstdio>

#include "cli/commands.h"

namespace cablescope::cli {

void RegisterServeCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand("serve", "(not yet implemented)");
  cmd->allow_extras();
  cmd->callback([status] {
    std::fputs("cablescope serve: not implemented yet\n", stderr);
    *status = kExitUsage;
  });
}

}  // namespace cablescope::cli
