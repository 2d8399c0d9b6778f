#include "archive/facets.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace cablescope::archive {
namespace {

bool ByCountThenValue(const FacetCount& a, const FacetCount& b) {
  return a.count != b.count ? a.count > b.count : a.value < b.value;
}

// A value of a facet by its number (a dictionary index, a year, a month)
// and its count; the value's text is made only for the values shown.
struct Counted {
  int64_t key = 0;
  int64_t count = 0;
};

// The `limit` largest of `counts` (0 = all), by count descending, then by
// the value's text ascending; `name(key)` gives the text. Only nonzero
// counts are kept, and only the kept values are turned into strings: a
// match set of a few hundred cables must not pay for a dictionary of
// thousands of tags.
template <typename NameFn>
std::vector<FacetCount> Top(const std::vector<int64_t>& counts, int64_t key_base, size_t limit,
                            NameFn name) {
  std::vector<Counted> kept;
  for (size_t i = 0; i < counts.size(); ++i) {
    if (counts[i] != 0) kept.push_back({static_cast<int64_t>(i) + key_base, counts[i]});
  }
  // Ties are broken by the values' text, so every value whose count
  // reaches the limit-th largest count is named; the others never are.
  if (limit > 0 && kept.size() > limit) {
    std::vector<int64_t> largest;
    largest.reserve(kept.size());
    for (const Counted& c : kept) largest.push_back(c.count);
    std::nth_element(largest.begin(), largest.begin() + static_cast<std::ptrdiff_t>(limit - 1), largest.end(),
                     std::greater<>());
    const int64_t threshold = largest[limit - 1];
    std::erase_if(kept, [threshold](const Counted& c) { return c.count < threshold; });
  }
  std::vector<FacetCount> out;
  out.reserve(kept.size());
  for (const Counted& c : kept) out.push_back({name(c.key), c.count});
  std::sort(out.begin(), out.end(), ByCountThenValue);
  if (limit > 0 && out.size() > limit) out.resize(limit);
  return out;
}

// `top` (Top's output) with the values counted outside the arrays added.
// The `limit` largest of a union are among the `limit` largest of each side.
template <typename NameFn>
std::vector<FacetCount> MergeOther(std::vector<FacetCount> top, const std::map<int, int64_t>& other,
                                   size_t limit, NameFn name) {
  if (other.empty()) return top;
  for (const auto& [key, count] : other) top.push_back({name(key), count});
  std::sort(top.begin(), top.end(), ByCountThenValue);
  if (limit > 0 && top.size() > limit) top.resize(limit);
  return top;
}

// The value a dictionary holds at a counted index.
auto NameIn(const Dictionary& dict) {
  return [&dict](int64_t key) { return std::string(dict.Value(static_cast<int32_t>(key))); };
}

// Years and months are counted in flat arrays over this span of years; a
// date outside it (none in the cables we know) goes to a map.
constexpr int kFirstYear = 1800;
constexpr int kYears = 400;

}  // namespace

std::string_view FacetFieldName(FacetField field) {
  switch (field) {
    case FacetField::kOrigin: return "origin";
    case FacetField::kTag: return "tag";
    case FacetField::kClassification: return "classification";
    case FacetField::kYear: return "year";
    case FacetField::kMonth: return "month";
    case FacetField::kCited: return "cited";
  }
  return "?";
}

std::optional<FacetField> FacetFieldFromName(std::string_view name) {
  if (name == "origin") return FacetField::kOrigin;
  if (name == "tag" || name == "tags") return FacetField::kTag;
  if (name == "classification" || name == "class") return FacetField::kClassification;
  if (name == "year") return FacetField::kYear;
  if (name == "month") return FacetField::kMonth;
  if (name == "cited") return FacetField::kCited;
  return std::nullopt;
}

std::vector<Facet> CountFacets(const CableColumns& c, const RowSet& matches,
                               const std::vector<FacetField>& fields, size_t limit) {
  bool want[6] = {false, false, false, false, false, false};
  for (FacetField f : fields) want[static_cast<int>(f)] = true;
  std::vector<int64_t> origin(want[0] ? c.origins.size() : 0, 0), tag(want[1] ? c.tag_names.size() : 0, 0),
      cls(want[2] ? c.classifications.size() : 0, 0);
  std::vector<int64_t> years(want[3] ? kYears : 0, 0), months(want[4] ? kYears * 12 : 0, 0);
  std::map<int, int64_t> other_years, other_months;  // outside [kFirstYear, +kYears)
  int64_t cited = 0, uncited = 0;
  matches.ForEach([&](int64_t row) {
    if (row >= c.capacity) return;
    const auto r = static_cast<size_t>(row);
    if (want[0] && c.origin[r] >= 0) ++origin[static_cast<size_t>(c.origin[r])];
    if (want[1]) {
      for (uint32_t i = c.tag_begin[r]; i < c.tag_begin[r + 1]; ++i) ++tag[static_cast<size_t>(c.tag_ids[i])];
    }
    if (want[2] && c.classification[r] >= 0) ++cls[static_cast<size_t>(c.classification[r])];
    if (want[3] && c.year[r] > 0) {
      const int y = c.year[r] - kFirstYear;
      if (y >= 0 && y < kYears) {
        ++years[static_cast<size_t>(y)];
      } else {
        ++other_years[c.year[r]];
      }
    }
    if (want[4] && c.day[r] > 0) {
      const int ym = c.day[r] / 100;
      const int y = ym / 100 - kFirstYear, m = ym % 100;
      if (y >= 0 && y < kYears && m >= 1 && m <= 12) {
        ++months[static_cast<size_t>(y * 12 + m - 1)];
      } else {
        ++other_months[ym];
      }
    }
    if (want[5]) ++(r < c.cited_by.size() && c.cited_by[r] > 0 ? cited : uncited);
  });
  // Names of the counted years and months (keys YYYY and YYYYMM); the
  // out-of-span ones are added to the arrays' top by MergeOther.
  auto year_name = [&](int64_t key) { return std::to_string(key); };
  auto month_name = [&](int64_t key) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02d", static_cast<int>(key / 100), static_cast<int>(key % 100));
    return std::string(buf);
  };
  std::vector<Facet> out;
  for (FacetField f : fields) {
    Facet facet;
    facet.field = f;
    switch (f) {
      case FacetField::kOrigin: facet.counts = Top(origin, 0, limit, NameIn(c.origins)); break;
      case FacetField::kTag: facet.counts = Top(tag, 0, limit, NameIn(c.tag_names)); break;
      case FacetField::kClassification: facet.counts = Top(cls, 0, limit, NameIn(c.classifications)); break;
      case FacetField::kYear:
        facet.counts = MergeOther(Top(years, kFirstYear, limit, year_name), other_years, limit, year_name);
        break;
      case FacetField::kMonth: {
        // Month keys as YYYYMM.
        facet.counts = Top(months, 0, limit, [&](int64_t k) {
          return month_name((kFirstYear + k / 12) * 100 + k % 12 + 1);
        });
        facet.counts = MergeOther(std::move(facet.counts), other_months, limit, month_name);
        break;
      }
      case FacetField::kCited: {
        facet.counts = Top(std::vector<int64_t>{cited, uncited}, 0, limit,
                           [](int64_t k) { return std::string(k == 0 ? "cited" : "uncited"); });
        break;
      }
    }
    out.push_back(std::move(facet));
  }
  return out;
}

}  // namespace cablescope::archive
