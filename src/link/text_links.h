// DeriveTextLinks: the links a reader follows inside a cable's text: REF
// pointers (ref_links.h) and the people it names (people.h).
//
// Both are functions of fields a record already has (body, references,
// classified_by, signers, tags, subject), so they are derived twice: by
// LinkRecord for every parsed record, and again by the archive for a
// merged record, whose body may come from another version than its
// references. Idempotent (replaces record->ref_links and record->people);
// thread-safe.
#ifndef CABLESCOPE_LINK_TEXT_LINKS_H_
#define CABLESCOPE_LINK_TEXT_LINKS_H_

#include "model/record.h"

namespace cablescope::link {

void DeriveTextLinks(Record* record);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_TEXT_LINKS_H_
