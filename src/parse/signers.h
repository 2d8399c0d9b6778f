// The signature at the end of a cable's text: the surname(s) of who signed.
//
//   ... End comment.            a line of its own, as in most telegrams
//   RICE
//
//   ... in the Islamabad area. CROCKER      rewrapped web text (06ISLAMABAD3705)
//   ... democratic Turkey integrated into Europe. Edelman   flattened JSON
//
// Survey of 1,124 WikiLeaks pages, cables.csv and PDF text: one surname,
// upper case (`CLINTON`, `AGUIRRE`) or mixed (`Beyrle`, `LeBaron`, even
// `tuttle`); written twice (`SHANNON SHANNON`, `PAAL` / `PAAL`); with a
// suffix (`TIMKEN JR`), two words (`LA LIME`), a stray dot (`MANZANARES .`,
// `.FARRAR`) or a date (`SOBEL 2008-01-08`); followed by a banner, `NNN`,
// `NNNN`, `End Cable Text`, `>` or `#5135`. A redacted signer
// (`XXXXXXXXXXXX`) is no signer. Two signers on separate lines did not occur
// in the corpus, so only the last line is read.
#ifndef CABLESCOPE_PARSE_SIGNERS_H_
#define CABLESCOPE_PARSE_SIGNERS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cablescope::parse {

// Reads the signature at the end of body[begin, body.size()) (cleaned text,
// see text_cleanup.h) and appends the surnames, upper case and without
// suffixes, to *signers. Returns the offset in `body` where the signature
// starts (so that the last paragraph ends there), or body.size() when no
// signature is recognised. Looks at the last few lines only.
// `flattened` (CableChunk::flattened): the text lost its newlines, so the
// name may be fused to the prose, a web footer or a redaction before it, and
// end marks may follow it on the same line.
size_t FindSigners(std::string_view body, size_t begin, std::vector<std::string>* signers,
                   bool flattened = false);

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_SIGNERS_H_
