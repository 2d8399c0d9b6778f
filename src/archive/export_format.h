// The formats of `cablescope export` and GET /api/export: every matching
// cable as JSON Lines (the merged records), CSV, or OpenSearch bulk NDJSON.
//
// One ExportFormatter turns each match of Searcher::ForEachMatch into the
// bytes of its format; the caller decides where they go (stdout, an HTTP
// chunked response). Not thread-safe (it reuses a decoded Record).
#ifndef CABLESCOPE_ARCHIVE_EXPORT_FORMAT_H_
#define CABLESCOPE_ARCHIVE_EXPORT_FORMAT_H_

#include <optional>
#include <string>
#include <string_view>

#include "archive/searcher.h"
#include "model/record.h"

namespace cablescope::archive {

enum class ExportFormat { kJsonLines, kCsv, kOpenSearch };

// "jsonl", "csv", "opensearch" (and back).
std::optional<ExportFormat> ExportFormatFromName(std::string_view name);

// The OpenSearch index mapping for the documents of kOpenSearch.
extern const char* const kOpenSearchMapping;

class ExportFormatter {
 public:
  // `index`: the OpenSearch index name of the bulk actions.
  explicit ExportFormatter(ExportFormat format, std::string index = "cables")
      : format_(format), index_(std::move(index)) {}

  // What comes before the first cable (the CSV header line; else nothing).
  std::string Header() const;

  // Appends one cable, given its hit and merged record JSON, to *out.
  void Append(const SearchHit& hit, std::string_view record_json, std::string* out);

  // The MIME type of the output.
  std::string_view ContentType() const;

 private:
  ExportFormat format_;
  std::string index_;
  Record record_;
};

// RFC 4180: `v` quoted when needed, quotes doubled.
void AppendCsvField(std::string_view v, std::string* out);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_EXPORT_FORMAT_H_
