// The origin: the post that sent a cable, as Cablegate names it
// ("Embassy Islamabad", "USUN New York", "Secretary of State").
#ifndef CABLESCOPE_LINK_ORIGIN_H_
#define CABLESCOPE_LINK_ORIGIN_H_

#include <optional>
#include <string>
#include <string_view>

namespace cablescope::link {

// The origin's name derived from the FM line's originator, following the
// names Cablegate gives (../shared/corpus/cables-csv/by-origin/):
//   AMEMBASSY ISLAMABAD        -> Embassy Islamabad
//   AMEMBASSY PORT AU PRINCE   -> Embassy Port Au Prince
//   AMCONSUL DUBAI             -> Consulate Dubai
//   SECSTATE WASHDC            -> Secretary of State
//   USMISSION USUN NEW YORK    -> USUN New York
//   USMISSION GENEVA           -> Mission Geneva
//   USMISSION USNATO           -> Mission USNATO
//   USMISSION UNVIE VIENNA     -> UNVIE
//   USEU BRUSSELS              -> USEU Brussels
//   USINT HAVANA               -> US Interests Section Havana
//   AIT TAIPEI                 -> American Institute Taiwan, Taipei
//   (IRAN) RPO DUBAI           -> Iran RPO Dubai
// Words are title-cased; AMEMBASSY KIEV gives "Embassy Kyiv", Cablegate's
// spelling. A trailing precedence or serial is ignored. nullopt when the
// originator is not one of these kinds of post (JOINT STAFF WASHDC, CIA):
// the record then says nothing rather than a guess.
std::optional<std::string> OriginFromOriginator(std::string_view from);

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_ORIGIN_H_
