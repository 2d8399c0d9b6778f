// The posts table (data/posts.tsv) and routing indicators.
#include "link/post_table.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "link/station_table.h"

namespace cablescope::link {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(PostTable, EveryNameOfAPostFindsIt) {
  const PostInfo* p = FindPost("RUEHIL");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->station, "ISLAMABAD");
  EXPECT_EQ(p->name, "Embassy Islamabad");
  EXPECT_EQ(p->country, "Pakistan");
  EXPECT_TRUE(Has(p->routes, "RUEHIL"));
  EXPECT_TRUE(Has(p->names, "AMEMBASSY ISLAMABAD"));
  EXPECT_EQ(FindPost("Embassy Islamabad"), p);
  EXPECT_EQ(FindPost("AMEMBASSY ISLAMABAD"), p);
  EXPECT_EQ(FindPost("ISLAMABAD"), p);
  EXPECT_EQ(FindPost("embassy  islamabad"), p);  // case and spacing fold
  EXPECT_EQ(FindPost("ruehil"), p);
}

TEST(PostTable, MissionsConsulatesAndWashington) {
  const PostInfo* usun = FindPost("USMISSION USUN NEW YORK");
  ASSERT_NE(usun, nullptr);
  EXPECT_EQ(usun->station, "USUNNEWYORK");
  EXPECT_EQ(usun->name, "USUN New York");
  EXPECT_EQ(FindPost("RUCNDT"), usun);
  EXPECT_EQ(FindPost("USUN New York"), usun);
  const PostInfo* state = FindPost("SECSTATE WASHDC");
  ASSERT_NE(state, nullptr);
  EXPECT_EQ(state->station, "STATE");
  EXPECT_EQ(FindPost("RUEHC"), state);
  const PostInfo* dubai = FindPost("RUEHDE");
  ASSERT_NE(dubai, nullptr);
  EXPECT_EQ(dubai->name, "Consulate Dubai");
  EXPECT_EQ(dubai->country, "United Arab Emirates");
  EXPECT_EQ(FindPost("Embassy Kabul"), FindPost("RUEHBUL"));
  // Older spellings and typos of the station, as cable ids have them.
  EXPECT_EQ(FindPost("Embassy Kiev"), FindPost("KYIV"));
  EXPECT_EQ(FindPost("AMEMBASSY BRUSSLS"), FindPost("Embassy Brussels"));
  EXPECT_EQ(FindPost("RUCNIRA"), nullptr);  // a collective, not a post
  EXPECT_EQ(FindPost("nowhere at all"), nullptr);
  EXPECT_EQ(FindPost(""), nullptr);
}

TEST(PostTable, RoutingIndicatorsResolveToNames) {
  EXPECT_EQ(RouteName("RUEHIL"), "AMEMBASSY ISLAMABAD");
  EXPECT_EQ(RouteName("RUEHBUL"), "AMEMBASSY KABUL");
  EXPECT_EQ(RouteName("RUEHC"), "DEPT OF STATE WASHINGTON DC");
  EXPECT_EQ(RouteName("RUCNDT"), "USMISSION USUN NEW YORK NY");
  EXPECT_EQ(RouteName("RUEKJCS"), "JOINT STAFF WASHINGTON DC");
  EXPECT_EQ(RouteName("RUEHLM"), "AMEMBASSY COLOMBO");  // the facts' COLUMBO, corrected
  EXPECT_EQ(RouteName("RHFJAAK"), "NAVCOMTELSTA JACKSONVILLE FL");  // in a block of indicators
  EXPECT_FALSE(RouteName("RUCNIRA"));
  EXPECT_FALSE(RouteName(""));
}

TEST(PostTable, EveryStationOfCableIdsHasAPost) {
  size_t missing = 0;
  for (size_t i = 0; i < internal::kKnownStationsSize; ++i) {
    const PostInfo* p = FindPost(internal::kKnownStations[i]);
    if (p == nullptr) {
      ++missing;
      continue;
    }
    EXPECT_FALSE(p->name.empty());
  }
  // AQNA, FESTTWO, PARTO, QXICO: junk of Cablegate ids, no post.
  EXPECT_LE(missing, 4u);
  size_t with_station = 0, with_country = 0;
  for (const auto& p : AllPosts()) {
    if (p.station.empty()) continue;
    ++with_station;
    with_country += !p.country.empty();
  }
  EXPECT_GT(with_station, 270u);
  EXPECT_GT(with_country + 5, with_station);
}

}  // namespace
}  // namespace cablescope::link
