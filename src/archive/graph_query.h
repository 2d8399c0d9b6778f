// The citation graph's query fields: `cites:ID`, `cited_by:ID`, `thread:ID`.
//
// Run by the query executor over the archive's reference edges (refs.ref_id)
// and the graph tables that CitationPlan (citation_graph.h) writes.
#ifndef CABLESCOPE_ARCHIVE_GRAPH_QUERY_H_
#define CABLESCOPE_ARCHIVE_GRAPH_QUERY_H_

#include <string_view>

#include "archive/query_ast.h"
#include "archive/row_set.h"
#include "archive/sqlite_db.h"
#include "archive/status.h"

namespace cablescope::archive {

// Adds to *out the rows of the cables that `field` (kCites, kCitedBy or
// kThread) with value `id` (any id form) selects. An unknown id selects none.
Status GraphFieldRows(Database& db, QueryField field, std::string_view id, RowSet* out);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_GRAPH_QUERY_H_
