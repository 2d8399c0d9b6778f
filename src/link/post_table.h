// Posts: the stations that send and receive cables, with every name they go
// by (`ISLAMABAD`, `AMEMBASSY ISLAMABAD`, `Embassy Islamabad`), their
// routing indicators (`RUEHIL`) and country. Built from facts
// (routing indicators -> station names, Cablegate's stations) into the
// project's own table (data/posts.tsv, written by scripts/make-posts-table,
// compiled in by the build) and parsed once, on first use.
//
// Immutable tables: thread-safe.
#ifndef CABLESCOPE_LINK_POST_TABLE_H_
#define CABLESCOPE_LINK_POST_TABLE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablescope::link {

struct PostInfo {
  std::string station;              // as in cable ids: "ISLAMABAD", "USUNNEWYORK"
  std::string name;                 // as a person names it: "Embassy Islamabad"
  std::vector<std::string> names;   // every name: "AMEMBASSY ISLAMABAD", "ISLAMABAD", ...
  std::vector<std::string> routes;  // routing indicators: "RUEHIL"
  std::string country;              // "Pakistan"; empty for Washington offices, collectives
};

// The post that `name_or_route` names: a station, any of its names, or a
// routing indicator (case and spacing folded). nullptr when unknown.
const PostInfo* FindPost(std::string_view name_or_route);

// The station name a routing indicator stands for ("RUEHIL" ->
// "AMEMBASSY ISLAMABAD"), from the routing facts; nullopt when unknown.
// Blocks of indicators (RHFJAAA THRU RHFJAAZ) are resolved too.
std::optional<std::string> RouteName(std::string_view route);

// Every post: stations of cable ids first (by station), then the offices
// that only the routing facts name.
const std::vector<PostInfo>& AllPosts();

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_POST_TABLE_H_
