// CheckTextIndex: does the full-text index hold exactly what indexing each
// cable's merged record afresh would give? The analogue of FTS5's
// 'integrity-check' for cablescope's own index (text_postings.h): every
// cable has its text_docs row, in a segment that exists, with its token
// count; every live posting belongs to a cable and decodes; and term by
// term, the live postings equal a fresh index's, frequencies and positions
// included. Stale postings (a re-indexed cable's, in an older segment) are
// allowed until a merge drops them.
//
// Reads the whole archive and holds its index in memory: for tests and
// small archives.
#ifndef CABLESCOPE_ARCHIVE_TEXT_INDEX_CHECK_H_
#define CABLESCOPE_ARCHIVE_TEXT_INDEX_CHECK_H_

#include "archive/archive_reader.h"
#include "archive/status.h"

namespace cablescope::archive {

// Ok when the index is right; else kIoError naming the first difference.
Status CheckTextIndex(ArchiveReader& reader);

}  // namespace cablescope::archive

#endif  // CABLESCOPE_ARCHIVE_TEXT_INDEX_CHECK_H_
