// The routing header on real cables from ../shared/corpus: WikiLeaks pages
// (header in the first <pre>), PDF-derived telegrams and PlusD pages (header
// and text together), and the 2010 JSON export (headers without newlines).
// The container decoding here is a deliberately tiny stand-in for the real
// readers, enough to get at the header text.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "parse/header_tokens.h"
#include "parse/routing_header.h"
#include "test_support.h"

namespace cablescope::parse {
namespace {

namespace fs = std::filesystem;
using cablescope::testing::ReadFile;
using cablescope::testing::SharedDir;

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// HTML fragment -> text: tags dropped, `&#x000A;` and the few entities decoded.
std::string HtmlToText(std::string_view html) {
  std::string out;
  for (size_t i = 0; i < html.size(); ++i) {
    char c = html[i];
    if (c == '<') {
      size_t e = html.find('>', i);
      if (e == std::string_view::npos) break;
      i = e;
      continue;
    }
    if (c == '&') {
      size_t e = html.find(';', i);
      if (e != std::string_view::npos && e - i < 10) {
        std::string_view ent = html.substr(i + 1, e - i - 1);
        uint32_t cp = 0;
        if (ent == "amp") cp = '&';
        else if (ent == "lt") cp = '<';
        else if (ent == "gt") cp = '>';
        else if (ent == "quot") cp = '"';
        else if (ent == "apos" || ent == "#39") cp = '\'';
        else if (ent == "nbsp") cp = 0xA0;
        else if (ent.size() > 2 && ent[0] == '#' && (ent[1] == 'x' || ent[1] == 'X'))
          cp = static_cast<uint32_t>(std::stoul(std::string(ent.substr(2)), nullptr, 16));
        else if (ent.size() > 1 && ent[0] == '#')
          cp = static_cast<uint32_t>(std::stoul(std::string(ent.substr(1))));
        if (cp != 0) {
          AppendUtf8(cp, &out);
          i = e;
          continue;
        }
      }
    }
    out.push_back(c);
  }
  return out;
}

std::string Latin1ToUtf8(std::string_view in) {
  std::string out;
  for (char c : in) AppendUtf8(static_cast<unsigned char>(c), &out);
  return out;
}

std::vector<fs::path> FilesUnder(const fs::path& dir, std::string_view ext) {
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == ext) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool HasHeaderLine(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t len = nl == std::string_view::npos ? nl : nl - pos;
    std::string_view line = header::Trim(text.substr(pos, len));
    if (line.substr(0, 3) == "FM " || line.substr(0, 5) == "VZCZC") return true;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return false;
}

TEST(HeaderCorpusTest, WikileaksPagesGiveDtgFromAndTo) {
  REQUIRE_SHARED();
  std::vector<fs::path> pages = FilesUnder(SharedDir() / "corpus" / "wikileaks-html-2010", ".html");
  ASSERT_FALSE(pages.empty());
  size_t with_header = 0;
  size_t good = 0;
  std::vector<std::string> failures;
  for (const fs::path& page : pages) {
    std::string html = ReadFile(page);
    size_t b = html.find("<pre");
    if (b == std::string::npos) continue;
    b = html.find('>', b);
    size_t e = html.find("</pre>", b);
    if (b == std::string::npos || e == std::string::npos) continue;
    std::string header = HtmlToText(std::string_view(html).substr(b + 1, e - b - 1));
    if (!HasHeaderLine(header)) continue;
    ++with_header;
    Record r;
    ParseRoutingHeader(header, &r);
    if (r.dtg && r.from && !r.to.empty()) {
      ++good;
    } else {
      failures.push_back(page.filename().string());
    }
  }
  double rate = with_header == 0 ? 0.0 : static_cast<double>(good) / with_header;
  std::cout << "wikileaks pages with a header: " << with_header << ", decoded " << good << " ("
            << rate * 100 << "%)\n";
  for (const std::string& f : failures) std::cout << "  not decoded: " << f << "\n";
  EXPECT_GT(with_header, 1000u);
  EXPECT_GE(rate, 0.99);
}

TEST(HeaderCorpusTest, PdfTelegramsSplitIntoHeaderAndText) {
  REQUIRE_SHARED();
  std::vector<fs::path> files =
      FilesUnder(SharedDir() / "corpus" / "telegram-text-from-pdf", ".txt");
  ASSERT_FALSE(files.empty());
  for (const fs::path& file : files) {
    SCOPED_TRACE(file.filename().string());
    // Latin-1 with CRLF as on disk, converted to UTF-8 but CRs kept.
    std::string text = Latin1ToUtf8(ReadFile(file));
    size_t len = RoutingHeaderLength(text);
    ASSERT_GT(len, 0u);
    EXPECT_TRUE(header::StartsWithClassification(std::string_view(text).substr(len)))
        << text.substr(len, 60);
    Record r;
    ParseRoutingHeader(std::string_view(text).substr(0, len), &r);
    EXPECT_TRUE(r.transmission_id);
    EXPECT_TRUE(r.station);
    EXPECT_TRUE(r.dtg);
    EXPECT_TRUE(r.precedence);
    EXPECT_TRUE(r.classification);
    EXPECT_TRUE(r.from);
    EXPECT_FALSE(r.to.empty());  // 09UNVIEVIENNA279 has three action addressees
    // The file name is the cable id: 06NEWDELHI5135 -> serial 5135.
    std::string name = file.stem().string();
    std::string digits = name.substr(name.find_last_not_of("0123456789") + 1);
    ASSERT_TRUE(r.station);
    EXPECT_EQ(std::stoi(r.station->serial), std::stoi(digits));
  }
}

TEST(HeaderCorpusTest, PlusdPagesSplitIntoHeaderAndText) {
  REQUIRE_SHARED();
  std::vector<fs::path> files = FilesUnder(SharedDir() / "corpus" / "plusd-1970s-html", ".html");
  ASSERT_FALSE(files.empty());
  for (const fs::path& file : files) {
    SCOPED_TRACE(file.filename().string());
    std::string html = ReadFile(file);
    size_t b = html.find("Raw content");
    ASSERT_NE(b, std::string::npos);
    b = html.find("text-content\">", b);
    ASSERT_NE(b, std::string::npos);
    b += 14;
    size_t e = html.find("</div>", b);
    std::string text = HtmlToText(std::string_view(html).substr(b, e - b));
    size_t len = RoutingHeaderLength(text);
    ASSERT_GT(len, 0u);
    EXPECT_EQ(text.substr(len, 20), "LIMITED OFFICIAL USE");
    EXPECT_NE(text.substr(len, 30), "LIMITED OFFICIAL USE\n");
    Record r;
    ParseRoutingHeader(std::string_view(text).substr(0, len), &r);
    EXPECT_TRUE(r.dtg);
    EXPECT_TRUE(r.precedence);
    EXPECT_TRUE(r.from);
    EXPECT_EQ(r.to.size(), 1u);
    EXPECT_FALSE(r.info.empty());
    for (const Recipient& info : r.info) {
      EXPECT_EQ(info.name.find("-0"), std::string::npos) << info.name;  // no office codes
    }
  }
}

// The `"header" : "..."` value of a JSON line, with \n \" \\ \/ decoded.
std::string JsonHeader(std::string_view line) {
  size_t k = line.find("\"header\"");
  if (k == std::string_view::npos) return {};
  size_t q = line.find('"', line.find(':', k) + 1);
  if (q == std::string_view::npos) return {};
  std::string out;
  for (size_t i = q + 1; i < line.size(); ++i) {
    char c = line[i];
    if (c == '"') break;
    if (c == '\\' && i + 1 < line.size()) {
      char n = line[++i];
      if (n == 'n') out.push_back('\n');
      else if (n == 't') out.push_back('\t');
      else if (n == 'u') i += 4;
      else out.push_back(n);
      continue;
    }
    out.push_back(c);
  }
  return out;
}

TEST(HeaderCorpusTest, JsonExportFlattenedHeaders) {
  REQUIRE_SHARED();
  std::string all = ReadFile(SharedDir() / "corpus" / "json" / "wikileaks-11-28-10.json");
  ASSERT_FALSE(all.empty());
  size_t flattened = 0;
  size_t good = 0;
  size_t pos = 0;
  while (pos < all.size()) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string::npos) nl = all.size();
    std::string header = JsonHeader(std::string_view(all).substr(pos, nl - pos));
    pos = nl + 1;
    if (header.find("VZCZC") == std::string::npos) continue;
    ++flattened;
    Record r;
    ParseRoutingHeader(header, &r);
    bool ok = r.transmission_id && r.station && r.dtg && r.precedence && r.from && !r.to.empty();
    // A routing indicator left inside a name means a lost break was missed.
    auto clean = [](const Recipient& x) {
      for (std::string_view ri : {"RUEH", "RHEH", "RUEK", "RHMF", "RUCN", "RUEA"}) {
        if (x.name.find(ri) != std::string::npos) return false;
      }
      return x.name.find("INFO ") == std::string::npos && !x.name.empty();
    };
    for (const Recipient& x : r.to) ok = ok && clean(x);
    for (const Recipient& x : r.info) ok = ok && clean(x);
    if (ok) {
      ++good;
    } else {
      std::cout << "  not decoded: " << header.substr(0, 160) << "\n";
    }
  }
  std::cout << "json VZCZC headers: " << flattened << ", decoded " << good << "\n";
  EXPECT_GT(flattened, 150u);
  EXPECT_GE(static_cast<double>(good), 0.99 * static_cast<double>(flattened));
}

}  // namespace
}  // namespace cablescope::parse
