// The full-text index's readers of its own bytes (text_postings.h,
// posting_cursor.h, text_tokenize.h): an archive's blobs may be damaged
// (a disk, another tool writing to the file), so any bytes must be refused
// or read without reading past their end. And text the tokenizer makes
// must always read back, through a segment, as it was counted.
#include "archive/posting_cursor.h"
#include "archive/text_postings.h"
#include "archive/text_segment_builder.h"
#include "archive/text_tokenize.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace cablescope;
  using namespace cablescope::archive;
  const std::string_view bytes = fuzz::AsView(data, size);
  // Damaged blobs: the first byte says where docs end and positions begin.
  const size_t cut = size == 0 ? 0 : (static_cast<size_t>(data[0]) * (size - 1)) / 255 + 1;
  const std::string_view docs = bytes.substr(std::min<size_t>(1, size), cut > 0 ? cut - 1 : 0);
  const std::string_view positions = bytes.substr(std::min(cut, size));
  std::vector<Posting> postings;
  if (DecodePostings(docs, positions, &postings)) {
    for (const Posting& p : postings) ForEachPosition(p.positions, [](uint32_t) {});
  }
  for (PostingCursor c(docs, positions); c.valid(); c.Next()) ForEachPosition(c.positions(), [](uint32_t) {});
  for (PostingCursor c({{docs, positions}, {positions, docs}}); c.valid(); c.Next()) {
  }
  TextSegmentBuilder damaged;
  damaged.AddTokenized(1, bytes);
  damaged.ForEachTerm([](std::string_view, std::string_view, std::string_view) {});

  // Any text, tokenized: it reads back, and a segment of it decodes with
  // the same counts.
  CableTextValues text;
  text.body = std::string(bytes);
  std::string tokenized;
  TokenizeCableText(text, &tokenized);
  uint32_t tokens = 0;
  uint64_t weighted = 0;
  if (!ForEachTokenizedTerm(tokenized, &tokens, [&](const TokenizedTerm& t) {
        weighted += t.weighted;
        if (t.hash != TermHash(t.term)) fuzz::Fail("tokenized term hash differs", t.term);
        if (!ForEachPosition(t.positions, [](uint32_t) {})) fuzz::Fail("tokenized positions do not read", t.term);
      })) {
    fuzz::Fail("tokenized text does not read back", bytes);
  }
  if (weighted != tokens) fuzz::Fail("body weights do not add up to the tokens", bytes);
  TextSegmentBuilder builder;
  if (!builder.AddTokenized(7, tokenized)) fuzz::Fail("the builder refused tokenized text", bytes);
  uint64_t segment_weighted = 0;
  builder.ForEachTerm([&](std::string_view term, std::string_view d, std::string_view p) {
    std::vector<Posting> one;
    if (!DecodePostings(d, p, &one) || one.size() != 1 || one[0].cable != 7) {
      fuzz::Fail("a segment's postings do not decode", term);
    }
    segment_weighted += one[0].weighted;
  });
  if (segment_weighted != weighted) fuzz::Fail("the segment lost counts", bytes);
  return 0;
}
