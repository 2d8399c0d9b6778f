#include "link/tag_info.h"

namespace cablescope::link {

// TODO(issue 4): implement.
std::string_view TagClassName(TagClass kind) {
  switch (kind) {
    case TagClass::kSubject: return "subject";
    case TagClass::kProgram: return "program";
    case TagClass::kGeographic: return "geographic";
    case TagClass::kOrganization: return "organization";
    case TagClass::kPerson: return "person";
  }
  return "subject";
}
std::optional<TagInfo> DescribeTag(std::string_view) { return std::nullopt; }
std::vector<TagInfo> FindTags(std::string_view) { return {}; }

}  // namespace cablescope::link
