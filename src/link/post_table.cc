#include "link/post_table.h"

namespace cablescope::link {

// TODO(issue 4): implement.
const PostInfo* FindPost(std::string_view) { return nullptr; }
std::optional<std::string> RouteName(std::string_view) { return std::nullopt; }

}  // namespace cablescope::link
