// QueryParser: query text -> ParsedQuery (query_ast.h).
//
// Grammar (docs/QUERY.md has examples):
//   query   := or
//   or      := and ( "OR" and )*
//   and     := unary ( ["AND"] unary )*          juxtaposition means AND
//   unary   := "NOT" unary | "-" primary | primary
//   primary := "(" or ")" | FIELD ":" value | "\"" words "\"" | word ["*"]
//   value   := word ["*"] | "\"" words "\"" | date | date ".." date | (">="|">"|"<="|"<") date
// AND, OR and NOT are operators only in upper case. A malformed query is an
// error naming the column (1-based, in characters): `unbalanced quote at
// column 14`.
//
// Pure function; thread-safe.
#ifndef CABLESCOPE_ARCHIVE_QUERY_PARSER_H_
#define CABLESCOPE_ARCHIVE_QUERY_PARSER_H_

#include <string_view>

#include "archive/query_ast.h"
#include "archive/status.h"

namespace cablescope::archive {

// Parses `text` into *out. On error returns Status::kInvalidQuery with a
// message that names the column, and *out is unspecified.
Status ParseQuery(std::string_view text, ParsedQuery* out);

// Parses a date value (`2009`, `2006-01..2009-12`, `>=2006-06-02`,
// `<2015-01-01`) into *range. False when malformed.
bool ParseDayRange(std::string_view value, DayRange* range);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_QUERY_PARSER_H_
