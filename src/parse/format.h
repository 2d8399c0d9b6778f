// Input formats and their detection.
//
// The format of an input is decided from its content, never from its file
// name: seed 003 is a `.txt` file holding a news page.
#ifndef CABLESCOPE_PARSE_FORMAT_H_
#define CABLESCOPE_PARSE_FORMAT_H_

#include <optional>
#include <string_view>

namespace cablescope::parse {

enum class Format {
  kAuto,           // detect from content
  kTelegram,       // raw telegram text (routing header + text)
  kWikileaksHtml,  // a Cablegate cable page
  kCablesCsv,      // the 2011 cables.csv dump, whole or in pieces
  kJson,           // JSON lines export
  kPdfText,        // a telegram converted from PDF (Latin-1, CRLF)
  kPlusdHtml,      // a WikiLeaks PlusD page (1970s telegrams)
  kPress,          // a news page that reprints a cable
};

// The name used in records and on the command line ("wikileaks-html").
std::string_view FormatName(Format format);

// Parses a --format value; nullopt if unknown.
std::optional<Format> FormatFromName(std::string_view name);

// Decides the format of an input from its first bytes (after decompression).
// `head` is at most the first 64 KiB. Never returns kAuto: text that
// matches nothing else is read as a telegram.
Format DetectFormat(std::string_view head);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_FORMAT_H_
