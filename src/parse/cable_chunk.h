// CableChunk: one cable cut out of an input, before its text is parsed.
//
// Readers (one per format) turn an input into a sequence of chunks; they
// deal with the container (HTML, CSV quoting, JSON escapes, a news page's
// chrome) and say what the container said about the cable (id, created,
// origin, classification ...). ParseCable (cable_parser.h) then reads the
// header and the text, which look the same in every container. Chunks are
// self-contained values, so they can be parsed on another thread.
#ifndef CABLESCOPE_PARSE_CABLE_CHUNK_H_
#define CABLESCOPE_PARSE_CABLE_CHUNK_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/record.h"
#include "parse/format.h"

namespace cablescope::parse {

struct CableChunk {
  Format format = Format::kTelegram;
  std::string path;     // input path as given ("-" for stdin)
  uint64_t line = 1;    // line of the input where the cable starts (1-based)
  uint64_t offset = 0;  // byte offset where the cable starts

  // The routing header when the container keeps it apart from the text
  // (WikiLeaks' first <pre>, cables.csv's header column, JSON "header").
  // Empty with header_separate == false when the header, if any, is still
  // at the top of `text` (raw telegrams, PDF text, PlusD pages).
  std::string header;
  bool header_separate = false;

  // The cable's text, decoded from its container: UTF-8, '\n' line ends,
  // entities and escapes resolved, link markup removed. For whole telegrams
  // this is the whole input.
  std::string text;

  // The text lost its newlines (JSON exports, press reprints): lines and
  // labels run into each other (`TUSUBJECT:`), so the text parser must find
  // fields by their labels rather than by line starts.
  bool flattened = false;

  // What the container said, as written; empty when it said nothing.
  std::string meta_id;              // Reference ID / _id / Canonical ID
  std::string meta_created;         // created time, normalised to YYYY-MM-DDTHH:MM
  std::string meta_origin;          // "Embassy Islamabad"
  std::string meta_classification;  // "CONFIDENTIAL"
  std::vector<std::string> meta_references;  // ids from cables.csv's references column
  bool partial = false;             // the container says it is a partial extract

  // Container facts for Record::source (row, site, published, headline ...).
  std::vector<SourceField> source_fields;
};

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_CABLE_CHUNK_H_
