// The API gives text positions (snippet highlights, reference links, the
// places a person is named) as UTF-8 byte offsets; JavaScript strings are
// indexed in UTF-16 code units. byteIndexer(text) maps one to the other.

// Returns a function byte offset -> string index for `text`. Offsets inside
// a character round up to the next character; out-of-range ones clamp.
export function byteIndexer(text) {
  const n = text.length;
  let ascii = true;
  for (let i = 0; i < n; i++) {
    if (text.charCodeAt(i) >= 0x80) { ascii = false; break; }
  }
  if (ascii) return (byte) => Math.max(0, Math.min(n, byte | 0));

  // before[i] = UTF-8 bytes before code unit i; non-decreasing.
  const before = new Uint32Array(n + 1);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    before[i] = bytes;
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // A surrogate pair is one 4-byte character: the low half gets the
        // same offset as the high one, so no offset maps between the halves.
        before[i + 1] = bytes;
        bytes += 4;
        i++;
        continue;
      }
      bytes += 3;
    } else bytes += 3;
  }
  before[n] = bytes;
  return (byte) => {
    if (byte <= 0) return 0;
    if (byte >= bytes) return n;
    let lo = 0, hi = n;  // first i with before[i] >= byte
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before[mid] < byte) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

// [[begin, end], ...] byte ranges -> [[begin, end], ...] string ranges,
// sorted, empty and overlapping ones dropped.
export function byteRangesToIndices(text, ranges) {
  const at = byteIndexer(text);
  const out = [];
  for (const [b, e] of ranges || []) {
    const start = at(b), end = at(e);
    if (end > start) out.push([start, end]);
  }
  out.sort((x, y) => x[0] - y[0]);
  const merged = [];
  for (const r of out) {
    if (merged.length && r[0] < merged[merged.length - 1][1]) continue;
    merged.push(r);
  }
  return merged;
}
