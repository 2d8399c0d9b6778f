// The cable page: the text laid out as a cable (monospace), paragraphs
// tinted by their classification marking, a header panel that decodes the
// routing (station names for routing indicators, precedence, DTG in UTC),
// TAGS that explain themselves, references and cited-by linked, versions
// with a word diff, and the people named, each linking to a person page.
//
// First render needs one request (/api/cables/{id}, which carries the
// TAGS meanings and the routing indicators' names); the references arrive
// with a second request in parallel and fill their sections when ready.

import { api, ApiError, rememberRoute } from './api.js';
import { h, replaceChildren, focusHeading } from './dom.js';
import { byteIndexer } from './utf8.js';
import { formatDate, formatDtg, dtgAsWritten, plural, PRECEDENCE } from './format.js';
import { markingClasses, LEGEND } from './markings.js';
import { tagChip } from './tags.js';

const PROSIGN = { FLASH: 'Z', 'NIACT IMMEDIATE': 'O', IMMEDIATE: 'O', PRIORITY: 'P', ROUTINE: 'R' };

export const cableHref = (id) => `#/cable/${encodeURIComponent(id)}`;
export const personHref = (name) => `#/person/${encodeURIComponent(name)}`;

export async function render(main, id, params, ctx) {
  const t0 = performance.now();
  const cableP = api.cable(id, ctx.signal);
  const refsP = api.refs(id, ctx.signal);
  refsP.catch(() => {});  // handled below; avoids an unhandled rejection while the cable loads

  let data;
  try {
    data = await cableP;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return renderMissing(main, id, refsP, ctx);
    throw e;
  }
  if (ctx.signal.aborted) return;
  const tData = performance.now();
  const page = buildPage(data, ctx);
  replaceChildren(main, page.el);
  document.title = `${data.id}: ${(data.record && data.record.subject) || 'cable'} – cablescope`;
  focusHeading(main);
  // Time to first render, for docs/PERFORMANCE.md and the browser test.
  // sinceNavigation counts from the page's navigation start (timeOrigin).
  // buildMs is the page's own work, from the JSON to the DOM.
  window.__cablescopeRender = { id: data.id, ms: performance.now() - t0, buildMs: performance.now() - tData,
    sinceNavigation: performance.now() };
  performance.mark('cable-rendered');

  refsP.then((refs) => {
    if (!ctx.signal.aborted) page.fillRefs(refs);
  }, (e) => {
    if (e.name !== 'AbortError') page.fillRefs(null, e);
  });
  if (params.get('a') && params.get('b')) page.openDiff(params.get('a'), params.get('b'));
}

function buildPage(data, ctx) {
  const r = data.record || {};
  const routes = new Map();
  for (const info of data.routes || []) {
    routes.set(info.route, info);
    rememberRoute(info);
  }
  const tags = new Map((data.tags || []).map((t) => [t.code, t]));
  const id = data.id;

  const refsBox = h('div', { class: 'refs-list', 'aria-busy': 'true' }, h('p', { class: 'muted' }, 'Loading…'));
  const citedBox = h('div', { class: 'cited-list', 'aria-busy': 'true' }, h('p', { class: 'muted' }, 'Loading…'));
  const threadBox = h('div', { class: 'thread-list' });
  const versions = versionsSection(id, r);

  const el = h('article', { class: 'cable-page' },
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: ctx.lastSearch() }, '← Search results')),
    h('header', { class: 'cable-header' },
      h('p', { class: 'cable-kicker' },
        h('span', { class: 'cable-id' }, id),
        r.classification ? h('span', { class: `badge ${markingClasses(r.classification)}` }, r.classification) : null,
        r.partial ? h('span', { class: 'badge partial' }, 'partial text') : null),
      h('h1', null, r.subject || id),
      h('p', { class: 'cable-sub' },
        [r.origin || r.from, r.dtg ? formatDtg(r.dtg) : formatDate(r.created)].filter(Boolean).join(' · ')),
      h('nav', { class: 'cable-actions', 'aria-label': 'This cable' },
        h('a', { class: 'button', href: `${cableHref(id)}/graph` }, 'Citation graph'),
        h('a', { class: 'button', href: '#versions' , dataset: { jump: 'versions' } },
          `Versions (${r.versions || 1})`),
        h('a', { class: 'button', href: `#/search?q=${encodeURIComponent(`ref:${id}`)}` }, 'Cables citing this'))),
    h('div', { class: 'cable-layout' },
      h('div', { class: 'cable-main' },
        routingPanel(r, routes, tags),
        textSection(r, routes),
        versions.el),
      h('aside', { class: 'cable-side', 'aria-label': 'Links' },
        h('section', { class: 'side-box', 'aria-labelledby': 'refs-title' },
          h('h2', { id: 'refs-title' }, `References (${(r.references || []).length})`), refsBox),
        h('section', { class: 'side-box', 'aria-labelledby': 'cited-title' },
          h('h2', { id: 'cited-title' }, 'Cited by'), citedBox),
        peopleSection(r, data.people || []),
        h('section', { class: 'side-box', 'aria-labelledby': 'thread-title' },
          h('h2', { id: 'thread-title' }, 'Thread'), threadBox),
        sourceSection(r))));

  // "Versions" in the header scrolls to the section (a hash link would be
  // taken for a route).
  el.querySelector('[data-jump="versions"]').addEventListener('click', (e) => {
    e.preventDefault();
    versions.open();
  });

  return {
    el,
    openDiff: (a, b) => versions.open(a, b),
    fillRefs(refs, error) {
      refsBox.removeAttribute('aria-busy');
      citedBox.removeAttribute('aria-busy');
      if (!refs) {
        const msg = h('p', { class: 'muted' }, `Links unavailable: ${error ? error.message : 'unknown error'}`);
        replaceChildren(refsBox, referencesList(r.references || [], []));
        replaceChildren(citedBox, msg);
        return;
      }
      replaceChildren(refsBox, referencesList(r.references || [], refs.cites || []));
      const cited = refs.cited_by || [];
      el.querySelector('#cited-title').textContent = `Cited by (${cited.length})`;
      replaceChildren(citedBox, cited.length ? linkList(cited) : h('p', { class: 'muted' },
        'No cable in the archive cites this one.'));
      const thread = (refs.thread || []).filter((l) => l.id !== id);
      el.querySelector('#thread-title').textContent = `Thread (${thread.length})`;
      replaceChildren(threadBox, thread.length
        ? h('details', null, h('summary', null, `${plural(thread.length, 'cable')} connected through references`),
          linkList(thread))
        : h('p', { class: 'muted' }, 'Not part of a thread.'));
    },
  };
}

// A routing indicator with its station name on hover and focus.
function routeAbbr(ri, routes, focusable = true) {
  const info = routes.get(ri);
  const name = info && (info.name || (info.post && info.post.name));
  return h('abbr', { class: `route${name ? '' : ' unknown'}`, tabindex: focusable ? '0' : null,
    title: name ? `${ri}: ${name}${info.post && info.post.country ? ` (${info.post.country})` : ''}`
      : `${ri}: routing indicator not in the table` }, ri);
}

function routeName(ri, routes) {
  const info = routes.get(ri);
  return (info && (info.name || (info.post && info.post.name))) || null;
}

function recipientRow(rc, routes) {
  const station = rc.route ? routeName(rc.route, routes) : null;
  return h('li', { class: 'recipient' },
    rc.route ? routeAbbr(rc.route, routes) : null,
    h('span', { class: 'recipient-name' }, rc.name || ''),
    station && station.toUpperCase() !== (rc.name || '').toUpperCase()
      ? h('span', { class: 'muted' }, ` (${station})`) : null,
    rc.precedence && rc.precedence !== '' ? h('span', { class: 'prec' }, rc.precedence) : null,
    rc.excluded && rc.excluded.length ? h('span', { class: 'muted' }, ` except ${rc.excluded.join(', ')}`) : null);
}

function recipients(list, routes) {
  if (!list || !list.length) return null;
  const items = h('ul', { class: 'recipients' }, list.map((rc) => recipientRow(rc, routes)));
  if (list.length <= 6) return items;
  return h('details', null, h('summary', null, `${list.length} addressees`), items);
}

function row(term, ...value) {
  const v = value.flat().filter((x) => x !== null && x !== undefined && x !== '');
  if (!v.length) return null;
  return [h('dt', null, term), h('dd', null, v)];
}

function routingPanel(r, routes, tags) {
  const st = r.station || null;
  const prec = r.precedence ? h('span', null, h('strong', null, r.precedence), ' ',
    h('span', { class: 'muted' }, PRECEDENCE[r.precedence] || '')) : null;
  const stationName = st && st.route ? routeName(st.route, routes) : null;
  const classifiedBy = (r.classified_by || []).map((p) => [p.title, p.name].filter(Boolean).join(' ')).join('; ');
  return h('section', { class: 'routing-panel', 'aria-labelledby': 'routing-title' },
    h('h2', { id: 'routing-title' }, 'Header, decoded'),
    h('dl', { class: 'routing-grid' },
      row('Sent', r.dtg ? [h('time', { datetime: r.dtg }, formatDtg(r.dtg)), ' ',
        h('span', { class: 'muted' }, `(date-time group ${dtgAsWritten(r.dtg)})`)] : formatDate(r.created)),
      row('Precedence', prec),
      row('From', r.from ? [r.from, r.origin && r.origin.toUpperCase() !== r.from.toUpperCase()
        ? h('span', { class: 'muted' }, ` (${r.origin})`) : null] : r.origin),
      row('Sending station', st && st.route ? [routeAbbr(st.route, routes),
        stationName ? ` ${stationName}` : '', st.serial ? h('span', { class: 'muted' }, `, serial ${st.serial}`) : '']
        : null),
      row('Relayed by', (r.relay || []).length ? h('ul', { class: 'inline-list' }, r.relay.map((ri) =>
        h('li', null, routeAbbr(ri, routes), routeName(ri, routes) ? ` ${routeName(ri, routes)}` : ''))) : null),
      row('To (action)', recipients(r.to, routes)),
      row('Info', recipients(r.info, routes)),
      row('Classification', r.classification ? h('span', { class: `badge ${markingClasses(r.classification)}` },
        r.classification) : null,
      classifiedBy ? h('span', null, ` by ${classifiedBy}`) : null,
      (r.classification_reasons || []).length ? h('span', { class: 'muted' },
        `, reasons ${r.classification_reasons.join(', ')}`) : null),
      row('Captions', (r.captions || []).join(', ')),
      row('Declassify on', r.declassify_on ? `${formatDate(r.declassify_on)}${r.executive_order
        ? ` (E.O. ${r.executive_order})` : ''}` : null),
      row('TAGS', (r.tags || []).length ? h('span', { class: 'tag-list' },
        r.tags.map((code) => tagChip(code, tags.get(code)))) : null),
      row('Signed', (r.signers || []).join(', '))));
}

// The routing lines as the telegram had them, rebuilt from the record.
function telegramHeader(r) {
  const lines = [];
  if (r.transmission_id) lines.push([r.transmission_id]);
  if (r.station && r.station.route) {
    lines.push(['DE ', { ri: r.station.route }, r.station.serial ? ` #${r.station.serial}` : '',
      r.station.filed ? ` ${r.station.filed}` : '']);
  }
  if (r.dtg) lines.push([`${PROSIGN[r.precedence] || ''} ${dtgAsWritten(r.dtg)}`.trim()]);
  if (r.from) lines.push([`FM ${r.from}`]);
  const addr = (label, list) => (list || []).forEach((rc, i) => {
    lines.push([i === 0 ? `${label} ` : ''.padEnd(label.length + 1), rc.route ? { ri: rc.route } : '',
      rc.route ? '/' : '', rc.name || '', rc.precedence ? ` ${rc.precedence}` : '', rc.serial ? ` ${rc.serial}` : '']);
  });
  addr('TO', r.to);
  addr('INFO', r.info);
  return lines;
}

// Paragraph starts in the body: `1. (C) ...`, `¶2. (S/NF) ...`.
const PARA_START = /^[ \t]*¶?[ \t]*(\d{1,3})[ \t]*\.[ \t]*(?:\(([A-Za-z][A-Za-z/ ]{0,14})\))?/gm;

// The body cut into blocks: the part before the first numbered paragraph,
// then each paragraph with its marking. [{start, end, number, marking}]
export function paragraphBlocks(body, paragraphs) {
  const known = new Map((paragraphs || []).map((p) => [p.number, p.marking]));
  const starts = [];
  let last = 0;
  let m;
  PARA_START.lastIndex = 0;
  while ((m = PARA_START.exec(body)) !== null) {
    const n = Number(m[1]);
    if (n <= last || (known.size && !known.has(n))) continue;
    if (n !== last + 1 && !known.has(n)) continue;
    starts.push({ start: m.index, number: n, marking: m[2] ? m[2].trim() : (known.get(n) || null) });
    last = n;
  }
  const blocks = [];
  if (!starts.length) return [{ start: 0, end: body.length, number: null, marking: null }];
  if (starts[0].start > 0) blocks.push({ start: 0, end: starts[0].start, number: null, marking: null });
  starts.forEach((p, i) => blocks.push({ ...p, end: i + 1 < starts.length ? starts[i + 1].start : body.length }));
  return blocks;
}

// The places in the body that link somewhere: REF pointers and people.
function bodyAnnotations(r) {
  const body = r.body || '';
  const at = byteIndexer(body);
  const out = [];
  for (const l of r.ref_links || []) {
    out.push({ start: at(l.start), end: at(l.end), kind: 'ref', link: l });
  }
  for (const p of r.people || []) {
    for (const sp of p.spans || []) {
      if (sp.field === 'body' && sp.end > sp.start) out.push({ start: at(sp.start), end: at(sp.end), kind: 'person', person: p });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const a of out) {
    if (a.end <= a.start) continue;
    if (kept.length && a.start < kept[kept.length - 1].end) continue;
    kept.push(a);
  }
  return kept;
}

function annotationNode(a, text, refsByLabel) {
  if (a.kind === 'ref') {
    const target = a.link.id || (a.link.label && refsByLabel.get(a.link.label)) || null;
    const title = target ? `Reference${a.link.label ? ` ${a.link.label}` : ''}: ${target}` : 'Reference';
    return target ? h('a', { class: 'reflink', href: cableHref(target), title }, text)
      : h('span', { class: 'reflink unresolved', title }, text);
  }
  const p = a.person;
  return h('a', { class: 'person-link', href: personHref(p.name),
    title: `${p.name}${p.titles && p.titles.length ? `, ${p.titles.join(', ')}` : ''}` }, text);
}

function textSection(r, routes) {
  const body = r.body || '';
  const refsByLabel = new Map((r.references || []).filter((x) => x.label && x.id).map((x) => [x.label, x.id]));
  const telegram = h('div', { class: 'telegram', lang: 'en' });

  const header = telegramHeader(r);
  if (header.length) {
    telegram.appendChild(h('div', { class: 'telegram-header', 'aria-label': 'Routing lines' },
      header.map((parts) => h('div', { class: 'tline' }, parts.map((p) =>
        (typeof p === 'object' ? routeAbbr(p.ri, routes, false) : p))))));
  }

  if (body) {
    const notes = bodyAnnotations(r);
    let k = 0;
    for (const block of paragraphBlocks(body, r.paragraphs)) {
      const div = h('div', { class: `para ${block.number ? markingClasses(block.marking) : 'para-head'}` });
      if (block.number && block.marking) div.dataset.marking = block.marking;
      let pos = block.start;
      while (k < notes.length && notes[k].start < block.end) {
        const a = notes[k++];
        if (a.start < pos || a.end > block.end) continue;  // crosses a paragraph edge: plain text
        if (a.start > pos) div.appendChild(document.createTextNode(body.slice(pos, a.start)));
        div.appendChild(annotationNode(a, body.slice(a.start, a.end), refsByLabel));
        pos = a.end;
      }
      if (pos < block.end) div.appendChild(document.createTextNode(body.slice(pos, block.end)));
      telegram.appendChild(div);
    }
  } else if ((r.paragraphs || []).length) {
    for (const p of r.paragraphs) {
      telegram.appendChild(h('div', { class: `para ${markingClasses(p.marking)}` },
        `${p.number}. ${p.marking ? `(${p.marking}) ` : ''}${p.text}\n\n`));
    }
  } else {
    telegram.appendChild(h('p', { class: 'muted' }, 'No text is held for this cable.'));
  }

  const present = new Set((r.paragraphs || []).map((p) => markingClasses(p.marking)));
  const legend = h('ul', { class: 'legend', 'aria-label': 'Paragraph markings' },
    LEGEND.map(([mark, meaning]) => h('li', { class: present.has(markingClasses(mark)) ? 'present' : null },
      h('span', { class: `swatch ${markingClasses(mark)}`, 'aria-hidden': 'true' }),
      h('strong', null, `(${mark})`), ` ${meaning}`)));

  return h('section', { class: 'cable-text', 'aria-labelledby': 'text-title' },
    h('h2', { id: 'text-title' }, 'Text'),
    h('p', { class: 'hint' }, 'Paragraphs are tinted by their classification marking. Routing indicators, ' +
      'references and names are links or explain themselves on hover.'),
    legend, telegram);
}

function linkItem(l) {
  const label = l.label ? `${l.label}. ` : '';
  const date = l.date ? `${l.date_estimated ? 'about ' : ''}${formatDate(l.date)}` : 'date unknown';
  return h('li', { class: `cable-link${l.held ? '' : ' missing'}` },
    h('a', { href: cableHref(l.id) }, `${label}${l.id}`),
    l.held
      ? h('span', { class: 'link-detail' }, [l.subject, date].filter(Boolean).join(' · '))
      : h('span', { class: 'link-detail' }, h('span', { class: 'badge missing-badge' }, 'not in the archive'),
        l.date ? ` ${l.date_estimated ? 'estimated date ' : ''}${formatDate(l.date)}` : ' date unknown'));
}

function linkList(links) {
  return h('ul', { class: 'link-list' }, links.map(linkItem));
}

function referencesList(references, cites) {
  if (!references.length && !cites.length) return h('p', { class: 'muted' }, 'This cable cites nothing.');
  const byId = new Map(cites.map((c) => [c.id, c]));
  const items = references.map((ref) => {
    const link = ref.id ? byId.get(ref.id) : null;
    if (ref.id) {
      if (link) byId.delete(ref.id);
      const l = link || { id: ref.id, held: false, date: null, label: ref.label };
      const item = linkItem({ ...l, label: ref.label });
      item.appendChild(h('span', { class: 'ref-as-written' }, `as written: ${ref.text}`));
      return item;
    }
    return h('li', { class: 'cable-link other' }, `${ref.label ? `${ref.label}. ` : ''}${ref.text}`,
      h('span', { class: 'link-detail' }, ref.kind && ref.kind !== 'other' ? ref.kind : 'not a cable'));
  });
  for (const l of byId.values()) items.push(linkItem(l));  // cited in the text, not in the REF list
  return h('ul', { class: 'link-list' }, items);
}

function peopleSection(r, archivePeople) {
  const mentions = r.people || [];
  const byName = new Map(archivePeople.map((p) => [p.name, p]));
  const list = mentions.length ? mentions.map((p) => ({ name: p.name, titles: p.titles || [] }))
    : archivePeople.map((p) => ({ name: p.name, titles: p.titles || [] }));
  return h('section', { class: 'side-box', 'aria-labelledby': 'people-title' },
    h('h2', { id: 'people-title' }, `People named (${list.length})`),
    list.length ? h('ul', { class: 'people-list' }, list.map((p) => {
      const known = byName.get(p.name);
      return h('li', null, h('a', { href: personHref(p.name), class: 'person' }, p.name),
        p.titles.length ? h('span', { class: 'muted' }, ` ${p.titles.join(', ')}`) : null,
        known && known.cables > 1 ? h('span', { class: 'muted' }, ` · ${plural(known.cables, 'cable')}`) : null);
    })) : h('p', { class: 'muted' }, 'No people recognised in this cable.'));
}

function sourceSection(r) {
  const src = r.source || {};
  return h('section', { class: 'side-box', 'aria-labelledby': 'source-title' },
    h('h2', { id: 'source-title' }, 'Source'),
    h('dl', { class: 'source' },
      row('Format', r.format), row('File', src.path), row('Site', src.site),
      row('Published', src.published ? formatDate(src.published) : null),
      row('Headline', src.headline), row('Released', src.released ? formatDate(src.released) : null)));
}

function versionsSection(id, r) {
  const count = r.versions || 1;
  const body = h('div', { class: 'versions-body' });
  const diffOut = h('div', { class: 'diff-output', 'aria-live': 'polite' });
  const details = h('details', { class: 'versions', id: 'versions-section' },
    h('summary', null, h('h2', { class: 'inline-h2' }, `Versions (${count})`)),
    h('p', { class: 'hint' }, count > 1
      ? 'The same cable from several sources. Pick two versions to see the words that differ.'
      : 'One source holds this cable.'),
    body, diffOut);
  let loaded = null;

  async function load() {
    if (!loaded) {
      loaded = api.versions(id).then((v) => {
        renderList(v.versions || []);
        return v;
      }, (e) => {
        replaceChildren(body, h('p', { class: 'error' }, e.message));
        return null;
      });
    }
    return loaded;
  }

  function renderList(list) {
    const opts = (sel) => list.map((v) => h('option', { value: v.version, selected: v.version === sel || null },
      `${v.version}: ${v.format}`));
    const a = h('select', { id: 'diff-a' }, opts(1));
    const b = h('select', { id: 'diff-b' }, opts(Math.min(2, list.length)));
    const form = h('form', { class: 'diff-form' },
      h('label', { for: 'diff-a' }, 'Compare version'), a,
      h('label', { for: 'diff-b' }, 'with'), b,
      h('button', { type: 'submit' }, 'Show differences'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      showDiff(a.value, b.value);
    });
    replaceChildren(body,
      h('table', { class: 'versions-table' },
        h('thead', null, h('tr', null, ['#', 'Format', 'Source', 'Ingested'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, list.map((v) => h('tr', null,
          h('td', null, String(v.version)), h('td', null, v.format),
          h('td', { class: 'path' }, v.path), h('td', null, formatDate(v.ingested_at)))))),
      list.length > 1 ? form : null);
  }

  async function showDiff(a, b) {
    history.replaceState(null, '', `${cableHref(id)}?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
    replaceChildren(diffOut, h('p', { class: 'muted' }, 'Comparing…'));
    try {
      const d = await api.diff(id, a, b);
      const runs = d.runs || [];
      const changed = runs.filter((x) => x.op !== 'equal').length;
      const text = h('div', { class: 'diff-text' });
      runs.forEach((run, i) => {
        if (i) text.appendChild(document.createTextNode(' '));
        if (run.op === 'insert') text.appendChild(h('ins', null, run.text));
        else if (run.op === 'delete') text.appendChild(h('del', null, run.text));
        else text.appendChild(document.createTextNode(run.text));
      });
      replaceChildren(diffOut,
        h('h3', null, `Version ${d.a.version} (${d.a.format}) → version ${d.b.version} (${d.b.format})`),
        h('p', { class: 'legend-inline' }, h('del', null, 'only in the first'), ' ', h('ins', null, 'only in the second'),
          ` · ${changed ? plural(changed, 'change') : 'the texts are the same'}`),
        text);
    } catch (e) {
      replaceChildren(diffOut, h('p', { class: 'error' }, e.message));
    }
  }

  details.addEventListener('toggle', () => {
    if (details.open) load();
  });

  return {
    el: details,
    async open(a, b) {
      details.open = true;
      await load();
      details.scrollIntoView({ block: 'start' });
      details.querySelector('summary').focus();
      if (a && b) showDiff(a, b);
    },
  };
}

// A cable the archive does not hold, but that held cables cite: what is
// known of it (who cites it, the estimated date).
async function renderMissing(main, id, refsP, ctx) {
  let refs;
  try {
    refs = await refsP;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      replaceChildren(main, h('div', { class: 'error-page' },
        h('h1', null, `No cable ${id}`),
        h('p', null, 'The archive neither holds this cable nor has a cable that cites it.'),
        h('p', null, h('a', { href: `#/search?q=${encodeURIComponent(id)}` }, `Search for ${id}`))));
      focusHeading(main);
      return;
    }
    throw e;
  }
  if (ctx.signal.aborted) return;
  const cited = refs.cited_by || [];
  // The estimated date lives on the citing cables' side of the edge.
  let estimate = null;
  if (cited.length) {
    try {
      const other = await api.refs(cited[0].id, ctx.signal);
      estimate = (other.cites || []).find((c) => c.id === refs.id) || null;
    } catch (e) {
      if (e.name === 'AbortError') return;
    }
  }
  const date = estimate && estimate.date ? `${estimate.date_estimated ? 'estimated ' : ''}${formatDate(estimate.date)}`
    : 'date unknown';
  replaceChildren(main, h('article', { class: 'cable-page missing-page' },
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: ctx.lastSearch() }, '← Search results')),
    h('header', { class: 'cable-header' },
      h('p', { class: 'cable-kicker' }, h('span', { class: 'cable-id' }, refs.id),
        h('span', { class: 'badge missing-badge' }, 'not in the archive')),
      h('h1', null, `${refs.id} (not in the archive)`),
      h('p', { class: 'cable-sub' }, `No text of this cable is held; ${plural(cited.length, 'cable')} ` +
        `in the archive cite${cited.length === 1 ? 's' : ''} it. Date: ${date}.`),
      h('nav', { class: 'cable-actions', 'aria-label': 'This cable' },
        h('a', { class: 'button', href: `${cableHref(refs.id)}/graph` }, 'Citation graph'),
        h('a', { class: 'button', href: `#/search?q=${encodeURIComponent(`ref:${refs.id}`)}` }, 'Cables citing this'))),
    h('section', { class: 'side-box', 'aria-labelledby': 'cited-title' },
      h('h2', { id: 'cited-title' }, `Cited by (${cited.length})`), linkList(cited)),
    (refs.thread || []).length > 1 ? h('section', { class: 'side-box' }, h('h2', null, 'Thread'),
      linkList(refs.thread.filter((l) => l.id !== refs.id))) : null));
  document.title = `${refs.id} (not in the archive) – cablescope`;
  focusHeading(main);
}
