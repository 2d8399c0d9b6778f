// Invented prose for synthetic cables: pseudo-words built from syllables,
// mixed with English function words, names, acronyms and numbers so that
// the text has the shape of cable prose (word lengths, punctuation,
// capitals, apostrophes written as commas, curly quotes) without being any.
#ifndef CABLESCOPE_BENCH_GEN_VOCABULARY_H_
#define CABLESCOPE_BENCH_GEN_VOCABULARY_H_

#include <string>
#include <string_view>
#include <vector>

#include "gen/rng.h"

namespace cablescope::gen {

class Vocabulary {
 public:
  // The vocabulary is fixed (its own seed), so every corpus shares it.
  Vocabulary();

  // A lower-case word, Zipf-like: few words are frequent, most are rare.
  std::string_view Word(Rng& rng) const;
  // A capitalised invented surname ("Talvorin").
  std::string_view Surname(Rng& rng) const;
  std::string_view GivenName(Rng& rng) const;

  // Appends one sentence ending in ". " to *out. `words` is its length.
  void AppendSentence(Rng& rng, int words, std::string* out) const;
  // Appends `count` words of a headline (SUBJECT lines), upper-case.
  void AppendHeadline(Rng& rng, int count, std::string* out) const;

 private:
  std::vector<std::string> words_;
  std::vector<std::string> surnames_;
  std::vector<std::string> given_;
};

// The shared instance (built once, read-only afterwards).
const Vocabulary& SharedVocabulary();

}  // namespace cablescope::gen

#endif  // CABLESCOPE_BENCH_GEN_VOCABULARY_H_
