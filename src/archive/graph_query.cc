#include "archive/graph_query.h"

#include <string>

#include "link/cable_id.h"

namespace cablescope::archive {
namespace {

std::string Canonical(std::string_view id) {
  if (auto c = link::CanonicalId(id)) return *c;
  std::string up(id);
  for (char& c : up) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return up;
}

Status AddRows(Database& db, const char* sql, const std::string& id, RowSet* out) {
  Statement st;
  Status s = db.Prepare(sql, &st);
  if (!s.ok()) return s;
  st.Bind(1, id);
  while (st.Step()) out->Add(st.Int(0));
  return st.status();
}

}  // namespace

Status GraphFieldRows(Database& db, QueryField field, std::string_view id_text, RowSet* out) {
  const std::string id = Canonical(id_text);
  switch (field) {
    case QueryField::kCites:
      // A cable does not cite itself (a reprint's REF list may name it).
      return AddRows(db,
                     "SELECT r.cable FROM refs r JOIN cables c ON c.cable = r.cable "
                     "WHERE r.ref_id = ?1 AND c.id <> ?1",
                     id, out);
    case QueryField::kCitedBy:
      return AddRows(db,
                     "SELECT c.cable FROM refs r JOIN cables c ON c.id = r.ref_id "
                     "WHERE r.cable = (SELECT cable FROM cables WHERE id = ?1) AND c.id <> ?1",
                     id, out);
    case QueryField::kThread:
      // Every held cable of the connected component, the cable itself included.
      return AddRows(db,
                     "SELECT cable FROM cable_graph WHERE thread = coalesce("
                     "(SELECT g.thread FROM cables c JOIN cable_graph g ON g.cable = c.cable WHERE c.id = ?1), "
                     "(SELECT thread FROM missing_cables WHERE id = ?1))",
                     id, out);
    default:
      return Status::Ok();
  }
}

}  // namespace cablescope::archive
