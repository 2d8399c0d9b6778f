#include "parse/html_text.h"

#include <gtest/gtest.h>

#include <string>

namespace cablescope::parse {
namespace {

std::string Decode(std::string_view s) {
  std::string out;
  AppendEntityDecoded(s, &out);
  return out;
}

std::string Pre(std::string_view html) { return HtmlText(html, HtmlWhitespace::kPreserve); }
std::string Cell(std::string_view html) { return HtmlText(html, HtmlWhitespace::kCollapse); }

TEST(HtmlTextTest, DecodesNumericReferences) {
  EXPECT_EQ(Decode("A&#x000A;B"), "A\nB");
  EXPECT_EQ(Decode("don&#39;t"), "don't");
  EXPECT_EQ(Decode("&#xB6;&#182;"), "\xC2\xB6\xC2\xB6");
  EXPECT_EQ(Decode("&#X41;"), "A");
  EXPECT_EQ(Decode("&#x1F600;"), "\xF0\x9F\x98\x80");
  // Windows-1252 reading of 0x80-0x9F, as browsers do: 150 is an en dash.
  EXPECT_EQ(Decode("1990&#150;1991"), "1990\xE2\x80\x93" "1991");
  // Not scalar values: replacement character.
  EXPECT_EQ(Decode("&#0;"), "\xEF\xBF\xBD");
  EXPECT_EQ(Decode("&#xD800;"), "\xEF\xBF\xBD");
  EXPECT_EQ(Decode("&#99999999999999;"), "\xEF\xBF\xBD");
}

TEST(HtmlTextTest, DecodesNamedReferences) {
  EXPECT_EQ(Decode("&amp;&lt;&gt;&quot;&apos;"), "&<>\"'");
  EXPECT_EQ(Decode("a&nbsp;b"), "a\xC2\xA0" "b");
  EXPECT_EQ(Decode("caf&eacute; &Uuml;ber &szlig;"), "caf\xC3\xA9 \xC3\x9C" "ber \xC3\x9F");
  EXPECT_EQ(Decode("&ldquo;x&rdquo; &ndash; &mdash; &hellip; &euro;"),
            "\xE2\x80\x9Cx\xE2\x80\x9D \xE2\x80\x93 \xE2\x80\x94 \xE2\x80\xA6 \xE2\x82\xAC");
  EXPECT_EQ(Decode("&yuml;&iexcl;&para;"), "\xC3\xBF\xC2\xA1\xC2\xB6");
}

TEST(HtmlTextTest, KeepsWhatIsNotAReference) {
  // Real Cablegate texts: `R&D;`, `HYPERTENSION & DIABETES`, `&processes8;`.
  EXPECT_EQ(Decode("R&D; they"), "R&D; they");
  EXPECT_EQ(Decode("HYPERTENSION & DIABETES"), "HYPERTENSION & DIABETES");
  EXPECT_EQ(Decode("other &processes8; these"), "other &processes8; these");
  EXPECT_EQ(Decode("&amp"), "&amp");   // no semicolon
  EXPECT_EQ(Decode("&#x;"), "&#x;");   // no digits
  EXPECT_EQ(Decode("&#12"), "&#12");   // cut off
  EXPECT_EQ(Decode("&"), "&");
  EXPECT_EQ(Decode("AT&T"), "AT&T");
}

TEST(HtmlTextTest, DecodeEntityReportsWhatItUsed) {
  std::string out;
  EXPECT_EQ(DecodeEntity("&amp;rest", &out), 5u);
  EXPECT_EQ(out, "&");
  out.clear();
  EXPECT_EQ(DecodeEntity("&bogus;", &out), 0u);
  EXPECT_EQ(out, "");
  EXPECT_EQ(DecodeEntity("x&amp;", &out), 0u);
}

TEST(HtmlTextTest, RemovesLinksKeepingTheirText) {
  EXPECT_EQ(Pre("TAGS: <a href='/tag/PREL_0.html'>PREL</a> <a href='/tag/IR_0.html'>IR</a>"),
            "TAGS: PREL IR");
}

TEST(HtmlTextTest, DropsPilcrowAnchorsSoParagraphsStartWithTheirNumber) {
  EXPECT_EQ(Pre("<a id='par1' href='#par1'>\xC2\xB6</a>1. (C) Text.&#x000A;"
                "<a id='par2' href='#par2'>&para;</a>2. More."),
            "1. (C) Text.\n2. More.");
  // A link with other text is kept.
  EXPECT_EQ(Pre("<a href='#x'>\xC2\xB6 note</a>"), "\xC2\xB6 note");
}

TEST(HtmlTextTest, LineBreaksAndTrailingSpaces) {
  // `<br>&#x000A;` is one line end (09TRIPOLI475's shape), a lone <br> one too.
  EXPECT_EQ(Pre("HYPERTENSION, <br>&#x000A;BUT NOT CANCER <br>&#x000A; <br>&#x000A;4. Next"),
            "HYPERTENSION,\nBUT NOT CANCER\n\n4. Next");
  EXPECT_EQ(Pre("a<br>b<br/>c<BR />d"), "a\nb\nc\nd");
  EXPECT_EQ(Pre("one  \r\ntwo\t\rthree   "), "one\ntwo\nthree");
}

TEST(HtmlTextTest, StrayAngleBracketsAreText) {
  EXPECT_EQ(Pre("<<220571>>&#x000A;x < y, 3<4"), "<<220571>>\nx < y, 3<4");
  EXPECT_EQ(Pre("<&#x000A;REF: A."), "<\nREF: A.");
}

TEST(HtmlTextTest, OtherMarkupIsRemoved) {
  EXPECT_EQ(Pre("<strong>EO 12958 </strong>DECL: 12/18/2034"), "EO 12958 DECL: 12/18/2034");
  EXPECT_EQ(Pre("CROCKER &#x000A;</td></tr>&#x000A;</table>"), "CROCKER\n\n");
  EXPECT_EQ(Pre("a<!-- hidden <b>x</b> -->b"), "ab");
  EXPECT_EQ(Pre("a<!-- never closed"), "a");
}

TEST(HtmlTextTest, TruncatedMarkupNeverFails) {
  EXPECT_EQ(Pre("text <a href='/tag/PR"), "text");
  EXPECT_EQ(Pre("text &#x00"), "text &#x00");
  EXPECT_EQ(Pre("<"), "<");
  EXPECT_EQ(Pre("</"), "</");
  EXPECT_EQ(Pre(""), "");
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919) & 0xFF);
  std::string out = Pre(junk);  // arbitrary bytes: no crash, bounded output
  EXPECT_LE(out.size(), junk.size() * 3);
}

TEST(HtmlTextTest, CollapseModeForTableCells) {
  EXPECT_EQ(Cell("\n<a href='/date/1979-08_0.html'>1979-08-13 04:04</a>\n"), "1979-08-13 04:04");
  EXPECT_EQ(Cell("<td>A</td><td>B</td>"), "A B");
  EXPECT_EQ(Cell("GR<span> - Greece</span>"), "GR - Greece");
  EXPECT_EQ(Cell("a&nbsp;&nbsp; b\xC2\xA0\xC2\xA0" "c"), "a b c");
  EXPECT_EQ(Cell("   "), "");
}

TEST(HtmlTextTest, FindInAndFindTag) {
  std::string hay(100, 'x');
  hay += "<table class='cable'>";
  EXPECT_EQ(FindIn(hay, "class='cable'"), 107u);
  EXPECT_EQ(FindIn(hay, "class='cable'", 108), std::string_view::npos);
  EXPECT_EQ(FindIn(hay, "<"), 100u);
  EXPECT_EQ(FindIn("abc", "abcd"), std::string_view::npos);
  EXPECT_EQ(FindIn("abc", "", 1), 1u);
  EXPECT_EQ(FindIn("abc", "c", 4), std::string_view::npos);
  // Every position of a long haystack, including the unrolled tail.
  std::string text(300, '.');
  for (size_t at = 0; at + 3 <= text.size(); at += 37) {
    std::string t = text;
    t.replace(at, 3, "a.b");
    EXPECT_EQ(FindIn(t, "a.b"), at);
  }
  EXPECT_EQ(FindTag("<thead><th>x", "th"), 7u);
  EXPECT_EQ(FindTag("<pre>", "pre"), 0u);
  EXPECT_EQ(FindTag("<prefix> <pre class='x'>", "pre"), 9u);
  EXPECT_EQ(FindTag("<pre", "pre"), std::string_view::npos);
  EXPECT_EQ(TagEnd("<a href='x'>y", 0), 12u);
  EXPECT_EQ(TagEnd("<a href='x'", 0), std::string_view::npos);
}

TEST(HtmlTextTest, CountLineFeeds) {
  EXPECT_EQ(CountLineFeeds(""), 0u);
  EXPECT_EQ(CountLineFeeds("\n"), 1u);
  std::string s;
  size_t expected = 0;
  for (int i = 0; i < 10000; ++i) {
    bool lf = (i % 3 == 0) || (i % 7 == 0);
    s.push_back(lf ? '\n' : 'x');
    expected += lf;
  }
  EXPECT_EQ(CountLineFeeds(s), expected);
}

TEST(HtmlTextTest, TrimBlankLinesKeepsIndentation) {
  std::string s = "\n  \n   CONFIDENTIAL  PTQ1859\nPAGE 01  \n\n  ";
  TrimBlankLines(&s);
  EXPECT_EQ(s, "   CONFIDENTIAL  PTQ1859\nPAGE 01");
  std::string blank = " \n \n";
  TrimBlankLines(&blank);
  EXPECT_EQ(blank, "");
}

}  // namespace
}  // namespace cablescope::parse
