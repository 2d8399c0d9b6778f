// Names in the address lines of a cable's head, after `FOR`, written with
// an initial:
//   AF/S FOR B.WALCH
//   DRL FOR N. WILETT
//   NSC FOR M. GAVIN
//   STATE PASS TO USAID FOR J. HARMON AND L. DOBBINS          (09HARARE955)
// The initial is the anchor: no title precedes these names, and the words
// are in capitals. Mail handles glued to initials (`NSC FOR MGAVIN`,
// `COMMERCE FOR DSTARKS/EHOUSE`) are left alone: nothing in the word tells
// them from an office's code.
#ifndef CABLESCOPE_LINK_PERSON_ADDRESS_H_
#define CABLESCOPE_LINK_PERSON_ADDRESS_H_

#include <string_view>
#include <vector>

#include "link/name_tokens.h"

namespace cablescope::link {

// The names (each its initial's and surname's token indexes) that follow
// token `at` when it is `FOR` written in capitals; empty otherwise. Each
// name ends its line or is followed by `AND`, `,`, `/` or `;` and the next
// name: `FOR A. MADRID 1257` or `FOR J. SMITH IN JUNE` are no address.
std::vector<std::vector<size_t>> AddressNames(std::string_view text,
                                              const std::vector<NameToken>& tokens, size_t at);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_PERSON_ADDRESS_H_
