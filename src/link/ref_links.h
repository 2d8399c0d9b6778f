// FindRefLinks: the places in a cable's body that point at its REF list.
//
//   `REFTEL`, `ref A`, `para 3 ref B`, `REF B`, `reftel A`, and inline
//   citations like `ISLAMABAD 10142` that match an item of the list.
//
// Each becomes a RefLink with its byte span in `body`, the label of the REF
// item it means and that item's canonical id. `REFTEL` with a one-item list
// means that item. The REF: line itself is not a link.
#ifndef CABLESCOPE_LINK_REF_LINKS_H_
#define CABLESCOPE_LINK_REF_LINKS_H_

#include <vector>

#include "model/record.h"

namespace cablescope::link {

// Reads record.body and record.references. Never throws; any bytes are safe.
std::vector<RefLink> FindRefLinks(const Record& record);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_REF_LINKS_H_
