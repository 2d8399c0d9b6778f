#include "link/text_links.h"

#include "link/people.h"
#include "link/ref_links.h"

namespace cablescope::link {

void DeriveTextLinks(Record* record) {
  record->ref_links = FindRefLinks(*record);
  record->people = ExtractPeople(*record);
  record->text_links_derived = true;
}

}  // namespace cablescope::link
