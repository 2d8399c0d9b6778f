// cables.csv rows, telegrams and JSON lines.
#include <cstdio>

#include "gen/writers.h"

namespace cablescope::gen {
namespace {

// MySQL-dump escaping, as in the real cables.csv: `\"` and `\'`.
void AppendCsvField(std::string_view value, std::string* out) {
  out->push_back('"');
  for (char c : value) {
    if (c == '"' || c == '\'' || c == '\\') out->push_back('\\');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendJsonString(std::string_view value, std::string* out) {
  out->push_back('"');
  for (char c : value) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\t': *out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          *out += buf;
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

// The JSON export lost the newlines: lines run together, and a pilcrow
// marks where a numbered paragraph began.
std::string Flatten(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool after_blank = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    bool blank = line.find_first_not_of(' ') == std::string_view::npos;
    if (after_blank && !line.empty() && line[0] >= '1' && line[0] <= '9') out += "\xC2\xB6";
    out += line;
    after_blank = blank;
    pos = end + 1;
  }
  return out;
}

}  // namespace

void AppendCablesCsvRow(const SynthCable& c, uint64_t row, std::string* out) {
  // created: `12/28/1966 18:48` (no zero padding of month and day).
  int month = std::stoi(c.created.substr(5, 2));
  int day = std::stoi(c.created.substr(8, 2));
  int hour = std::stoi(c.created.substr(11, 2));
  char created[32];
  std::snprintf(created, sizeof created, "%d/%d/%d %d:%s", month, day, c.year, hour,
                c.created.substr(14, 2).c_str());
  std::string refs;
  for (const auto& id : c.reference_ids) {
    if (!refs.empty()) refs.push_back('|');
    refs += id;
  }
  AppendCsvField(std::to_string(row), out);
  out->push_back(',');
  AppendCsvField(created, out);
  out->push_back(',');
  AppendCsvField(c.id, out);
  out->push_back(',');
  AppendCsvField(c.origin, out);
  out->push_back(',');
  AppendCsvField(c.classification, out);
  out->push_back(',');
  AppendCsvField(refs, out);
  out->push_back(',');
  AppendCsvField(c.header, out);
  out->push_back(',');
  AppendCsvField(c.text, out);
  out->push_back('\n');
}

std::string TelegramText(const SynthCable& c) {
  std::string out;
  out.reserve(c.header.size() + c.text.size() + 2);
  if (!c.partial) {
    out += c.header;
    out.push_back('\n');
  }
  out += c.text;
  return out;
}

void AppendJsonLine(const SynthCable& c, std::string* out) {
  *out += "{ \"_id\" : ";
  AppendJsonString(c.id, out);
  *out += ", \"origin\" : ";
  AppendJsonString(c.origin, out);
  *out += ", \"date_time\" : ";
  AppendJsonString(c.created, out);
  *out += ", \"classification\" : ";
  AppendJsonString(c.classification, out);
  *out += ", \"body\" : ";
  AppendJsonString(Flatten(c.text), out);
  *out += ", \"header\" : ";
  AppendJsonString(Flatten(c.header), out);
  *out += ", \"reference_id\" : ";
  AppendJsonString(c.id, out);
  *out += " }\n";
}

}  // namespace cablescope::gen
