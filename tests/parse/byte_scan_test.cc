// The word-at-a-time scanners of byte_scan.h against plain byte loops.
#include "parse/byte_scan.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace cablescope::parse {
namespace {

TEST(ByteScanTest, SwarMasksAreExactPerByte) {
  if constexpr (!swar::kSwar) GTEST_SKIP() << "big-endian: callers use byte loops";
  const char bytes[8] = {' ', '\n', 'a', '\xC2', ' ', '\x1F', '\x80', 'z'};
  uint64_t x = swar::Load(bytes);
  EXPECT_EQ(swar::Equal(x, ' '), 0x0000008000000080ull);
  EXPECT_EQ(swar::Equal(x, 0xC2), 0x0000000080000000ull);
  EXPECT_EQ(swar::Below(x, 0x20), 0x0000800000008000ull);  // '\n' and 0x1F, not 0x80
  EXPECT_EQ(swar::FirstByte(swar::Equal(x, 'a')), 2u);
}

TEST(ByteScanTest, ScanLineStopsAtTheFirstLineEnd) {
  // Long enough for the 16-byte steps, with the flags on both sides of the end.
  std::string line = "BAGHDAD 00000197 002 OF 002 [x] \xC2\xB6 more text here";
  std::string text = line + "\r\n[after] \xC2 123";
  LineScan scan = ScanLine(text.data(), text.size());
  EXPECT_EQ(scan.end, line.size());
  EXPECT_TRUE(scan.has_c2);
  EXPECT_TRUE(scan.has_bracket);
  EXPECT_EQ(scan.digits, 14u);

  std::string plain = "no specials in this rather long line of prose at all\n[\xC2 99";
  scan = ScanLine(plain.data(), plain.size());
  EXPECT_EQ(scan.end, plain.find('\n'));
  EXPECT_FALSE(scan.has_c2);
  EXPECT_FALSE(scan.has_bracket);
  EXPECT_EQ(scan.digits, 0u);

  scan = ScanLine("ab1", 3);  // no line end: the whole input
  EXPECT_EQ(scan.end, 3u);
  EXPECT_EQ(scan.digits, 1u);
}

TEST(ByteScanTest, ScanLineMatchesAByteLoopAtEveryLength) {
  constexpr std::string_view kPattern = "Ab 1[\xC2\xB6 xyz 42 ";
  std::string text;
  for (size_t i = 0; i < 300; ++i) text += kPattern[i % kPattern.size()];
  for (size_t n = 0; n <= text.size(); ++n) {
    for (size_t cut : {n / 3, n / 2, n}) {
      std::string s = text.substr(0, n);
      if (cut < s.size()) s[cut] = '\n';
      LineScan scan = ScanLine(s.data(), s.size());
      size_t end = s.find_first_of("\r\n");
      if (end == std::string::npos) end = s.size();
      std::string_view before(s.data(), end);
      unsigned digits = 0;
      for (char c : before) digits += (c >= '0' && c <= '9') ? 1 : 0;
      ASSERT_EQ(scan.end, end) << n;
      ASSERT_EQ(scan.has_c2, before.find('\xC2') != std::string_view::npos) << n;
      ASSERT_EQ(scan.has_bracket, before.find('[') != std::string_view::npos) << n;
      ASSERT_EQ(scan.digits, digits) << n;
    }
  }
}

TEST(ByteScanTest, AppendLineStartsFindsEveryNewline) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += (i % 7 == 0 || i % 31 == 0) ? '\n' : 'x';
  std::vector<size_t> starts = {99};
  AppendLineStarts(text, 1000, &starts);
  std::vector<size_t> expected = {99};
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') expected.push_back(1000 + i + 1);
  }
  EXPECT_EQ(starts, expected);
}

TEST(ByteScanTest, FindFolded3IgnoresCaseOnly) {
  std::string text = "a comma, dilemma; nothing else here but words and MmA at last";
  EXPECT_EQ(FindFolded3(text, 0, text.size(), "mma"), text.find("mma"));
  EXPECT_EQ(FindFolded3(text, text.find("mma") + 1, text.size(), "mma"), text.find("mma", 6));
  EXPECT_EQ(FindFolded3(text, 20, text.size(), "mma"), text.find("MmA"));
  EXPECT_EQ(FindFolded3(text, 20, text.find("MmA"), "mma"), std::string_view::npos);
  EXPECT_EQ(FindFolded3("-\r\x01", 0, 3, "mma"), std::string_view::npos);
  EXPECT_EQ(FindFolded3("mm", 0, 2, "mma"), std::string_view::npos);
}

}  // namespace
}  // namespace cablescope::parse
