#include "link/person_repeats.h"

#include "link/person_words.h"

namespace cablescope::link {
namespace {

constexpr int kMinAlone = 2;         // the word alone, twice after the pair
constexpr int kMinFirstWritten = 2;  // and, for a first word, the pair twice
constexpr size_t kMinLetters = 4;    // as for speakers: `Ali`, `Abu` are everyone's
// A cable names a handful of people with no anchor; past this many pairs
// the rest are not remembered, so that a long text stays linear (each
// counted word is compared with every pair).
constexpr size_t kMaxPairs = 64;

// A capitalised word of mixed-case prose that could be part of a name: not
// an office's abbreviation with inner capitals (`MoD`, `AmConsulate`,
// `PolMinCouns`), though `McCain` and `DeLay` have one.
bool NameWord(std::string_view text, const NameToken& t) {
  if (!t.capitalised || !t.has_lower || !t.alpha || t.title_start || !NameCapable(t, false))
    return false;
  int inner = 0;
  for (uint32_t c = t.start + 1; c < t.name_end; ++c)
    inner += (text[c] >= 'A' && text[c] <= 'Z') ? 1 : 0;
  if (inner == 0) return true;
  // One, after a hyphen or apostrophe (`Al-Jubeir`, `O'Brien`) or a
  // surname's prefix (`McCain`, `MacKay`, `DeLay`).
  const std::string_view w = text.substr(t.start, t.name_end - t.start);
  return inner == 1 &&
         (t.punctuated || w.starts_with("Mc") || w.starts_with("Mac") || w.starts_with("De")) &&
         w.size() > 3;
}

}  // namespace

size_t RepeatedNames::Bit(std::string_view w) {
  return (static_cast<unsigned char>(w.front()) * 131u +
          static_cast<unsigned char>(w.back()) * 31u + w.size() * 7u) &
         1023u;
}

// Two name words, and only two, starting mid-sentence after a word written
// small (`national Majid Kakavand`, `despite Dadis Camara's`) or a comma:
// not a heading, not a sentence's first word (`Finally Sakkov`).
bool RepeatedNames::PairStart(size_t k) const {
  if (k == 0 || k + 1 >= tok_.size()) return false;
  const NameToken& a = tok_[k];
  const NameToken& b = tok_[k + 1];
  // The flags first: most capitalised words are followed by a small one.
  if (a.possessive || b.break_before || !b.capitalised || !b.has_lower ||
      b.upper.size() < kMinLetters)
    return false;
  if (!NameWord(text_, a) || !NameWord(text_, b)) return false;
  if (IsNameParticle(a.upper) ||
      (b.lists & (kGivenName | kPublicFigure | kOrganisationSuffix)) != 0)
    return false;
  if (k + 2 < tok_.size() && !b.possessive && !tok_[k + 2].break_before && tok_[k + 2].capitalised)
    return false;
  // After a word written small, that word says what the person is
  // (`national Majid Kakavand`, `dealer Slobodan Tesic`) or that they speak
  // (`said Elena Salgado`); not a function word (`on Climate Change`, `of
  // Sunni Arabs`, `a Board Member`): things follow those as often.
  const NameToken& before = tok_[k - 1];
  // `Rio de Janeiro Favelas`: the end of a longer name.
  if (!a.break_before && IsNameParticle(before.upper)) return false;
  if (!a.break_before) {
    return !before.capitalised &&
           ((before.lists & kStopWord) == 0 || (before.lists & kSpeechVerb) != 0);
  }
  // Punctuation before: a comma, colon or parenthesis mid-sentence, not a
  // sentence's or paragraph's end.
  const char c = PunctuationBefore(text_, tok_, k);
  return c == ',' || c == '(' || c == ':' || c == ';';
}

// Token k with no capitalised word joined to it on either side.
bool RepeatedNames::Alone(size_t k) const {
  if (k > 0 && !tok_[k].break_before && tok_[k - 1].capitalised) return false;
  return k + 1 >= tok_.size() || tok_[k].possessive || tok_[k + 1].break_before ||
         !tok_[k + 1].capitalised;
}

void RepeatedNames::SeeCapitalised(size_t k) {
  const NameToken& t = tok_[k];
  const size_t bit = Bit(t.upper);
  if ((bits_[bit >> 6] >> (bit & 63)) & 1) {
    const bool place = k > 0 && !t.break_before && IsBeforePlace(tok_[k - 1].upper);
    const bool alone = Alone(k);
    const bool spoke = alone && !t.possessive && k + 1 < tok_.size() && !tok_[k + 1].break_before &&
                       !tok_[k + 1].capitalised && (tok_[k + 1].lists & kSpeechVerb) != 0;
    for (Pair& p : pairs_) {
      if (p.at == k || p.at + 1 == k) continue;
      const bool first = tok_[p.at].upper == t.upper;
      const bool last = tok_[p.at + 1].upper == t.upper;
      if (first) {
        p.place_first = p.place_first || place;
        p.alone_first += alone ? 1 : 0;
        p.spoke_first = p.spoke_first || spoke;
        if (k + 1 < tok_.size() && !tok_[k + 1].break_before &&
            tok_[k + 1].upper == tok_[p.at + 1].upper) {
          ++p.written;
        }
      }
      if (last) {
        p.place_last = p.place_last || place;
        p.alone_last += alone ? 1 : 0;
        p.spoke_last = p.spoke_last || spoke;
      }
    }
  }
  if (pairs_.size() >= kMaxPairs || !PairStart(k)) return;
  for (const Pair& p : pairs_) {
    if (tok_[p.at].upper == t.upper && tok_[p.at + 1].upper == tok_[k + 1].upper)
      return;  // counted above
  }
  pairs_.push_back(Pair{k});
  for (size_t w = k; w <= k + 1; ++w) {
    const size_t b = Bit(tok_[w].upper);
    bits_[b >> 6] |= uint64_t{1} << (b & 63);
  }
}

std::vector<std::vector<size_t>> RepeatedNames::Names() const {
  std::vector<std::vector<size_t>> names;
  for (const Pair& p : pairs_) {
    const bool by_surname = p.alone_last >= kMinAlone && p.spoke_last && !p.place_last;
    // By the first word (`Dadis`, `Lien` of Lien Chan): and never by the
    // second, which a thing's name is too (`Shell Companies` ... `Companies`).
    const bool by_first = p.written >= kMinFirstWritten && p.alone_first >= kMinAlone &&
                          p.spoke_first && p.alone_last == 0 && !p.place_first &&
                          tok_[p.at].upper.size() >= kMinLetters;
    if (by_surname || by_first) names.push_back({p.at, p.at + 1});
  }
  return names;
}

}  // namespace cablescope::link
