// Text encoding repairs shared by the readers: UTF-8 validation, Latin-1 /
// CP1252 transcoding, line-end and NUL normalisation, byte-order marks.
//
// Cables reach us in several encodings: cables.csv and the JSON exports are
// UTF-8, text converted from PDF is Latin-1 with CRLF line ends (`\xB6` is
// the paragraph sign ¶), and copies of copies carry a UTF-8 byte-order mark
// that was itself decoded as Latin-1 (`Ã¯Â»Â¿`). Every function here accepts
// arbitrary bytes and never throws.
#ifndef CABLESCOPE_PARSE_TEXT_ENCODING_H_
#define CABLESCOPE_PARSE_TEXT_ENCODING_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace cablescope::parse {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, no
// code point above U+10FFFF). Runs at memory speed (SIMD).
bool IsValidUtf8(std::string_view bytes);

// Appends `bytes` to *out as UTF-8, keeping every well-formed UTF-8 sequence
// and reading every other byte as Windows-1252 (a superset of Latin-1 in
// 0xA0-0xFF: `\xB6` -> ¶, `\x93` -> “). Bytes that CP1252 leaves undefined
// (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD. A pure Latin-1 input is thus
// fully transcoded, and a UTF-8 input with a few stray Latin-1 bytes is
// repaired without mangling its good characters.
void AppendAsUtf8(std::string_view bytes, std::string* out);

// Makes *text valid UTF-8 in place (AppendAsUtf8 when it is not already).
// Returns true when something had to be transcoded.
bool EnsureUtf8(std::string* text);

// Turns CRLF, CR CR LF and lone CR into LF, in place. Returns true when the
// text changed.
bool NormalizeLineEnds(std::string* text);

// Removes NUL bytes in place; returns how many there were. NULs are padding
// left by broken conversions (and poison C string APIs downstream).
size_t RemoveNuls(std::string* text);

// Length of a byte-order mark at the start of `bytes`: the UTF-8 BOM
// (EF BB BF), or its mojibake `Ã¯Â»Â¿` (the BOM decoded as Latin-1 and
// re-encoded as UTF-8, seen at the head of cables.csv copies). 0 when none.
size_t ByteOrderMarkLength(std::string_view bytes);

// True when `head` looks like binary data rather than text: control bytes
// (besides tab, LF, CR, form feed, vertical tab, ESC) make up more than 1/16
// of its non-NUL bytes. NULs are left to RemoveNuls; an empty or all-NUL
// head is not binary.
bool LooksBinary(std::string_view head);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_TEXT_ENCODING_H_
