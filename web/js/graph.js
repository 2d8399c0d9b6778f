// The graph view: the citation neighbourhood of a cable (what it cites,
// what cites it, and one step further), as SVG. Wheel or pinch-free
// buttons zoom, dragging pans, nodes are coloured by classification and
// link to their cable pages. The layout is a small force simulation with a
// fixed number of steps from fixed starting points, so the same archive
// always draws the same picture.

import { api, ApiError } from './api.js';
import { h, s, replaceChildren, focusHeading } from './dom.js';
import { formatDate, plural } from './format.js';
import { parseMarking, LEVEL_NAMES } from './markings.js';

const MAX_EXPAND = 24;   // neighbours whose own references are fetched
const MAX_NODES = 120;

function levelOf(node) {
  if (!node.held) return 'missing';
  const m = parseMarking(node.classification);
  return m ? m.level : 'unknown';
}

function addNode(nodes, link, hop) {
  let n = nodes.get(link.id);
  if (!n) {
    if (nodes.size >= MAX_NODES) return null;
    n = { id: link.id, hop, held: !!link.held, date: link.date || null, estimated: !!link.date_estimated,
      classification: link.classification || null, subject: link.subject || null, origin: link.origin || null };
    nodes.set(link.id, n);
  } else {
    n.hop = Math.min(n.hop, hop);
    if (link.held && !n.held) Object.assign(n, { held: true, classification: link.classification,
      subject: link.subject, origin: link.origin, date: link.date, estimated: !!link.date_estimated });
  }
  return n;
}

export async function buildNeighbourhood(id, signal) {
  const center = await api.refs(id, signal);
  const nodes = new Map();
  const edges = new Map();  // "from>to" -> {from, to}
  const edge = (from, to) => {
    if (from !== to && nodes.has(from) && nodes.has(to)) edges.set(`${from}>${to}`, { from, to });
  };
  let meta = null;
  try {
    meta = (await api.cable(center.id, signal)).record;
  } catch (e) {
    if (e.name === 'AbortError') throw e;
  }
  addNode(nodes, { id: center.id, held: center.held, date: meta && (meta.dtg || meta.created || '').slice(0, 10),
    classification: meta && meta.classification, subject: meta && meta.subject, origin: meta && meta.origin }, 0);
  for (const l of center.cites || []) if (addNode(nodes, l, 1)) edge(center.id, l.id);
  for (const l of center.cited_by || []) if (addNode(nodes, l, 1)) edge(l.id, center.id);

  const first = [...nodes.values()].filter((n) => n.hop === 1).slice(0, MAX_EXPAND);
  const more = await Promise.all(first.map((n) => api.refs(n.id, signal).catch((e) => {
    if (e.name === 'AbortError') throw e;
    return null;
  })));
  more.forEach((refs, i) => {
    if (!refs) return;
    const from = first[i].id;
    for (const l of refs.cites || []) if (addNode(nodes, l, 2)) edge(from, l.id);
    for (const l of refs.cited_by || []) if (addNode(nodes, l, 2)) edge(l.id, from);
  });
  return { center: center.id, nodes: [...nodes.values()], edges: [...edges.values()] };
}

// Force layout: repulsion between all nodes, springs along edges, a weak
// pull to the middle; deterministic (fixed start, fixed steps).
export function layout(graph) {
  const nodes = graph.nodes;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const byHop = [[], [], []];
  nodes.forEach((n) => byHop[Math.min(2, n.hop)].push(n));
  byHop.forEach((ring, hop) => {
    ring.sort((a, b) => (a.date || '').localeCompare(b.date || '') || a.id.localeCompare(b.id));
    ring.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, ring.length) + hop * 0.5;
      n.x = hop === 0 ? 0 : Math.cos(angle) * 160 * hop;
      n.y = hop === 0 ? 0 : Math.sin(angle) * 160 * hop;
    });
  });
  const steps = 300;
  for (let step = 0; step < steps; step++) {
    const cool = 1 - step / steps;
    const fx = new Float64Array(nodes.length), fy = new Float64Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        let dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 1) { dx = (i - j) * 0.1; dy = 0.1; d2 = 1; }
        const f = 16000 / d2;
        const d = Math.sqrt(d2);
        fx[i] += (dx / d) * f; fy[i] += (dy / d) * f;
        fx[j] -= (dx / d) * f; fy[j] -= (dy / d) * f;
      }
    }
    for (const e of graph.edges) {
      const a = index.get(e.from), b = index.get(e.to);
      const dx = nodes[b].x - nodes[a].x, dy = nodes[b].y - nodes[a].y;
      const d = Math.max(1, Math.sqrt(dx * dx + dy * dy));
      const f = (d - 150) * 0.05;
      fx[a] += (dx / d) * f; fy[a] += (dy / d) * f;
      fx[b] -= (dx / d) * f; fy[b] -= (dy / d) * f;
    }
    nodes.forEach((n, i) => {
      if (n.hop === 0) return;  // the cable asked about stays in the middle
      fx[i] -= n.x * 0.01; fy[i] -= n.y * 0.01;
      const len = Math.sqrt(fx[i] * fx[i] + fy[i] * fy[i]);
      const max = 30 * cool + 1;
      const k = len > max ? max / len : 1;
      n.x += fx[i] * k; n.y += fy[i] * k;
    });
  }
  return graph;
}

function bounds(nodes) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y); x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y);
  }
  // Small graphs get a minimum extent, so that three nodes are not drawn
  // as large as the frame.
  const pad = 80;
  const w = Math.max(720, x1 - x0 + 2 * pad), hh = Math.max(480, y1 - y0 + 2 * pad);
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  return { x: cx - w / 2, y: cy - hh / 2, w, h: hh };
}

function drawGraph(graph) {
  const box = bounds(graph.nodes);
  const view = { ...box };
  const svg = s('svg', { class: 'graph-svg', role: 'group', tabindex: '0',
    'aria-label': `Citation graph: ${plural(graph.nodes.length, 'cable')}, ${plural(graph.edges.length, 'citation')}. ` +
      'Plus and minus zoom, arrow keys pan, 0 resets. Tab moves through the cables.',
    viewBox: `${box.x} ${box.y} ${box.w} ${box.h}` },
  s('defs', null, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '7',
    markerHeight: '7', orient: 'auto-start-reverse' }, s('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }))));
  const pos = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgeLayer = s('g', { class: 'edges' });
  for (const e of graph.edges) {
    const a = pos.get(e.from), b = pos.get(e.to);
    const dx = b.x - a.x, dy = b.y - a.y;
    const d = Math.max(1, Math.sqrt(dx * dx + dy * dy));
    const rb = b.hop === 0 ? 17 : 11, ra = a.hop === 0 ? 17 : 11;
    edgeLayer.appendChild(s('line', { x1: a.x + (dx / d) * ra, y1: a.y + (dy / d) * ra, x2: b.x - (dx / d) * rb,
      y2: b.y - (dy / d) * rb, class: 'edge', 'marker-end': 'url(#arrow)' }));
  }
  const nodeLayer = s('g', { class: 'nodes' });
  const ordered = [...graph.nodes].sort((a, b) => a.hop - b.hop || (a.date || '').localeCompare(b.date || ''));
  for (const n of ordered) {
    const level = levelOf(n);
    const detail = n.held ? [n.subject, formatDate(n.date), n.classification].filter(Boolean).join(' · ')
      : `not in the archive${n.date ? `, ${n.estimated ? 'estimated ' : ''}${formatDate(n.date)}` : ''}`;
    nodeLayer.appendChild(s('a', { href: `#/cable/${encodeURIComponent(n.id)}`, class: `node level-${level}${n.hop === 0 ? ' center' : ''}`,
      'aria-label': `${n.id}: ${detail}` },
    s('title', null, `${n.id}\n${detail}`),
    s('circle', { cx: n.x, cy: n.y, r: n.hop === 0 ? 16 : 10 }),
    s('text', { x: n.x, y: n.y + (n.hop === 0 ? 32 : 24), 'text-anchor': 'middle', class: 'node-label' }, n.id)));
  }
  const world = s('g', { class: 'world' }, edgeLayer, nodeLayer);
  svg.appendChild(world);

  const apply = () => svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  const zoomAt = (factor, cx, cy) => {
    const w = Math.max(60, Math.min(box.w * 8, view.w * factor));
    const k = w / view.w;
    view.x = cx - (cx - view.x) * k;
    view.y = cy - (cy - view.y) * k;
    view.w = w;
    view.h *= k;
    apply();
  };
  const toWorld = (clientX, clientY) => {
    const r = svg.getBoundingClientRect();
    // viewBox with the default preserveAspectRatio (xMidYMid meet).
    const scale = Math.min(r.width / view.w, r.height / view.h);
    const ox = (r.width - view.w * scale) / 2, oy = (r.height - view.h * scale) / 2;
    return [view.x + (clientX - r.left - ox) / scale, view.y + (clientY - r.top - oy) / scale, scale];
  };
  svg.addEventListener('wheel', (e) => {
    e.preventDefault();
    const [x, y] = toWorld(e.clientX, e.clientY);
    zoomAt(e.deltaY > 0 ? 1.15 : 1 / 1.15, x, y);
  }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || e.target.closest('a')) return;
    drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, scale: toWorld(e.clientX, e.clientY)[2] };
    svg.setPointerCapture(e.pointerId);
    svg.classList.add('dragging');
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    view.x = drag.vx - (e.clientX - drag.x) / drag.scale;
    view.y = drag.vy - (e.clientY - drag.y) / drag.scale;
    apply();
  });
  const stop = () => { drag = null; svg.classList.remove('dragging'); };
  svg.addEventListener('pointerup', stop);
  svg.addEventListener('pointercancel', stop);
  const middle = () => [view.x + view.w / 2, view.y + view.h / 2];
  const reset = () => { Object.assign(view, box); apply(); };
  svg.addEventListener('keydown', (e) => {
    const step = view.w * 0.1;
    if (e.key === '+' || e.key === '=') zoomAt(1 / 1.25, ...middle());
    else if (e.key === '-') zoomAt(1.25, ...middle());
    else if (e.key === '0') reset();
    else if (e.key === 'ArrowLeft') { view.x -= step; apply(); }
    else if (e.key === 'ArrowRight') { view.x += step; apply(); }
    else if (e.key === 'ArrowUp') { view.y -= step; apply(); }
    else if (e.key === 'ArrowDown') { view.y += step; apply(); }
    else return;
    e.preventDefault();
  });
  const controls = h('div', { class: 'graph-controls', role: 'group', 'aria-label': 'Zoom' },
    h('button', { type: 'button', 'aria-label': 'Zoom in', on: { click: () => zoomAt(1 / 1.25, ...middle()) } }, '+'),
    h('button', { type: 'button', 'aria-label': 'Zoom out', on: { click: () => zoomAt(1.25, ...middle()) } }, '−'),
    h('button', { type: 'button', on: { click: reset } }, 'Reset view'));
  return { svg, controls };
}

export async function render(main, id, ctx) {
  let graph;
  try {
    graph = layout(await buildNeighbourhood(id, ctx.signal));
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      replaceChildren(main, h('div', { class: 'error-page' }, h('h1', null, `No cable ${id}`),
        h('p', null, 'The archive neither holds this cable nor has a cable that cites it.')));
      focusHeading(main);
      return;
    }
    throw e;
  }
  if (ctx.signal.aborted) return;
  const { svg, controls } = drawGraph(graph);
  const levels = ['u', 'sbu', 'c', 's', 'ts'];
  const legend = h('ul', { class: 'graph-legend', 'aria-label': 'Colours' },
    levels.map((l) => h('li', null, h('span', { class: `dot level-${l}`, 'aria-hidden': 'true' }), LEVEL_NAMES[l])),
    h('li', null, h('span', { class: 'dot level-missing', 'aria-hidden': 'true' }), 'Not in the archive'),
    h('li', null, h('span', { class: 'arrow-key', 'aria-hidden': 'true' }, '→'), 'cites'));
  const center = graph.nodes.find((n) => n.hop === 0);
  replaceChildren(main, h('article', { class: 'graph-page' },
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' },
      h('a', { href: ctx.lastSearch() }, '← Search results'), ' · ',
      h('a', { href: `#/cable/${encodeURIComponent(graph.center)}` }, `Cable ${graph.center}`)),
    h('h1', null, `Citation graph of ${graph.center}`),
    h('p', { class: 'cable-sub' }, center && center.subject ? `${center.subject}. ` : '',
      `${plural(graph.nodes.length, 'cable')}, ${plural(graph.edges.length, 'citation')}: what it cites, what ` +
      'cites it, and one step further. Scroll to zoom, drag to move, click a cable to open it.'),
    h('div', { class: 'graph-toolbar' }, controls, legend),
    h('div', { class: 'graph-frame' }, svg)));
  document.title = `Graph of ${graph.center} – cablescope`;
  focusHeading(main);
}
