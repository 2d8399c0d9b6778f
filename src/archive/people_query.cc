#include "archive/people_query.h"

namespace cablescope::archive {

// TODO(issue 4): implement.
Status PersonRows(Database&, std::string_view, bool, RowSet*) { return Status::Ok(); }

}  // namespace cablescope::archive
