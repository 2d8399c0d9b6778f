// `cablescope posts [NAME|ROUTE]`: the posts that send and receive cables
// (link/post_table.h). A name (`Embassy Islamabad`, `AMEMBASSY ISLAMABAD`,
// `ISLAMABAD`) or a routing indicator (`RUEHIL`) gives the post with its
// station, names, indicators and country; nothing lists the posts of cable
// stations (--all: every office the routing facts name as well).
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "archive/link_json.h"
#include "cli/commands.h"
#include "link/post_table.h"
#include "model/json_writer.h"

namespace cablescope::cli {

void RegisterPostsCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand(
      "posts", "Posts and routing indicators: a name (Embassy Islamabad, AMEMBASSY ISLAMABAD, ISLAMABAD) "
               "or an indicator (RUEHIL) gives the post; nothing lists them.");
  struct Options {
    std::vector<std::string> words;
    bool json = false;
    bool all = false;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("query", opts->words, "A post's name, station or routing indicator");
  cmd->add_flag("--json", opts->json, "Print one JSON object");
  cmd->add_flag("--all", opts->all, "Without a query: list offices without a station too");
  cmd->callback([opts, status] {
    std::string query = Join(opts->words, " ");
    std::vector<const link::PostInfo*> posts;
    std::optional<std::string> route_name;
    if (query.empty()) {
      for (const auto& p : link::AllPosts()) {
        if (opts->all || !p.station.empty()) posts.push_back(&p);
      }
    } else if (const link::PostInfo* p = link::FindPost(query)) {
      posts.push_back(p);
    }
    if (!query.empty()) route_name = link::RouteName(query);
    if (!query.empty() && posts.empty() && !route_name) {
      std::fprintf(stderr, "cablescope posts: no post or routing indicator '%s'\n", query.c_str());
      *status = kExitInputErrors;
      return;
    }
    *status = kExitOk;
    if (opts->json) {
      std::string out;
      JsonWriter w(&out);
      w.BeginObject();
      w.Key("query");
      if (query.empty()) w.Null();
      else w.String(query);
      if (!query.empty()) {
        w.Key("route_name");
        w.OptionalString(route_name);
      }
      w.Key("posts");
      w.BeginArray();
      for (const auto* p : posts) archive::WritePostJson(*p, &w);
      w.EndArray();
      w.EndObject();
      out.push_back('\n');
      std::fwrite(out.data(), 1, out.size(), stdout);
      return;
    }
    if (!query.empty() && route_name && posts.empty()) {
      std::printf("%s: %s\n", query.c_str(), route_name->c_str());
      return;
    }
    if (!query.empty()) {
      const link::PostInfo& p = *posts[0];
      std::printf("%s\n", p.name.c_str());
      if (!p.station.empty()) std::printf("  station:  %s\n", p.station.c_str());
      if (!p.country.empty()) std::printf("  country:  %s\n", p.country.c_str());
      if (!p.routes.empty()) std::printf("  routes:   %s\n", Join(p.routes, ", ").c_str());
      if (!p.names.empty()) std::printf("  names:    %s\n", Join(p.names, "; ").c_str());
      return;
    }
    for (const auto* p : posts) {
      std::string line = p->station.empty() ? "-" : p->station;
      if (line.size() < 18) line.resize(18, ' ');
      else line.push_back(' ');
      line += p->name;
      if (!p->country.empty()) line += " (" + p->country + ")";
      if (!p->routes.empty()) line += "  " + Join(p->routes, " ");
      std::printf("%s\n", line.c_str());
    }
  });
}

}  // namespace cablescope::cli
