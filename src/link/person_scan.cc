#include "link/person_scan.h"

#include <algorithm>

#include "link/person_address.h"
#include "link/person_repeats.h"
#include "link/person_titles.h"
#include "link/person_words.h"

namespace cablescope::link {
namespace {

constexpr size_t kMaxNameWords = 4;     // `Susan E. Rice`; particles not counted: `Luiz Inacio Lula da Silva`
constexpr size_t kMaxOfPhraseWords = 8; // `Special Advisor for the Gulf and Southwest Asia`
// Two lines each shorter than this, and than kListShare of the text's
// longest line, that a name would run across are items of a list, not
// wrapped prose (cable lines run to 60-70 characters):
//   Ambassador Antonio Patriota
//   PolCounselor Carlos Ceglia        (09STATE34394)
// Both lines: prose wraps early now and then (`meeting with Osama` /
// `bin Laden. Ayrow emerged ...`, 08NAIROBI1363); and the share: some
// texts wrap at 45 (cables.csv's Adana press summaries).
constexpr size_t kListLine = 40;
constexpr size_t kListShare = 60;  // percent
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// What a person is to a country, written small after its adjective:
// `Iranian national Majid Kakavand` (09PARIS1228), `French citizen Clothilde
// Reiss`. Adjectives too (`national security`), so, like `official`, only
// after a capitalised word (AfterRoleNoun).
bool IsStatusNoun(std::string_view upper) {
  return upper == "NATIONAL" || upper == "CITIZEN" || upper == "RESIDENT";
}

// Roles that cables write small before a name but that name no office
// (so they are not titles): `official Richier`, `activist Aida Quilcue`.
bool IsRoleNoun(std::string_view upper) {
  return upper == "OFFICIAL" || upper == "ACTIVIST" || upper == "BODYGUARD" || upper == "AIDE" ||
         upper == "LAWYER" || upper == "ATTORNEY" || upper == "JOURNALIST" || upper == "BUSINESSMAN" ||
         upper == "BUSINESSWOMAN" || upper == "COLLEAGUE" || upper == "COUNTERPART" || upper == "ANALYST" ||
         upper == "COLUMNIST" || upper == "EDITOR" || upper == "CLERIC" || upper == "DISSIDENT" ||
         upper == "BLOGGER" || upper == "INTERLOCUTOR" || upper == "ADVISER" || upper == "ADVISOR" ||
         upper == "MAGISTRATE" || upper == "PROSECUTOR" || IsStatusNoun(upper);
}

bool IsRegnalNumber(std::string_view upper) {
  return upper == "II" || upper == "III" || upper == "IV" || upper == "VI" || upper == "VII" ||
         upper == "VIII" || upper == "XVI";
}
struct Scanner {
  std::string_view text;
  const std::vector<NameToken>& tok;
  bool capitals;
  std::vector<NameCandidate> out;
  mutable size_t longest_line = 0;  // LongestLine()

  RepeatedNames repeats;  // full names only the text's repetition anchors

  Scanner(std::string_view t, const std::vector<NameToken>& tokens, bool caps)
      : text(t), tok(tokens), capitals(caps), repeats(t, tokens) {}

  // No punctuation between tokens a and a+1 (a lone `.` after an initial or
  // an abbreviated title is no break: `Susan E. Rice`, `Amb. Rice`).
  bool Continuous(size_t a, size_t b, bool after_title = false) const {
    if (b >= tok.size() || b != a + 1) return false;
    if (!tok[b].break_before) return true;
    return tok[a].dotted && (tok[a].initial || (after_title && tok[a].upper.size() <= 4)) &&
           text.substr(tok[a].end, tok[b].start - tok[a].end).find_first_not_of(". \t\r\n") ==
               std::string_view::npos &&
           std::count(text.begin() + tok[a].end, text.begin() + tok[b].start, '.') == 1;
  }

  // A line break after token a between two short lines (kListLine): the
  // name of a list item ends there.
  bool ListLineEnds(size_t a) const {
    if (a + 1 >= tok.size()) return false;
    const std::string_view gap = text.substr(tok[a].end, tok[a + 1].start - tok[a].end);
    if (gap.find('\n') == std::string_view::npos) return false;
    const size_t limit = std::min(kListLine, LongestLine() * kListShare / 100);
    const size_t before = text.rfind('\n', tok[a].start);
    const size_t start = before == std::string_view::npos ? 0 : before + 1;
    const size_t after = text.find('\n', tok[a + 1].start);
    const size_t end = after == std::string_view::npos ? text.size() : after;
    return tok[a].end - start < limit && end - (tok[a].end + gap.rfind('\n') + 1) < limit;
  }

  // The length of the text's longest line, measured on first use.
  size_t LongestLine() const {
    if (longest_line == 0) {
      size_t from = 0;
      while (from < text.size()) {
        size_t to = text.find('\n', from);
        if (to == std::string_view::npos) to = text.size();
        longest_line = std::max(longest_line, to - from);
        from = to + 1;
      }
    }
    return longest_line;
  }

  bool DigitBefore(size_t i) const {
    size_t p = tok[i].start;
    while (p > 0 && IsSpace(text[p - 1])) --p;
    return p > 0 && text[p - 1] >= '0' && text[p - 1] <= '9';
  }

  bool Given(size_t k) const { return (tok[k].lists & kGivenName) != 0; }
  bool Office(size_t k) const { return (tok[k].lists & kOfficeWord) != 0; }
  // In mixed-case prose an acronym names an organisation: `Director General
  // of ISI Hamid Gul` (08ISLAMABAD3733), as an office word would.
  bool Acronym(size_t k) const {
    return !capitals && tok[k].alpha && !tok[k].has_lower && tok[k].upper.size() >= 2 &&
           tok[k].upper.size() <= 5;
  }

  // Token k alone in parentheses, an abbreviation in capitals: `Chief of
  // Army Staff (COAS) Ashfaq Kayani` (08ISLAMABAD1998). The title goes on
  // past it to the name.
  bool ParenthesisedAbbreviation(size_t k) const {
    if (k == 0 || k + 1 >= tok.size() || tok[k].has_lower || tok[k].upper.size() < 2 ||
        tok[k].upper.size() > 6) {
      return false;
    }
    auto only = [&](uint32_t from, uint32_t to, char c) {
      const std::string_view gap = text.substr(from, to - from);
      return std::count(gap.begin(), gap.end(), c) == 1 &&
             gap.find_first_not_of(" \t\r\n()") == std::string_view::npos &&
             std::count(gap.begin(), gap.end(), c == '(' ? ')' : '(') == 0;
    };
    return only(tok[k - 1].end, tok[k].start, '(') && only(tok[k].end, tok[k + 1].start, ')');
  }

  // An envoy's post after the title: `Chinese Ambassador to Islamabad Hui`
  // (08ISLAMABAD3733), `Ambassador-designate to the U.S. Husain Haqqani`
  // (08ISLAMABAD1998). The post is country words (office words), or else one
  // capitalised word (a capital city, `U.S.`); the name follows. Returns the
  // index after the post, or j when there is none.
  size_t EnvoyPost(size_t j, const std::vector<std::string>& titles) const {
    if (tok[j].upper != "TO" || titles.empty()) return j;
    const std::string& t = titles.back();
    if (t != "Ambassador" && t != "Special Envoy" && t != "Envoy" &&
        t != "Special Representative" && t != "High Commissioner") {
      return j;
    }
    size_t k = j + 1;
    if (k < tok.size() && tok[k].upper == "THE" && Continuous(k - 1, k)) ++k;
    const size_t place = k;
    while (k < tok.size() && k - place < 3 && Continuous(k - 1, k) && Office(k) &&
           (capitals || tok[k].capitalised)) {
      ++k;
    }
    if (k == place && k < tok.size() && Continuous(k - 1, k) && tok[k].capitalised &&
        (tok[k].lists & kStopWord) == 0 && Title(k).words == 0) {
      ++k;
    }
    return k == place ? j : k;
  }

  // Token i inside a sentence: after a word written small that is no
  // article, on its line, or after a comma or parenthesis. Not a heading's
  // word (`Two Other Major Diamond Mines`, `Major Research Projects:`) nor
  // `the Major Economies Forum`.
  bool MidSentence(size_t i) const {
    if (i == 0) return false;
    if (!tok[i].break_before) {
      // On the same line: a heading's words follow a line ending small too.
      const std::string_view before = tok[i - 1].upper;
      return !tok[i - 1].capitalised && before != "THE" && before != "A" && before != "AN" &&
             text.substr(tok[i - 1].end, tok[i].start - tok[i - 1].end).find('\n') == std::string_view::npos;
    }
    const char c = PunctuationBefore(text, tok, i);
    return c == ',' || c == '(';
  }

  // The scan asks this of every word, and most start no title: the test
  // is inline, the match out of line (inlined whole, or called for every
  // word, it cost ~40 instructions a word in register saves and calls).
  TitleMatch Title(size_t i) const {
    if (i >= tok.size() || !tok[i].title_start) return TitleMatch{};
    return TitleAt(i);
  }
  [[gnu::noinline]] TitleMatch TitleAt(size_t i) const {
    TitleMatch m = MatchTitle(tok, i);
    if (m.words == 0) return m;
    for (size_t k = i; k < i + m.words; ++k) {
      if (k > i && !Continuous(k - 1, k)) return TitleMatch{};
      if (m.caps_only && tok[k].has_lower) return TitleMatch{};
      if (!capitals && !tok[k].capitalised && m.caps_only) return TitleMatch{};
    }
    // `3 PM`, `10 P.M.`: a time; `500 MG`: a dose.
    if ((tok[i].upper == "PM" || tok[i].upper == "P.M." || tok[i].upper == "MG") && DigitBefore(i))
      return TitleMatch{};
    // `in charge of`: a duty, not the chargé.
    if (tok[i].upper == "CHARGE" && i > 0 && tok[i - 1].upper == "IN") return TitleMatch{};
    // `Major Babamyrat`, not `a major concern`, `MAJOR ISSUES`, `Major IRGC
    // role`, `Major League`: the rank capitalised in mixed case, a
    // capitalised name after it.
    if (m.capitalised_only) {
      const size_t next = i + m.words;
      if (capitals || !tok[i].capitalised || next >= tok.size() || !tok[next].capitalised ||
          !tok[next].has_lower || (tok[next].lists & kOrganisationSuffix) != 0 || !MidSentence(i)) {
        return TitleMatch{};
      }
    }
    // A title in lower case inside mixed-case prose (`the minister said`)
    // still counts; the name after it must then be capitalised.
    return m;
  }

  // The name starting at token j: up to kMaxNameWords capable tokens (and
  // initials, particles), ending on a surname. `after_title` lets a lone `.`
  // follow the title's abbreviation; `bridged`, a parenthesised abbreviation
  // (ParenthesisedAbbreviation).
  std::vector<size_t> Name(size_t j, bool after_title, bool bridged = false) const {
    // In mixed-case prose a name after a title may be in capitals (`FM
    // KASURI`, a SUBJECT line kept in the body); so may one that starts
    // with a given name in capitals (`DENNIS ROSS`).
    const bool caps_name = !capitals && j < tok.size() && !tok[j].has_lower && tok[j].upper.size() >= 3 &&
                           (after_title || Given(j));
    auto capable = [&](const NameToken& t) {
      if (caps_name && !t.has_lower) return t.capitalised && t.upper.size() >= 3 && NameCapable(t, true);
      return NameCapable(t, capitals);
    };
    std::vector<size_t> words;
    // One particle in a mixed-case name is not counted in kMaxNameWords:
    // `Luiz Inacio Lula da Silva`. In capitals, where any word may follow,
    // the cap stays (`CRISTINA FERNANDEZ DE KIRCHNER TAKE` ...).
    size_t particles = 0;
    size_t k = j;
    while (k < tok.size() && words.size() - std::min<size_t>(particles, 1) < kMaxNameWords) {
      if (k > j && (!Continuous(k - 1, k) || ListLineEnds(k - 1))) break;
      if (k == j && j > 0 && after_title && !bridged && tok[j].break_before &&
          !Continuous(j - 1, j, true)) {
        break;
      }
      const NameToken& t = tok[k];
      if (t.initial && t.capitalised) {
        words.push_back(k++);
        continue;
      }
      if (!words.empty() && IsNameParticle(tok[k].upper) && Continuous(k, k + 1) &&
          capable(tok[k + 1]) && Title(k + 1).words == 0) {
        particles += tok[k + 1].has_lower ? 1 : 0;
        words.push_back(k++);
        continue;
      }
      if (Title(k).words > 0) break;
      if (!capable(t)) break;
      words.push_back(k++);
      if (t.possessive) break;
    }
    while (!words.empty() && (tok[words.back()].initial || IsNameParticle(tok[words.back()].upper))) {
      words.pop_back();
    }
    // A regnal number: `King Mohammed VI`, `Hassan II`.
    if (!words.empty() && words.back() + 1 < tok.size() && Continuous(words.back(), words.back() + 1) &&
        !tok[words.back()].possessive && IsRegnalNumber(tok[words.back() + 1].upper)) {
      words.push_back(words.back() + 1);
    }
    // `ABU NIDAL GROUP`, `John F. Kennedy School`: named after a person, not one.
    if (!words.empty() && !tok[words.back()].possessive) {
      for (size_t q = words.back() + 1; q < tok.size() && q <= words.back() + 2 && Continuous(q - 1, q); ++q) {
        if ((tok[q].lists & kOrganisationSuffix) != 0) return {};
        if (!PhraseWord(q) || Connector(q)) break;
      }
    }
    return words;
  }

  void Emit(const std::vector<size_t>& words, const std::vector<std::string>& titles, uint32_t start) {
    NameCandidate c;
    c.words = words;
    c.titles = titles;
    c.start = start;
    c.end = tok[words.back()].name_end;
    out.push_back(std::move(c));
  }

  bool Connector(size_t k) const {
    const std::string_view u = tok[k].upper;
    return u == "THE" || u == "AND" || u == "OF" || u == "FOR";
  }
  bool PhraseWord(size_t k) const {
    const NameToken& t = tok[k];
    if (!t.alpha) return false;
    if (capitals) return (t.lists & kStopWord) == 0 || Connector(k);
    return t.capitalised || Connector(k);
  }

  // The name closing the first n words of an `of` phrase: trailing capable
  // non-office tokens preceded by an office word (`of Interior and Justice
  // Pretelt`), or by a place and starting with a given name (`Director
  // General for Iberoamerica Javier Sandomingo`, 07MADRID2159); empty when
  // there is none.
  std::vector<size_t> PhraseName(const std::vector<size_t>& run, size_t n) const {
    // `Minister of National Defense Sekouba Konate and an assistant`
    // (09RABAT1018): the phrase stopped on a small word after `and`, so the
    // name closes it before the `and`.
    while (n > 0 && tok[run[n - 1]].upper == "AND") --n;
    size_t first = n;
    while (first > 0 && n - first < 3 && !Connector(run[first - 1]) &&
           !Office(run[first - 1]) && NameCapable(tok[run[first - 1]], capitals)) {
      --first;
    }
    bool office = false;
    for (size_t q = 0; q < first; ++q) office = office || Office(run[q]);
    // An acronym right before a name that starts with a given name stands
    // for an office word: `Director General of ISI Hamid Gul`; not `Ruler of
    // Dubai` after `Prime Minister of the UAE and`, `vice president of AIG
    // Aviation`, `of the CSU Chair Horst Seehofer` (09BERLIN1271).
    office = office || (first > 0 && n - first >= 2 && Acronym(run[first - 1]) && Given(run[first]));
    if (first == n) return {};
    size_t given = n;
    for (size_t q = first; q < n; ++q) {
      if (Given(run[q])) {
        given = q;
        break;
      }
    }
    // No office word: only a given name after some other word of the phrase
    // (its place) starts a name; `Ruler of Dubai`, `of AIG Aviation` do not.
    if (!office && (given == 0 || n - given < 2)) return {};
    if (given < n) first = given;
    // `President of the Antonio Narino Project` (04BOGOTA12734): named after
    // a person, not one.
    if ((tok[run[n - 1]].lists & kOrganisationSuffix) != 0) return {};
    return std::vector<size_t>(run.begin() + static_cast<long>(first), run.begin() + static_cast<long>(n));
  }

  // At a title: its chain (`Special Advisor ... Ambassador`), an `of`
  // phrase, then the name. Returns the index to go on from.
  size_t AtTitle(size_t i, TitleMatch m) {
    std::vector<std::string> titles;
    if (!m.title.empty()) titles.emplace_back(m.title);
    bool plural = m.plural;
    uint32_t start = tok[i].start;
    size_t j = i + m.words;
    bool bridged = false;  // j follows a parenthesised abbreviation
    bool post = false;     // j follows an envoy's post (EnvoyPost)
    for (int guard = 0; guard < 4 && j < tok.size(); ++guard) {
      if (ParenthesisedAbbreviation(j)) {
        // `(COAS)`: a title's abbreviation; its title is the one before it.
        ++j;
        bridged = true;
        break;
      }
      if (!Continuous(j - 1, j, true)) break;
      if (const size_t after = EnvoyPost(j, titles); after != j) {
        j = after;
        post = true;
        continue;
      }
      TitleMatch next = Title(j);
      if (next.words > 0) {
        if (!next.title.empty()) titles.emplace_back(next.title);
        plural = plural || next.plural;
        j += next.words;
        continue;
      }
      // `Minister of Interior and Justice Pretelt`: the office goes on after `and`.
      const bool more_office = tok[j].upper == "AND" && j + 1 < tok.size() && Office(j + 1);
      if (tok[j].upper != "OF" && tok[j].upper != "FOR" && tok[j].upper != "ON" && !more_office) break;
      // The `of` phrase: office words, then the name at its end
      // (`Minister of Interior and Justice Pretelt`), or a title that
      // starts the chain again (`... Asia Ambassador Dennis Ross`).
      size_t k = j + 1;
      size_t title_at = 0;
      std::vector<size_t> run;
      while (k < tok.size() && run.size() < kMaxOfPhraseWords && Continuous(k - 1, k)) {
        if (Title(k).words > 0) {
          title_at = k;
          break;
        }
        if (!PhraseWord(k)) break;
        run.push_back(k++);
      }
      if (title_at != 0) {
        // `Vice Minister of Defense Sergio Jaramillo and Armed Forces
        // Commander General Freddy Padilla` (09BOGOTA1588): the phrase ends
        // on a name before `and`; the titles after it are the next person's.
        size_t and_at = run.size();
        while (and_at > 0 && tok[run[and_at - 1]].upper != "AND") --and_at;
        // `Secretary of State for Iberoamerica Trinidad Jimenez and the
        // Director General ...` (07MADRID2159): a title after `and the` is
        // another person's even when no name is found before it (`Trinidad`
        // is a country word), not a title of the same chain.
        const bool another = and_at > 0 && and_at + 1 == run.size() && tok[run.back()].upper == "THE";
        std::vector<size_t> words;
        if (and_at > 1) words = PhraseName(run, and_at - 1);
        if (!words.empty()) Emit(words, titles, start);
        if (!words.empty() || another) {
          titles.clear();
          start = tok[title_at].start;
        }
        j = title_at;
        continue;
      }
      std::vector<size_t> words = PhraseName(run, run.size());
      if (!words.empty()) Emit(words, titles, start);
      return k;
    }
    if (j >= tok.size()) return j;
    // `THE AMBASSADOR NOTED`: in capitals, `the <title>` is a role; only a
    // known given name makes a name of what follows.
    const bool role = capitals && i > 0 && tok[i - 1].upper == "THE" && Continuous(i - 1, i);
    // So after an envoy's post when the name would be in capitals:
    // `AMBASSADOR TO IRAN DESCRIBES ELECTIONS` is a heading (09UNVIEVIENNA553).
    if ((role || (post && !tok[j].has_lower)) && !Given(j)) return j;
    std::vector<size_t> words = Name(j, true, bridged);
    if (words.empty()) return j;
    // A post of two words: `Ambassador to Sierra Leone John Hirsch`
    // (04ACCRA2168), `to Burkina Faso Jeanine Jackson` (09OUAGADOUGOU1159).
    // The name starts at its given name, or else after a first word that
    // three or more name-like words begin with.
    if (post && !Given(words[0])) {
      size_t cut = words.size() >= 3 ? 1 : 0;
      for (size_t w = 1; w < words.size(); ++w) {
        if (Given(words[w])) {
          cut = w;
          break;
        }
      }
      words.erase(words.begin(), words.begin() + static_cast<long>(cut));
      // One word after a one-word post, then punctuation: the post's second
      // word (`Ambassador to Burkina Faso, Jean Grabling`, `Ambassador to La
      // Paz)`), not `Ambassador to Islamabad Hui over the weekend`.
      const size_t after = words.back() + 1;
      if (words.size() == 1 && words[0] == j && !Office(j - 1) &&
          (after >= tok.size() || tok[after].break_before)) {
        return after;
      }
    }
    Emit(words, titles, start);
    size_t k = words.back() + 1;
    // `AMBASSADORS ROSS AND RICE`, `Ministers Kasuri, Aziz and Sherpao`.
    for (int guard = 0; plural && guard < 6 && k + 1 < tok.size(); ++guard) {
      size_t next = k;
      if (tok[k].upper == "AND" && Continuous(k - 1, k)) next = k + 1;
      else if (!(tok[k].break_before && text.substr(tok[k - 1].end, tok[k].start - tok[k - 1].end).find(',') != std::string_view::npos))
        break;
      if (next < tok.size() && tok[next].upper == "AND") ++next;
      if (next >= tok.size()) break;
      std::vector<size_t> more = Name(next, false);
      if (more.empty()) break;
      Emit(more, titles, tok[more.front()].start);
      k = more.back() + 1;
    }
    return k;
  }

  // Mixed case: a name followed by a comma and its title (`Anatoliy
  // Antonov, MFA Director for Disarmament`, `Theodora Bertzi, Secretary of
  // State`): two or three capitalised words (initials inside), a comma, at
  // most one acronym or office word, a title. The index to go on from, or
  // `i` when there is none.
  size_t Appositive(size_t i) {
    // Most words start no name: a small letter first, before any other
    // test, inline (as Title).
    if (capitals || !tok[i].capitalised || !tok[i].has_lower) return i;
    return AppositiveAt(i);
  }
  [[gnu::noinline]] size_t AppositiveAt(size_t i) {
    // Not inside a longer capitalised run (`US Land Forces Vice Commander,
    // Gen. ...`) nor after `of`, `on`, `the` ... (`Panel on Climate Change,
    // Director ...`): a name in apposition starts a phrase.
    if (i > 0 && Continuous(i - 1, i)) {
      const std::string_view before = tok[i - 1].upper;
      if (tok[i - 1].capitalised || before == "OF" || before == "ON" || before == "FOR" || before == "THE" ||
          before == "IN" || before == "AT") {
        return i;
      }
    }
    auto name_word = [&](size_t k) {
      return tok[k].capitalised && tok[k].has_lower && NameCapable(tok[k], false) && Title(k).words == 0;
    };
    // The name: tokens i .. end-1, consecutive (initials inside).
    size_t k = i;
    while (k < tok.size() && k - i < 3 && (k == i || Continuous(k - 1, k)) &&
           ((k > i && tok[k].initial && tok[k].capitalised) || name_word(k))) {
      ++k;
    }
    size_t end = k;
    while (end > i && tok[end - 1].initial) --end;
    if (end - i < 2 || k >= tok.size() || !tok[k].break_before) return i;
    const NameToken& last = tok[end - 1];
    if (last.possessive || k != end) return i;
    const std::string_view gap = text.substr(last.end, tok[k].start - last.end);
    if (gap.find_first_not_of(", \t\r\n") != std::string_view::npos || std::count(gap.begin(), gap.end(), ',') != 1) {
      return i;
    }
    size_t t = k;
    if (t + 1 < tok.size() && Continuous(t, t + 1) && Title(t).words == 0 &&
        (Office(t) || (tok[t].alpha && !tok[t].has_lower && tok[t].upper.size() <= 5))) {
      ++t;
    }
    const TitleMatch m = Title(t);
    if (m.words == 0 || m.title.empty()) return i;
    // `Asif Zardari, Foreign Minister Shah Mehmood Qureshi`: a list, the
    // title is the next name's.
    const size_t after = t + m.words;
    if (after < tok.size() && Continuous(after - 1, after) && tok[after].capitalised && NameCapable(tok[after], false)) {
      return i;
    }
    std::vector<size_t> words(end - i);
    for (size_t w = 0; w < words.size(); ++w) words[w] = i + w;
    Emit(words, {std::string(m.title)}, tok[i].start);
    return end;
  }

  // Mixed case: a name after a role written small that is no title
  // (`French Presidency official Richier`, 07PARIS3733; `indigenous
  // activist Aida Quilcue`, 09BOGOTA1588; `his bodyguard Halit`,
  // 07ANKARA1905). The index to go on from, or `i`.
  size_t AfterRoleNoun(size_t i) {
    // The next word's flags first: most small words are followed by another.
    if (capitals || tok[i].capitalised || !Continuous(i, i + 1) || !tok[i + 1].capitalised ||
        !tok[i + 1].has_lower || !IsRoleNoun(tok[i].upper) || Title(i + 1).words > 0) {
      return i;
    }
    // `official` and `dissident` are adjectives too (`the official People's
    // Daily`, `all official Americans`, `dissident Peronists`): as nouns
    // they follow the organisation (`HADEP official Ebubekir Deniz`).
    if ((tok[i].upper == "OFFICIAL" || tok[i].upper == "DISSIDENT" || IsStatusNoun(tok[i].upper)) &&
        (i == 0 || !Continuous(i - 1, i) || !tok[i - 1].capitalised)) {
      return i;
    }
    std::vector<size_t> words = Name(i + 1, false);
    if (words.empty()) return i;
    // `Province resident Tamils`, `national Sunni Arabs`: a people, not a
    // person; a person's status comes with the full name.
    if (IsStatusNoun(tok[i].upper) && words.size() < 2) return i;
    // `American citizen Diyarbakir Protestant Church pastor`.
    if ((tok[words.back()].lists & kOrganisationSuffix) != 0) return i;
    Emit(words, {}, tok[words.front()].start);
    return words.back() + 1;
  }

  // `Slobodan Tesic (alt. Tezic)`, `(aka "Tony Fergo")`, `(ALIAS ALFONSO
  // CANO)`: at token i, right after the name just emitted, another name of
  // that person in parentheses. The index to go on from, or `i`.
  size_t Alias(size_t i) {
    if (i == 0 || i + 1 >= tok.size() || !tok[i].break_before) return i;
    const bool owner_found = !out.empty() && out.back().words.back() + 1 == i &&
                             out.back().alias_of == NameCandidate::kNoAlias;
    // Most tokens: no name before, and in capitals no unanchored one.
    if (!owner_found && (capitals || !tok[i - 1].capitalised)) return i;
    const std::string_view u = tok[i].upper;
    size_t j = i + 1;
    if (u == "ALSO" && i + 3 < tok.size() && tok[i + 1].upper == "KNOWN" && tok[i + 2].upper == "AS") {
      j = i + 3;
    } else if (u != "ALT" && u != "AKA" && u != "A.K.A." && u != "ALIAS") {
      return i;
    }
    auto only = [&](uint32_t from, uint32_t to, std::string_view allowed) {
      for (char c : text.substr(from, to - from)) {
        if (!IsSpace(c) && allowed.find(c) == std::string_view::npos) return false;
      }
      return true;
    };
    const std::string_view quotes = "\"'\x80\x9C\x9D\xE2";  // and the bytes of U+201C, U+201D
    if (!only(tok[i - 1].end, tok[i].start, "(") || text.substr(tok[i - 1].end, tok[i].start - tok[i - 1].end).find('(') ==
                                                        std::string_view::npos ||
        !only(tok[j - 1].end, tok[j].start, std::string(quotes) + ".:")) {
      return i;
    }
    std::vector<size_t> words = Name(j, false);
    if (words.empty() || words.front() != j) return i;
    const size_t after = words.back() + 1;
    const uint32_t close = after < tok.size() ? tok[after].start : static_cast<uint32_t>(text.size());
    const std::string_view rest = text.substr(tok[words.back()].end, close - tok[words.back()].end);
    if (rest.find_first_of(");") == std::string_view::npos || !only(tok[words.back()].end, close, std::string(quotes) + ");,")) {
      return i;
    }
    if (!owner_found) {
      // `arms dealer Slobodan Tesic (alt. Tezic)` (09SANAA2208): the alias
      // anchors the two or three name words before it, in mixed case. Only
      // `alt.` and `alias`, which cables give persons: places and firms
      // have an `aka` too (`visited Dona Marta (aka Santa Marta)`).
      if (u != "ALT" && u != "ALIAS") return i;
      std::vector<size_t> owner;
      for (size_t k = i; k > 0 && owner.size() < 3; --k) {
        const NameToken& w = tok[k - 1];
        if (!w.capitalised || !w.has_lower || w.title_start || !NameCapable(w, false) ||
            (w.lists & kOrganisationSuffix) != 0 || (k < i && !Continuous(k - 1, k))) {
          break;
        }
        owner.insert(owner.begin(), k - 1);
      }
      const size_t first = owner.empty() ? 0 : owner.front();
      if (owner.size() < 2 || (first > 0 && Continuous(first - 1, first) && tok[first - 1].capitalised)) return i;
      Emit(owner, {}, tok[first].start);
    }
    const size_t owner = out.size() - 1;
    Emit(words, {}, tok[words.front()].start);
    out.back().alias_of = owner;
    return after;
  }

  void Run() {
    size_t i = 0;
    while (i < tok.size()) {
      if (const size_t next = Alias(i); next != i) {
        i = next;
        continue;
      }
      TitleMatch m = Title(i);
      if (m.words > 0) {
        size_t next = AtTitle(i, m);
        i = next > i ? next : i + 1;
        continue;
      }
      // `NSC FOR M. GAVIN` (person_address.h): asked only of `FOR`.
      if (tok[i].upper == "FOR") {
        const std::vector<std::vector<size_t>> names = AddressNames(text, tok, i);
        for (const std::vector<size_t>& words : names) Emit(words, {}, tok[words.front()].start);
        if (!names.empty()) {
          i = names.back().back() + 1;
          continue;
        }
      }
      if (const size_t next = Appositive(i); next != i) {
        i = next;
        continue;
      }
      if (const size_t next = AfterRoleNoun(i); next != i) {
        i = next;
        continue;
      }
      if (Given(i) && (capitals || tok[i].capitalised) &&
          (i == 0 || !IsNameParticle(tok[i - 1].upper))) {
        std::vector<size_t> words = Name(i, false);
        size_t surnames = 0;
        for (size_t w : words) surnames += (w != i && !tok[w].initial) ? 1 : 0;
        if (words.size() >= 2 && surnames > 0 && words.front() == i) {
          Emit(words, {}, tok[i].start);
          i = words.back() + 1;
          continue;
        }
      }
      if (!capitals) repeats.See(i);
      ++i;
    }
    for (const std::vector<size_t>& words : repeats.Names()) Emit(words, {}, tok[words.front()].start);
  }
};
}  // namespace

std::vector<NameCandidate> ScanNames(std::string_view text, const std::vector<NameToken>& tokens,
                                     bool capitals) {
  Scanner scanner(text, tokens, capitals);
  scanner.Run();
  return std::move(scanner.out);
}

}  // namespace cablescope::link
