// CountFacets on hand-made columns: the counts, the order (count, then
// value), the cut at the limit when counts tie, and dates outside the span
// that years and months are counted in.
#include "archive/facets.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace cablescope::archive {
namespace {

struct Cable {
  std::string origin;
  std::vector<std::string> tags;
  int32_t day = 0;  // YYYYMMDD
  int32_t cited_by = 0;
};

CableColumns Columns(const std::vector<Cable>& cables) {
  CableColumns c;
  c.capacity = static_cast<int64_t>(cables.size());
  c.all = RowSet(c.capacity);
  c.tag_begin.push_back(0);
  for (size_t r = 0; r < cables.size(); ++r) {
    const Cable& cable = cables[r];
    c.all.Add(static_cast<int64_t>(r));
    c.day.push_back(cable.day);
    c.decl.push_back(0);
    c.year.push_back(static_cast<int16_t>(cable.day / 10000));
    c.origin.push_back(c.origins.Intern(cable.origin));
    c.from.push_back(-1);
    c.classification.push_back(c.classifications.Intern("SECRET"));
    c.precedence.push_back(-1);
    for (const auto& t : cable.tags) c.tag_ids.push_back(c.tag_names.Intern(t));
    c.tag_begin.push_back(static_cast<uint32_t>(c.tag_ids.size()));
    c.cited_by.push_back(cable.cited_by);
  }
  return c;
}

using Counts = std::vector<std::pair<std::string, int64_t>>;

Counts Of(const Facet& facet) {
  Counts out;
  for (const auto& c : facet.counts) out.emplace_back(c.value, c.count);
  return out;
}

TEST(CountFacets, LargestCountsFirstTiesByValueCutAtTheLimit) {
  // Tags: C x3, A x2, B x2, D x2, E x1; limit 3 keeps C, then A and B of
  // the three tied at 2 (by value), not D.
  CableColumns c = Columns({
      {"Kabul", {"C", "D", "A"}, 20090101, 0},
      {"Kabul", {"C", "B"}, 20090215, 2},
      {"Dubai", {"C", "B", "D"}, 20080301, 0},
      {"Rome", {"A", "E"}, 20090102, 1},
  });
  std::vector<Facet> facets =
      CountFacets(c, c.all, {FacetField::kTag, FacetField::kOrigin, FacetField::kYear, FacetField::kMonth,
                             FacetField::kCited, FacetField::kClassification},
                  3);
  ASSERT_EQ(facets.size(), 6u);
  EXPECT_EQ(Of(facets[0]), (Counts{{"C", 3}, {"A", 2}, {"B", 2}}));
  EXPECT_EQ(Of(facets[1]), (Counts{{"Kabul", 2}, {"Dubai", 1}, {"Rome", 1}}));
  EXPECT_EQ(Of(facets[2]), (Counts{{"2009", 3}, {"2008", 1}}));
  EXPECT_EQ(Of(facets[3]), (Counts{{"2009-01", 2}, {"2008-03", 1}, {"2009-02", 1}}));
  EXPECT_EQ(Of(facets[4]), (Counts{{"cited", 2}, {"uncited", 2}}));
  EXPECT_EQ(Of(facets[5]), (Counts{{"SECRET", 4}}));

  // No limit: every value with a nonzero count, none with zero.
  RowSet some(c.capacity);
  some.Add(0);
  some.Add(3);
  facets = CountFacets(c, some, {FacetField::kTag, FacetField::kCited}, 0);
  EXPECT_EQ(Of(facets[0]), (Counts{{"A", 2}, {"C", 1}, {"D", 1}, {"E", 1}}));
  EXPECT_EQ(Of(facets[1]), (Counts{{"cited", 1}, {"uncited", 1}}));
}

TEST(CountFacets, DatesOutsideTheCountedSpanAreCountedToo) {
  // Years before 1800 and after 2199 are kept apart from the arrays; they
  // must still be counted, named and ordered with the others.
  CableColumns c = Columns({
      {"Kabul", {}, 17991231, 0},
      {"Kabul", {}, 17991201, 0},
      {"Kabul", {}, 22000105, 0},
      {"Kabul", {}, 20090101, 0},
  });
  std::vector<Facet> facets = CountFacets(c, c.all, {FacetField::kYear, FacetField::kMonth}, 2);
  EXPECT_EQ(Of(facets[0]), (Counts{{"1799", 2}, {"2009", 1}}));
  EXPECT_EQ(Of(facets[1]), (Counts{{"1799-12", 2}, {"2009-01", 1}}));
}

}  // namespace
}  // namespace cablescope::archive
