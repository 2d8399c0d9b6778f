// cablescope: an engine for archives of diplomatic cables.
#include <cstdio>

#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace cablescope::cli;
  CLI::App app{"cablescope: parse, link, search and serve archives of diplomatic cables.\n"
               "Exit status: 0 success, 1 some inputs had errors, 2 usage error."};
  app.set_version_flag("--version", CABLESCOPE_VERSION);
  app.require_subcommand(1);
  int status = kExitOk;
  RegisterParseCommand(app, &status);
  RegisterIdCommand(app, &status);
  RegisterIngestCommand(app, &status);
  RegisterSearchCommand(app, &status);
  RegisterShowCommand(app, &status);
  RegisterExportCommand(app, &status);
  RegisterStatsCommand(app, &status);
  RegisterRefsCommand(app, &status);
  RegisterMissingCommand(app, &status);
  RegisterGraphCommand(app, &status);
  RegisterTagsCommand(app, &status);
  RegisterPostsCommand(app, &status);
  RegisterPeopleCommand(app, &status);
  RegisterServeCommand(app, &status);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  return status;
}
