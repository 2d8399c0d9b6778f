#include "link/person_titles.h"

#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "link/person_words.h"
#include "link/word_set.h"

namespace cablescope::link {
namespace {

struct TitleForm {
  std::string_view words;  // upper case, one space between words
  std::string_view title;  // normal form
  bool plural = false;
  bool caps_only = false;
  bool capitalised_only = false;  // a rank that is also a plain word: TitleMatch::capitalised_only
};

// Forms seen in cables. Longer forms win (`DEPUTY FOREIGN MINISTER` over
// `FOREIGN MINISTER`); abbreviations count only in capitals (`pm` is a time).
constexpr TitleForm kForms[] = {
    {"AMBASSADOR", "Ambassador"}, {"AMB", "Ambassador"},
    {"AMBASSADORS", "Ambassador", true}, {"AMBASSADOR-AT-LARGE", "Ambassador-at-Large"},
    {"AMBASSADOR AT LARGE", "Ambassador-at-Large"}, {"AMBASSADOR-DESIGNATE", "Ambassador"},
    {"SECRETARY", "Secretary"}, {"SECY", "Secretary"}, {"SECRETARY OF STATE", "Secretary"},
    {"SECSTATE", "Secretary"},
    {"SECRETARY OF DEFENSE", "Secretary of Defense"}, {"SECDEF", "Secretary of Defense", false, true},
    {"DEFENSE SECRETARY", "Secretary of Defense"},
    {"DEPUTY SECRETARY", "Deputy Secretary"}, {"DEPSEC", "Deputy Secretary", false, true},
    {"DEPUTY SECRETARY OF STATE", "Deputy Secretary"},
    {"ASSISTANT SECRETARY", "Assistant Secretary"},
    {"DEPUTY ASSISTANT SECRETARY", "Deputy Assistant Secretary"},
    {"DAS", "Deputy Assistant Secretary", false, true},
    {"A/S", "Assistant Secretary", false, true}, {"U/S", "Under Secretary", false, true},
    {"UNDER SECRETARY", "Under Secretary"}, {"UNDERSECRETARY", "Under Secretary"},
    {"UNDER-SECRETARY", "Under Secretary"},
    {"FOREIGN MINISTER", "Foreign Minister"}, {"FOREIGN MINISTERS", "Foreign Minister", true},
    {"FM", "Foreign Minister", false, true}, {"FORMIN", "Foreign Minister"},
    {"MINISTER OF FOREIGN AFFAIRS", "Foreign Minister"},
    {"DEPUTY FOREIGN MINISTER", "Deputy Foreign Minister"},
    {"VICE FOREIGN MINISTER", "Deputy Foreign Minister"},
    {"DFM", "Deputy Foreign Minister", false, true},
    {"FOREIGN SECRETARY", "Foreign Secretary"},
    {"PRESIDENT", "President"}, {"PRES", "President"}, {"PRESIDENTS", "President", true},
    {"VICE PRESIDENT", "Vice President"}, {"VP", "Vice President", false, true},
    {"PRIME MINISTER", "Prime Minister"}, {"PM", "Prime Minister", false, true},
    {"P.M.", "Prime Minister", false, true}, {"PRIMIN", "Prime Minister"},
    {"DEPUTY PRIME MINISTER", "Deputy Prime Minister"},
    {"DPM", "Deputy Prime Minister", false, true},
    {"SECRETARY-GENERAL", "Secretary-General"}, {"SECRETARY GENERAL", "Secretary-General"},
    {"SYG", "Secretary-General", false, true}, {"UNSYG", "Secretary-General", false, true},
    {"UNSG", "Secretary-General", false, true}, {"SECGEN", "Secretary-General"},
    {"DEPUTY SECRETARY-GENERAL", "Deputy Secretary-General"},
    {"DEPUTY SECRETARY GENERAL", "Deputy Secretary-General"},
    {"UNDERSECRETARY-GENERAL", "Under-Secretary-General"},
    {"UNDER-SECRETARY-GENERAL", "Under-Secretary-General"},
    {"UNDER SECRETARY-GENERAL", "Under-Secretary-General"},
    {"UNDER SECRETARY GENERAL", "Under-Secretary-General"},
    {"UNDERSECRETARY GENERAL", "Under-Secretary-General"},
    {"SPECIAL ADVISOR", "Special Advisor"}, {"SPECIAL ADVISER", "Special Advisor"},
    {"SPECIAL ENVOY", "Special Envoy"}, {"SPECIAL REPRESENTATIVE", "Special Representative"},
    {"NATIONAL SECURITY ADVISOR", "National Security Advisor"},
    {"NATIONAL SECURITY ADVISER", "National Security Advisor"},
    {"NSA", "National Security Advisor", false, true},
    {"MINISTER", "Minister"}, {"MINISTERS", "Minister", true},
    {"DEPUTY MINISTER", "Deputy Minister"}, {"VICE MINISTER", "Deputy Minister"},
    {"DEFENSE MINISTER", "Defense Minister"}, {"DEFENCE MINISTER", "Defense Minister"},
    {"DEFMIN", "Defense Minister"}, {"MINISTER OF DEFENSE", "Defense Minister"},
    {"MINISTER OF DEFENCE", "Defense Minister"},
    {"INTERIOR MINISTER", "Interior Minister"}, {"MINISTER OF INTERIOR", "Interior Minister"},
    {"MINISTER OF THE INTERIOR", "Interior Minister"},
    {"FINANCE MINISTER", "Finance Minister"}, {"FINMIN", "Finance Minister"},
    {"MINISTER OF FINANCE", "Finance Minister"},
    {"SENATOR", "Senator"}, {"SEN", "Senator"}, {"SENATORS", "Senator", true},
    {"CONGRESSMAN", "Representative"}, {"CONGRESSWOMAN", "Representative"},
    {"CODEL", "Representative"},
    {"GENERAL", "General"}, {"GEN", "General"}, {"LIEUTENANT GENERAL", "Lieutenant General"},
    {"LTG", "Lieutenant General", false, true}, {"LT GEN", "Lieutenant General"},
    {"MAJOR GENERAL", "Major General"}, {"MG", "Major General", false, true},
    // `Chief of Army Staff (COAS) Ashfaq Kayani`, `COAS Kayani` (08ISLAMABAD1998, 3733).
    {"CHIEF OF ARMY STAFF", "Chief of Army Staff"}, {"COAS", "Chief of Army Staff", false, true},
    {"BRIGADIER GENERAL", "Brigadier General"},
    {"ADMIRAL", "Admiral"}, {"ADM", "Admiral"}, {"COLONEL", "Colonel"},
    // Ranks that are plain words too (`a major concern`, `team captain`):
    // `Major Babamyrat` (10ASHGABAT111), `Captain Moussa Dadis Camara`
    // (10RABAT8), only written capitalised in mixed-case prose.
    {"MAJOR", "Major", false, false, true}, {"MAJ", "Major", false, false, true},
    {"CAPTAIN", "Captain", false, false, true}, {"CAPT", "Captain", false, false, true},
    {"LIEUTENANT", "Lieutenant", false, false, true}, {"LIEUTENANT COLONEL", "Lieutenant Colonel"},
    {"LT COL", "Lieutenant Colonel"}, {"LIEUTENANT COMMANDER", "Lieutenant Commander"}, {"LTC", "Lieutenant Colonel", false, true},
    {"COL", "Colonel", false, false, true}, {"SERGEANT", "Sergeant", false, false, true},
    {"SERGEANT MAJOR", "Sergeant Major", false, false, true},
    {"KING", "King"}, {"QUEEN", "Queen"}, {"CROWN PRINCE", "Crown Prince"}, {"PRINCE", "Prince"},
    {"EMIR", "Emir"}, {"AMIR", "Emir"}, {"SHEIKH", "Sheikh"}, {"SHAIKH", "Sheikh"},
    {"SHEIK", "Sheikh"}, {"SULTAN", "Sultan"},
    {"CHANCELLOR", "Chancellor"}, {"GOVERNOR", "Governor"}, {"MAYOR", "Mayor"},
    {"SPEAKER", "Speaker"}, {"CHAIRMAN", "Chairman"}, {"CHAIRWOMAN", "Chairman"},
    {"DIRECTOR", "Director"}, {"DIRECTOR GENERAL", "Director General"},
    {"DIRECTOR-GENERAL", "Director General"}, {"DEPUTY DIRECTOR", "Deputy Director"},
    {"CHARGE", "Charge d'Affaires"}, {"CHARGE D'AFFAIRES", "Charge d'Affaires"},
    {"CHARGE D,AFFAIRES", "Charge d'Affaires"},
    {"DCM", "Deputy Chief of Mission", false, true},
    {"CDA", "Charge d'Affaires", false, true},
    {"DEPUTY CHIEF OF MISSION", "Deputy Chief of Mission"},
    {"POLCHIEF", "Political Counselor"}, {"POL CHIEF", "Political Counselor"},
    {"POLCOUNS", "Political Counselor"}, {"POLITICAL COUNSELOR", "Political Counselor"},
    {"POLITICAL MINISTER COUNSELOR", "Political Minister-Counselor"},
    {"POLITICAL MINISTER-COUNSELOR", "Political Minister-Counselor"},
    {"ECONCHIEF", "Economic Counselor"}, {"ECON CHIEF", "Economic Counselor"},
    {"ECONOMIC COUNSELOR", "Economic Counselor"}, {"COUNSELOR", "Counselor"},
    {"CONSUL GENERAL", "Consul General"}, {"CG", "Consul General", false, true},
    {"ATTORNEY GENERAL", "Attorney General"}, {"JUDGE", "Judge"},
    {"CHIEF JUSTICE", "Chief Justice"}, {"SPOKESMAN", "Spokesman"},
    {"SPOKESPERSON", "Spokesman"}, {"SPOKESWOMAN", "Spokesman"},
    {"AYATOLLAH", "Ayatollah"}, {"SUPREME LEADER", "Supreme Leader"},
    {"CARDINAL", "Cardinal"}, {"ARCHBISHOP", "Archbishop"}, {"POPE", "Pope"},
    {"COMMISSIONER", "Commissioner"}, {"HIGH COMMISSIONER", "High Commissioner"},
    {"ENVOY", "Envoy"}, {"OPPOSITION LEADER", "Opposition Leader"},
    {"MP", "Member of Parliament", false, true},
    {"MR", ""}, {"MRS", ""}, {"MS", ""}, {"DR", ""}, {"MESSRS", "", true},
};

constexpr size_t kMaxTitleWords = 4;

constexpr size_t LongestForm() {
  size_t n = 0;
  for (const TitleForm& f : kForms) n = f.words.size() > n ? f.words.size() : n;
  return n;
}
// A key longer than this matches no form: MatchTitle builds its keys on
// the stack up to here (a heap string per title word otherwise, as
// `PRESIDENT OBAMA SAID` outgrows the small-string buffer).
constexpr size_t kLongestForm = LongestForm();

struct Table {
  std::unordered_map<std::string_view, const TitleForm*> by_words;
  std::unordered_set<std::string_view> titles;  // the normal forms
  Table() {
    for (const TitleForm& f : kForms) {
      by_words.emplace(f.words, &f);
      if (!f.title.empty()) titles.insert(f.title);
    }
  }
};

const Table& TheTable() {
  static const Table table;
  return table;
}

}  // namespace

bool IsTableTitle(std::string_view normal) { return TheTable().titles.count(normal) != 0; }

void AddTitleStarts(WordSet* set, uint8_t flags) {
  for (const TitleForm& f : kForms) set->Add(f.words.substr(0, f.words.find(' ')), flags);
}

TitleMatch MatchTitle(const std::vector<NameToken>& tokens, size_t at) {
  TitleMatch best;
  // The tokeniser looked the first word up already (title_start).
  if (at >= tokens.size() || !tokens[at].title_start) return best;
  const Table& t = TheTable();
  char key[kLongestForm];  // the first n words, joined by spaces
  size_t size = 0;
  for (size_t n = 1; n <= kMaxTitleWords && at + n <= tokens.size(); ++n) {
    const std::string_view word = tokens[at + n - 1].upper;
    if (size + (n > 1 ? 1 : 0) + word.size() > kLongestForm) break;
    if (n > 1) key[size++] = ' ';
    std::memcpy(key + size, word.data(), word.size());
    size += word.size();
    auto it = t.by_words.find(std::string_view(key, size));
    if (it != t.by_words.end()) {
      best.words = n;
      best.title = it->second->title;
      best.plural = it->second->plural;
      best.caps_only = it->second->caps_only;
      best.capitalised_only = it->second->capitalised_only;
    }
  }
  return best;
}

std::string NormaliseTitle(std::string_view text) {
  std::string words;
  bool space = false;
  bool has_lower = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '.') {
      space = !words.empty();
      continue;
    }
    if (space) words.push_back(' ');
    space = false;
    if (c >= 'a' && c <= 'z') has_lower = true;
    words.push_back(c);
  }
  const std::string upper = UpperAscii(words);
  const Table& t = TheTable();
  if (auto it = t.by_words.find(upper); it != t.by_words.end()) return std::string(it->second->title);
  if (has_lower) return words;
  // `DIRECTOR, INR/OPS` -> `Director, Inr/Ops`: capitals to title case.
  std::string out = words;
  bool start = true;
  for (char& c : out) {
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (letter && !start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    start = !letter;
  }
  return out;
}

}  // namespace cablescope::link
