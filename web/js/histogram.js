// The date histogram of the search page: matching cables per month or
// year, as SVG bars. Dragging across bars (or a click on one) filters the
// search to those dates; with the keyboard, the arrow keys move a cursor,
// Shift+arrows extend it, Enter filters, Escape clears.

import { h, s, clear } from './dom.js';
import { formatDate, plural } from './format.js';

const HEIGHT = 150;
const PAD = { left: 40, right: 8, top: 10, bottom: 24 };

// Month buckets from the API -> a gap-free series of months or years.
export function series(buckets, by) {
  const counts = new Map();
  for (const b of buckets || []) {
    if (!/^\d{4}(-\d{2})?$/.test(b.value)) continue;
    const key = by === 'year' ? b.value.slice(0, 4) : b.value;
    counts.set(key, (counts.get(key) || 0) + b.count);
  }
  const keys = [...counts.keys()].sort();
  if (!keys.length) return [];
  const out = [];
  if (by === 'year') {
    for (let y = Number(keys[0]); y <= Number(keys[keys.length - 1]); y++) {
      out.push({ key: String(y), count: counts.get(String(y)) || 0 });
    }
    return out;
  }
  // Whole years, so that a few months are seen in their year.
  let [y, m] = [Number(keys[0].slice(0, 4)), 1];
  const [ye, me] = [Number(keys[keys.length - 1].slice(0, 4)), 12];
  for (let guard = 0; (y < ye || (y === ye && m <= me)) && guard < 2400; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ key, count: counts.get(key) || 0 });
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

// Month buckets spanning more than ten years read better by year.
export function autoGranularity(buckets) {
  const months = (buckets || []).map((b) => b.value).filter((v) => /^\d{4}-\d{2}$/.test(v)).sort();
  if (months.length < 2) return 'month';
  const span = (Number(months[months.length - 1].slice(0, 4)) - Number(months[0].slice(0, 4))) * 12;
  return span > 120 ? 'year' : 'month';
}

// `date:` value for bars i..j of the series.
function rangeValue(data, i, j) {
  const a = data[Math.min(i, j)].key, b = data[Math.max(i, j)].key;
  return a === b ? a : `${a}..${b}`;
}

// Which bars a `date:` value covers (for showing the active filter).
function coveredBy(range, key) {
  if (!range) return false;
  const m = /^(\d{4}(?:-\d{2})?(?:-\d{2})?)?(?:(\.\.)(\d{4}(?:-\d{2})?(?:-\d{2})?)?)?$/.exec(range);
  if (!m) return false;
  const lo = m[1] || '0000', hi = m[2] ? (m[3] || '9999') : (m[1] || '9999');
  const k = key;
  return k.slice(0, lo.length) >= lo.slice(0, k.length) && k.slice(0, hi.length) <= hi.slice(0, k.length);
}

export class Timeline {
  constructor({ onRange }) {
    this.onRange = onRange;
    this.data = [];
    this.by = 'month';
    this.active = null;
    this.cursor = null;   // [anchor, head] bar indices while choosing
    this.svg = s('svg', {
      class: 'timeline-chart', tabindex: '0', role: 'img', height: HEIGHT,
      'aria-label': 'Timeline of matching cables',
    });
    this.status = h('p', { class: 'timeline-status', 'aria-live': 'polite' });
    this.el = h('div', { class: 'timeline-plot' }, this.svg, this.status);
    this.bindPointer();
    this.bindKeys();
    if (typeof ResizeObserver === 'function') {
      let lastWidth = 0;
      new ResizeObserver(() => {
        const w = this.el.clientWidth;
        if (w && Math.abs(w - lastWidth) > 4) { lastWidth = w; this.draw(); }
      }).observe(this.el);
    }
  }

  update(buckets, by, activeRange) {
    this.by = by;
    this.data = series(buckets, by);
    this.active = activeRange || null;
    this.cursor = null;
    const total = this.data.reduce((n, d) => n + d.count, 0);
    this.svg.setAttribute('aria-label', this.data.length
      ? `Timeline by ${by}: ${plural(total, 'dated cable')} from ${formatDate(this.data[0].key)} to ` +
        `${formatDate(this.data[this.data.length - 1].key)}. Drag across bars, or use the arrow keys ` +
        'and Enter, to filter by dates.'
      : 'Timeline: no dated cables match');
    this.draw();
  }

  geometry() {
    const width = Math.max(240, this.el.clientWidth || 720);
    const n = Math.max(1, this.data.length);
    const plotW = width - PAD.left - PAD.right;
    return { width, n, bw: plotW / n, plotH: HEIGHT - PAD.top - PAD.bottom };
  }

  indexAt(clientX) {
    const rect = this.svg.getBoundingClientRect();
    const { bw, n } = this.geometry();
    const i = Math.floor((clientX - rect.left - PAD.left) / bw);
    return Math.max(0, Math.min(n - 1, i));
  }

  draw() {
    const svg = clear(this.svg);
    const { width, bw, plotH } = this.geometry();
    svg.setAttribute('width', width);
    svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
    if (!this.data.length) {
      svg.appendChild(s('text', { x: width / 2, y: HEIGHT / 2, class: 'axis-label', 'text-anchor': 'middle' },
        'No dated cables'));
      return;
    }
    const max = Math.max(1, ...this.data.map((d) => d.count));
    const y = (v) => PAD.top + plotH - (v / max) * plotH;
    // Axis: the largest count and zero.
    svg.appendChild(s('line', { x1: PAD.left, x2: width - PAD.right, y1: y(0), y2: y(0), class: 'axis' }));
    svg.appendChild(s('text', { x: PAD.left - 6, y: y(max) + 4, class: 'axis-label', 'text-anchor': 'end' },
      max.toLocaleString('en-US')));
    svg.appendChild(s('text', { x: PAD.left - 6, y: y(0), class: 'axis-label', 'text-anchor': 'end' }, '0'));

    const bars = s('g', { class: 'bars' });
    this.data.forEach((d, i) => {
      const x = PAD.left + i * bw;
      const top = d.count ? Math.min(y(d.count), y(0) - 1.5) : y(0);
      const cls = ['bar'];
      if (coveredBy(this.active, d.key)) cls.push('active');
      bars.appendChild(s('rect', {
        x: x + (bw > 3 ? 0.5 : 0), y: top, width: Math.max(0.8, bw - (bw > 3 ? 1 : 0)),
        height: y(0) - top, class: cls.join(' '), dataset: { i },
      }, s('title', null, `${formatDate(d.key)}: ${plural(d.count, 'cable')}`)));
    });
    svg.appendChild(bars);

    // Labels: years, spaced so that they do not overlap.
    const labels = s('g', { class: 'x-labels' });
    const yearStarts = [];
    this.data.forEach((d, i) => {
      if (this.by === 'year' || d.key.endsWith('-01') || i === 0) yearStarts.push([i, d.key.slice(0, 4)]);
    });
    const step = Math.max(1, Math.ceil(40 / (bw * (this.by === 'year' ? 1 : 12))));
    let shown = 0;
    let lastYear = null;
    for (const [i, year] of yearStarts) {
      if (year === lastYear) continue;
      lastYear = year;
      if (shown++ % step !== 0) continue;
      const x = PAD.left + i * bw + (this.by === 'year' ? bw / 2 : 0);
      labels.appendChild(s('text', { x, y: HEIGHT - 6, class: 'axis-label',
        'text-anchor': this.by === 'year' ? 'middle' : 'start' }, year));
    }
    svg.appendChild(labels);

    this.brush = s('rect', { class: 'brush', x: 0, y: PAD.top, width: 0, height: plotH, visibility: 'hidden' });
    svg.appendChild(this.brush);
    this.showCursor();
  }

  showCursor() {
    if (!this.brush) return;
    if (!this.cursor || !this.data.length) {
      this.brush.setAttribute('visibility', 'hidden');
      return;
    }
    const { bw } = this.geometry();
    const [a, b] = this.cursor;
    const lo = Math.min(a, b), hi = Math.max(a, b);
    this.brush.setAttribute('x', PAD.left + lo * bw);
    this.brush.setAttribute('width', Math.max(1, (hi - lo + 1) * bw));
    this.brush.setAttribute('visibility', 'visible');
    const count = this.data.slice(lo, hi + 1).reduce((n, d) => n + d.count, 0);
    const from = formatDate(this.data[lo].key), to = formatDate(this.data[hi].key);
    this.status.textContent = `${lo === hi ? from : `${from} – ${to}`}: ${plural(count, 'cable')}` +
      ' (release or press Enter to filter)';
  }

  commit() {
    if (!this.cursor || !this.data.length) return;
    const [a, b] = this.cursor;
    this.cursor = null;
    this.status.textContent = '';
    this.onRange(rangeValue(this.data, a, b));
  }

  bindPointer() {
    let dragging = false;
    this.svg.addEventListener('pointerdown', (e) => {
      if (!this.data.length || e.button !== 0) return;
      dragging = true;
      this.svg.setPointerCapture(e.pointerId);
      const i = this.indexAt(e.clientX);
      this.cursor = [i, i];
      this.showCursor();
      e.preventDefault();
    });
    this.svg.addEventListener('pointermove', (e) => {
      if (!dragging) return;
      this.cursor[1] = this.indexAt(e.clientX);
      this.showCursor();
    });
    const end = (e) => {
      if (!dragging) return;
      dragging = false;
      if (e.type === 'pointercancel') {
        this.cursor = null;
        this.showCursor();
        this.status.textContent = '';
        return;
      }
      this.cursor[1] = this.indexAt(e.clientX);
      this.commit();
    };
    this.svg.addEventListener('pointerup', end);
    this.svg.addEventListener('pointercancel', end);
  }

  bindKeys() {
    this.svg.addEventListener('keydown', (e) => {
      if (!this.data.length) return;
      const n = this.data.length;
      const stepBig = this.by === 'year' ? 5 : 12;
      let move = 0;
      if (e.key === 'ArrowLeft') move = -1;
      else if (e.key === 'ArrowRight') move = 1;
      else if (e.key === 'PageUp') move = -stepBig;
      else if (e.key === 'PageDown') move = stepBig;
      else if (e.key === 'Home') move = -n;
      else if (e.key === 'End') move = n;
      if (move) {
        e.preventDefault();
        if (!this.cursor) {
          const last = [...this.data.keys()].reverse().find((i) => this.data[i].count > 0) ?? n - 1;
          this.cursor = [last, last];
        } else {
          const head = Math.max(0, Math.min(n - 1, this.cursor[1] + move));
          this.cursor = e.shiftKey ? [this.cursor[0], head] : [head, head];
        }
        this.showCursor();
      } else if (e.key === 'Enter' || e.key === ' ') {
        if (this.cursor) {
          e.preventDefault();
          this.commit();
        }
      } else if (e.key === 'Escape') {
        this.cursor = null;
        this.status.textContent = '';
        this.showCursor();
      }
    });
    this.svg.addEventListener('blur', () => {
      this.cursor = null;
      this.status.textContent = '';
      this.showCursor();
    });
  }
}
