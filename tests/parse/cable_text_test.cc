// ParseCableText end to end: an invented telegram text, the two seeds and
// the text <pre> of every WikiLeaks page in ../shared/corpus.
#include "parse/cable_text.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "model/record.h"
#include "test_support.h"

namespace cablescope::parse {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

Record Parse(std::string_view text, bool flattened = false) {
  Record r;
  TextOptions options;
  options.flattened = flattened;
  ParseCableText(text, options, &r);
  return r;
}

TEST(CableTextTest, InventedTelegramText) {
  Record r = Parse(testing::ReadFile(testing::FixturePath("text/telegram_text.txt")));
  ASSERT_TRUE(r.body.has_value());
  const std::string& body = *r.body;
  EXPECT_EQ(body.find("](#)"), std::string::npos);
  EXPECT_EQ(body.find("00000412 002 OF 002"), std::string::npos);
  EXPECT_EQ(body.find("Qwhether"), std::string::npos);
  EXPECT_EQ(body.find("NNN"), std::string::npos);
  EXPECT_NE(body.find("TAGS: PREL PGOV XX"), std::string::npos);
  EXPECT_EQ(body.substr(body.size() - 7), "EXAMPLE");
  EXPECT_EQ(body.find("  \n"), std::string::npos);

  ASSERT_EQ(r.paragraphs.size(), 3u);
  EXPECT_EQ(r.paragraphs[0].number, 1);
  EXPECT_EQ(r.paragraphs[0].marking, "C");
  EXPECT_EQ(r.paragraphs[1].marking, "S/NF");
  EXPECT_EQ(r.paragraphs[1].text,
            "The Minister listed three concerns: -- cost of the cranes; -- the schedule, which "
            "slipped twice; and -- the weather. 1. First, he said, the cranes. 2. Second, the "
            "schedule. He doubted whether the schedule could hold at all.");
  EXPECT_EQ(r.paragraphs[2].number, 3);
  EXPECT_EQ(r.paragraphs[2].marking, "SBU");
  EXPECT_EQ(r.paragraphs[2].text, "Comment: A fine pier, if it is ever built. End comment.");
  EXPECT_EQ(r.summary,
            "The invented Minister of Harbors told the Ambassador that the imaginary pier will "
            "open in May. He asked for patience.");
  EXPECT_EQ(r.signers, Strings{"EXAMPLE"});
}

TEST(CableTextTest, FlattenedText) {
  Record r = Parse(
      "C o n f i d e n t i a l section 01 of 02 valdoria 000412SipdisE.o. 12958: decl: "
      "01/07/2014 Tags: prel, xx Subject: the pier (U) Classified by Ambassador Jane "
      "Example; reasons: 1.5 (b,d).\xC2\xB6" "1. (C) Summary: The pier will open. In turn he "
      "will press for (1) money; (2) cranes. End summary.\xC2\xB6" "2. (C) He said 2. was "
      "wrong.  \xC2\xB6" "3. (U) Valdoria minimize considered. EXAMPLE",
      true);
  ASSERT_EQ(r.paragraphs.size(), 3u);
  EXPECT_EQ(r.paragraphs[0].text,
            "Summary: The pier will open. In turn he will press for (1) money; (2) cranes. End "
            "summary.");
  EXPECT_EQ(r.paragraphs[1].text, "He said 2. was wrong.");
  EXPECT_EQ(r.paragraphs[2].marking, "U");
  EXPECT_EQ(r.paragraphs[2].text, "Valdoria minimize considered.");
  EXPECT_EQ(r.summary, "The pier will open. In turn he will press for (1) money; (2) cranes.");
  EXPECT_EQ(r.signers, Strings{"EXAMPLE"});
}

TEST(CableTextTest, EmptyAndTinyTexts) {
  Record r = Parse("");
  EXPECT_FALSE(r.body.has_value());
  EXPECT_TRUE(r.paragraphs.empty());
  EXPECT_TRUE(r.signers.empty());
  EXPECT_FALSE(r.summary.has_value());
  r = Parse("\r\n \r\n");
  EXPECT_FALSE(r.body.has_value());
  r = Parse("CONFIDENTIAL");
  EXPECT_EQ(r.body, "CONFIDENTIAL");
  EXPECT_TRUE(r.signers.empty());
}

// Arbitrary bytes through the whole stage: no crash, no throw.
TEST(CableTextTest, ArbitraryBytesAreSafe) {
  uint32_t state = 777;
  const std::string pieces[] = {"\n",    "\n\n", "1. ",      "(C) ",        "Summary: ", "End summary.",
                                "RICE",  " ",    "\xC2\xB6", "[\xC2\xB6" "2.](#)", "PAGE 02 X 1 123456Z",
                                "X 00000001 002 OF 002",     "Q",           "CONFIDENTIAL", "\r",
                                "(",     ")",    "2. ",      ".",           "\xFF"};
  for (int round = 0; round < 3000; ++round) {
    std::string in;
    size_t n = state % 40;
    for (size_t i = 0; i < n; ++i) {
      state = state * 1103515245u + 12345u;
      in += pieces[(state >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
    }
    state = state * 1103515245u + 12345u;
    Record r = Parse(in, round % 2 == 0);
    for (const Paragraph& p : r.paragraphs) EXPECT_GT(p.number, 0);
  }
}

// --- the seeds -------------------------------------------------------------

fs::path Seed(std::string_view prefix) {
  for (const auto& entry : fs::directory_iterator(testing::SharedDir() / "seeds")) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) return entry.path();
  }
  return {};
}

TEST(CableTextSeedTest, Seed000) {
  REQUIRE_SHARED();
  std::string raw = testing::ReadFile(Seed("000_"));
  size_t start = raw.find("\nC O N F I D");
  ASSERT_NE(start, std::string::npos);
  Record r = Parse(std::string_view(raw).substr(start + 1));
  ASSERT_EQ(r.paragraphs.size(), 5u);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(r.paragraphs[i].number, i + 1);
    EXPECT_EQ(r.paragraphs[i].marking, "C");
  }
  EXPECT_NE(r.paragraphs[4].text.find("against him. Ban said"), std::string::npos);
  EXPECT_EQ(r.paragraphs[4].text.find("RICE"), std::string::npos);
  EXPECT_EQ(r.signers, Strings{"RICE"});
  EXPECT_FALSE(r.summary.has_value());
  ASSERT_TRUE(r.body.has_value());
  EXPECT_EQ(r.body->find("[\xC2\xB6"), std::string::npos);
  EXPECT_EQ(r.body->find("](#)"), std::string::npos);
  EXPECT_NE(r.body->find("TAGS: PREL ZP IR IS UNSC"), std::string::npos);
}

TEST(CableTextSeedTest, Seed003) {
  REQUIRE_SHARED();
  std::string raw = testing::ReadFile(Seed("003_"));
  size_t start = raw.find("C O N F I D E N T I A L ISLAMABAD");
  ASSERT_NE(start, std::string::npos);
  size_t end = raw.find("CROCKER", start);
  ASSERT_NE(end, std::string::npos);
  std::string_view text = std::string_view(raw).substr(start, end + 7 - start);
  for (bool flattened : {false, true}) {
    Record r = Parse(text, flattened);
    ASSERT_EQ(r.paragraphs.size(), 5u);
    for (int i = 0; i < 5; ++i) {
      EXPECT_EQ(r.paragraphs[i].number, i + 1);
      EXPECT_EQ(r.paragraphs[i].marking, "C");
    }
    EXPECT_EQ(r.signers, Strings{"CROCKER"});
    ASSERT_TRUE(r.body.has_value());
    EXPECT_EQ(r.body->substr(r.body->size() - 7), "CROCKER");
    EXPECT_EQ(r.paragraphs[4].text.find("CROCKER"), std::string::npos);
  }
}

// --- the WikiLeaks corpus --------------------------------------------------

// The text <pre> of a WikiLeaks cable page, decoded the way the reader
// does: `&#x000A;` newlines, entities, `<a ...>` markup removed.
std::string WikileaksText(const std::string& page) {
  size_t first = page.find("<pre>");
  if (first == std::string::npos) return {};
  size_t second = page.find("<pre>", first + 5);
  if (second == std::string::npos) return {};
  size_t close = page.find("</pre>", second);
  if (close == std::string::npos) return {};
  std::string_view in = std::string_view(page).substr(second + 5, close - second - 5);
  std::string out;
  for (size_t i = 0; i < in.size();) {
    if (in[i] == '<') {
      size_t gt = in.find('>', i);
      if (gt == std::string_view::npos) break;
      i = gt + 1;
      continue;
    }
    if (in[i] == '&') {
      size_t semi = in.find(';', i);
      if (semi != std::string_view::npos && semi - i < 10) {
        std::string_view entity = in.substr(i + 1, semi - i - 1);
        unsigned code = 0;
        if (entity == "amp") code = '&';
        else if (entity == "lt") code = '<';
        else if (entity == "gt") code = '>';
        else if (entity == "quot") code = '"';
        else if (entity == "apos") code = '\'';
        else if (entity.size() > 2 && entity[0] == '#' && (entity[1] == 'x' || entity[1] == 'X'))
          code = static_cast<unsigned>(std::stoul(std::string(entity.substr(2)), nullptr, 16));
        else if (entity.size() > 1 && entity[0] == '#')
          code = static_cast<unsigned>(std::stoul(std::string(entity.substr(1))));
        if (code != 0) {
          if (code < 0x80) {
            out.push_back(static_cast<char>(code));
          } else if (code < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (code >> 6)));
            out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
          } else {
            out.push_back(static_cast<char>(0xE0 | (code >> 12)));
            out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
          }
          i = semi + 1;
          continue;
        }
      }
    }
    out.push_back(in[i++]);
  }
  return out;
}

// `STATION 00000197 002 OF 002` anywhere: written independently of
// page_breaks.cc so that the check does not share its bugs.
bool HasPageMark(std::string_view body) {
  for (size_t of = body.find(" OF "); of != std::string_view::npos; of = body.find(" OF ", of + 1)) {
    if (of < 13 || of + 7 > body.size()) continue;
    auto digits = [&](size_t from, size_t n) {
      for (size_t k = from; k < from + n; ++k) {
        if (body[k] < '0' || body[k] > '9') return false;
      }
      return true;
    };
    if (digits(of - 3, 3) && digits(of + 4, 3) && body[of - 4] == ' ' && digits(of - 12, 8)) return true;
  }
  return false;
}

TEST(CableTextCorpusTest, WikileaksPages) {
  REQUIRE_SHARED();
  fs::path dir = testing::SharedDir() / "corpus" / "wikileaks-html-2010";
  if (!fs::exists(dir)) GTEST_SKIP() << dir << " is absent";
  int total = 0, partial = 0, with_paragraphs = 0, with_signer = 0, both = 0, with_summary = 0;
  std::vector<std::string> no_paragraph, no_signer;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".html") continue;
    std::string page = testing::ReadFile(entry.path());
    std::string text = WikileaksText(page);
    if (text.empty()) continue;
    Record r = Parse(text);
    std::string name = entry.path().stem().string();
    ASSERT_TRUE(r.body.has_value()) << name;
    EXPECT_EQ(r.body->find("](#)"), std::string::npos) << name;
    EXPECT_FALSE(HasPageMark(*r.body)) << name;
    if (page.find("partial extract") != std::string::npos) {
      ++partial;
      continue;
    }
    ++total;
    bool p = !r.paragraphs.empty();
    bool s = !r.signers.empty();
    with_paragraphs += p;
    with_signer += s;
    both += p && s;
    with_summary += r.summary.has_value();
    if (!p) no_paragraph.push_back(name);
    if (!s) no_signer.push_back(name);
  }
  ASSERT_GT(total, 0);
  std::cout << "[ corpus ] " << total << " whole cables (+" << partial << " partial): "
            << with_paragraphs << " with paragraphs, " << with_signer << " with a signer, " << both
            << " with both, " << with_summary << " with a summary\n";
  auto show = [](const char* what, const std::vector<std::string>& names) {
    std::cout << "[ corpus ] " << what << " (" << names.size() << "):";
    for (size_t i = 0; i < names.size() && i < 60; ++i) std::cout << ' ' << names[i];
    std::cout << '\n';
  };
  show("no paragraph", no_paragraph);
  show("no signer", no_signer);
  EXPECT_GE(both * 100, total * 95);
  EXPECT_GE(with_summary * 100, total * 30);
}

}  // namespace
}  // namespace cablescope::parse
