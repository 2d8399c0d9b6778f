#include "archive/text_segment_builder.h"

#include <algorithm>

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
  if ((terms_.size() + 1) * 2 > slots_.size()) Grow();
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
  // One pass: the postings are appended under a new local number as the
  // bytes are read; if they turn out malformed, that number is dead (its
  // postings are skipped by ForEachTerm) and the cable's earlier text stays.
  const auto local = static_cast<uint32_t>(cable_of_.size());
  uint32_t tokens = 0;
  const bool ok = ForEachTokenizedTerm(tokenized, &tokens, [&](const TokenizedTerm& tt) {
    Term& t = Find(tt.hash, tt.term);
    char head[3 * kMaxVarintBytes];
    char* end = PutVarintTo(head, local);
    end = PutVarintTo(end, tt.weighted);
    end = PutVarintTo(end, tt.positions.size());
    const size_t before = t.postings.size();
    t.postings.append(head, static_cast<size_t>(end - head));
    t.postings.append(tt.positions);
    bytes_ += t.postings.size() - before;
  });
  if (ok) Remove(cable);
  cable_of_.push_back(cable);
  tokens_of_.push_back(tokens);
  dead_.push_back(!ok);
  if (ok) local_of_[cable] = local;
  return ok;
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
    postings.clear();
    const auto* p = reinterpret_cast<const uint8_t*>(t->postings.data());
    const uint8_t* end = p + t->postings.size();
    bool sorted = true;
    while (p < end) {
      uint64_t local = 0, weighted = 0, n = 0;
      GetVarint(&p, end, &local);
      GetVarint(&p, end, &weighted);
      GetVarint(&p, end, &n);
      if (!dead_[local]) {
        const int64_t cable = cable_of_[local];
        if (!postings.empty() && cable <= postings.back().cable) sorted = false;
        const std::string_view keys(reinterpret_cast<const char*>(p), n);
        postings.push_back({cable, static_cast<uint32_t>(weighted), keys});
      }
      p += n;
    }
    if (postings.empty()) continue;  // every cable that had it was replaced
    if (!sorted) {
      SortNearlySorted(&postings, &unsorted);
    }
    docs.clear();
    positions.clear();
    EncodePostings(postings, &docs, &positions);
    fn(t->name, docs, positions);
  }
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
