// The parser's fingerprint of a paragraph (Paragraph::fold_check) stands
// for "its text is the fold of its span of the body": the archive stores no
// text where it matches (archive/paragraph_text.h). On every real cable of
// ../shared, in every format, the fingerprint is taken where offsets are,
// folding the span again gives the text, and the fingerprint still matches.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "model/record.h"
#include "parse/cable_parser.h"
#include "parse/cable_reader.h"
#include "parse/input_stream.h"
#include "parse/paragraphs.h"
#include "test_support.h"

namespace cablescope::parse {
namespace {

namespace fs = std::filesystem;

TEST(ParagraphFoldCorpus, TheFingerprintIsTakenWithTheSpanAndTheTextIsItsFold) {
  REQUIRE_SHARED();
  std::vector<fs::path> files;
  for (const char* dir : {"seeds", "corpus"}) {
    for (const auto& e : fs::recursive_directory_iterator(cablescope::testing::SharedDir() / dir)) {
      if (e.is_regular_file() && e.path().filename().string()[0] != '.') files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  ASSERT_GT(files.size(), 1000u);
  size_t cables = 0, checked = 0;
  for (const auto& path : files) {
    std::string error;
    auto stream = InputStream::Open(path.string(), &error);
    ASSERT_NE(stream, nullptr) << path << ": " << error;
    auto reader = OpenCableReader(std::move(stream), path.string(), Format::kAuto, [](const Diagnostic&) {});
    CableChunk chunk;
    while (reader->Next(&chunk)) {
      Record r;
      ParseCable(chunk, &r);
      ++cables;
      for (const Paragraph& p : r.paragraphs) {
        // Offsets and fingerprint come together.
        EXPECT_EQ(p.fold_check != 0, p.end > p.start) << path << " ¶" << p.number;
        if (p.fold_check == 0) continue;
        ASSERT_TRUE(r.body.has_value()) << path;
        std::string folded;
        AppendParagraphText(*r.body, p.start, p.end, &folded);
        EXPECT_EQ(folded, p.text) << path << " ¶" << p.number;
        EXPECT_EQ(SpanFoldCheck(*r.body, p.start, p.end, p.text), p.fold_check) << path << " ¶" << p.number;
        ++checked;
      }
      chunk = CableChunk{};
    }
  }
  EXPECT_GT(cables, 1000u);
  EXPECT_GT(checked, 5000u) << "paragraphs with offsets in " << cables << " cables";
}

}  // namespace
}  // namespace cablescope::parse
