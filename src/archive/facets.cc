#include "archive/facets.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace cablescope::archive {
namespace {

std::vector<FacetCount> Top(std::vector<FacetCount> counts, size_t limit) {
  counts.erase(std::remove_if(counts.begin(), counts.end(), [](const FacetCount& c) { return c.count == 0; }),
               counts.end());
  auto order = [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  };
  if (limit > 0 && counts.size() > limit) {
    std::partial_sort(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(limit), counts.end(), order);
    counts.resize(limit);
  } else {
    std::sort(counts.begin(), counts.end(), order);
  }
  return counts;
}

std::vector<FacetCount> FromDictionary(const Dictionary& dict, const std::vector<int64_t>& n) {
  std::vector<FacetCount> out;
  out.reserve(dict.size());
  for (size_t i = 0; i < dict.size(); ++i) out.push_back({dict.values()[i], n[i]});
  return out;
}

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
  std::vector<int64_t> origin(c.origins.size(), 0), tag(c.tag_names.size(), 0),
      cls(c.classifications.size(), 0);
  std::map<int, int64_t> years, months;  // few distinct values
  int64_t cited = 0, uncited = 0;
  matches.ForEach([&](int64_t row) {
    if (row >= c.capacity) return;
    const auto r = static_cast<size_t>(row);
    if (want[0] && c.origin[r] >= 0) ++origin[static_cast<size_t>(c.origin[r])];
    if (want[1]) {
      for (uint32_t i = c.tag_begin[r]; i < c.tag_begin[r + 1]; ++i) ++tag[static_cast<size_t>(c.tag_ids[i])];
    }
    if (want[2] && c.classification[r] >= 0) ++cls[static_cast<size_t>(c.classification[r])];
    if (want[3] && c.year[r] > 0) ++years[c.year[r]];
    if (want[4] && c.day[r] > 0) ++months[c.day[r] / 100];
    if (want[5]) ++(r < c.cited_by.size() && c.cited_by[r] > 0 ? cited : uncited);
  });
  std::vector<Facet> out;
  for (FacetField f : fields) {
    Facet facet;
    facet.field = f;
    switch (f) {
      case FacetField::kOrigin: facet.counts = Top(FromDictionary(c.origins, origin), limit); break;
      case FacetField::kTag: facet.counts = Top(FromDictionary(c.tag_names, tag), limit); break;
      case FacetField::kClassification:
        facet.counts = Top(FromDictionary(c.classifications, cls), limit);
        break;
      case FacetField::kYear: {
        std::vector<FacetCount> v;
        for (auto [y, n] : years) v.push_back({std::to_string(y), n});
        facet.counts = Top(std::move(v), limit);
        break;
      }
      case FacetField::kMonth: {
        std::vector<FacetCount> v;
        for (auto [ym, n] : months) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "%04d-%02d", ym / 100, ym % 100);
          v.push_back({buf, n});
        }
        facet.counts = Top(std::move(v), limit);
        break;
      }
      case FacetField::kCited: {
        std::vector<FacetCount> v;
        if (cited > 0) v.push_back({"cited", cited});
        if (uncited > 0) v.push_back({"uncited", uncited});
        facet.counts = Top(std::move(v), limit);
        break;
      }
    }
    out.push_back(std::move(facet));
  }
  return out;
}

}  // namespace cablescope::archive
