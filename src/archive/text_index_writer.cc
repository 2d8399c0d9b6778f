#include "archive/text_index_writer.h"

#include <algorithm>
#include <string>

#include "archive/text_postings.h"
#include "archive/text_tokenize.h"

namespace cablescope::archive {

TextIndexWriter::~TextIndexWriter() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (indexer_.joinable()) indexer_.join();
}

Status TextIndexWriter::Prepare(Database* db) {
  db_ = db;
  if (!indexer_.joinable()) indexer_ = std::thread([this] { RunIndexer(); });
  Status s = db_->Prepare("INSERT INTO text_postings(segment, term, docs, positions) VALUES (?1, ?2, ?3, ?4)",
                          &insert_posting_);
  if (s.ok()) s = db_->Prepare("INSERT OR REPLACE INTO text_docs(cable, segment, tokens) VALUES (?1, ?2, ?3)", &insert_doc_);
  if (s.ok()) s = db_->Prepare("DELETE FROM text_docs WHERE cable = ?1", &delete_doc_);
  if (s.ok()) s = db_->Prepare("INSERT INTO text_segments(segment, level, cables) VALUES (?1, ?2, ?3)", &insert_segment_);
  return s;
}

void TextIndexWriter::RunIndexer() {
  std::deque<Op> batch;
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    cv_.wait(lock, [&] { return stop_ || !queue_.empty(); });
    if (stop_) return;
    batch.swap(queue_);
    busy_ = true;
    lock.unlock();
    cv_.notify_all();  // room in the queue
    for (Op& op : batch) {
      if (op.remove) builder_.Remove(op.cable);
      else builder_.AddTokenized(op.cable, op.tokenized);
    }
    memory_.store(builder_.memory_bytes(), std::memory_order_relaxed);
    lock.lock();
    for (Op& op : batch) {
      const size_t capacity = op.tokenized.capacity();
      if (capacity > 0 && capacity <= kMaxSpareBytes && spare_.size() < kMaxQueued) {
        spare_.push_back(std::move(op.tokenized));
      }
    }
    batch.clear();
    busy_ = false;
    cv_.notify_all();
  }
}

void TextIndexWriter::Enqueue(Op op) {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [&] { return queue_.size() < kMaxQueued; });
  queue_.push_back(std::move(op));
  lock.unlock();
  cv_.notify_all();
}

void TextIndexWriter::Drain() {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [&] { return queue_.empty() && !busy_; });
}

void TextIndexWriter::Add(int64_t cable, const CableTextValues& text) {
  Op op;
  op.cable = cable;
  TokenizeCableText(text, &op.tokenized);
  Enqueue(std::move(op));
}

void TextIndexWriter::AddTokenized(int64_t cable, std::string_view tokenized) {
  Op op;
  op.cable = cable;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!spare_.empty()) {
      op.tokenized = std::move(spare_.back());
      spare_.pop_back();
    }
  }
  op.tokenized.assign(tokenized);
  Enqueue(std::move(op));
}

bool TextIndexWriter::pending() {
  Drain();
  return !builder_.empty();
}

Status TextIndexWriter::Forget(int64_t cable) {
  Op op;
  op.cable = cable;
  op.remove = true;
  Enqueue(std::move(op));
  delete_doc_.Reset();
  delete_doc_.Bind(1, cable);
  return delete_doc_.Run();
}

Status TextIndexWriter::FlushIfFull() {
  if (memory_.load(std::memory_order_relaxed) < kSegmentBytes) return Status::Ok();
  return Flush();
}

Status TextIndexWriter::Flush() {
  Drain();
  if (builder_.empty()) return Status::Ok();
  Status s = WriteSegment();
  builder_.Clear();
  memory_.store(0, std::memory_order_relaxed);
  if (!s.ok()) return s;
  return MergeDue();
}

int64_t TextIndexWriter::NextSegment() {
  return QueryInt(*db_, "SELECT coalesce(max(segment), 0) + 1 FROM text_segments", 1);
}

Status TextIndexWriter::WriteSegment() {
  const int64_t segment = NextSegment();
  Status s;
  builder_.ForEachTerm([&](std::string_view term, std::string_view docs, std::string_view positions) {
    if (!s.ok()) return;
    insert_posting_.Reset();
    insert_posting_.Bind(1, segment).Bind(2, term).BindUncopiedBlob(3, docs).BindUncopiedBlob(4, positions);
    s = insert_posting_.Run();
  });
  builder_.ForEachCable([&](int64_t cable, uint32_t tokens) {
    if (!s.ok()) return;
    insert_doc_.Reset();
    insert_doc_.Bind(1, cable).Bind(2, segment).Bind(3, static_cast<int64_t>(tokens));
    s = insert_doc_.Run();
  });
  if (!s.ok()) return s;
  insert_segment_.Reset();
  insert_segment_.Bind(1, segment).Bind(2, int64_t{0}).Bind(3, static_cast<int64_t>(builder_.cable_count()));
  return insert_segment_.Run();
}

Status TextIndexWriter::MergeDue() {
  for (;;) {
    Statement due;
    Status s = db_->Prepare("SELECT level FROM text_segments GROUP BY level HAVING count(*) >= ?1 "
                            "ORDER BY level LIMIT 1", &due);
    if (!s.ok()) return s;
    due.Bind(1, int64_t{kMergeFactor});
    if (!due.Step()) return due.status();
    const int64_t level = due.Int(0);
    due.Reset();
    Statement list;
    s = db_->Prepare("SELECT segment FROM text_segments WHERE level = ?1 ORDER BY segment", &list);
    if (!s.ok()) return s;
    list.Bind(1, level);
    std::vector<int64_t> segments;
    while (list.Step()) segments.push_back(list.Int(0));
    if (!list.status().ok()) return list.status();
    s = Merge(segments, level + 1);
    if (!s.ok()) return s;
  }
}

Status TextIndexWriter::Merge(const std::vector<int64_t>& segments, int64_t level) {
  // Which segment holds each cable's current text: a posting from any
  // other is stale and left out.
  std::vector<int64_t> live;
  {
    Statement docs;
    Status s = db_->Prepare("SELECT cable, segment FROM text_docs", &docs);
    if (!s.ok()) return s;
    while (docs.Step()) {
      const int64_t cable = docs.Int(0);
      if (cable < 0) continue;
      if (static_cast<size_t>(cable) >= live.size()) live.resize(static_cast<size_t>(cable) + 1, 0);
      live[static_cast<size_t>(cable)] = docs.Int(1);
    }
    if (!docs.status().ok()) return docs.status();
  }
  auto is_live = [&](int64_t cable, int64_t segment) {
    return cable >= 0 && static_cast<size_t>(cable) < live.size() && live[static_cast<size_t>(cable)] == segment;
  };
  const int64_t merged = NextSegment();

  // A k-way merge by term over the segments' rows, each read in term order
  // through the (segment, term) key: one term's postings in memory at a time.
  struct Cursor {
    int64_t segment;
    Statement rows;
    bool valid = false;
  };
  std::vector<Cursor> cursors(segments.size());
  for (size_t i = 0; i < segments.size(); ++i) {
    Cursor& c = cursors[i];
    c.segment = segments[i];
    Status s = db_->Prepare("SELECT term, docs, positions FROM text_postings WHERE segment = ?1 ORDER BY term", &c.rows);
    if (!s.ok()) return s;
    c.rows.Bind(1, c.segment);
    c.valid = c.rows.Step();
    if (!c.rows.status().ok()) return c.rows.status();
  }
  std::vector<Posting> postings, unsorted;
  std::string docs, positions, term;
  for (;;) {
    const Cursor* first = nullptr;
    for (const Cursor& c : cursors) {
      if (c.valid && (first == nullptr || c.rows.Text(0) < first->rows.Text(0))) first = &c;
    }
    if (first == nullptr) break;
    term = first->rows.Text(0);
    postings.clear();
    bool sorted = true;
    for (Cursor& c : cursors) {
      if (!c.valid || c.rows.Text(0) != term) continue;
      const size_t before = postings.size();
      if (!DecodePostings(c.rows.Blob(1), c.rows.Blob(2), &postings)) {
        return Status::IoError("text index: malformed postings of '" + term + "' in segment " +
                               std::to_string(c.segment));
      }
      size_t kept = before;
      for (size_t i = before; i < postings.size(); ++i) {
        if (is_live(postings[i].cable, c.segment)) postings[kept++] = postings[i];
      }
      postings.resize(kept);
      if (before > 0 && kept > before && postings[before].cable <= postings[before - 1].cable) sorted = false;
    }
    if (!sorted) {
      SortNearlySorted(&postings, &unsorted);
    }
    if (!postings.empty()) {
      docs.clear();
      positions.clear();
      EncodePostings(postings, &docs, &positions);
      insert_posting_.Reset();
      insert_posting_.Bind(1, merged).Bind(2, term).BindUncopiedBlob(3, docs).BindUncopiedBlob(4, positions);
      Status s = insert_posting_.Run();
      if (!s.ok()) return s;
    }
    // The views into the rows are dead from here on.
    postings.clear();
    for (Cursor& c : cursors) {
      if (!c.valid || c.rows.Text(0) != term) continue;
      c.valid = c.rows.Step();
      if (!c.rows.status().ok()) return c.rows.status();
    }
  }
  cursors.clear();

  // The merged segment holds the cables the old ones held live.
  std::string in;
  for (int64_t segment : segments) in += (in.empty() ? "" : ", ") + std::to_string(segment);
  int64_t cables = 0;
  for (int64_t segment : live) cables += std::count(segments.begin(), segments.end(), segment);
  Status s = db_->Exec("UPDATE text_docs SET segment = " + std::to_string(merged) + " WHERE segment IN (" + in +
                       "); DELETE FROM text_postings WHERE segment IN (" + in +
                       "); DELETE FROM text_segments WHERE segment IN (" + in + ")");
  if (!s.ok()) return s;
  insert_segment_.Reset();
  insert_segment_.Bind(1, merged).Bind(2, level).Bind(3, cables);
  return insert_segment_.Run();
}

}  // namespace cablescope::archive
