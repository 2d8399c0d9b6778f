#include "archive/graph_query.h"

namespace cablescope::archive {

// TODO(issue 4): implement.
Status GraphFieldRows(Database&, QueryField, std::string_view, RowSet*) { return Status::Ok(); }

}  // namespace cablescope::archive
