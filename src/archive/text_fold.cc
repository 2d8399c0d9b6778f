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

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string_view StripLeadingZeros(std::string_view s) {
  size_t i = 0;
  while (i + 1 < s.size() && s[i] == '0') ++i;
  return s.substr(i);
}

}  // namespace

void ForEachToken(std::string_view text, const std::function<void(TokenSpan)>& fn) {
  size_t i = 0;
  bool in_token = false;
  size_t start = 0;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  while (i < text.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n;
    if (bytes[i] < 0x80) {
      cp = bytes[i];
      n = 1;
    } else {
      n = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
      if (n <= 0) {
        n = 1;
        cp = -1;
      }
    }
    const bool token_char = cp >= 0 && IsTokenCodepoint(cp);
    if (token_char && !in_token) {
      in_token = true;
      start = i;
    } else if (!token_char && in_token) {
      in_token = false;
      fn({start, i});
    }
    i += static_cast<size_t>(n);
  }
  if (in_token) fn({start, text.size()});
}

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
  if (AllDigits(token)) {
    out->assign(StripLeadingZeros(token));
    return;
  }
  bool ascii = true;
  for (unsigned char c : token) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    out->resize(token.size());
    for (size_t i = 0; i < token.size(); ++i) {
      const auto c = static_cast<unsigned char>(token[i]);
      (*out)[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return;
  }
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

std::vector<std::string> FoldedTokens(std::string_view text) {
  std::vector<std::string> out;
  ForEachToken(text, [&](TokenSpan s) { out.push_back(FoldToken(text.substr(s.begin, s.end - s.begin))); });
  return out;
}

std::string NormalizeNumbers(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t copied = 0;
  ForEachToken(text, [&](TokenSpan s) {
    std::string_view tok = text.substr(s.begin, s.end - s.begin);
    if (tok.size() > 1 && tok[0] == '0' && AllDigits(tok)) {
      out.append(text.substr(copied, s.begin - copied));
      out.append(StripLeadingZeros(tok));
      copied = s.end;
    }
  });
  out.append(text.substr(copied));
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
