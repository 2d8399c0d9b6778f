#include "archive/text_segment_builder.h"

#include <algorithm>
#include <cstring>
#include <memory>

#include "archive/text_postings.h"
#include "archive/text_tokenize.h"

namespace cablescope::archive {

void TextSegmentBuilder::Add(int64_t cable, const CableTextValues& text) {
  tokenized_.clear();
  TokenizeCableText(text, &tokenized_);
  AddTokenized(cable, tokenized_);
}

void TextSegmentBuilder::Remove(int64_t cable) {
  auto it = local_of_.find(cable);
  if (it == local_of_.end()) return;
  dead_[it->second] = true;
  local_of_.erase(it);
}

void TextSegmentBuilder::Grow() {
  std::vector<uint32_t> bigger(slots_.empty() ? 4096 : slots_.size() * 2, 0);
  for (size_t k = 0; k < terms_.size(); ++k) {
    bigger[FindTermSlot(bigger, terms_[k].hash, [](uint32_t) { return false; })] = static_cast<uint32_t>(k + 1);
  }
  slots_ = std::move(bigger);
}

TextSegmentBuilder::Term& TextSegmentBuilder::Find(uint32_t hash, std::string_view name) {
  const size_t i = FindTermSlot(slots_, hash, [&](uint32_t k) { return terms_[k].hash == hash && terms_[k].name == name; });
  if (slots_[i] != 0) return terms_[slots_[i] - 1];
  Term& t = terms_.emplace_back();
  t.hash = hash;
  t.name = name;
  slots_[i] = static_cast<uint32_t>(terms_.size());
  bytes_ += name.size();
  return t;
}

bool TextSegmentBuilder::AddTokenized(int64_t cable, std::string_view tokenized) {
  // The cable's terms are read first; if the bytes are malformed, nothing
  // is added and its local number is dead (ForEachTerm skips it), so the
  // cable's earlier text stays.
  const auto local = static_cast<uint32_t>(cable_of_.size());
  uint32_t tokens = 0;
  pending_.clear();
  const bool ok = ForEachTokenizedTerm(tokenized, &tokens, [&](const TokenizedTerm& tt) { pending_.push_back(tt); });
  if (ok) {
    AppendPostings(local);
    Remove(cable);
  }
  cable_of_.push_back(cable);
  tokens_of_.push_back(tokens);
  dead_.push_back(!ok);
  if (ok) local_of_[cable] = local;
  return ok;
}

void TextSegmentBuilder::AppendPostings(uint32_t local) {
  // A segment's terms and their postings are ~100 MB, so each of a
  // cable's ~500 terms costs three cache misses one after the other: its
  // slot, its Term, the end of its postings. Perf put half the indexer's
  // time in the memcpy of an append, waiting on the third. The misses of
  // later terms are started while earlier ones are appended: the slot
  // kAhead terms on, the Term kAhead / 2 on, the postings' end kAhead / 4
  // on (the slot and Term having arrived by then). parse_bench SegmentAdd
  // (BENCH_CABLES=20000, best of nine on a noisy machine): 980 -> 811 ms
  // from JSON lines, 476 -> 465 ms from cables.csv. The table grows first,
  // so that slots stay put during the loop.
  while ((terms_.size() + pending_.size() + 1) * 2 > slots_.size()) Grow();
  const size_t n = pending_.size();
  constexpr size_t kAhead = 16;
  // The Term in term j's first slot: usually its own when it is there
  // already, good enough for a prefetch.
  auto held = [&](size_t j) -> const Term* {
    const uint32_t k = slots_[FirstTermSlot(slots_, pending_[j].hash)];
    return k != 0 ? &terms_[k - 1] : nullptr;
  };
  for (size_t j = 0; j < n; ++j) {
    if (j + kAhead < n) __builtin_prefetch(&slots_[FirstTermSlot(slots_, pending_[j + kAhead].hash)]);
    if (j + kAhead / 2 < n) {
      if (const Term* t = held(j + kAhead / 2)) {
        __builtin_prefetch(t);
        __builtin_prefetch(&t->postings);
      }
    }
    if (j + kAhead / 4 < n) {
      if (const Term* t = held(j + kAhead / 4)) __builtin_prefetch(t->postings.data() + t->postings.size(), 1);
    }
    const TokenizedTerm& tt = pending_[j];
    Term& t = Find(tt.hash, tt.term);
    char head[3 * kMaxVarintBytes];
    char* end = PutVarintTo(head, local);
    end = PutVarintTo(end, tt.weighted);
    end = PutVarintTo(end, tt.positions.size());
    const size_t before = t.postings.size();
    t.postings.append(head, static_cast<size_t>(end - head));
    t.postings.append(tt.positions);
    bytes_ += t.postings.size() - before;
  }
}

template <class Fn>
bool TextSegmentBuilder::ForEachLivePosting(const Term& t, Fn&& fn) const {
  const auto* p = reinterpret_cast<const uint8_t*>(t.postings.data());
  const uint8_t* end = p + t.postings.size();
  while (p < end) {
    uint64_t local = 0, weighted = 0, n = 0;
    GetVarint(&p, end, &local);
    GetVarint(&p, end, &weighted);
    const char* length = reinterpret_cast<const char*>(p);
    GetVarint(&p, end, &n);
    const char* keys = reinterpret_cast<const char*>(p);
    p += n;
    if (dead_[local]) continue;
    if (!fn(cable_of_[local], weighted, std::string_view(length, static_cast<size_t>(keys - length) + n),
            std::string_view(keys, n))) {
      return false;
    }
  }
  return true;
}

void TextSegmentBuilder::ForEachTerm(
    const std::function<void(std::string_view, std::string_view, std::string_view)>& fn) {
  std::vector<const Term*> order;
  order.reserve(terms_.size());
  for (const Term& t : terms_) order.push_back(&t);
  std::sort(order.begin(), order.end(), [](const Term* a, const Term* b) { return a->name < b->name; });
  std::vector<Posting> postings, unsorted;
  std::string docs, positions;
  for (const Term* t : order) {
    size_t docs_size = 0, positions_size = 0;
    if (EncodeInOrder(*t, &docs_size, &positions_size)) {
      if (docs_size > 0) {
        fn(t->name, std::string_view(docs_out_.get(), docs_size),
           std::string_view(positions_out_.get(), positions_size));
      }
      continue;  // else every cable that had it was replaced
    }
    // Out of order (a cable added again after later ones): decoded, sorted, encoded.
    postings.clear();
    ForEachLivePosting(*t, [&](int64_t cable, uint64_t weighted, std::string_view, std::string_view keys) {
      postings.push_back({cable, static_cast<uint32_t>(weighted), keys});
      return true;
    });
    SortNearlySorted(&postings, &unsorted);
    docs.clear();
    positions.clear();
    EncodePostings(postings, &docs, &positions);
    fn(t->name, docs, positions);
  }
}

bool TextSegmentBuilder::EncodeInOrder(const Term& t, size_t* docs_size, size_t* positions_size) {
  // The decode into Postings and EncodePostings' string appends, a varint
  // byte at a time, were half of a segment's write, on the writer thread
  // (callgrind). Each posting takes at least three bytes of t.postings and
  // gives at most two varints of docs; its positions with their length
  // take no more than it took.
  const size_t size = t.postings.size();
  const size_t docs_most = size / 3 * 2 * kMaxVarintBytes;
  if (docs_most > docs_capacity_) {
    docs_capacity_ = std::max(docs_most, 2 * docs_capacity_);
    docs_out_ = std::make_unique_for_overwrite<char[]>(docs_capacity_);
  }
  if (size > positions_capacity_) {
    positions_capacity_ = std::max(size, 2 * positions_capacity_);
    positions_out_ = std::make_unique_for_overwrite<char[]>(positions_capacity_);
  }
  char* docs = docs_out_.get();
  char* positions = positions_out_.get();
  int64_t previous = 0;
  const bool in_order = ForEachLivePosting(
      t, [&](int64_t cable, uint64_t weighted, std::string_view with_length, std::string_view) {
        if (cable <= previous && docs != docs_out_.get()) return false;
        docs = PutVarintTo(docs, static_cast<uint64_t>(cable - previous));
        docs = PutVarintTo(docs, weighted);
        previous = cable;
        // varint(n) and the n bytes, as they are here.
        std::memcpy(positions, with_length.data(), with_length.size());
        positions += with_length.size();
        return true;
      });
  if (!in_order) return false;
  *docs_size = static_cast<size_t>(docs - docs_out_.get());
  *positions_size = static_cast<size_t>(positions - positions_out_.get());
  return true;
}

void TextSegmentBuilder::Clear() {
  terms_.clear();
  slots_.clear();
  cable_of_.clear();
  tokens_of_.clear();
  dead_.clear();
  local_of_.clear();
  bytes_ = 0;
}

}  // namespace cablescope::archive
