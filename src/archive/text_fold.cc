#include "archive/text_fold.h"

#include <utf8proc.h>

#include <cstdlib>

namespace cablescope::archive {
namespace {

bool IsTokenCodepoint(utf8proc_int32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_CO:
      return true;
    default:
      return false;
  }
}

}  // namespace

namespace text_fold_internal {

bool NonAsciiTokenChar(std::string_view text, size_t i, size_t* length) {
  utf8proc_int32_t cp;
  const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()) + i,
                                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
  if (n <= 0) {
    *length = 1;
    return false;
  }
  *length = static_cast<size_t>(n);
  return IsTokenCodepoint(cp);
}

void FoldNonAsciiInto(std::string_view token, std::string* out) {
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(token.data()),
                                    static_cast<utf8proc_ssize_t>(token.size()), &mapped,
                                    static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE |
                                                                   UTF8PROC_STRIPMARK |
                                                                   UTF8PROC_CASEFOLD));
  if (n < 0) {
    out->assign(token);
    return;
  }
  out->assign(reinterpret_cast<char*>(mapped), static_cast<size_t>(n));
  std::free(mapped);
}

}  // namespace text_fold_internal

std::vector<TokenSpan> Tokenize(std::string_view text) {
  std::vector<TokenSpan> out;
  ForEachToken(text, [&out](TokenSpan s) { out.push_back(s); });
  return out;
}

std::string FoldToken(std::string_view token) {
  std::string out;
  FoldTokenInto(token, &out);
  return out;
}

void FoldTokenInto(std::string_view token, std::string* out) {
  const std::string_view folded = FoldTokenView(token, out);
  if (folded.data() != out->data()) out->assign(folded);
}

std::vector<std::string> FoldedTokens(std::string_view text) {
  std::vector<std::string> out;
  ForEachToken(text, [&](TokenSpan s) { out.push_back(FoldToken(text.substr(s.begin, s.end - s.begin))); });
  return out;
}

std::string FoldValue(std::string_view text) {
  std::string out;
  ForEachToken(text, [&](TokenSpan s) {
    if (!out.empty()) out.push_back(' ');
    out += FoldToken(text.substr(s.begin, s.end - s.begin));
  });
  return out;
}

}  // namespace cablescope::archive
