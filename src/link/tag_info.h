// What a TAGS code means: its kind and meaning, from the project's own TAGS
// table (data/tags.tsv, built from facts: FIPS 10-4 geographic codes, the
// State Department's subject and program tags, organisation tags).
//
// Person tags (`OVIP (RICE, CONDOLEEZZA)`) are not in the table: DescribeTag
// recognises their form and names the person.
//
// Immutable tables: thread-safe, no allocation on lookups by code.
#ifndef CABLESCOPE_LINK_TAG_INFO_H_
#define CABLESCOPE_LINK_TAG_INFO_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablescope::link {

enum class TagClass { kSubject, kProgram, kGeographic, kOrganization, kPerson };

// "subject", "program", "geographic", "organization", "person".
std::string_view TagClassName(TagClass kind);

struct TagInfo {
  std::string code;     // canonical code: "KNNP", "IR", "OVIP (RICE, CONDOLEEZZA)"
  TagClass kind = TagClass::kSubject;
  std::string meaning;  // "Nuclear Non-Proliferation", "Iran", "Condoleezza Rice (visit)"
  std::string person;   // person tags: the person's name as "Condoleezza Rice"; else empty
};

// The tag `code` (any case; known typos fixed); nullopt when unknown.
std::optional<TagInfo> DescribeTag(std::string_view code);

// Tags whose code is `words` or whose meaning contains all of `words`
// (case and punctuation folded: "nuclear non-proliferation" finds KNNP).
std::vector<TagInfo> FindTags(std::string_view words);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_TAG_INFO_H_
