#include "parse/line_buffer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace cablescope::parse {
namespace {

TEST(CountNewlinesTest, MatchesANaiveCountAtEveryLengthAndAlignment) {
  std::string text;
  for (int i = 0; i < 9000; ++i) text.push_back(i % 7 == 0 || i % 13 == 0 ? '\n' : 'A');
  for (size_t start : {0, 1, 5, 15, 16, 17}) {
    for (size_t len : {0, 1, 15, 16, 17, 255, 4080, 4096, 8191}) {
      const char* p = text.data() + start;
      EXPECT_EQ(CountNewlines(p, len), static_cast<size_t>(std::count(p, p + len, '\n')))
          << start << "+" << len;
    }
  }
  // More than 255 matches in one lane must not wrap its byte counter.
  std::string all(16 * 600, '\n');
  EXPECT_EQ(CountNewlines(all.data(), all.size()), all.size());
}

TEST(LineBufferTest, FillsConsumesAndCountsLines) {
  std::string text;
  for (int i = 1; i <= 30000; ++i) text += "LINE " + std::to_string(i) + "\n";
  auto stream = InputStream::FromString(text);
  LineBuffer buf(stream.get(), 1);  // the smallest blocks: many refills
  EXPECT_EQ(buf.size(), 0u);
  ASSERT_TRUE(buf.Ensure(10));
  EXPECT_EQ(buf.view().substr(0, 7), "LINE 1\n");
  buf.Consume(7);
  EXPECT_EQ(buf.line(), 2u);
  EXPECT_EQ(buf.offset(), 7u);
  for (int i = 2; i < 20000; ++i) ASSERT_TRUE(buf.SkipLine());
  EXPECT_EQ(buf.line(), 20000u);
  ASSERT_TRUE(buf.Ensure(11));
  EXPECT_EQ(buf.view().substr(0, 11), "LINE 20000\n");
  EXPECT_EQ(buf.offset(), text.find("LINE 20000\n"));
  EXPECT_GE(buf.capacity_from_data(), buf.size() + LineBuffer::kPadding);
  while (buf.SkipLine()) {
  }
  EXPECT_TRUE(buf.eof());
  EXPECT_EQ(buf.size(), 0u);
  EXPECT_EQ(buf.line(), 30001u);
  EXPECT_FALSE(buf.Fill());
}

}  // namespace
}  // namespace cablescope::parse
