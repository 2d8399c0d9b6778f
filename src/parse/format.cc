#include "parse/format.h"

#include <array>
#include <utility>

namespace cablescope::parse {
namespace {

constexpr std::array<std::pair<Format, std::string_view>, 8> kNames = {{
    {Format::kAuto, "auto"},
    {Format::kTelegram, "telegram"},
    {Format::kWikileaksHtml, "wikileaks-html"},
    {Format::kCablesCsv, "cables-csv"},
    {Format::kJson, "json"},
    {Format::kPdfText, "pdf-text"},
    {Format::kPlusdHtml, "plusd-html"},
    {Format::kPress, "press"},
}};

}  // namespace

std::string_view FormatName(Format format) {
  for (const auto& [f, name] : kNames) {
    if (f == format) return name;
  }
  return "telegram";
}

std::optional<Format> FormatFromName(std::string_view name) {
  for (const auto& [f, n] : kNames) {
    if (n == name) return f;
  }
  return std::nullopt;
}

}  // namespace cablescope::parse
