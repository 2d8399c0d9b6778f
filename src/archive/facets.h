// Facet counts over a match set: how many matching cables per origin, tag,
// classification, year and month.
//
// Counting is a single pass over the match set and the in-memory columns
// (cable_columns.h); it never touches SQLite and is independent of ranking.
// Pure function of its inputs; thread-safe.
#ifndef CABLESCOPE_ARCHIVE_FACETS_H_
#define CABLESCOPE_ARCHIVE_FACETS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "archive/cable_columns.h"
#include "archive/row_set.h"

namespace cablescope::archive {

enum class FacetField { kOrigin, kTag, kClassification, kYear, kMonth, kCited };

// "origin", "tag", "classification", "year", "month", "cited" (and back;
// `class` is accepted for classification). The `cited` facet counts
// "cited" (cited by a held cable) and "uncited".
std::string_view FacetFieldName(FacetField field);
std::optional<FacetField> FacetFieldFromName(std::string_view name);

struct FacetCount {
  std::string value;  // "Embassy Islamabad", "KNNP", "CONFIDENTIAL", "2009", "2009-06"
  int64_t count = 0;
};

struct Facet {
  FacetField field = FacetField::kOrigin;
  std::vector<FacetCount> counts;  // by count descending, then value ascending
};

// Counts `fields` over `matches`. Each facet keeps its `limit` largest
// values (0 = all). Cables without a value for a field are not counted.
std::vector<Facet> CountFacets(const CableColumns& columns, const RowSet& matches,
                               const std::vector<FacetField>& fields, size_t limit);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_FACETS_H_
