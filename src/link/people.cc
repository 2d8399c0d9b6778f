#include "link/people.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "link/name_tokens.h"
#include "link/person_lists.h"
#include "link/person_scan.h"
#include "link/person_speakers.h"
#include "link/person_titles.h"
#include "link/person_words.h"

namespace cablescope::link {
namespace {

constexpr size_t kMaxBody = 4 << 20;  // longer bodies are scanned up to here
constexpr size_t kMinKey = 3;         // a bare word joins a name only from 3 letters on
constexpr size_t kMinGiven = 4;       // and a given name alone from 4 (`Ali`, `Abu` are everyone's)

// Field order of spans and of the persons of a record.
int FieldRank(std::string_view field) {
  if (field == "classified_by") return 0;
  if (field == "subject") return 1;
  if (field == "body") return 2;
  if (field == "signers") return 3;
  return 4;
}

// One name found somewhere in the record, before joining.
struct Found {
  std::vector<std::string> words;  // display words: "Susan", "E.", "Rice"
  std::vector<std::string> upper;  // the same upper-cased, dots and possessives removed
  std::vector<std::string> titles;
  PersonSpan span;
  bool mixed_case = false;  // written in mixed case (preferred for display)
  // An alias of the name at this index of the record's names (`Tezic` of
  // `Slobodan Tesic (alt. Tezic)`): that person, whatever its words.
  size_t alias_of = NameCandidate::kNoAlias;
};

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

std::string KeyOf(std::string_view upper) {
  std::string k;
  for (char c : upper) {
    if (c != '-' && c != '\'' && c != '.') k.push_back(c);
  }
  return k;
}

bool IsInitialWord(const std::string& upper) { return upper.size() == 1; }

// Two written forms of given names agree: equal, or one is the other's initial.
bool GivenAgree(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return true;
  if (a.size() == 1 || b.size() == 1) return a[0] == b[0];
  return a == b;
}

Found FromTokens(std::string_view text, const std::vector<NameToken>& tokens,
                 const std::vector<size_t>& words) {
  Found f;
  for (size_t w : words) {
    f.words.push_back(DisplayWord(text, tokens[w]));
    f.upper.push_back(KeyOf(tokens[w].upper));  // KeyOf drops dots too (`E.`, `P.M.`)
    f.mixed_case = f.mixed_case || tokens[w].has_lower;
  }
  return f;
}

// The words of a name given as a whole value (Classified By, a signer):
// titles before it are taken as titles (`AIT Director Douglas Paal`).
bool NameFromValue(std::string_view value, Found* f) {
  const NameTokens named = TokenizeNames(value);
  const std::vector<NameToken>& tokens = named.list;
  size_t start = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    TitleMatch m = MatchTitle(tokens, i);
    if (m.words > 0 && i + m.words < tokens.size()) {
      if (!m.title.empty()) f->titles.emplace_back(m.title);
      start = i + m.words;
      i += m.words - 1;
    }
  }
  std::vector<size_t> words;
  for (size_t i = start; i < tokens.size(); ++i) {
    if (tokens[i].initial || (tokens[i].alpha && tokens[i].upper.size() >= 2 &&
                              (tokens[i].lists & kStopWord) == 0)) {
      words.push_back(i);
    }
  }
  // An office before the name (`AIT`, `EconChief`) written in capitals.
  while (words.size() > 1 && !tokens[words.front()].has_lower && tokens[words[1]].has_lower) {
    words.erase(words.begin());
  }
  while (!words.empty() && tokens[words.back()].initial) words.pop_back();
  if (words.empty()) return false;
  Found g = FromTokens(value, tokens, words);
  f->words = std::move(g.words);
  f->upper = std::move(g.upper);
  f->mixed_case = g.mixed_case;
  return true;
}

// `(RICE, CONDOLEEZZA)` in a person tag -> Condoleezza Rice; several
// persons in one tag come as pairs: `(NOVO, GUILLERMO, REMON, PEDRO, ...)`.
void NamesFromTag(const std::string& tag, std::vector<Found>* out) {
  const size_t open = tag.find('(');
  const size_t close = tag.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close <= open) return;
  std::string_view inner = std::string_view(tag).substr(open + 1, close - open - 1);
  if (inner.find(',') == std::string_view::npos) return;
  std::vector<std::string_view> parts;
  while (!inner.empty()) {
    const size_t comma = inner.find(',');
    std::string_view part = inner.substr(0, comma);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    parts.push_back(part);
    if (comma == std::string_view::npos) break;
    inner.remove_prefix(comma + 1);
  }
  for (size_t p = 0; p + 1 < parts.size(); p += 2) {
    std::string value = std::string(parts[p + 1]) + " " + std::string(parts[p]);
    for (char c : value) {
      if (c >= '0' && c <= '9') return;
    }
    Found f;
    if (!NameFromValue(value, &f)) continue;
    f.span = PersonSpan{"tags", 0, 0, tag};
    out->push_back(std::move(f));
  }
}

// A person of this cable: the names joined so far.
struct CablePerson {
  std::vector<Found> found;
  size_t fullest = 0;
};

const Found& Fullest(const CablePerson& p) { return p.found[p.fullest]; }

// Whether name `f` joins person `p` of the same cable.
bool Joins(const CablePerson& p, const Found& f) {
  const Found& full = Fullest(p);
  if (f.upper.size() == 1) {
    for (size_t i = 0; i < full.upper.size(); ++i) {
      if (IsInitialWord(full.upper[i])) continue;
      if (full.upper[i] == f.upper[0]) return i + 1 == full.upper.size() || !IsGivenName(full.upper[i]);
    }
    return false;
  }
  if (full.upper.back() != f.upper.back()) {
    // `Ban Ki-moon` and `BAN KI-MOON`: the same words.
    return false;
  }
  if (full.upper.size() == 1) return true;
  return GivenAgree(full.upper.front(), f.upper.front());
}

void Add(CablePerson* p, Found f) {
  p->found.push_back(std::move(f));
  const Found& now = p->found.back();
  const Found& best = Fullest(*p);
  if (now.words.size() > best.words.size() ||
      (now.words.size() == best.words.size() && now.mixed_case && !best.mixed_case)) {
    p->fullest = p->found.size() - 1;
  }
}

int64_t SortKey(const PersonSpan& s) {
  return (static_cast<int64_t>(FieldRank(s.field)) << 32) + s.start;
}

bool HasTitles(const CablePerson& p) {
  for (const Found& f : p.found) {
    if (!f.titles.empty()) return true;
  }
  return false;
}

bool SharesTitle(const CablePerson& p, const Found& f) {
  for (const Found& g : p.found) {
    for (const auto& t : g.titles) {
      if (std::find(f.titles.begin(), f.titles.end(), t) != f.titles.end()) return true;
    }
  }
  return false;
}

int64_t FirstKey(const CablePerson& p) {
  int64_t first = INT64_MAX;
  for (const Found& f : p.found) first = std::min(first, SortKey(f.span));
  return first;
}

// The signer's name closing the body (`CROCKER` on the last line, or after
// the last sentence): that is the signers field, not a mention in the text.
bool IsSignatureLine(std::string_view text, const NameToken& tok, const std::vector<std::string>& signers) {
  size_t after = tok.end;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\r')) ++after;
  bool own_line = after == text.size() || text[after] == '\n';
  size_t before = tok.start;
  while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
  own_line = own_line && (before == 0 || text[before - 1] == '\n');
  size_t rest = after;
  while (rest < text.size() && (text[rest] == ' ' || text[rest] == '\n' || text[rest] == '\r' || text[rest] == '\t')) ++rest;
  const bool at_end = rest == text.size();
  if (!own_line && !at_end) return false;
  for (const std::string& s : signers) {
    if (UpperAscii(s) == tok.upper) return true;
  }
  return false;
}

// The words of a cable's names, for the bare-surname pass that looks up
// every word of the text: a 1 Kbit filter on a word's length and end
// letters turns most words away, the rest compare with the few keys (a
// cable names a handful of people). The first key added for a word wins.
class KeyIndex {
 public:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  explicit KeyIndex(const std::vector<std::pair<std::string, size_t>>& keys) : keys_(keys) {
    for (const auto& k : keys_) Set(Bit(k.first));
    // Past a few dozen keys a scan per word is quadratic in the text (a
    // long body naming thousands of people took minutes); a map then.
    if (keys_.size() > kScanned) {
      for (const auto& [key, person] : keys_) map_.emplace(key, person);  // the first key wins, as in the scan
    }
  }

  size_t Find(std::string_view word) const {
    if (word.empty() || !Test(Bit(word))) return kNone;
    if (!map_.empty()) {
      auto it = map_.find(word);
      return it == map_.end() ? kNone : it->second;
    }
    for (const auto& [key, person] : keys_) {
      if (key == word) return person;
    }
    return kNone;
  }

 private:
  static size_t Bit(std::string_view w) {
    return (static_cast<unsigned char>(w.front()) * 131u + static_cast<unsigned char>(w.back()) * 31u +
            w.size() * 7u) & 1023u;
  }
  void Set(size_t b) { bits_[b >> 6] |= uint64_t{1} << (b & 63); }
  bool Test(size_t b) const { return (bits_[b >> 6] >> (b & 63)) & 1; }

  static constexpr size_t kScanned = 32;

  const std::vector<std::pair<std::string, size_t>>& keys_;
  std::unordered_map<std::string_view, size_t> map_;  // when more than kScanned keys
  uint64_t bits_[16] = {};
};

// Whether token k + 1 goes on the name `full` (upper-cased words) that
// token k is a word of: the next word of that name, with nothing between.
bool FollowsName(const std::vector<NameToken>& tokens, size_t k,
                 const std::vector<std::string>& full) {
  const NameToken& a = tokens[k];
  const NameToken& b = tokens[k + 1];
  if (a.possessive || b.break_before) return false;
  const std::string ka = KeyOf(a.upper), kb = KeyOf(b.upper);
  for (size_t w = 0; w + 1 < full.size(); ++w) {
    if (full[w] == ka && full[w + 1] == kb) return true;
  }
  return false;
}

// Initials written as one word right before token k: `release A.Q. Khan`
// (08STATE37957). Not letters that read as an office, a country or a title
// (`U.S.`, `U.N.`, `P.M.`).
bool InitialsBefore(const std::vector<NameToken>& tokens, size_t k) {
  if (k == 0 || tokens[k].break_before) return false;
  const NameToken& t = tokens[k - 1];
  return t.initials && !t.title_start &&
         (WordLists(KeyOf(t.upper)) & (kOfficeWord | kStopWord)) == 0;
}

// A particle right before token k: `bin Laden` (07RIYADH2320), `BIN LADEN`,
// `da Silva` after `Luiz Inacio Lula da Silva`. It goes with the surname
// when the person's name has it there, or the surname is a public figure's.
bool ParticleBefore(const std::vector<NameToken>& tokens, size_t k) {
  return k > 0 && !tokens[k].break_before && tokens[k - 1].upper.size() <= 3 && IsNameParticle(tokens[k - 1].upper);
}

// Two adjacent words as one key.
std::string PairKey(std::string_view first, std::string_view second) {
  std::string key(first);
  key.push_back(' ');
  key.append(second);
  return key;
}

// How often each word is written right before each learned surname
// (`speakers`), counted in one pass for GivenNameBefore.
std::unordered_map<std::string, int> SpeakerPairs(const std::vector<NameToken>& tokens, const KeyIndex& speakers) {
  std::unordered_map<std::string, int> pairs;
  for (size_t q = 1; q < tokens.size(); ++q) {
    if (!tokens[q].break_before && speakers.Find(tokens[q].upper) != KeyIndex::kNone) {
      ++pairs[PairKey(tokens[q - 1].upper, tokens[q].upper)];
    }
  }
  return pairs;
}

// The word before a learned surname (person_speakers.h) that starts a
// clause with it, when the text writes the pair at least twice: the given
// name no list knows (`SUMMARY: FRANCK GELLET, FRENCH DAS-EQUIVALENT`, and
// again `PERSIAN GULF, FRANCK GELLET, SHARED`, 07PARIS2440). Once is not
// enough: `MEANWHILE GELLET` is a clause starting.
bool GivenNameBefore(const std::vector<NameToken>& tokens, const std::vector<bool>& covered, size_t k,
                     bool caps, const std::unordered_map<std::string, int>& pairs) {
  if (k == 0 || tokens[k].break_before || covered[k - 1]) return false;
  const NameToken& g = tokens[k - 1];
  if (!(k - 1 == 0 || g.break_before) || g.title_start || g.possessive || !NameCapable(g, caps)) return false;
  auto it = pairs.find(PairKey(g.upper, tokens[k].upper));
  return it != pairs.end() && it->second >= 2;
}

}  // namespace

std::vector<PersonMention> ExtractPeople(const Record& record) {
  std::vector<Found> found;
  for (const Person& cb : record.classified_by) {
    Found f;
    if (cb.title) {
      std::string t = NormaliseTitle(*cb.title);
      if (!t.empty()) f.titles.push_back(std::move(t));
    }
    if (!NameFromValue(cb.name, &f)) continue;
    f.span = PersonSpan{"classified_by", 0, 0, cb.name};
    found.push_back(std::move(f));
  }

  // Titled and given-name-anchored names in the subject and the body.
  struct Text {
    std::string_view field, text;
    NameTokens named;
    std::vector<bool> covered;  // token already part of a name
  };
  std::vector<Text> texts;
  if (record.subject) texts.push_back(Text{"subject", *record.subject, {}, {}});
  if (record.body) {
    std::string_view body = *record.body;
    if (body.size() > kMaxBody) body = body.substr(0, kMaxBody);
    texts.push_back(Text{"body", body, {}, {}});
  }
  for (Text& t : texts) {
    t.named = TokenizeNames(t.text);
    const std::vector<NameToken>& tokens = t.named.list;
    t.covered.assign(tokens.size(), false);
    const size_t base = found.size();  // ScanNames' candidates are found[base ...]
    auto add = [&](const NameCandidate& c) {
      Found f = FromTokens(t.text, tokens, c.words);
      f.titles = c.titles;
      if (c.alias_of != NameCandidate::kNoAlias) f.alias_of = base + c.alias_of;
      const bool body = t.field == "body";
      f.span = PersonSpan{std::string(t.field), body ? c.start : 0u, body ? c.end : 0u,
                          std::string(t.text.substr(c.start, c.end - c.start))};
      for (size_t w : c.words) t.covered[w] = true;
      found.push_back(std::move(f));
    };
    for (const NameCandidate& c : ScanNames(t.text, tokens, t.named.capitals)) add(c);
    for (const NameCandidate& c : ListNames(t.text, tokens, t.named.capitals, t.covered)) add(c);
  }
  for (const std::string& signer : record.signers) {
    Found f;
    if (!NameFromValue(signer, &f)) continue;
    f.span = PersonSpan{"signers", 0, 0, signer};
    found.push_back(std::move(f));
  }
  for (const std::string& tag : record.tags) NamesFromTag(tag, &found);

  // Join: fuller names first, so that a bare surname finds its full form.
  std::vector<size_t> order(found.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return found[a].words.size() > found[b].words.size();
  });
  std::vector<CablePerson> persons;
  std::vector<size_t> person_of(found.size(), 0);  // found index -> its person
  for (size_t i : order) {
    Found& f = found[i];
    if (f.alias_of != NameCandidate::kNoAlias) continue;  // below, with its person
    CablePerson* target = nullptr;
    CablePerson* titled = nullptr;
    for (CablePerson& p : persons) {
      if (!Joins(p, f)) continue;
      if (!f.titles.empty() && f.words.size() == 1) {
        // `PM Erdogan` joins the person who holds that title here, not the
        // untitled `Mustafa Erdogan (PM's brother)` named after it (09ANKARA321).
        if (titled == nullptr && SharesTitle(p, f)) titled = &p;
        if (!HasTitles(p) && FirstKey(p) > SortKey(f.span)) continue;
      }
      if (target == nullptr) target = &p;
    }
    if (titled != nullptr) target = titled;
    if (target == nullptr) {
      persons.emplace_back();
      target = &persons.back();
    }
    person_of[i] = static_cast<size_t>(target - persons.data());
    Add(target, std::move(f));
  }
  // Aliases join their name's person, not the fullest name (which they
  // would replace when longer). Their last word is a key below: `TEZIC`.
  std::vector<std::pair<std::string, size_t>> alias_keys;
  for (size_t i = 0; i < found.size(); ++i) {
    if (found[i].alias_of == NameCandidate::kNoAlias) continue;
    const size_t p = person_of[found[i].alias_of];
    if (found[i].upper.back().size() >= kMinKey) alias_keys.emplace_back(found[i].upper.back(), p);
    persons[p].found.push_back(std::move(found[i]));
  }

  // Bare surnames: a word of a known name elsewhere in the text
  // (`Rice` -> `Susan E. Rice`, `Ban said` -> `Ban Ki-moon`).
  // The keys are copied out: the persons' names move as mentions are added below.
  std::vector<std::pair<std::string, size_t>> key_words;
  for (size_t p = 0; p < persons.size(); ++p) {
    const Found& full = Fullest(persons[p]);
    for (size_t i = 0; i < full.upper.size(); ++i) {
      const std::string& u = full.upper[i];
      if (u.size() < kMinKey || (i + 1 < full.upper.size() && IsGivenName(u))) continue;
      key_words.emplace_back(u, p);
      // `Alimi` alone after `Rashad al-Alimi` (09SANAA2274): cables drop
      // the article as often as they keep it. The key has no hyphen
      // (`ALALIMI`), so the particle is read off the display word.
      const size_t n = i < full.words.size() ? HyphenParticleLength(full.words[i]) : 0;
      if (n > 0 && u.size() + 1 >= n + kMinKey) key_words.emplace_back(u.substr(n - 1), p);
    }
  }
  key_words.insert(key_words.end(), alias_keys.begin(), alias_keys.end());
  const KeyIndex keys(key_words);
  // Given names alone (`Nawaz's eligibility` after `Nawaz Sharif`,
  // 09ISLAMABAD24): the person whose fullest name starts with that word,
  // when only one person of the cable does and it is nobody's surname.
  std::vector<std::pair<std::string, size_t>> given_words;
  std::unordered_map<std::string_view, size_t> given_at;  // word -> its place in given_words
  for (size_t p = 0; p < persons.size(); ++p) {
    const Found& full = Fullest(persons[p]);
    if (full.upper.size() < 2 || full.upper[0].size() < kMinGiven || keys.Find(full.upper[0]) != KeyIndex::kNone) {
      continue;
    }
    auto [at, fresh] = given_at.emplace(full.upper[0], given_words.size());
    if (fresh) given_words.emplace_back(full.upper[0], p);
    else given_words[at->second].second = KeyIndex::kNone;  // two persons: neither
  }
  std::erase_if(given_words, [](const auto& g) { return g.second == KeyIndex::kNone; });
  const KeyIndex givens(given_words);
  // The fullest name of each person so far (copied: the names move below),
  // for names the text repeats whole (FollowsName).
  std::vector<std::vector<std::string>> full_names;
  for (const CablePerson& p : persons) full_names.push_back(Fullest(p).upper);
  // And a public figure's surname with no anchor in the cable (`Musharraf
  // said`), or a surname the cable's own reported speech teaches
  // (person_speakers.h: `GELLET SAID`): one person per surname, joined
  // across cables by the archive.
  std::unordered_map<std::string_view, size_t> figures;  // surname -> its person
  std::vector<std::pair<std::string, size_t>> speaker_words;  // KeyIndex's form; the value unused
  for (const Text& t : texts) {
    for (std::string_view w : SpeakerSurnames(t.named.list, t.named.capitals, t.covered)) {
      speaker_words.emplace_back(w, 0);
    }
  }
  const KeyIndex speakers(speaker_words);
  for (Text& t : texts) {
    const std::vector<NameToken>& tokens = t.named.list;
    const std::unordered_map<std::string, int> speaker_pairs =
        speaker_words.empty() ? std::unordered_map<std::string, int>() : SpeakerPairs(tokens, speakers);
    for (size_t i = 0; i < tokens.size(); ++i) {
      const NameToken& tok = tokens[i];
      // A known name in capitals counts in mixed-case prose too (a heading
      // `BOUTEFLIKA APPOINTS SENATORS`), but not a word like RICE or WOOD.
      const bool caps = t.named.capitals || !tok.has_lower;
      // The cheap test first: most words are no known name.
      if (t.covered[i]) continue;
      // Keys have kMinKey letters or more, and KeyOf only removes bytes.
      if (tok.upper.size() < kMinKey) continue;
      // KeyOf(word) == word unless the tokeniser saw `-`, `'` or `.` in it.
      size_t person = !tok.punctuated ? keys.Find(tok.upper) : keys.Find(KeyOf(tok.upper));
      if (person == KeyIndex::kNone && !given_words.empty()) {
        person = !tok.punctuated ? givens.Find(tok.upper) : givens.Find(KeyOf(tok.upper));
        // Not before or after another name word: `Nawaz Khan` is someone else.
        if (person != KeyIndex::kNone &&
            ((i > 0 && !tok.break_before && tokens[i - 1].capitalised && NameCapable(tokens[i - 1], caps)) ||
             (i + 1 < tokens.size() && !tokens[i + 1].break_before && tokens[i + 1].capitalised &&
              NameCapable(tokens[i + 1], caps) && !FollowsName(tokens, i, full_names[person])))) {
          continue;
        }
      }
      const bool speaker = person == KeyIndex::kNone && !speaker_words.empty() &&
                           speakers.Find(tok.upper) != KeyIndex::kNone;
      const bool figure = person == KeyIndex::kNone && (speaker || (tok.lists & kPublicFigure) != 0);
      if ((person == KeyIndex::kNone && !figure) || !NameCapable(tok, caps)) continue;
      if (caps && ((tok.lists & kCommonWordSurname) != 0 || tok.upper.size() < 4)) continue;
      // Part of a longer capitalised run that is not this name (`Rice
      // University`)? Only in mixed case can we tell.
      const bool body = t.field == "body";
      if (body && IsSignatureLine(t.text, tok, record.signers)) continue;
      // A figure's surname that is a place or a given name here: `LA URIBE`,
      // `Erdogan Colak` (the second only in mixed case, where a capital
      // says something).
      if (figure && i > 0 && !tok.break_before && (tokens[i - 1].upper == "LA" || tokens[i - 1].upper == "EL")) continue;
      // A small particle name after it is its own (`Muqtada al-Sadr`).
      if (figure && !t.named.capitals && i + 1 < tokens.size() && !tokens[i + 1].break_before &&
          tokens[i + 1].alpha && tokens[i + 1].capitalised && tokens[i + 1].has_lower &&
          (tokens[i + 1].lists & (kStopWord | kOfficeWord)) == 0 &&
          !(t.text[tokens[i + 1].start] >= 'a' && t.text[tokens[i + 1].start] <= 'z')) {
        continue;
      }
      if (figure) {
        auto [it, fresh] = figures.try_emplace(tok.upper, persons.size());
        if (fresh) persons.emplace_back();
        person = it->second;
      }
      std::vector<size_t> words = {i};
      if (!figure) {
        // The name repeated whole is one mention, not one per word:
        // `repatriate Aafia Siddiqi` after `Dr. Aafia Siddiqi` (08ISLAMABAD3418),
        // `Bob Patterson` of the Classified By line in the body (07MOSCOW4599).
        while (words.back() + 1 < tokens.size() && !t.covered[words.back() + 1] &&
               FollowsName(tokens, words.back(), full_names[person]) &&
               NameCapable(tokens[words.back() + 1], caps)) {
          words.push_back(words.back() + 1);
        }
      }
      if (InitialsBefore(tokens, i) && !t.covered[i - 1]) words.insert(words.begin(), i - 1);
      else if (speaker && GivenNameBefore(tokens, t.covered, i, caps, speaker_pairs)) words.insert(words.begin(), i - 1);
      else if (ParticleBefore(tokens, i) && !t.covered[i - 1] &&
               (figure || FollowsName(tokens, i - 1, full_names[person]))) {
        words.insert(words.begin(), i - 1);
      }
      const NameToken& first = tokens[words.front()];
      const NameToken& last = tokens[words.back()];
      Found f = FromTokens(t.text, tokens, words);
      f.span = PersonSpan{std::string(t.field), body ? first.start : 0u, body ? last.name_end : 0u,
                          std::string(t.text.substr(first.start, last.name_end - first.start))};
      persons[person].found.push_back(std::move(f));
      i = words.back();
    }
  }

  std::vector<PersonMention> out;
  std::vector<int64_t> first;
  for (CablePerson& p : persons) {
    std::sort(p.found.begin(), p.found.end(),
              [](const Found& a, const Found& b) { return SortKey(a.span) < SortKey(b.span); });
    PersonMention m;
    size_t best = 0;
    while (best + 1 < p.found.size() && p.found[best].alias_of != NameCandidate::kNoAlias) ++best;
    for (size_t i = 0; i < p.found.size(); ++i) {
      const Found& f = p.found[i];
      const Found& b = p.found[best];
      if (f.alias_of != NameCandidate::kNoAlias) continue;  // the name, not an alias, is displayed
      if (f.words.size() > b.words.size() ||
          (f.words.size() == b.words.size() && f.mixed_case && !b.mixed_case)) {
        best = i;
      }
    }
    m.name = Join(p.found[best].words);
    for (const Found& f : p.found) {
      for (const std::string& t : f.titles) {
        if (std::find(m.titles.begin(), m.titles.end(), t) == m.titles.end()) m.titles.push_back(t);
      }
      m.spans.push_back(f.span);
    }
    first.push_back(SortKey(p.found.front().span));
    out.push_back(std::move(m));
  }
  std::vector<size_t> idx(out.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return first[a] < first[b]; });
  std::vector<PersonMention> sorted;
  sorted.reserve(out.size());
  for (size_t i : idx) sorted.push_back(std::move(out[i]));
  return sorted;
}

}  // namespace cablescope::link
