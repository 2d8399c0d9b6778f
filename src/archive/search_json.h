// The JSON forms of search results, cable versions and diffs: what
// `cablescope search --json` / `show --versions --json` print and what the
// HTTP API (src/serve) answers, written in one place so the two cannot
// drift apart (docs/API.md documents the shapes).
//
// All text goes through JsonWriter, which escapes it (cables contain `<`,
// `&` and quotes; the web UI inserts them as text, never as markup).
// Pure functions; thread-safe.
#ifndef CABLESCOPE_ARCHIVE_SEARCH_JSON_H_
#define CABLESCOPE_ARCHIVE_SEARCH_JSON_H_

#include <string>
#include <vector>

#include "archive/archive_reader.h"
#include "archive/searcher.h"
#include "archive/word_diff.h"
#include "model/json_writer.h"
#include "model/record.h"

namespace cablescope::archive {

// {"query", "total", "offset", "limit", "sort", "hits": [{id, date, origin,
// classification, subject, score, snippet: {text, highlights: [[b, e]]}}],
// "facets": {name: [{value, count}]}}. Highlights are byte offsets in the
// snippet text.
void WriteSearchResultJson(const SearchRequest& request, const SearchResult& result, JsonWriter* w);

// {"origin": [{value, count}], ...}: the facets of a result.
void WriteFacetsJson(const std::vector<Facet>& facets, JsonWriter* w);

// [{version, path, format, offset, metadata, text_hash, ingested_at, record}]
void WriteVersionsJson(const CableView& view, JsonWriter* w);

// The text a version diff compares: the body, or the subject and the
// paragraphs when there is no body.
std::string DiffText(const Record& record);

// "equal", "delete", "insert".
const char* DiffOpName(DiffRun::Op op);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_SEARCH_JSON_H_
