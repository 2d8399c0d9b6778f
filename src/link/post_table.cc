#include "link/post_table.h"

#include <algorithm>
#include <unordered_map>

#include "link/station_table.h"
#include "link/tsv_lines.h"

namespace cablescope::internal {
// data/posts.tsv, compiled in by the build (cmake/embed_text.cmake).
extern const std::string_view kPostsTsv;
}  // namespace cablescope::internal

namespace cablescope::link {
namespace {

// The lookup key of a name: upper-case letters and digits only, so that
// "Embassy  Islamabad", "EMBASSY ISLAMABAD" and "embassy islamabad." agree.
std::string Key(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c >= 'a' && c <= 'z') out.push_back(static_cast<char>(c - 'a' + 'A'));
    else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out.push_back(c);
  }
  return out;
}

struct RouteBlock {  // RHFJAAA-RHFJAAZ: every indicator between, same length
  std::string low, high, name;
};

struct Table {
  std::vector<PostInfo> posts;
  std::unordered_map<std::string, size_t> by_key;         // name/station/route key -> post
  std::unordered_map<std::string, std::string> route_name;  // route -> name as the facts write it
  std::vector<RouteBlock> blocks;
};

// Parses data/posts.tsv (format in its header). The first post to claim a
// key keeps it: stations come first in the file, so "ISLAMABAD" is the
// embassy, not an office of the same name.
Table Load() {
  Table t;
  ForEachTsvLine(::cablescope::internal::kPostsTsv, [&t](const std::vector<std::string_view>& f) {
    if (f.size() < 5 || f[1].empty()) return;
    PostInfo p;
    p.station = std::string(f[0]);
    p.name = std::string(f[1]);
    p.country = std::string(f[2]);
    auto add_name = [&p](std::string_view n) {
      if (n.empty() || n == p.name) return;
      if (std::find(p.names.begin(), p.names.end(), n) == p.names.end()) p.names.emplace_back(n);
    };
    if (!f[3].empty()) {
      for (std::string_view item : SplitFields(f[3], '|')) {
        const size_t eq = item.find('=');
        std::string_view route = item.substr(0, eq);
        std::string_view written = eq == std::string_view::npos ? std::string_view() : item.substr(eq + 1);
        if (route.empty()) continue;
        if (size_t dash = route.find('-'); dash != std::string_view::npos) {
          t.blocks.push_back({std::string(route.substr(0, dash)), std::string(route.substr(dash + 1)),
                              std::string(written)});
        } else {
          t.route_name.emplace(std::string(route), std::string(written));
        }
        p.routes.emplace_back(route);
        add_name(written);
      }
    }
    if (!f[4].empty()) {
      for (std::string_view n : SplitFields(f[4], '|')) add_name(n);
    }
    const size_t index = t.posts.size();
    auto claim = [&t, index](std::string_view name) {
      std::string k = Key(name);
      if (!k.empty()) t.by_key.emplace(std::move(k), index);
    };
    claim(p.station);
    claim(p.name);
    for (const auto& n : p.names) claim(n);
    for (const auto& r : p.routes) {
      if (r.find('-') == std::string::npos) claim(r);
    }
    t.posts.push_back(std::move(p));
  });
  return t;
}

const Table& GetTable() {
  static const Table table = Load();
  return table;
}

// Words that name the kind of post rather than the post: `Embassy Kiev` is
// found as KIEV when the whole name is not a key.
constexpr std::string_view kKindWords[] = {"AMEMBASSY", "AMCONSUL", "USMISSION", "EMBASSY",
                                           "CONSULATE", "MISSION", "AMERICANEMBASSY", "USEMBASSY"};

}  // namespace

const PostInfo* FindPost(std::string_view name_or_route) {
  if (name_or_route.size() > 200) return nullptr;
  const Table& t = GetTable();
  const std::string key = Key(name_or_route);
  if (key.empty()) return nullptr;
  if (auto it = t.by_key.find(key); it != t.by_key.end()) return &t.posts[it->second];
  // `Embassy Kiev`, `AMEMBASSY BRUSSLS`: the station after the kind of post,
  // resolved as cable ids resolve theirs (aliases, one-edit typos).
  std::string_view letters(key);
  for (std::string_view kind : kKindWords) {
    if (letters.size() > kind.size() && letters.substr(0, kind.size()) == kind) {
      letters.remove_prefix(kind.size());
      if (auto it = t.by_key.find(std::string(letters)); it != t.by_key.end()) return &t.posts[it->second];
      break;
    }
  }
  bool all_letters = !letters.empty();
  for (char c : letters) all_letters &= (c >= 'A' && c <= 'Z');
  if (all_letters) {
    if (auto station = ResolveStation(letters)) {
      if (auto it = t.by_key.find(std::string(*station)); it != t.by_key.end()) return &t.posts[it->second];
    }
  }
  return nullptr;
}

std::optional<std::string> RouteName(std::string_view route) {
  const Table& t = GetTable();
  const std::string key = Key(route);
  if (key.empty()) return std::nullopt;
  if (auto it = t.route_name.find(key); it != t.route_name.end()) return it->second;
  for (const auto& b : t.blocks) {
    if (key.size() == b.low.size() && key >= b.low && key <= b.high) return b.name;
  }
  return std::nullopt;
}

const std::vector<PostInfo>& AllPosts() { return GetTable().posts; }

}  // namespace cablescope::link
