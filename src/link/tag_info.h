// What a TAGS code means: its kind and meaning, from the project's own TAGS
// table (data/tags.tsv, built from facts: FIPS 10-4 geographic codes, the
// State Department's subject and program tags, organisation tags).
//
// Person tags (`OVIP (RICE, CONDOLEEZZA)`) are not in the table: DescribeTag
// recognises their form and names the person.
//
// The table is compiled in from data/tags.tsv (see CMakeLists.txt) and parsed
// once, on first use. Immutable afterwards: thread-safe.
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
// (case and punctuation folded: "nuclear non-proliferation" finds KNNP;
// a word also matches hyphenated words run together: "nonproliferation").
// The code match first, then by kind and code. Person tags are not listed.
std::vector<TagInfo> FindTags(std::string_view words);

// Every tag of the table, by kind (subject, program, geographic,
// organization) then code.
const std::vector<TagInfo>& AllTags();

// What the full-text index holds for a cable's canonical `tags`: each code
// followed by its meaning (and a person tag's person), so that the plain
// query `nuclear non-proliferation` finds cables tagged KNNP.
std::string TagSearchText(const std::vector<std::string>& tags);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_TAG_INFO_H_
