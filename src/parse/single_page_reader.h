// SinglePageReader: the base of readers whose whole input is one page that
// holds one cable (WikiLeaks and PlusD pages, news pages).
//
// It reads the input once, up to kMaxCableBytes (a larger page is damage:
// reported and skipped, so memory stays bounded), hands the page to
// ParsePage, and reports what ParsePage could not use. Not thread-safe.
#ifndef CABLESCOPE_PARSE_SINGLE_PAGE_READER_H_
#define CABLESCOPE_PARSE_SINGLE_PAGE_READER_H_

#include <memory>
#include <string>
#include <string_view>

#include "parse/cable_reader.h"

namespace cablescope::parse {

class SinglePageReader : public CableReader {
 public:
  bool Next(CableChunk* chunk) final;

 protected:
  SinglePageReader(std::unique_ptr<InputStream> stream, std::string path, Format format,
                   DiagnosticSink sink);

  // Fills *chunk (reset, with format and path set) from `page`. Returns false
  // when the page holds no usable cable, with the reason in *error; the
  // diagnostic then names chunk->line (0 for the whole input).
  virtual bool ParsePage(std::string_view page, CableChunk* chunk, std::string* error) = 0;

 private:
  std::unique_ptr<InputStream> stream_;
  std::string path_;
  Format format_;
  std::string page_;
  bool done_ = false;
};

}  // namespace cablescope::parse

#endif  // CABLESCOPE_PARSE_SINGLE_PAGE_READER_H_
