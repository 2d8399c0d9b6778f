// The link stage against real data in ../shared (skipped where it is absent).
#include <zlib.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "link/cable_id.h"
#include "link/origin.h"
#include "link/tags.h"
#include "test_support.h"

namespace cablescope::link {
namespace {

namespace fs = std::filesystem;
using cablescope::testing::ReadFile;
using cablescope::testing::SharedDir;

// Cablegate ids and their months (cable2month.csv.gz: `09BAGHDAD197,1`).
std::vector<std::pair<std::string, std::string>> CablegateIds() {
  std::vector<std::pair<std::string, std::string>> ids;
  fs::path path = SharedDir() / "reference" / "cable2month.csv.gz";
  gzFile f = gzopen(path.string().c_str(), "rb");
  if (f == nullptr) return ids;
  char line[512];
  while (gzgets(f, line, sizeof line) != nullptr) {
    std::string s(line);
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    size_t comma = s.find(',');
    if (comma == std::string::npos) continue;
    ids.emplace_back(s.substr(0, comma), s.substr(comma + 1));
  }
  gzclose(f);
  return ids;
}

// Every Cablegate id is its own canonical id, except the malformed ones
// (listed on the test's output): fused section markers and captions (EFTO,
// NOFORN, SIFIED, AMEMBASSY), a doubled year, station typos, trailing second
// numbers (ZFR, ZDK, TOSEC, SUSPECTEDDUPLICATE). Two are not ids at all:
// 06ASTANA has no serial, 092OF5 is a bare section marker.
//
// When a fixed id is also a Cablegate id (06MINSI225 and 06MINSK225), the
// two are one cable published twice (a section sent separately, a garbled
// header): both carry the same month, which this test checks.
TEST(LinkCorpusTest, CablegateIdsRoundTrip) {
  REQUIRE_SHARED();
  auto ids = CablegateIds();
  ASSERT_EQ(ids.size(), 251287u);
  std::map<std::string, std::string> month(ids.begin(), ids.end());
  std::map<std::string, std::string> changed;
  std::vector<std::string> rejected;
  size_t collisions = 0;
  for (const auto& [id, id_month] : ids) {
    std::optional<std::string> canonical = CanonicalId(id);
    if (!canonical) {
      rejected.push_back(id);
      continue;
    }
    if (*canonical == id) continue;
    changed[id] = *canonical;
    EXPECT_EQ(CanonicalId(*canonical), canonical) << id;  // canonical ids are fixed points
    auto other = month.find(*canonical);
    if (other != month.end()) {
      ++collisions;
      EXPECT_EQ(other->second, id_month) << id << " and " << *canonical << " are not one cable";
    }
  }
  std::string report;
  for (const auto& [from, to] : changed) report += "  " + from + " -> " + to + "\n";
  std::printf("%zu of %zu Cablegate ids change (%zu onto another published id of the same "
              "month):\n%s",
              changed.size(), ids.size(), collisions, report.c_str());
  EXPECT_EQ(rejected, (std::vector<std::string>{"06ASTANA", "092OF5"}));
  EXPECT_EQ(changed.size(), 198u);  // reviewed by hand; see the printed list
}

// A WikiLeaks cable page is named after its id: 09BAGHDAD197.html.
TEST(LinkCorpusTest, WikiLeaksPageNamesAreCanonical) {
  REQUIRE_SHARED();
  fs::path dir = SharedDir() / "corpus" / "wikileaks-html-2010";
  size_t pages = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".html") continue;
    std::string stem = entry.path().stem().string();
    ++pages;
    EXPECT_EQ(CanonicalId(stem), stem) << entry.path();
  }
  EXPECT_GT(pages, 1000u);
}

// The FM line of the cables whose origin Cablegate named: the by-origin
// files of the cables.csv sample (file name = origin), and WikiLeaks pages
// (Origin column).
TEST(LinkCorpusTest, OriginAgreesWithCablegate) {
  REQUIRE_SHARED();
  size_t pairs = 0, agree = 0;
  std::map<std::string, size_t> disagreements;
  auto check = [&](const std::string& fm, const std::string& origin) {
    ++pairs;
    std::optional<std::string> derived = OriginFromOriginator(fm);
    if (derived == origin) {
      ++agree;
    } else {
      ++disagreements["FM " + fm + " -> " + derived.value_or("(null)") + " / Cablegate: " + origin];
    }
  };
  for (const auto& entry : fs::directory_iterator(SharedDir() / "corpus" / "cables-csv" / "by-origin")) {
    std::string origin = entry.path().filename().string();
    std::string text = ReadFile(entry.path());
    for (size_t at = 0; (at = text.find("\nFM ", at)) != std::string::npos; ++at) {
      size_t e = text.find('\n', at + 1);
      std::string fm = text.substr(at + 4, e == std::string::npos ? std::string::npos : e - at - 4);
      while (!fm.empty() && (fm.back() == ' ' || fm.back() == '\r')) fm.pop_back();
      check(fm, origin);
    }
  }
  const std::string kOrigin = "<th>Origin</th>";
  for (const auto& entry :
       fs::recursive_directory_iterator(SharedDir() / "corpus" / "wikileaks-html-2010")) {
    if (!entry.is_regular_file()) continue;
    std::string page = ReadFile(entry.path());
    size_t th = page.find(kOrigin);
    size_t link = page.find("href='/origin/", th == std::string::npos ? 0 : th);
    size_t fm = page.find("&#x000A;FM ");
    if (th == std::string::npos || link == std::string::npos || fm == std::string::npos) continue;
    size_t name = page.find('>', link) + 1;
    std::string origin = page.substr(name, page.find('<', name) - name);
    size_t fm_end = page.find("&#x000A;", fm + 8);
    check(page.substr(fm + 11, fm_end - fm - 11), origin);
  }
  std::printf("origin: %zu of %zu (FM line, Cablegate origin) pairs agree (%.1f%%)\n", agree, pairs,
              pairs ? 100.0 * static_cast<double>(agree) / static_cast<double>(pairs) : 0.0);
  for (const auto& [what, n] : disagreements) std::printf("  %zux %s\n", n, what.c_str());
  EXPECT_GT(pairs, 1000u);
  EXPECT_GE(agree * 100, pairs * 99);
}

// How many TAGS codes of the corpus canonicalisation changes (printed for
// review; docs in the link stage's report).
TEST(LinkCorpusTest, TagChangesOnTheCorpus) {
  REQUIRE_SHARED();
  size_t codes = 0;
  std::map<std::string, size_t> changes;
  for (const auto& entry : fs::recursive_directory_iterator(SharedDir() / "corpus")) {
    if (!entry.is_regular_file()) continue;
    std::string text = ReadFile(entry.path());
    for (size_t at = 0; (at = text.find("TAGS:", at)) != std::string::npos; at += 5) {
      // The line, up to SUBJECT or an end of line (raw or as an HTML entity).
      size_t end = text.size();
      for (std::string_view stop : {"SUBJECT", "\n", "&#x000A;", "<", "Subject"}) {
        size_t s = text.find(stop, at + 5);
        if (s != std::string::npos) end = std::min(end, s);
      }
      std::string line = text.substr(at + 5, std::min<size_t>(end - at - 5, 300));
      // Split like the parser: codes by spaces and commas; (...) kept whole.
      std::vector<std::string> raw;
      std::string cur;
      int depth = 0;
      for (char c : line + " ") {
        if (c == '(') ++depth;
        if (c == ')') --depth;
        if (depth <= 0 && (c == ' ' || c == ',' || c == '\r' || c == '\t' ||
                           static_cast<unsigned char>(c) >= 0x80)) {
          if (!cur.empty()) raw.push_back(cur);
          cur.clear();
          depth = 0;
        } else {
          cur.push_back(c);
        }
      }
      for (const std::string& code : raw) {
        ++codes;
        std::vector<std::string> out = CanonicalTags({code});
        std::string joined;
        for (const auto& o : out) joined += (joined.empty() ? "" : " ") + o;
        std::string upper = code;
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        while (!upper.empty() && (upper.back() == '.' || upper.back() == ':')) upper.pop_back();
        if (joined != upper && out.size() > 0) ++changes[code + " -> " + joined];
      }
    }
  }
  size_t changed = 0;
  for (const auto& [what, n] : changes) {
    changed += n;
    std::printf("  %zux %s\n", n, what.c_str());
  }
  std::printf("tags: %zu of %zu codes changed beyond upper-casing\n", changed, codes);
  EXPECT_GT(codes, 5000u);
  EXPECT_LT(changed * 50, codes);  // under 2%: the rules are conservative
}

}  // namespace
}  // namespace cablescope::link
