// TextSegmentBuilder: the words of a batch of cables, indexed in memory
// until the writer stores them as one segment of the full-text index
// (text_index_writer.h). Cables come tokenized (text_tokenize.h), so that
// the folding and counting can run on other threads.
//
// Each term's postings are appended to one string of its own as cables
// arrive, numbered in order of arrival (a cable's number, weighted count
// and position bytes in one append: two strings per term, grown apart, were
// a fifth of the indexer's instructions); ForEachTerm maps the numbers to
// cables, drops replaced ones, sorts the few terms that saw a cable out of
// order (an updated cable has an older row) and delta-codes them in the
// layout of text_postings.h. The term table is open addressing on the hash
// the tokenizer computed: std::unordered_map's node per term and its
// hashing made a fifth of an ingest's CPU time. Memory is about the encoded
// size of the batch plus ~80 bytes a distinct term. Not thread-safe.
#ifndef CABLESCOPE_ARCHIVE_TEXT_SEGMENT_BUILDER_H_
#define CABLESCOPE_ARCHIVE_TEXT_SEGMENT_BUILDER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "archive/cable_text_values.h"
#include "archive/text_tokenize.h"

namespace cablescope::archive {

class TextSegmentBuilder {
 public:
  // Indexes `text` as the words of `cable`, in place of what an earlier
  // Add gave for it.
  void Add(int64_t cable, const CableTextValues& text);
  // The same from TokenizeCableText's bytes; false (and nothing added) when
  // they are malformed.
  bool AddTokenized(int64_t cable, std::string_view tokenized);
  // Forgets what Add gave for `cable`, if anything.
  void Remove(int64_t cable);

  bool empty() const { return local_of_.empty(); }
  size_t cable_count() const { return local_of_.size(); }
  // Approximate bytes held.
  size_t memory_bytes() const { return bytes_ + terms_.size() * 80 + slots_.size() * 4 + cable_of_.size() * 40; }

  // Calls fn(cable, number of tokens) for every cable held, in order of Add.
  template <class Fn>
  void ForEachCable(Fn&& fn) const {
    for (size_t i = 0; i < cable_of_.size(); ++i) {
      if (!dead_[i]) fn(cable_of_[i], tokens_of_[i]);
    }
  }

  // Calls fn(term, docs, positions) for every term in ascending byte order,
  // with its posting list as text_postings.h lays it out.
  void ForEachTerm(const std::function<void(std::string_view, std::string_view, std::string_view)>& fn);

  void Clear();

 private:
  struct Term {
    uint32_t hash = 0;
    std::string name;
    // Per Add: varint(local number), varint(weighted), varint(n), then the
    // n position bytes.
    std::string postings;
  };

  // The term's entry, added if new; the table must have room for it.
  Term& Find(uint32_t hash, std::string_view name);
  void Grow();
  // Appends the postings of the terms in pending_ under `local`.
  void AppendPostings(uint32_t local);
  // Calls fn(cable, weighted, with_length, keys) for each posting of t
  // whose cable is live, in the order added (Per Add above): `keys` its
  // position bytes, `with_length` the same after their varint length.
  // Stops, returning false, when fn returns false.
  template <class Fn>
  bool ForEachLivePosting(const Term& t, Fn&& fn) const;
  // Writes t's posting list (text_postings.h) into docs_out_ and
  // positions_out_ in one pass over its postings, setting their sizes;
  // false, and nothing to use, when its cables are not in ascending order
  // (a cable added again after later ones), which ForEachTerm then sorts.
  bool EncodeInOrder(const Term& t, size_t* docs_size, size_t* positions_size);

  std::vector<Term> terms_;
  std::vector<uint32_t> slots_;  // 0 empty, else index into terms_ + 1
  // Each Add gets the next local number: its cable, its token count, and
  // whether a later Add or Remove has replaced it.
  std::vector<int64_t> cable_of_;
  std::vector<uint32_t> tokens_of_;
  std::vector<bool> dead_;
  std::unordered_map<int64_t, uint32_t> local_of_;  // live cables
  std::string tokenized_;  // Add's scratch
  std::vector<TokenizedTerm> pending_;  // AddTokenized's terms of one cable
  // EncodeInOrder's output, reused from term to term.
  std::unique_ptr<char[]> docs_out_, positions_out_;
  size_t docs_capacity_ = 0, positions_capacity_ = 0;
  size_t bytes_ = 0;
};

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_TEXT_SEGMENT_BUILDER_H_
