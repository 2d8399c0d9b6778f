#include "link/link_record.h"

#include <string_view>

#include "link/cable_id.h"
#include "link/origin.h"
#include "link/references.h"
#include "link/tags.h"
#include "link/text_links.h"

namespace cablescope::link {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// `2009-06-13T00:23Z` or `2009-06-13T00:23` -> 2009.
int YearOfIsoDate(const OptString& date) {
  if (!date || date->size() < 4) return 0;
  int y = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (!IsDigit((*date)[i])) return 0;
    y = y * 10 + ((*date)[i] - '0');
  }
  return (y >= 1900 && y <= 2099) ? y : 0;
}

// The YY of an id (canonical or as published: 1974ATHENS02959_b, 7575...):
// 1900 + YY from 50 on (Cablegate starts in 1966), else 2000 + YY.
int YearOfId(std::string_view id) {
  std::optional<std::string> canonical = CanonicalId(id, 0);
  if (!canonical || canonical->size() < 2 || !IsDigit((*canonical)[0]) ||
      !IsDigit((*canonical)[1])) {
    return 0;
  }
  int yy = ((*canonical)[0] - '0') * 10 + ((*canonical)[1] - '0');
  return yy >= 50 ? 1900 + yy : 2000 + yy;
}

std::string NormaliseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

int RecordYear(const Record& record) {
  if (record.raw.year > 0) return record.raw.year;
  if (int y = YearOfIsoDate(record.dtg)) return y;
  if (int y = YearOfIsoDate(record.created)) return y;
  for (const std::string& id : record.published_ids) {
    if (int y = YearOfId(id)) return y;
  }
  if (!record.raw.id_hint.empty()) return YearOfId(record.raw.id_hint);
  return 0;
}

void LinkRecord(Record* record, TextLinks text_links) {
  RawFields& raw = record->raw;
  raw.year = RecordYear(*record);

  std::optional<std::string> id;
  for (const std::string& published : record->published_ids) {
    if ((id = CanonicalId(published, raw.year))) break;
  }
  if (!id && !raw.text_station.empty() && !raw.text_serial.empty()) {
    std::string form = raw.text_station;
    form.push_back(' ');
    form += raw.text_serial;
    id = CanonicalId(form, raw.year);
  }
  if (!id && !raw.id_hint.empty()) id = CanonicalId(raw.id_hint, raw.year);
  if (id) record->id = std::move(id);

  // A cable does not cite itself: cables.csv's references column of
  // 90CAPETOWN97 holds `90CAPETOWN97`, a dump artefact.
  if (record->id) {
    std::erase_if(raw.meta_references, [&](const std::string& m) {
      return CanonicalId(m, raw.year) == record->id;
    });
  }
  record->references = ParseReferences(raw.ref_block, raw.meta_references, raw.year);
  record->tags = CanonicalTags(record->tags, raw.flattened);

  std::string origin = NormaliseSpaces(raw.origin_meta);
  if (!origin.empty()) {
    record->origin = std::move(origin);
  } else if (record->from) {
    if (auto derived = OriginFromOriginator(*record->from)) record->origin = std::move(derived);
  }
  if (text_links == TextLinks::kDerive) DeriveTextLinks(record);
}

}  // namespace cablescope::link
