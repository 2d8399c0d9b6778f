// The query language's syntax tree (see docs/QUERY.md).
//
// QueryParser turns text into this tree; the executor turns the tree into
// index look-ups. Nothing here knows about SQLite or FTS5, so the engine
// underneath can be replaced without touching the language.
#ifndef CABLESCOPE_ARCHIVE_QUERY_AST_H_
#define CABLESCOPE_ARCHIVE_QUERY_AST_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablescope::archive {

// The fields a query can name (`tag:KNNP`). `para:` is not here: it is a
// modifier of the whole query (ParsedQuery::para_marking).
enum class QueryField {
  kId, kOrigin, kFrom, kTo, kRoute, kTag, kClass, kCaption, kPrecedence, kSubject,
  kSigner, kClassifiedBy, kRef, kDate, kDecl,
  kCites,    // cites:ID    cables that cite ID (same set as ref:ID)
  kCitedBy,  // cited_by:ID cables that ID cites
  kThread,   // thread:ID   cables connected to ID through references
  kPerson,   // person:NAME cables naming that person, under any spelling
};

// Field name as written in queries ("classified_by"), and back.
std::string_view QueryFieldName(QueryField field);
std::optional<QueryField> QueryFieldFromName(std::string_view name);

// An inclusive range of days as YYYYMMDD integers. `date:2009` is
// [20090101, 20091231]; open ends are 0 and 99999999.
struct DayRange {
  int lo = 0;
  int hi = 99999999;
  bool Contains(int day) const { return day != 0 && day >= lo && day <= hi; }
};

struct QueryNode {
  enum class Kind {
    kAnd,     // all children
    kOr,      // any child
    kNot,     // one child; NOT x or -x
    kWord,    // a word, `prefix` when written `word*`
    kPhrase,  // "words in this order"
    kField,   // field:value
  };

  Kind kind = Kind::kWord;
  std::vector<QueryNode> children;
  std::string text;      // the word, the phrase, or the field's value, as written
  bool prefix = false;   // word* (and field values ending in *)
  bool quoted = false;   // field value was a "phrase"
  QueryField field = QueryField::kId;
  DayRange days;         // kDate, kDecl
  int column = 0;        // 1-based column (in characters) where the node starts
};

// A parsed query. `root` is empty for a query that matches every cable (an
// empty query, `*`, or only `para:`).
struct ParsedQuery {
  std::optional<QueryNode> root;
  std::string para_marking;  // `para:S` -> "S"; empty when absent
};

// A compact text form of the tree for tests and debugging:
// (AND word:iran (NOT tag:PREL) "no preconditions" date:20060101-20061231)
std::string DescribeQuery(const ParsedQuery& query);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_QUERY_AST_H_
