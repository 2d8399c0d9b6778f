#include "archive/query_executor.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "archive/cable_text_values.h"
#include "archive/graph_query.h"
#include "archive/people_query.h"
#include "archive/text_fold.h"
#include "archive/text_match.h"
#include "archive/text_postings.h"
#include "link/cable_id.h"
#include "link/post_table.h"
#include "link/tag_info.h"

namespace cablescope::archive {
namespace {

using Kind = QueryNode::Kind;

std::string Upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool IsText(const QueryNode& n) {
  if (n.kind == Kind::kWord || n.kind == Kind::kPhrase) return true;
  if (n.kind == Kind::kAnd || n.kind == Kind::kOr) {
    for (const auto& c : n.children) {
      if (!IsText(c)) return false;
    }
    return true;
  }
  return false;
}

// Does folded `value` contain the folded tokens of `query` as a run of whole
// words (the last one a prefix when `prefix`)?
bool WordsMatch(const std::vector<std::string>& value, const std::vector<std::string>& query, bool prefix) {
  if (query.empty() || query.size() > value.size()) return false;
  for (size_t i = 0; i + query.size() <= value.size(); ++i) {
    bool ok = true;
    for (size_t k = 0; k < query.size() && ok; ++k) {
      const std::string& v = value[i + k];
      const std::string& q = query[k];
      if (prefix && k + 1 == query.size()) ok = v.compare(0, q.size(), q) == 0;
      else ok = v == q;
    }
    if (ok) return true;
  }
  return false;
}

// Expands the usual abbreviations of classification levels.
std::string ClassAlias(const std::string& folded) {
  if (folded == "u") return "unclassified";
  if (folded == "c") return "confidential";
  if (folded == "s") return "secret";
  if (folded == "ts") return "top secret";
  if (folded == "lou") return "limited official use";
  if (folded == "sbu") return "sensitive but unclassified";
  if (folded == "nf") return "noforn";
  return folded;
}

// class:secret matches SECRET and SECRET//NOFORN, not TOP SECRET;
// class:noforn matches any level with //NOFORN.
bool ClassMatches(const std::string& value, const std::string& query) {
  const std::string q = ClassAlias(FoldValue(query));
  if (FoldValue(value) == q) return true;
  size_t start = 0;
  std::string_view v(value);
  while (start <= v.size()) {
    size_t end = v.find("//", start);
    if (end == std::string_view::npos) end = v.size();
    if (FoldValue(v.substr(start, end - start)) == q) return true;
    start = end + 2;
  }
  return false;
}

class Executor {
 public:
  Executor(Database& db, const CableColumns& cols, const ParsedQuery& q, MatchSet* out, PostingCache* cache)
      : db_(db), cols_(cols), query_(q), out_(out), cache_(cache) {}

  Status Run() {
    out_->rows = RowSet(cols_.capacity);
    out_->score.clear();
    out_->scored = false;
    if (!query_.root) {
      if (query_.para_marking.empty()) {
        out_->rows = cols_.all;
        return Status::Ok();
      }
      out_->rows = cols_.all;
      KeepMarked(query_.para_marking, &out_->rows);
      return Status::Ok();
    }
    return Eval(*query_.root, true, &out_->rows);
  }

 private:
  Status Eval(const QueryNode& n, bool positive, RowSet* out) {
    if (IsText(n)) return Text({&n}, true, positive, out);
    switch (n.kind) {
      case Kind::kAnd:
      case Kind::kOr: {
        const bool is_and = n.kind == Kind::kAnd;
        // Text children are matched together (one pass of the text index);
        // the rest are evaluated one by one.
        std::vector<const QueryNode*> text;
        for (const auto& c : n.children) {
          if (IsText(c)) text.push_back(&c);
        }
        bool first = true;
        auto combine = [&](const RowSet& part) {
          if (first) *out = part;
          else if (is_and) out->IntersectWith(part);
          else out->UnionWith(part);
          first = false;
        };
        if (!text.empty()) {
          RowSet part(cols_.capacity);
          Status s = Text(text, is_and, positive, &part);
          if (!s.ok()) return s;
          combine(part);
        }
        std::vector<const QueryNode*> negated;
        for (const auto& c : n.children) {
          if (IsText(c)) continue;
          if (is_and && c.kind == Kind::kNot) {
            negated.push_back(&c.children[0]);
            continue;
          }
          RowSet part(cols_.capacity);
          Status s = Eval(c, positive, &part);
          if (!s.ok()) return s;
          combine(part);
        }
        if (first) *out = cols_.all;  // only negations: start from every cable
        for (const QueryNode* c : negated) {
          RowSet part(cols_.capacity);
          Status s = Eval(*c, !positive, &part);
          if (!s.ok()) return s;
          out->Subtract(part);
        }
        return Status::Ok();
      }
      case Kind::kNot: {
        RowSet part(cols_.capacity);
        Status s = Eval(n.children[0], !positive, &part);
        if (!s.ok()) return s;
        *out = cols_.all;
        out->Subtract(part);
        return Status::Ok();
      }
      case Kind::kField:
        return Field(n, positive, out);
      default:
        return Text({&n}, true, positive, out);
    }
  }

  // Matches text parts (all of them when `all`, else any) in the full-text
  // index; adds scores when `positive`. Under `para:M` only the column of
  // M's paragraphs is searched (cable_text_values.h); a marking with more
  // than its column says ("S/NF" in m_s) also needs a paragraph so marked.
  Status Text(const std::vector<const QueryNode*>& parts, bool all, bool positive, RowSet* out) {
    const std::string& marking = query_.para_marking;
    const int column = marking.empty() ? -1 : kFirstMarkingColumn + static_cast<int>(MarkingColumn(marking));
    TextMatcher matcher(db_, cols_, cache_);
    if (column >= 0) {
      matcher.CannotMatchOutside(&cols_.with_marking_column[static_cast<size_t>(column - kFirstMarkingColumn)]);
    }
    Status s = matcher.Match(parts, all, column, out, Scores(positive));
    if (s.ok() && !marking.empty() && !MarkingIsBase(marking)) KeepMarked(marking, out);
    return s;
  }

  // The score array when the part counts for ranking, else null.
  std::vector<float>* Scores(bool positive) {
    if (!positive) return nullptr;
    if (!out_->scored) {
      out_->scored = true;
      out_->score.assign(static_cast<size_t>(cols_.capacity), 0.0f);
    }
    return &out_->score;
  }

  // Keeps the rows of *rows that have a paragraph marked `marking` (or a
  // longer marking starting with it and '/'; any case), from the columns'
  // sets of markings.
  void KeepMarked(const std::string& marking, RowSet* rows) {
    const std::string want = Upper(marking);
    std::vector<char> ok(cols_.marking_sets.size(), 0);
    for (size_t i = 0; i < ok.size(); ++i) {
      ForEachMarking(cols_.marking_sets.values()[i], [&](std::string_view marked) {
        const std::string m = Upper(marked);
        if (m == want || (m.size() > want.size() && m.compare(0, want.size(), want) == 0 && m[want.size()] == '/')) {
          ok[i] = 1;
        }
      });
    }
    RowSet kept(cols_.capacity);
    rows->ForEach([&](int64_t row) {
      const int32_t v = cols_.markings[static_cast<size_t>(row)];
      if (v >= 0 && ok[static_cast<size_t>(v)]) kept.Add(row);
    });
    *rows = std::move(kept);
  }

  Status Sql(const char* sql, const std::vector<std::string>& binds, RowSet* out) {
    Statement st;
    Status s = db_.Prepare(sql, &st);
    if (!s.ok()) return s;
    for (size_t i = 0; i < binds.size(); ++i) st.Bind(static_cast<int>(i + 1), binds[i]);
    while (st.Step()) out->Add(st.Int(0));
    return st.status();
  }

  // Rows whose dictionary-encoded column has a value accepted by `accept`.
  template <class Accept>
  void Dictionary(const class Dictionary& dict, const std::vector<int32_t>& column, Accept accept, RowSet* out) {
    std::vector<char> ok(dict.size(), 0);
    bool any = false;
    for (size_t i = 0; i < dict.size(); ++i) {
      ok[i] = accept(dict.values()[i]) ? 1 : 0;
      any = any || ok[i];
    }
    if (!any) return;
    cols_.all.ForEach([&](int64_t row) {
      const int32_t v = column[static_cast<size_t>(row)];
      if (v >= 0 && ok[static_cast<size_t>(v)]) out->Add(row);
    });
  }

  Status Field(const QueryNode& n, bool positive, RowSet* out) {
    const std::vector<std::string> q = FoldedTokens(n.text);
    auto words = [&](const std::string& value) { return WordsMatch(FoldedTokens(value), q, n.prefix); };
    switch (n.field) {
      case QueryField::kSubject:
        return TextMatcher(db_, cols_, cache_).MatchPhrase(q, n.prefix, kSubjectColumn, out, Scores(positive));
      case QueryField::kDate: {
        // A binary search in the rows by date; rows without a date match no range.
        auto day_of = [&](int32_t row) { return cols_.day[static_cast<size_t>(row)]; };
        auto first = std::partition_point(cols_.by_day.begin(), cols_.by_day.end(),
                                          [&](int32_t row) { return day_of(row) < n.days.lo; });
        for (auto it = first; it != cols_.by_day.end() && day_of(*it) <= n.days.hi; ++it) {
          if (cols_.all.Contains(*it)) out->Add(*it);
        }
        return Status::Ok();
      }
      case QueryField::kDecl: {
        const auto& col = cols_.decl;
        cols_.all.ForEach([&](int64_t row) {
          if (n.days.Contains(col[static_cast<size_t>(row)])) out->Add(row);
        });
        return Status::Ok();
      }
      case QueryField::kOrigin:
        return Origin(n, words, out);
      case QueryField::kFrom:
        Dictionary(cols_.froms, cols_.from, words, out);
        return Status::Ok();
      case QueryField::kPrecedence:
        Dictionary(cols_.precedences, cols_.precedence, words, out);
        return Status::Ok();
      case QueryField::kClass:
        Dictionary(cols_.classifications, cols_.classification,
                   [&](const std::string& v) { return ClassMatches(v, n.text); }, out);
        return Status::Ok();
      case QueryField::kTag:
        return Tag(n, out);
      case QueryField::kId: {
        if (n.prefix) return Sql("SELECT cable FROM cables WHERE id GLOB ?1 || '*'", {Upper(n.text)}, out);
        auto id = link::CanonicalId(n.text);
        return Sql("SELECT cable FROM cables WHERE id = ?1 OR id = ?2",
                   {id.value_or(Upper(n.text)), Upper(n.text)}, out);
      }
      case QueryField::kRef: {
        auto id = link::CanonicalId(n.text);
        return Sql("SELECT cable FROM refs WHERE ref_id = ?1 OR ref_id = ?2",
                   {id.value_or(Upper(n.text)), Upper(n.text)}, out);
      }
      case QueryField::kCaption:
        if (n.prefix) return Sql("SELECT cable FROM captions WHERE caption GLOB ?1 || '*'", {Upper(n.text)}, out);
        return Sql("SELECT cable FROM captions WHERE caption = ?1", {Upper(n.text)}, out);
      case QueryField::kSigner:
        return Sql("SELECT cable FROM signers WHERE name = ?1", {Upper(n.text)}, out);
      case QueryField::kRoute:
        return Route(n, out);
      case QueryField::kTo:
        return To(n, words, out);
      case QueryField::kCites:
      case QueryField::kCitedBy:
      case QueryField::kThread:
        return GraphFieldRows(db_, n.field, n.text, out);
      case QueryField::kPerson:
        return PersonRows(db_, n.text, n.prefix, out);
      case QueryField::kClassifiedBy: {
        // Each cable's classifiers are in the columns, folded (" title name "):
        // the query's words must be a run of whole words of one, the last a
        // prefix for `name*`. The Classified By line is part of the cable's
        // text, so the text index narrows the candidates first; a merged
        // cable may take its body from a version without that line, so when
        // the candidates give nothing, every cable is checked.
        if (q.empty()) return Status::Ok();
        std::string pattern;
        for (const auto& t : q) pattern += " " + t;
        if (!n.prefix) pattern.push_back(' ');
        bool any = false;
        auto check = [&](int64_t row) {
          const auto r = static_cast<size_t>(row);
          for (uint32_t i = cols_.classifier_begin[r]; i < cols_.classifier_begin[r + 1]; ++i) {
            if (cols_.classifier_keys[i].find(pattern) != std::string::npos) {
              out->Add(row);
              any = true;
              return;
            }
          }
        };
        RowSet candidates(cols_.capacity);
        Status s = TextMatcher(db_, cols_, cache_).MatchPhrase(q, n.prefix, -1, &candidates, nullptr);
        if (!s.ok()) return s;
        candidates.ForEach(check);
        if (!any) cols_.all.ForEach(check);
        return Status::Ok();
      }
    }
    return Status::Ok();
  }

  // origin:, to:, route: accept any name of a post (post_table.h):
  // `origin:RUEHIL`, `to:"Embassy Islamabad"`, `route:ISLAMABAD`. The
  // post's names as folded values, its routing indicators upper-cased.
  struct PostNames {
    std::unordered_set<std::string> keys;  // FoldValue of every name
    std::vector<std::string> routes;       // single indicators (blocks left out)
  };
  static PostNames NamesOfPost(std::string_view text) {
    PostNames p;
    const link::PostInfo* post = link::FindPost(text);
    if (post == nullptr) return p;
    p.keys.insert(FoldValue(post->name));
    for (const auto& name : post->names) p.keys.insert(FoldValue(name));
    for (const auto& r : post->routes) {
      if (r.find('-') == std::string::npos) p.routes.push_back(r);
    }
    return p;
  }

  Status Routes(const char* sql, const std::string& text, const PostNames& post, RowSet* out) {
    std::vector<std::string> routes = post.routes;
    const std::string upper = Upper(text);
    if (std::find(routes.begin(), routes.end(), upper) == routes.end()) routes.push_back(upper);
    for (const auto& r : routes) {
      Status s = Sql(sql, {r}, out);
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

  // origin: words of the origin's name, or any name of the post (its
  // names, or the routing indicator of the station that sent the cable).
  template <class Words>
  Status Origin(const QueryNode& n, const Words& words, RowSet* out) {
    const PostNames post = n.prefix ? PostNames() : NamesOfPost(n.text);
    Dictionary(cols_.origins, cols_.origin,
               [&](const std::string& v) { return words(v) || post.keys.count(FoldValue(v)) > 0; }, out);
    for (const auto& r : post.routes) {
      Status s = Sql("SELECT cable FROM cables WHERE station_route = ?1", {r}, out);
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

  // route: a routing indicator anywhere in the header (recipient, relay,
  // sending station), or a post's indicators.
  Status Route(const QueryNode& n, RowSet* out) {
    const PostNames post = n.prefix ? PostNames() : NamesOfPost(n.text);
    return Routes("SELECT cable FROM recipients WHERE route = ?1 UNION SELECT cable FROM relays "
                  "WHERE route = ?1 UNION SELECT cable FROM cables WHERE station_route = ?1",
                  n.text, post, out);
  }

  // to: an addressee (TO or INFO) by routing indicator, by words of its name
  // as written, or by any name of a post. Words are matched against the
  // distinct names (recipient_names: a few thousand rows at Cablegate size,
  // not every recipient row); each matching name's cables come from the
  // recipients_name index.
  template <class Words>
  Status To(const QueryNode& n, const Words& words, RowSet* out) {
    const PostNames post = n.prefix ? PostNames() : NamesOfPost(n.text);
    Status s = Routes("SELECT cable FROM recipients WHERE route = ?1", n.text, post, out);
    if (!s.ok()) return s;
    Statement names;
    s = db_.Prepare("SELECT name, key FROM recipient_names", &names);
    if (!s.ok()) return s;
    std::vector<std::string> matched;
    while (names.Step()) {
      std::string key = names.String(1);
      if (post.keys.count(key) > 0 || words(key)) matched.push_back(names.String(0));
    }
    if (!names.status().ok()) return names.status();
    for (const auto& name : matched) {
      s = Sql("SELECT cable FROM recipients WHERE name = ?1", {name}, out);
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

  // tag: a code (`tag:KNNP`, any case, typos fixed), a code prefix
  // (`tag:KN*`), or words of a tag's meaning (`tag:"nuclear
  // non-proliferation"`, `tag:iran`) or of a person tag's person.
  Status Tag(const QueryNode& n, RowSet* out) {
    const std::string want = Upper(n.text);
    std::unordered_set<std::string> codes;
    codes.insert(want);
    const auto described = link::DescribeTag(n.text);
    if (described) codes.insert(described->code);
    // Words, not a code: the tags whose meaning has them.
    const bool by_meaning = !n.prefix && (!described || want.find(' ') != std::string::npos);
    const std::vector<std::string> q = FoldedTokens(n.text);
    if (by_meaning) {
      for (const auto& t : link::FindTags(n.text)) codes.insert(t.code);
    }
    std::vector<char> ok(cols_.tag_names.size(), 0);
    for (size_t i = 0; i < ok.size(); ++i) {
      const std::string& t = cols_.tag_names.values()[i];
      if (n.prefix) {
        ok[i] = t.compare(0, want.size(), want) == 0;
      } else {
        ok[i] = codes.count(Upper(t)) > 0;
        if (!ok[i] && by_meaning && t.find('(') != std::string::npos) {
          // A person tag: `tag:"condoleezza rice"` finds OVIP (RICE, CONDOLEEZZA).
          if (auto person = link::DescribeTag(t); person && !person->person.empty()) {
            ok[i] = WordsMatch(FoldedTokens(person->person), q, false) ||
                    WordsMatch(FoldedTokens(t), q, false);
          }
        }
      }
    }
    for (size_t t = 0; t < ok.size(); ++t) {
      if (!ok[t]) continue;
      for (uint32_t i = cols_.tag_row_begin[t]; i < cols_.tag_row_begin[t + 1]; ++i) out->Add(cols_.tag_rows[i]);
    }
    return Status::Ok();
  }

  Database& db_;
  const CableColumns& cols_;
  const ParsedQuery& query_;
  MatchSet* out_;
  PostingCache* cache_;
};

void CollectTerms(const QueryNode& n, bool positive, std::vector<HighlightTerm>* out) {
  switch (n.kind) {
    case Kind::kWord:
    case Kind::kPhrase:
      if (positive) out->push_back({FoldedTokens(n.text), n.prefix});
      return;
    case Kind::kField:
      if (positive && n.field == QueryField::kSubject) out->push_back({FoldedTokens(n.text), n.prefix});
      return;
    case Kind::kNot:
      for (const auto& c : n.children) CollectTerms(c, !positive, out);
      return;
    default:
      for (const auto& c : n.children) CollectTerms(c, positive, out);
  }
}

}  // namespace

Status ExecuteQuery(Database& db, const CableColumns& columns, const ParsedQuery& query, MatchSet* out,
                    PostingCache* cache) {
  return Executor(db, columns, query, out, cache).Run();
}

std::vector<HighlightTerm> HighlightTerms(const ParsedQuery& query) {
  std::vector<HighlightTerm> out;
  if (query.root) CollectTerms(*query.root, true, &out);
  return out;
}

}  // namespace cablescope::archive
