#include "archive/text_tokenize.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

#include "archive/text_fold.h"
#include "archive/text_postings.h"

namespace cablescope::archive {
namespace {

// One cable's distinct terms: an open-addressing table over an arena of
// term bytes, and its tokens in order as (term, position key) pairs,
// reused from cable to cable on the same thread so that a cable allocates
// nothing once the buffers have grown. A token costs a probe and a pair;
// the position bytes of each term are written at the end, term by term,
// into the output directly (a string of positions per term, grown a varint
// byte at a time, was a quarter of the tokenizer's instructions).
class DocTerms {
 public:
  void Clear() {
    for (uint32_t slot : used_) slots_[slot] = 0;
    used_.clear();
    arena_.clear();
    occurrences_.clear();
    count_ = 0;
  }

  void Add(std::string_view term, uint32_t hash, int column, uint32_t position) {
    if (slots_.empty() || (count_ + 1) * 2 > slots_.size()) Grow();
    const size_t i = FindTermSlot(slots_, hash, [&](uint32_t k) { return accs_[k].hash == hash && Term(accs_[k]) == term; });
    uint32_t k;
    if (slots_[i] != 0) {
      k = slots_[i] - 1;
    } else {
      if (count_ == accs_.size()) accs_.emplace_back();
      k = static_cast<uint32_t>(count_);
      Acc& a = accs_[k];
      a.hash = hash;
      a.offset = static_cast<uint32_t>(arena_.size());
      a.length = static_cast<uint32_t>(term.size());
      a.weighted = 0;
      a.occurrences = 0;
      arena_.append(term);
      slots_[i] = static_cast<uint32_t>(++count_);
      used_.push_back(static_cast<uint32_t>(i));
    }
    Acc& a = accs_[k];
    a.weighted += kColumnWeights[static_cast<size_t>(column)];
    ++a.occurrences;
    occurrences_.push_back(Occurrence{k, PositionKey(column, position)});
  }

  void Write(uint32_t tokens, std::string* out) {
    // Each term's keys together, in order of the text (a counting sort).
    first_.resize(count_ + 1);
    uint32_t sum = 0;
    for (size_t k = 0; k < count_; ++k) {
      first_[k] = sum;
      sum += accs_[k].occurrences;
    }
    first_[count_] = sum;
    keys_.resize(occurrences_.size());
    for (const Occurrence& o : occurrences_) keys_[first_[o.term]++] = o.key;  // first_[k]: now term k's end

    // Written into a buffer of the most it can take, then appended (sizing
    // *out to that would fill it with zeros first): the token count; per
    // term its hash, three varints of 32 bits and its bytes; per key a
    // varint of 32 bits, and a first key's second one.
    const size_t most = kMaxVarint32Bytes + count_ * (4 + 3 * kMaxVarint32Bytes) + arena_.size() +
                        (occurrences_.size() + count_) * kMaxVarint32Bytes;
    if (most > buffer_size_) {
      buffer_size_ = std::max(most, 2 * buffer_size_);
      buffer_ = std::make_unique_for_overwrite<char[]>(buffer_size_);
    }
    char* p = PutVarintTo(buffer_.get(), tokens);
    uint32_t begin = 0;
    for (size_t k = 0; k < count_; ++k) {
      const Acc& a = accs_[k];
      const uint32_t end = first_[k];
      for (int b = 0; b < 4; ++b) p[b] = static_cast<char>(a.hash >> (8 * b));  // little-endian
      p = PutVarintTo(p + 4, a.length);
      std::memcpy(p, arena_.data() + a.offset, a.length);
      p = PutVarintTo(p + a.length, a.weighted);
      // The position bytes go after their length, which is one byte for
      // nearly every term (under 128 bytes of positions): written one byte
      // further on, and moved only when the length takes more.
      char* positions = p + 1;
      char* q = positions;
      uint32_t last = kFirstKey;
      for (uint32_t o = begin; o < end; ++o) q = PutPositionKeyTo(q, keys_[o], &last);
      const size_t n = static_cast<size_t>(q - positions);
      if (n < 0x80) {
        *p = static_cast<char>(n);
        p = q;
      } else {
        char length[kMaxVarint32Bytes];
        const size_t length_bytes = static_cast<size_t>(PutVarintTo(length, n) - length);
        std::memmove(p + length_bytes, positions, n);
        std::memcpy(p, length, length_bytes);
        p += length_bytes + n;
      }
      begin = end;
    }
    out->append(buffer_.get(), static_cast<size_t>(p - buffer_.get()));
  }

 private:
  struct Acc {
    uint32_t hash, offset, length, weighted, occurrences;
  };
  struct Occurrence {
    uint32_t term, key;
  };
  std::string_view Term(const Acc& a) const { return std::string_view(arena_).substr(a.offset, a.length); }

  void Grow() {
    std::vector<uint32_t> bigger(slots_.empty() ? 1024 : slots_.size() * 2, 0);
    used_.clear();
    for (size_t k = 0; k < count_; ++k) {
      const size_t i = FindTermSlot(bigger, accs_[k].hash, [](uint32_t) { return false; });
      bigger[i] = static_cast<uint32_t>(k + 1);
      used_.push_back(static_cast<uint32_t>(i));
    }
    slots_ = std::move(bigger);
  }

  std::vector<uint32_t> slots_;  // 0 empty, else index into accs_ + 1
  std::vector<uint32_t> used_;   // occupied slots, to clear them
  std::vector<Acc> accs_;        // grown only; the first count_ in use
  size_t count_ = 0;
  std::string arena_;
  std::vector<Occurrence> occurrences_;  // the tokens, in order
  std::vector<uint32_t> first_, keys_;   // Write's counting sort
  std::unique_ptr<char[]> buffer_;       // Write's output
  size_t buffer_size_ = 0;
};

}  // namespace

void TokenizeCableText(const CableTextValues& text, std::string* out) {
  thread_local DocTerms terms;
  thread_local std::string folded;
  terms.Clear();
  uint32_t tokens = 0;
  auto column = [&](int c, std::string_view s) {
    uint32_t position = 0;
    ForEachFoldedToken(s, &folded, [&](TokenSpan, std::string_view term, bool padded) {
      terms.Add(term, padded ? TermHashPadded16(term.data(), term.size()) : TermHash(term), c, position++);
    });
    tokens += position;
  };
  column(0, text.ids);
  column(1, text.subject);
  column(2, text.body);
  column(3, text.tags);
  for (size_t i = 0; i < text.marked.size(); ++i) column(kFirstMarkingColumn + static_cast<int>(i), text.marked[i]);
  terms.Write(tokens, out);
}

void AppendTokenizedText(const Record& record, std::string* out) {
  if (!record.id || record.id->empty()) return;
  TokenizeCableText(CableTextOf(record), out);
}

}  // namespace cablescope::archive
