// LinkRecord: derives the canonical values of a parsed Record.
//
// After src/parse has filled a Record with what the input says, this fills
// what follows from it: the canonical id (from published ids, the
// classification line's station and serial, or the user's --id), the
// references (split from raw.ref_block, typed, with canonical ids), the
// canonical TAGS (typos fixed, run-together codes split), and the origin's
// name (`USUN New York` from `FM USMISSION USUN NEW YORK`).
#ifndef CABLESCOPE_LINK_LINK_RECORD_H_
#define CABLESCOPE_LINK_LINK_RECORD_H_

#include "model/record.h"

namespace cablescope::link {

// Idempotent; thread-safe (reads only immutable tables).
void LinkRecord(Record* record);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_LINK_RECORD_H_
