// ExtractPeople: the persons a cable names, with their titles.
//
// Sources: the body's text (`Ambassador Rice`, `FM Mottaki`, `Foreign
// Minister Manouchehr Mottaki`, `SYG Ban`), the Classified By line, the
// signers and person tags (`OVIP (RICE, CONDOLEEZZA)`). Within one cable a
// bare surname joins the fullest form of that name in the same cable
// (`Rice` -> `Susan E. Rice` from the Classified By line).
#ifndef CABLESCOPE_LINK_PEOPLE_H_
#define CABLESCOPE_LINK_PEOPLE_H_

#include <vector>

#include "model/record.h"

namespace cablescope::link {

// Reads body, classified_by, signers, tags, subject. Never throws.
std::vector<PersonMention> ExtractPeople(const Record& record);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_PEOPLE_H_
