// The readers, one per format. OpenCableReader (cable_reader.h) detects the
// format and calls one of these; tests and fuzzers may call them directly.
//
// Each takes ownership of `stream`, reports damage to `sink` as
// `path:line: what is wrong`, skips what it cannot use and goes on.
#ifndef CABLESCOPE_PARSE_READERS_H_
#define CABLESCOPE_PARSE_READERS_H_

#include <memory>
#include <string>

#include "parse/cable_reader.h"

namespace cablescope::parse {

// Raw telegram text and telegrams converted from PDF (`format` is kTelegram
// or kPdfText): one cable per input; Latin-1/CP1252 is transcoded to UTF-8,
// CRLF becomes LF.
std::unique_ptr<CableReader> NewTelegramReader(std::unique_ptr<InputStream> stream,
                                               const std::string& path, Format format,
                                               DiagnosticSink sink);

// cables.csv: whole files, per-origin extracts, and byte chunks that start
// and end mid-record. Streams: memory is bounded by the largest record.
std::unique_ptr<CableReader> NewCablesCsvReader(std::unique_ptr<InputStream> stream,
                                                const std::string& path, DiagnosticSink sink);

// JSON lines (`_id, origin, date_time, classification, header, reference_id, body`).
std::unique_ptr<CableReader> NewJsonLinesReader(std::unique_ptr<InputStream> stream,
                                                const std::string& path, DiagnosticSink sink);

// A Cablegate cable page (metadata table, header <pre>, text <pre>).
std::unique_ptr<CableReader> NewWikileaksHtmlReader(std::unique_ptr<InputStream> stream,
                                                    const std::string& path,
                                                    DiagnosticSink sink);

// A PlusD page of a 1970s telegram.
std::unique_ptr<CableReader> NewPlusdHtmlReader(std::unique_ptr<InputStream> stream,
                                                const std::string& path, DiagnosticSink sink);

// A news page that reprints a cable.
std::unique_ptr<CableReader> NewPressReader(std::unique_ptr<InputStream> stream,
                                            const std::string& path, DiagnosticSink sink);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_READERS_H_
