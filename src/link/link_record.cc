#include "link/link_record.h"

#include "link/cable_id.h"

namespace cablescope::link {

// TODO(link): implement.
void LinkRecord(Record* record) {
  if (!record->id && !record->published_ids.empty()) {
    record->id = CanonicalId(record->published_ids.front(), record->raw.year);
  }
}

}  // namespace cablescope::link
