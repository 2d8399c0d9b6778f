// Full names that nothing anchors but the text itself: a cable names a
// person in full once, then by the surname again and again.
//   Iranian national Majid Kakavand ... Kakavand was ... Kakavand's lawyer
//                                                            (09PARIS1228)
// Some cables name a person by the first word instead (`Dadis Camara` ...
// `Dadis`, 09RABAT1018); then the full name is written twice or more.
// Places and companies are told apart as the speakers are
// (person_speakers.h): a word after `the` or `in` anywhere is none.
//
// Mixed case only: in capitals every word is capitalised and says nothing.
#ifndef CABLESCOPE_LINK_PERSON_REPEATS_H_
#define CABLESCOPE_LINK_PERSON_REPEATS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "link/name_tokens.h"

namespace cablescope::link {

// What tells the person from a thing (`Avian Influenza` ... `Influenza`,
// `Blackwater Worldwide`): the word alone speaks at least once (`Kakavand
// said`).
//
// Fed by the name scan (person_scan.cc) with the tokens no anchor took, in
// text order, so that no pass of its own reads the text: a pair of
// capitalised words starting mid-sentence is remembered, and later tokens
// equal to one of its words are counted. A filter on a word's length and
// end letters turns most tokens away before any comparison.
class RepeatedNames {
 public:
  RepeatedNames(std::string_view text, const std::vector<NameToken>& tokens)
      : text_(text), tok_(tokens) {}

  // Token k, which no anchor took. Most are written small or in capitals
  // and are turned away here, inline, without a call.
  void See(size_t k) {
    if (tok_[k].capitalised && tok_[k].has_lower) SeeCapitalised(k);
  }

  // The full names (their two token indexes) the text repeats as above.
  std::vector<std::vector<size_t>> Names() const;

 private:
  void SeeCapitalised(size_t k);

  struct Pair {
    size_t at = 0;                                 // the first word's token
    int written = 1;                               // times the pair is written
    int alone_first = 0;                           // the first word alone, after the pair
    int alone_last = 0;                            // the surname alone, after the pair
    bool spoke_first = false, spoke_last = false;  // alone before a verb of saying
    bool place_first = false, place_last = false;  // after `the`, `in` ...
  };

  bool PairStart(size_t k) const;
  bool Alone(size_t k) const;
  static size_t Bit(std::string_view w);

  std::string_view text_;
  const std::vector<NameToken>& tok_;
  std::vector<Pair> pairs_;
  uint64_t bits_[16] = {};
};

}  // namespace cablescope::link

#endif  // CABLESCOPE_LINK_PERSON_REPEATS_H_
