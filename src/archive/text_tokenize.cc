#include "archive/text_tokenize.h"

#include <vector>

#include "archive/text_fold.h"
#include "archive/text_postings.h"

namespace cablescope::archive {
namespace {

// One cable's distinct terms: an open-addressing table over an arena of
// term bytes, reused from cable to cable on the same thread so that a
// cable allocates nothing once the buffers have grown.
class DocTerms {
 public:
  void Clear() {
    for (uint32_t slot : used_) slots_[slot] = 0;
    used_.clear();
    arena_.clear();
    count_ = 0;
  }

  void Add(std::string_view term, uint32_t hash, int column, uint32_t position) {
    if (slots_.empty() || (count_ + 1) * 2 > slots_.size()) Grow();
    const size_t i = FindTermSlot(slots_, hash, [&](uint32_t k) { return accs_[k].hash == hash && Term(accs_[k]) == term; });
    if (slots_[i] != 0) {
      Occur(accs_[slots_[i] - 1], column, position);
      return;
    }
    if (count_ == accs_.size()) accs_.emplace_back();
    Acc& a = accs_[count_];
    a.hash = hash;
    a.offset = static_cast<uint32_t>(arena_.size());
    a.length = static_cast<uint32_t>(term.size());
    a.weighted = 0;
    a.last_key = kFirstKey;
    a.positions.clear();
    arena_.append(term);
    slots_[i] = static_cast<uint32_t>(++count_);
    used_.push_back(static_cast<uint32_t>(i));
    Occur(a, column, position);
  }

  void Write(uint32_t tokens, std::string* out) const {
    PutVarint(out, tokens);
    for (size_t k = 0; k < count_; ++k) {
      const Acc& a = accs_[k];
      for (int b = 0; b < 4; ++b) out->push_back(static_cast<char>(a.hash >> (8 * b)));
      PutVarint(out, a.length);
      out->append(Term(a));
      PutVarint(out, a.weighted);
      PutVarint(out, a.positions.size());
      out->append(a.positions);
    }
  }

 private:
  struct Acc {
    uint32_t hash, offset, length, weighted, last_key;
    std::string positions;
  };
  std::string_view Term(const Acc& a) const { return std::string_view(arena_).substr(a.offset, a.length); }

  static void Occur(Acc& a, int column, uint32_t position) {
    PutPositionKey(&a.positions, PositionKey(column, position), &a.last_key);
    a.weighted += kColumnWeights[static_cast<size_t>(column)];
  }

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
};

}  // namespace

void TokenizeCableText(const CableTextValues& text, std::string* out) {
  thread_local DocTerms terms;
  thread_local std::string folded;
  terms.Clear();
  uint32_t tokens = 0;
  auto column = [&](int c, std::string_view s) {
    uint32_t position = 0;
    ForEachToken(s, [&](TokenSpan span) {
      const std::string_view term = FoldTokenView(s.substr(span.begin, span.end - span.begin), &folded);
      terms.Add(term, TermHash(term), c, position++);
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
