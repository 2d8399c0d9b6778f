#include "archive/query_parser.h"

#include <array>
#include <cctype>
#include <string>

#include "archive/text_fold.h"

namespace cablescope::archive {
namespace {

constexpr std::array<std::pair<std::string_view, QueryField>, 19> kFields = {{
    {"id", QueryField::kId},
    {"origin", QueryField::kOrigin},
    {"from", QueryField::kFrom},
    {"to", QueryField::kTo},
    {"route", QueryField::kRoute},
    {"tag", QueryField::kTag},
    {"class", QueryField::kClass},
    {"caption", QueryField::kCaption},
    {"precedence", QueryField::kPrecedence},
    {"subject", QueryField::kSubject},
    {"signer", QueryField::kSigner},
    {"classified_by", QueryField::kClassifiedBy},
    {"ref", QueryField::kRef},
    {"date", QueryField::kDate},
    {"decl", QueryField::kDecl},
    {"cites", QueryField::kCites},
    {"cited_by", QueryField::kCitedBy},
    {"thread", QueryField::kThread},
    {"person", QueryField::kPerson},
}};

constexpr std::string_view kFieldList =
    "id, origin, from, to, route, tag, class, caption, precedence, subject, signer, "
    "classified_by, ref, date, decl, cites, cited_by, thread, person, para";

enum class TokKind { kWord, kPhrase, kLParen, kRParen, kAnd, kOr, kNot, kEnd };

struct Tok {
  TokKind kind = TokKind::kEnd;
  std::string text;        // word (without field, minus or star) or phrase
  std::string field;       // "tag" for tag:KNNP; empty otherwise
  bool negated = false;    // -word
  bool prefix = false;     // word*
  bool quoted = false;     // phrase, or field:"phrase"
  size_t offset = 0;       // byte offset of the token's start
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsDelim(char c) { return IsSpace(c) || c == '(' || c == ')' || c == '"'; }

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  Status Run(ParsedQuery* out);

 private:
  int Column(size_t offset) const {
    int col = 1;
    for (size_t i = 0; i < offset && i < text_.size(); ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
    }
    return col;
  }
  Status Error(const std::string& what, size_t offset) const {
    return Status::InvalidQuery(what + " at column " + std::to_string(Column(offset)));
  }

  Status Lex();
  const Tok& Peek() const { return toks_[pos_]; }
  Status ParseOr(QueryNode* out);
  Status ParseAnd(QueryNode* out);
  Status ParseUnary(QueryNode* out);
  Status ParsePrimary(const Tok& tok, QueryNode* out);
  Status ExtractPara(QueryNode* node, bool top_and, ParsedQuery* out, bool* remove);

  std::string_view text_;
  std::vector<Tok> toks_;
  size_t pos_ = 0;
};

Status Parser::Lex() {
  size_t i = 0;
  while (i < text_.size()) {
    const char c = text_[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    Tok tok;
    tok.offset = i;
    if (c == '(' || c == ')') {
      tok.kind = c == '(' ? TokKind::kLParen : TokKind::kRParen;
      toks_.push_back(tok);
      ++i;
      continue;
    }
    if (c == '-' && i + 1 < text_.size() && text_[i + 1] == '(') {
      tok.kind = TokKind::kNot;  // -(a OR b) = NOT (a OR b)
      toks_.push_back(tok);
      ++i;
      continue;
    }
    if (c == '-' && i + 1 < text_.size() && !IsSpace(text_[i + 1]) && text_[i + 1] != ')') {
      tok.negated = true;
      ++i;
    }
    if (i < text_.size() && text_[i] == '"') {
      const size_t close = text_.find('"', i + 1);
      if (close == std::string_view::npos) return Error("unbalanced quote", i);
      tok.kind = TokKind::kPhrase;
      tok.quoted = true;
      tok.text = std::string(text_.substr(i + 1, close - i - 1));
      i = close + 1;
      toks_.push_back(tok);
      continue;
    }
    size_t j = i;
    while (j < text_.size() && !IsDelim(text_[j])) ++j;
    std::string_view word = text_.substr(i, j - i);
    if (word.empty()) {
      // A lone '-' before '(' or a quote was handled above; here it is '-' before ')'.
      return Error("'-' needs a term", tok.offset);
    }
    // field:value
    const size_t colon = word.find(':');
    bool is_field = colon != std::string_view::npos && colon > 0;
    if (is_field) {
      for (size_t k = 0; k < colon; ++k) {
        const char f = word[k];
        if (!(std::islower(static_cast<unsigned char>(f)) || f == '_')) is_field = false;
      }
    }
    if (is_field) {
      tok.field = std::string(word.substr(0, colon));
      if (tok.field != "para" && !QueryFieldFromName(tok.field)) {
        return Error("unknown field '" + tok.field + ":' (fields: " + std::string(kFieldList) + ")", i);
      }
      std::string_view value = word.substr(colon + 1);
      if (value.empty()) {
        if (j < text_.size() && text_[j] == '"') {
          const size_t close = text_.find('"', j + 1);
          if (close == std::string_view::npos) return Error("unbalanced quote", j);
          tok.kind = TokKind::kWord;
          tok.quoted = true;
          tok.text = std::string(text_.substr(j + 1, close - j - 1));
          toks_.push_back(tok);
          i = close + 1;
          continue;
        }
        return Error("field '" + tok.field + ":' has no value", i);
      }
      tok.kind = TokKind::kWord;
      tok.text = std::string(value);
    } else if (!tok.negated && (word == "AND" || word == "OR" || word == "NOT")) {
      tok.kind = word == "AND" ? TokKind::kAnd : word == "OR" ? TokKind::kOr : TokKind::kNot;
    } else {
      tok.kind = TokKind::kWord;
      tok.text = std::string(word);
    }
    if (tok.kind == TokKind::kWord && !tok.quoted && tok.text.size() > 1 && tok.text.back() == '*') {
      tok.prefix = true;
      tok.text.pop_back();
    }
    toks_.push_back(tok);
    i = j;
  }
  Tok end;
  end.kind = TokKind::kEnd;
  end.offset = text_.size();
  toks_.push_back(end);
  return Status::Ok();
}

Status Parser::ParseOr(QueryNode* out) {
  QueryNode first;
  Status s = ParseAnd(&first);
  if (!s.ok()) return s;
  if (Peek().kind != TokKind::kOr) {
    *out = std::move(first);
    return Status::Ok();
  }
  QueryNode node;
  node.kind = QueryNode::Kind::kOr;
  node.column = first.column;
  node.children.push_back(std::move(first));
  while (Peek().kind == TokKind::kOr) {
    const Tok op = toks_[pos_++];
    const TokKind next = Peek().kind;
    if (next == TokKind::kEnd || next == TokKind::kRParen || next == TokKind::kOr ||
        next == TokKind::kAnd) {
      return Error("OR needs a term after it", op.offset);
    }
    QueryNode rhs;
    s = ParseAnd(&rhs);
    if (!s.ok()) return s;
    node.children.push_back(std::move(rhs));
  }
  *out = std::move(node);
  return Status::Ok();
}

Status Parser::ParseAnd(QueryNode* out) {
  QueryNode node;
  node.kind = QueryNode::Kind::kAnd;
  while (true) {
    const Tok& t = Peek();
    if (t.kind == TokKind::kEnd || t.kind == TokKind::kRParen || t.kind == TokKind::kOr) break;
    if (t.kind == TokKind::kAnd) {
      if (node.children.empty()) return Error("AND needs a term before it", t.offset);
      const size_t at = t.offset;
      ++pos_;
      const TokKind next = Peek().kind;
      if (next == TokKind::kEnd || next == TokKind::kRParen || next == TokKind::kOr ||
          next == TokKind::kAnd) {
        return Error("AND needs a term after it", at);
      }
      continue;
    }
    QueryNode child;
    Status s = ParseUnary(&child);
    if (!s.ok()) return s;
    if (node.children.empty()) node.column = child.column;
    node.children.push_back(std::move(child));
  }
  if (node.children.empty()) {
    const Tok& t = Peek();
    if (t.kind == TokKind::kOr) return Error("OR needs a term before it", t.offset);
    if (t.kind == TokKind::kRParen) return Error("empty parentheses", t.offset);
    return Error("the query is empty", t.offset);
  }
  if (node.children.size() == 1) {
    *out = std::move(node.children[0]);
  } else {
    *out = std::move(node);
  }
  return Status::Ok();
}

Status Parser::ParseUnary(QueryNode* out) {
  const Tok& t = Peek();
  if (t.kind == TokKind::kNot) {
    const size_t at = t.offset;
    ++pos_;
    const TokKind next = Peek().kind;
    if (next == TokKind::kEnd || next == TokKind::kRParen || next == TokKind::kOr ||
        next == TokKind::kAnd) {
      return Error("NOT needs a term after it", at);
    }
    QueryNode child;
    Status s = ParseUnary(&child);
    if (!s.ok()) return s;
    QueryNode node;
    node.kind = QueryNode::Kind::kNot;
    node.column = Column(at);
    node.children.push_back(std::move(child));
    *out = std::move(node);
    return Status::Ok();
  }
  Tok tok = toks_[pos_++];
  const bool negated = tok.negated;
  QueryNode inner;
  Status s = ParsePrimary(tok, &inner);
  if (!s.ok()) return s;
  if (!negated) {
    *out = std::move(inner);
    return Status::Ok();
  }
  QueryNode node;
  node.kind = QueryNode::Kind::kNot;
  node.column = Column(tok.offset);
  node.children.push_back(std::move(inner));
  *out = std::move(node);
  return Status::Ok();
}

Status Parser::ParsePrimary(const Tok& tok, QueryNode* out) {
  out->column = Column(tok.offset);
  switch (tok.kind) {
    case TokKind::kLParen: {
      // A '-' before '(' arrives as a negated word token; plain '(' here.
      Status s = ParseOr(out);
      if (!s.ok()) return s;
      if (Peek().kind != TokKind::kRParen) return Error("unbalanced parenthesis", tok.offset);
      ++pos_;
      return Status::Ok();
    }
    case TokKind::kRParen:
      return Error("unbalanced parenthesis", tok.offset);
    case TokKind::kPhrase:
      out->kind = QueryNode::Kind::kPhrase;
      out->text = tok.text;
      out->quoted = true;
      if (FoldedTokens(out->text).empty()) {
        return Error("the phrase has no letters or digits to search for", tok.offset);
      }
      return Status::Ok();
    case TokKind::kWord:
      break;
    default:
      return Error("unexpected operator", tok.offset);
  }
  out->text = tok.text;
  out->prefix = tok.prefix;
  out->quoted = tok.quoted;
  if (tok.field.empty()) {
    out->kind = QueryNode::Kind::kWord;
    if (FoldedTokens(out->text).empty()) {
      return Error("'" + tok.text + "' has no letters or digits to search for", tok.offset);
    }
    return Status::Ok();
  }
  out->kind = QueryNode::Kind::kField;
  if (tok.field == "para") {
    // Marked as a field with an impossible kind; ExtractPara lifts it out.
    out->field = QueryField::kId;
    out->text = "\x01para:" + tok.text;
    return Status::Ok();
  }
  out->field = *QueryFieldFromName(tok.field);
  if (out->field == QueryField::kDate || out->field == QueryField::kDecl) {
    if (tok.prefix || !ParseDayRange(tok.text, &out->days)) {
      return Error("bad date '" + tok.text +
                       "' (expected YYYY, YYYY-MM or YYYY-MM-DD, a range A..B, or >=, >, <=, < "
                       "before a date)",
                   tok.offset);
    }
  }
  if (FoldedTokens(out->text).empty()) {
    return Error("field '" + tok.field + ":' has no value", tok.offset);
  }
  return Status::Ok();
}

bool IsPara(const QueryNode& n) {
  return n.kind == QueryNode::Kind::kField && n.text.rfind("\x01para:", 0) == 0;
}

// Lifts `para:` out of the tree: it must be a conjunct of the top level.
Status Parser::ExtractPara(QueryNode* node, bool top_and, ParsedQuery* out, bool* remove) {
  *remove = false;
  if (IsPara(*node)) {
    if (!top_and) {
      return Status::InvalidQuery("para: applies to the whole query and cannot be inside OR, NOT "
                                  "or parentheses, at column " + std::to_string(node->column));
    }
    std::string marking = node->text.substr(6);
    for (auto& c : marking) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!out->para_marking.empty() && out->para_marking != marking) {
      return Status::InvalidQuery("a second para: with another marking at column " +
                                  std::to_string(node->column));
    }
    out->para_marking = marking;
    *remove = true;
    return Status::Ok();
  }
  const bool child_top = top_and && node->kind == QueryNode::Kind::kAnd;
  std::vector<QueryNode> kept;
  for (auto& child : node->children) {
    bool drop = false;
    Status s = ExtractPara(&child, child_top, out, &drop);
    if (!s.ok()) return s;
    if (!drop) kept.push_back(std::move(child));
  }
  node->children = std::move(kept);
  if (node->kind == QueryNode::Kind::kAnd && node->children.empty()) *remove = true;
  if (node->kind == QueryNode::Kind::kAnd && node->children.size() == 1) {
    QueryNode only = std::move(node->children[0]);
    *node = std::move(only);
  }
  return Status::Ok();
}

Status Parser::Run(ParsedQuery* out) {
  *out = ParsedQuery();
  Status s = Lex();
  if (!s.ok()) return s;
  // An empty query, or a lone `*`, matches every cable.
  if (toks_.size() == 1) return Status::Ok();
  if (toks_.size() == 2 && toks_[0].kind == TokKind::kWord && toks_[0].field.empty() &&
      (toks_[0].text == "*" || (toks_[0].prefix && toks_[0].text.empty()))) {
    return Status::Ok();
  }
  QueryNode root;
  s = ParseOr(&root);
  if (!s.ok()) return s;
  if (Peek().kind == TokKind::kRParen) return Error("unbalanced parenthesis", Peek().offset);
  if (Peek().kind != TokKind::kEnd) return Error("unexpected text", Peek().offset);
  bool remove = false;
  s = ExtractPara(&root, true, out, &remove);
  if (!s.ok()) return s;
  if (!remove) out->root = std::move(root);
  return Status::Ok();
}

bool ParseDay(std::string_view s, int* lo, int* hi) {
  auto digits = [](std::string_view d) {
    for (char c : d) {
      if (c < '0' || c > '9') return false;
    }
    return !d.empty();
  };
  int y = 0, m = 0, d = 0;
  if (s.size() >= 4 && digits(s.substr(0, 4))) y = std::stoi(std::string(s.substr(0, 4)));
  else return false;
  if (s.size() == 4) {
    *lo = y * 10000 + 101;
    *hi = y * 10000 + 1231;
    return true;
  }
  if (s.size() < 7 || s[4] != '-' || !digits(s.substr(5, 2))) return false;
  m = std::stoi(std::string(s.substr(5, 2)));
  if (m < 1 || m > 12) return false;
  if (s.size() == 7) {
    *lo = y * 10000 + m * 100 + 1;
    *hi = y * 10000 + m * 100 + 31;
    return true;
  }
  if (s.size() != 10 || s[7] != '-' || !digits(s.substr(8, 2))) return false;
  d = std::stoi(std::string(s.substr(8, 2)));
  if (d < 1 || d > 31) return false;
  *lo = *hi = y * 10000 + m * 100 + d;
  return true;
}

}  // namespace

std::string_view QueryFieldName(QueryField field) {
  for (const auto& [name, f] : kFields) {
    if (f == field) return name;
  }
  return "?";
}

std::optional<QueryField> QueryFieldFromName(std::string_view name) {
  for (const auto& [n, f] : kFields) {
    if (n == name) return f;
  }
  return std::nullopt;
}

bool ParseDayRange(std::string_view value, DayRange* range) {
  *range = DayRange();
  int lo = 0, hi = 0;
  if (const size_t dots = value.find(".."); dots != std::string_view::npos) {
    std::string_view a = value.substr(0, dots), b = value.substr(dots + 2);
    if (a.empty() && b.empty()) return false;
    if (!a.empty()) {
      if (!ParseDay(a, &lo, &hi)) return false;
      range->lo = lo;
    }
    if (!b.empty()) {
      if (!ParseDay(b, &lo, &hi)) return false;
      range->hi = hi;
    }
    return range->lo <= range->hi;
  }
  auto starts = [&](std::string_view p) { return value.substr(0, p.size()) == p; };
  if (starts(">=") || starts("<=")) {
    if (!ParseDay(value.substr(2), &lo, &hi)) return false;
    if (value[0] == '>') range->lo = lo;
    else range->hi = hi;
    return true;
  }
  if (starts(">") || starts("<")) {
    if (!ParseDay(value.substr(1), &lo, &hi)) return false;
    // Days are compared as YYYYMMDD integers, so hi + 1 / lo - 1 keep the order.
    if (value[0] == '>') range->lo = hi + 1;
    else range->hi = lo - 1;
    return true;
  }
  if (!ParseDay(value, &lo, &hi)) return false;
  range->lo = lo;
  range->hi = hi;
  return true;
}

Status ParseQuery(std::string_view text, ParsedQuery* out) { return Parser(text).Run(out); }

namespace {

void Describe(const QueryNode& n, std::string* out) {
  switch (n.kind) {
    case QueryNode::Kind::kAnd:
    case QueryNode::Kind::kOr:
    case QueryNode::Kind::kNot:
      *out += n.kind == QueryNode::Kind::kAnd ? "(AND" : n.kind == QueryNode::Kind::kOr ? "(OR" : "(NOT";
      for (const auto& c : n.children) {
        out->push_back(' ');
        Describe(c, out);
      }
      out->push_back(')');
      return;
    case QueryNode::Kind::kWord:
      *out += "word:" + n.text + (n.prefix ? "*" : "");
      return;
    case QueryNode::Kind::kPhrase:
      *out += "\"" + n.text + "\"";
      return;
    case QueryNode::Kind::kField:
      *out += std::string(QueryFieldName(n.field)) + ":";
      if (n.field == QueryField::kDate || n.field == QueryField::kDecl) {
        *out += std::to_string(n.days.lo) + "-" + std::to_string(n.days.hi);
      } else {
        *out += n.quoted ? "\"" + n.text + "\"" : n.text + (n.prefix ? "*" : "");
      }
      return;
  }
}

}  // namespace

std::string DescribeQuery(const ParsedQuery& query) {
  std::string out;
  if (query.root) Describe(*query.root, &out);
  else out.push_back('*');  // not `out = "*"`: a false GCC 12 -Wrestrict at -O3
  if (!query.para_marking.empty()) out += " para:" + query.para_marking;
  return out;
}

}  // namespace cablescope::archive
