// Cablegate cable pages. The chrome (navigation by release date, creation
// month, classification, origin and tag) is most of a real page's ~40 KB,
// so a reader's speed on pages depends on how fast it skips it.
#include <cstdio>
#include <string>

#include "gen/facts.h"
#include "gen/vocabulary.h"
#include "gen/writers.h"

namespace cablescope::gen {
namespace {

std::string Digits(int value, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, value);
  return buf;
}

std::string BuildChromeTop() {
  std::string s =
      "<?xml version='1.0' encoding='utf-8' ?>\n"
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
      "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
      "<html lang='en' xml:lang='en' xmlns='http://www.w3.org/1999/xhtml'>\n<head>\n"
      "<title>Cable Viewer</title>\n"
      "<link href='/static/css/cables.css' rel='stylesheet' type='text/css' />\n"
      "</head>\n<body>\n<div class='main'>\n<div class='pane small'>\n"
      "<a href='/index.html'>\n<img alt='logo' src='/static/gfx/logo_small.png' />\n"
      "<p>Currently released so far... 1295 / 251,287</p>\n</a>\n<div id='browse'>\n"
      "<h3>Browse latest releases</h3>\n<div class='sort'>\n";
  for (int d = 28; d >= 1; --d) {
    std::string date = "2010-12-" + Digits(d, 2);
    s += "<a href='/reldate/" + date + "_0.html'>2010/12/" + Digits(d, 2) + "</a>\n";
  }
  s += "</div>\n<h3>Browse by creation <a href='#year_1966' onclick='return sha(0);'>date</a></h3>\n"
       "<div class='pick'>\n";
  for (int y = 1966; y <= 2010; ++y) {
    std::string ys = std::to_string(y);
    s += "<a class='sort' href='#year_" + ys + "' onclick=\"return swap('year_" + ys + "');\">" +
         ys.substr(2) + "</a>\n";
  }
  s += "</div>\n";
  for (int y = 2000; y <= 2010; ++y) {
    std::string ys = std::to_string(y);
    s += "<div class='sort' id='year_" + ys + "'>\n";
    for (int m = 1; m <= 12; ++m) {
      s += "<a href='/date/" + ys + "-" + Digits(m, 2) + "_0.html'>" + ys + "/" + Digits(m, 2) + "</a>\n";
    }
    s += "</div>\n";
  }
  s += "<h3>Browse by <a href='#class' onclick=\"return swap('class');\">classification</a></h3>\n"
       "<div class='sort' id='class'>\n";
  static constexpr std::string_view kClasses[] = {"CONFIDENTIAL", "CONFIDENTIAL//NOFORN", "SECRET",
                                                  "SECRET//NOFORN", "UNCLASSIFIED",
                                                  "UNCLASSIFIED//FOR OFFICIAL USE ONLY"};
  int n = 0;
  for (auto c : kClasses) {
    s += "<a href='/classification/" + std::to_string(n++) + "_0.html'>" + std::string(c) + "</a>\n";
  }
  s += "</div>\n<h3>Browse by <a href='#origin' onclick=\"return swap('origin');\">origin</a></h3>\n"
       "<div class='sort' id='origin'>\n";
  n = 0;
  for (const Post& p : Posts()) {
    s += "<a href='/origin/" + std::to_string(n++) + "_0.html'>" + std::string(p.origin) + "</a>\n";
  }
  // Real pages list ~270 origins; invented ones fill the rest.
  Rng rng(7);
  const Vocabulary& v = SharedVocabulary();
  while (n < 270) {
    s += "<a href='/origin/" + std::to_string(n++) + "_0.html'>Embassy " + std::string(v.Surname(rng)) +
         "</a>\n";
  }
  s += "</div>\n<h3>Browse by <a href='#tag' onclick=\"return swap('tag');\">tag</a></h3>\n"
       "<div class='sort' id='tag'>\n";
  auto add_tags = [&s](std::span<const std::string_view> tags) {
    for (auto t : tags) {
      s += "<a href='/tag/" + std::string(t) + "_0.html'>" + std::string(t) + "</a>\n";
    }
  };
  add_tags(SubjectTags());
  add_tags(ProgramTags());
  add_tags(OrganizationTags());
  add_tags(GeographicTags());
  s += "</div>\n</div>\n</div>\n<div class='pane big'>\n";
  return s;
}

std::string BuildChromeHelp() {
  std::string s = "<div id='help_1'>\n<b>Understanding cables</b>\n<br />\n";
  Rng rng(11);
  const Vocabulary& v = SharedVocabulary();
  for (int i = 0; i < 8; ++i) {
    s += "<p>";
    v.AppendSentence(rng, 25, &s);
    v.AppendSentence(rng, 18, &s);
    s += "</p>\n";
  }
  s += "</div>\n";
  return s;
}

void AppendEscaped(std::string_view text, bool anchors, bool tag_links, std::string* out) {
  size_t pos = 0;
  bool line_start = true;
  bool blank_before = true;
  size_t line_begin = 0;
  while (pos < text.size()) {
    if (line_start) {
      // `¶` anchors before numbered paragraphs.
      if (anchors && blank_before && text[pos] >= '1' && text[pos] <= '9') {
        size_t end = pos;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
        if (end < text.size() && text[end] == '.') {
          std::string num(text.substr(pos, end - pos));
          *out += "<a id='par" + num + "' href='#par" + num + "'>\xC2\xB6</a>";
        }
      }
      if (tag_links && text.substr(pos, 6) == "TAGS: ") {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        *out += "TAGS: ";
        std::string_view codes = text.substr(pos + 6, end - pos - 6);
        size_t c = 0;
        bool first = true;
        while (c < codes.size()) {
          size_t e = codes.find_first_of(", ", c);
          if (e == std::string_view::npos) e = codes.size();
          if (e > c) {
            std::string code(codes.substr(c, e - c));
            if (!first) out->push_back(' ');
            first = false;
            if (code.find_first_of("()") == std::string::npos) {
              *out += "<a href='/tag/" + code + "_0.html'>" + code + "</a>";
            } else {
              *out += code;
            }
          }
          c = e + 1;
        }
        pos = end;
        line_start = false;
        continue;
      }
      line_start = false;
    }
    char ch = text[pos++];
    switch (ch) {
      case '\n':
        *out += "&#x000A;";
        blank_before = text.substr(line_begin, pos - 1 - line_begin).find_first_not_of(' ') ==
                       std::string_view::npos;
        line_begin = pos;
        line_start = true;
        break;
      case '&': *out += "&amp;"; break;
      case '<': *out += "&lt;"; break;
      case '>': *out += "&gt;"; break;
      default: out->push_back(ch);
    }
  }
}

}  // namespace

std::string WikileaksPagePath(const SynthCable& c) {
  return std::to_string(c.year) + "/" + Digits(c.month, 2) + "/" + c.id + ".html";
}

std::string WikileaksPage(const SynthCable& c) {
  static const std::string top = BuildChromeTop();
  static const std::string help = BuildChromeHelp();
  std::string s;
  s.reserve(top.size() + help.size() + 2 * c.text.size() + c.header.size() + 2048);
  s += top;
  s += "<h3>\nViewing cable <a href='/cable/" + WikileaksPagePath(c) + "'>" + c.id + "</a>";
  s += ", <i>";
  // The subject, as the page title repeats it.
  size_t subj = c.text.find("SUBJECT: ");
  if (subj != std::string::npos) {
    size_t end = c.text.find('\n', subj);
    AppendEscaped(std::string_view(c.text).substr(subj + 9, end - subj - 9), false, false, &s);
  }
  s += "</i>\n</h3>\n";
  s += help;
  s += "<table class='cable'>\n<tr>\n<th>Reference ID</th>\n<th>Created</th>\n<th>Released</th>\n"
       "<th>Classification</th>\n<th>Origin</th>\n</tr>\n<tr>\n<td>\n";
  s += "<a href='/cable/" + WikileaksPagePath(c) + "'>" + c.id + "</a>\n</td>\n<td>\n";
  s += "<a href='/date/" + c.created.substr(0, 7) + "_0.html'>" + c.created + "</a>\n</td>\n<td>\n";
  s += "<a href='/reldate/" + c.released.substr(0, 10) + "_0.html'>" + c.released + "</a>\n</td>\n<td>\n";
  s += "<a href='/classification/2_0.html' title='" + c.classification + "'>" + c.classification +
       "</a>\n</td>\n<td>\n";
  s += "<a href='/origin/1_0.html'>" + c.origin + "</a>\n</td>\n</tr>\n</table>\n";
  // Header and text; the header of a partial extract is its note and DTG.
  s += "<code><pre>";
  std::string_view header = c.header;
  while (!header.empty() && header.back() == '\n') header.remove_suffix(1);
  AppendEscaped(header, false, false, &s);
  s += "</pre></code>\n<code><pre>";
  AppendEscaped(c.text, true, c.id.size() % 2 == 0, &s);
  s += "</pre></code>\n</div>\n</div>\n"
       "<script src='/static/js/js.js' type='text/javascript'></script>\n</body>\n</html>\n";
  return s;
}

}  // namespace cablescope::gen
