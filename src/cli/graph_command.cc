// `cablescope graph [--format graphml|gexf|json] [QUERY]`: the citation
// graph of the matching cables and their direct neighbours (cables they
// cite, held or missing, and cables citing them), for Gephi and the like.
// Edges run from the citing cable to the cited one.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "archive/archive_path.h"
#include "archive/archive_reader.h"
#include "archive/row_set.h"
#include "archive/searcher.h"
#include "cli/commands.h"
#include "model/json_writer.h"

namespace cablescope::cli {
namespace {

using namespace archive;

struct Node {
  std::string id, date, origin, classification, subject;
  bool held = false;
  bool date_estimated = false;
  bool matched = false;  // matched the query (else a neighbour)
};

struct Graph {
  std::vector<Node> nodes;
  std::vector<std::pair<size_t, size_t>> edges;  // citing -> cited, node indexes
};

// Loads the graph restricted to `matched` (every cable when null) and the
// direct neighbours of those cables.
Status LoadGraph(Database& db, const RowSet* matched, Graph* g) {
  struct Held {
    int64_t row;
    Node node;
  };
  std::unordered_map<std::string, Held> held;
  std::unordered_map<int64_t, std::string> id_of_row;
  {
    Statement st;
    Status s = db.Prepare("SELECT cable, id, date, origin, classification, subject FROM cables", &st);
    if (!s.ok()) return s;
    while (st.Step()) {
      Held h;
      h.row = st.Int(0);
      h.node.id = st.String(1);
      h.node.date = st.String(2);
      h.node.origin = st.String(3);
      h.node.classification = st.String(4);
      h.node.subject = st.String(5);
      h.node.held = true;
      h.node.matched = matched == nullptr || matched->Contains(h.row);
      id_of_row.emplace(h.row, h.node.id);
      held.emplace(h.node.id, std::move(h));
    }
    if (!st.status().ok()) return st.status();
  }
  std::unordered_map<std::string, std::string> missing;  // id -> estimated date
  {
    Statement st;
    Status s = db.Prepare("SELECT id, estimated_date FROM missing_cables", &st);
    if (!s.ok()) return s;
    while (st.Step()) missing.emplace(st.String(0), st.String(1));
    if (!st.status().ok()) return st.status();
  }
  std::unordered_map<std::string, size_t> index;
  auto node_index = [&](const std::string& id) -> size_t {
    auto it = index.find(id);
    if (it != index.end()) return it->second;
    Node n;
    auto h = held.find(id);
    if (h != held.end()) {
      n = h->second.node;
    } else {
      n.id = id;
      auto m = missing.find(id);
      if (m != missing.end()) {
        n.date = m->second;
        n.date_estimated = !n.date.empty();
      }
    }
    index.emplace(id, g->nodes.size());
    g->nodes.push_back(std::move(n));
    return g->nodes.size() - 1;
  };
  // Matching cables are nodes even without edges, in row order.
  std::vector<std::pair<int64_t, const std::string*>> rows;
  for (const auto& [id, h] : held) {
    if (h.node.matched) rows.emplace_back(h.row, &h.node.id);
  }
  std::sort(rows.begin(), rows.end());
  for (const auto& r : rows) node_index(*r.second);
  Statement st;
  Status s = db.Prepare("SELECT DISTINCT cable, ref_id FROM refs WHERE ref_id IS NOT NULL ORDER BY cable, ref_id",
                        &st);
  if (!s.ok()) return s;
  while (st.Step()) {
    auto from = id_of_row.find(st.Int(0));
    if (from == id_of_row.end()) continue;
    const std::string to(st.Text(1));
    if (to == from->second) continue;
    auto to_held = held.find(to);
    const bool from_matched = held.at(from->second).node.matched;
    const bool to_matched = to_held != held.end() && to_held->second.node.matched;
    if (!from_matched && !to_matched) continue;
    g->edges.emplace_back(node_index(from->second), node_index(to));
  }
  return st.status();
}

void XmlEscaped(std::string_view s, std::string* out) {
  for (char c : s) {
    switch (c) {
      case '&': *out += "&amp;"; break;
      case '<': *out += "&lt;"; break;
      case '>': *out += "&gt;"; break;
      case '"': *out += "&quot;"; break;
      case '\'': *out += "&apos;"; break;
      default:
        // Control characters are not allowed in XML 1.0 (a flattened cable
        // may carry a form feed); tab, newline and carriage return are.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') *out += ' ';
        else out->push_back(c);
    }
  }
}

std::string Xml(std::string_view s) {
  std::string out;
  XmlEscaped(s, &out);
  return out;
}

void WriteGraphMl(const Graph& g, std::string* out) {
  *out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
          "  <key id=\"date\" for=\"node\" attr.name=\"date\" attr.type=\"string\"/>\n"
          "  <key id=\"date_estimated\" for=\"node\" attr.name=\"date_estimated\" attr.type=\"boolean\"/>\n"
          "  <key id=\"origin\" for=\"node\" attr.name=\"origin\" attr.type=\"string\"/>\n"
          "  <key id=\"classification\" for=\"node\" attr.name=\"classification\" attr.type=\"string\"/>\n"
          "  <key id=\"subject\" for=\"node\" attr.name=\"subject\" attr.type=\"string\"/>\n"
          "  <key id=\"held\" for=\"node\" attr.name=\"held\" attr.type=\"boolean\"/>\n"
          "  <key id=\"matched\" for=\"node\" attr.name=\"matched\" attr.type=\"boolean\"/>\n"
          "  <graph id=\"citations\" edgedefault=\"directed\">\n";
  for (const auto& n : g.nodes) {
    *out += "    <node id=\"" + Xml(n.id) + "\">";
    auto data = [&](const char* key, const std::string& v) {
      if (!v.empty()) *out += "<data key=\"" + std::string(key) + "\">" + Xml(v) + "</data>";
    };
    data("date", n.date);
    data("date_estimated", n.date_estimated ? "true" : "false");
    data("origin", n.origin);
    data("classification", n.classification);
    data("subject", n.subject);
    data("held", n.held ? "true" : "false");
    data("matched", n.matched ? "true" : "false");
    *out += "</node>\n";
  }
  size_t k = 0;
  for (const auto& [from, to] : g.edges) {
    *out += "    <edge id=\"e" + std::to_string(k++) + "\" source=\"" + Xml(g.nodes[from].id) + "\" target=\"" +
            Xml(g.nodes[to].id) + "\"/>\n";
  }
  *out += "  </graph>\n</graphml>\n";
}

void WriteGexf(const Graph& g, std::string* out) {
  *out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
          "  <meta><creator>cablescope</creator><description>citation graph</description></meta>\n"
          "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
          "    <attributes class=\"node\">\n"
          "      <attribute id=\"0\" title=\"date\" type=\"string\"/>\n"
          "      <attribute id=\"1\" title=\"origin\" type=\"string\"/>\n"
          "      <attribute id=\"2\" title=\"classification\" type=\"string\"/>\n"
          "      <attribute id=\"3\" title=\"subject\" type=\"string\"/>\n"
          "      <attribute id=\"4\" title=\"held\" type=\"boolean\"/>\n"
          "      <attribute id=\"5\" title=\"date_estimated\" type=\"boolean\"/>\n"
          "      <attribute id=\"6\" title=\"matched\" type=\"boolean\"/>\n"
          "    </attributes>\n"
          "    <nodes>\n";
  for (const auto& n : g.nodes) {
    *out += "      <node id=\"" + Xml(n.id) + "\" label=\"" + Xml(n.id) + "\"><attvalues>";
    auto att = [&](int key, const std::string& v) {
      if (!v.empty()) *out += "<attvalue for=\"" + std::to_string(key) + "\" value=\"" + Xml(v) + "\"/>";
    };
    att(0, n.date);
    att(1, n.origin);
    att(2, n.classification);
    att(3, n.subject);
    att(4, n.held ? "true" : "false");
    att(5, n.date_estimated ? "true" : "false");
    att(6, n.matched ? "true" : "false");
    *out += "</attvalues></node>\n";
  }
  *out += "    </nodes>\n    <edges>\n";
  size_t k = 0;
  for (const auto& [from, to] : g.edges) {
    *out += "      <edge id=\"" + std::to_string(k++) + "\" source=\"" + Xml(g.nodes[from].id) + "\" target=\"" +
            Xml(g.nodes[to].id) + "\"/>\n";
  }
  *out += "    </edges>\n  </graph>\n</gexf>\n";
}

void WriteJson(const Graph& g, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("nodes");
  w.BeginArray();
  for (const auto& n : g.nodes) {
    w.BeginObject();
    auto opt = [&](const char* k, const std::string& v) {
      w.Key(k);
      if (v.empty()) w.Null();
      else w.String(v);
    };
    opt("id", n.id);
    opt("date", n.date);
    w.Key("date_estimated");
    w.Bool(n.date_estimated);
    opt("origin", n.origin);
    opt("classification", n.classification);
    opt("subject", n.subject);
    w.Key("held");
    w.Bool(n.held);
    w.Key("matched");
    w.Bool(n.matched);
    w.EndObject();
  }
  w.EndArray();
  w.Key("edges");
  w.BeginArray();
  for (const auto& [from, to] : g.edges) {
    w.BeginObject();
    w.Key("source");
    w.String(g.nodes[from].id);
    w.Key("target");
    w.String(g.nodes[to].id);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out->push_back('\n');
}

}  // namespace

void RegisterGraphCommand(CLI::App& app, int* status) {
  auto* cmd = app.add_subcommand("graph",
                                 "Export the citation graph of the matching cables (all without QUERY) and their\n"
                                 "direct neighbours, held or missing; edges run from the citing cable to the cited.\n"
                                 "Example: cablescope graph --format gexf 'tag:KNNP date:2006' > knnp.gexf");
  struct Options {
    std::string archive;
    std::string format = "graphml";
    std::vector<std::string> query;
  };
  auto opts = std::make_shared<Options>();
  cmd->add_option("--archive", opts->archive, "Archive file (default: $CABLESCOPE_ARCHIVE, else cables.db)");
  cmd->add_option("--format", opts->format, "graphml (default), gexf or json")
      ->check(CLI::IsMember({"graphml", "gexf", "json"}));
  cmd->add_option("query", opts->query, "The cables to export (docs/QUERY.md); all when absent");
  cmd->footer("Exit status: 0 success, 1 the archive cannot be read, 2 usage error or malformed query.");
  cmd->callback([opts, status] {
    const std::string query = JoinArgs(opts->query);
    std::unique_ptr<ArchiveReader> reader;
    Status s = ArchiveReader::Open(ResolveArchivePath(opts->archive), &reader);
    Graph graph;
    if (s.ok()) {
      ReadTransaction snapshot(reader->db());
      std::unique_ptr<RowSet> matched;
      if (!query.empty()) {
        matched = std::make_unique<RowSet>();
        Searcher searcher(reader.get());
        s = searcher.MatchingRows(query, matched.get());
      }
      if (s.ok()) s = LoadGraph(reader->db(), matched.get(), &graph);
    }
    if (!s.ok()) {
      std::fprintf(stderr, "cablescope graph: %s\n", s.message().c_str());
      *status = s.code() == Status::Code::kInvalidQuery ? kExitUsage : kExitInputErrors;
      return;
    }
    std::string out;
    if (opts->format == "gexf") WriteGexf(graph, &out);
    else if (opts->format == "json") WriteJson(graph, &out);
    else WriteGraphMl(graph, &out);
    std::fwrite(out.data(), 1, out.size(), stdout);
    *status = kExitOk;
  });
}

}  // namespace cablescope::cli
