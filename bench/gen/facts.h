// Facts the synthetic cables are built from: real post names and their
// routing indicators, TAGS codes, collectives, titles, captions. These are
// public facts about the cable system (see ../shared/docs/cable-anatomy.md),
// not cable text; all prose is invented by vocabulary.h.
#ifndef CABLESCOPE_BENCH_GEN_FACTS_H_
#define CABLESCOPE_BENCH_GEN_FACTS_H_

#include <span>
#include <string_view>

namespace cablescope::gen {

enum class PostKind { kEmbassy, kConsulate, kMission, kState };

struct Post {
  std::string_view origin;    // as containers name it: "Embassy Islamabad"
  std::string_view station;   // as the classification line writes it: "ISLAMABAD"
  std::string_view route;     // routing indicator of the DE line: "RUEHIL"
  std::string_view country;   // geographic tag: "PK"
  PostKind kind;
};

// Posts, weighted: the Secretary of State appears first and is picked more.
std::span<const Post> Posts();
const Post& SecretaryOfState();

// "AMEMBASSY ISLAMABAD", "AMCONSUL KARACHI", "USMISSION USUN NEW YORK",
// "SECSTATE WASHDC": the FM/TO name of a post.
std::string_view AddresseePrefix(PostKind kind);

std::span<const std::string_view> SubjectTags();
std::span<const std::string_view> ProgramTags();
std::span<const std::string_view> OrganizationTags();
std::span<const std::string_view> GeographicTags();
// "route/NAME" of collectives and Washington agencies for INFO lines.
std::span<const std::string_view> Collectives();
std::span<const std::string_view> Agencies();
std::span<const std::string_view> Captions();          // SIPDIS, NOFORN ...
std::span<const std::string_view> ClassifierTitles();  // Ambassador, DCM ...
std::span<const std::string_view> Offices();           // "STATE FOR EUR/RUS" lines
std::span<const std::string_view> Months();            // JAN .. DEC

}  // namespace cablescope::gen

#endif  // CABLESCOPE_BENCH_GEN_FACTS_H_
