// The search page: one query box (with syntax help), facets that filter on
// click, a date histogram that filters by dragging, results with the
// matches highlighted, and paging. The whole state (q, sort, page, by) is
// in the URL hash, so reloading or sharing the URL restores the view.

import { api, ApiError, tagInfo } from './api.js';
import { h, clear, replaceChildren } from './dom.js';
import { byteRangesToIndices } from './utf8.js';
import { formatDate, plural } from './format.js';
import { markingClasses } from './markings.js';
import { facetTerm, hasTerm, toggleTerm, dateTerms, setDateRange } from './query.js';
import { Timeline, autoGranularity } from './histogram.js';

const PAGE_SIZE = 20;
const FACETS = [
  ['origin', 'Origin'],
  ['tag', 'TAGS'],
  ['classification', 'Classification'],
  ['year', 'Year'],
];
const SORTS = [
  ['relevance', 'Relevance'],
  ['-date', 'Newest first'],
  ['date', 'Oldest first'],
  ['citations', 'Most cited'],
  ['rank', 'Citation rank'],
];

// The query language in a few lines, for the help popover.
const HELP = [
  ['Muttaki', 'a word; case and accents do not matter (mottakí = Mottaki)'],
  ['"without any preconditions"', 'a phrase: these words in this order'],
  ['prolif*', 'words starting with prolif'],
  ['iran nuclear', 'both words (the same as iran AND nuclear)'],
  ['Solana OR Kasuri', 'either word (AND, OR, NOT in capitals)'],
  ['iran NOT israel', 'iran without israel; iran -israel is the same'],
  ['(Solana OR Kasuri) tag:PK', 'parentheses group'],
  ['tag:KNNP', 'a TAGS code'],
  ['origin:Islamabad', 'the post that sent it; also from: to: route:'],
  ['class:secret', 'classification: u, c, s, ts, noforn'],
  ['subject:"nuclear program"', 'words in the subject line'],
  ['person:Mottaki', 'cables that name a person, any spelling'],
  ['ref:06ISLAMABAD10142', 'cables citing that cable; also cites: cited_by: thread:'],
  ['date:2006', 'a year; date:2006-06 a month, date:2006-06-02 a day'],
  ['date:2006-01..2009-12', 'a date range (either end may be open: date:2009..)'],
  ['para:S missile', 'the words in a paragraph marked (S) or (S/NF)'],
];

export function stateFromParams(params) {
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  const sort = SORTS.some(([v]) => v === params.get('sort')) ? params.get('sort') : 'relevance';
  const by = params.get('by') === 'year' || params.get('by') === 'month' ? params.get('by') : '';
  return { q: params.get('q') || '', sort, page, by };
}

export function hashOf(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.sort && state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  if (state.by) p.set('by', state.by);
  const qs = p.toString();
  return `#/search${qs ? `?${qs}` : ''}`;
}

let view = null;  // the mounted page's elements and state
let outsideClickBound = false;

function go(changes) {
  const next = { ...view.state, ...changes };
  const hash = hashOf(next);
  if (location.hash === hash) update(new URLSearchParams(hash.split('?')[1] || ''));
  else location.hash = hash;
}

function buildHelp() {
  const panel = h('div', { class: 'help-popover', id: 'query-help', role: 'dialog', 'aria-label': 'Query syntax',
    hidden: true },
  h('h2', null, 'How to search'),
  h('table', { class: 'help-table' },
    h('tbody', null, HELP.map(([example, meaning]) => h('tr', null,
      h('td', null, h('button', { type: 'button', class: 'help-example', title: 'Search for this',
        dataset: { q: example } }, h('code', null, example))),
      h('td', null, meaning))))),
  h('p', { class: 'help-note' }, 'Click a facet on the left, or drag across the timeline, to add a filter to the ' +
    'query. Click it again to remove it.'),
  h('button', { type: 'button', class: 'help-close' }, 'Close'));
  return panel;
}

export function mount(main, params) {
  if (view && view.controller) view.controller.abort();
  const input = h('input', {
    id: 'q', type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false',
    placeholder: 'Words, "phrases", tag:KNNP, date:2006..2009', 'aria-describedby': 'query-error',
  });
  const sort = h('select', { id: 'sort', name: 'sort' },
    SORTS.map(([v, label]) => h('option', { value: v }, label)));
  const helpButton = h('button', { type: 'button', class: 'help-toggle', 'aria-expanded': 'false',
    'aria-controls': 'query-help' }, 'Syntax help');
  const help = buildHelp();
  const error = h('p', { id: 'query-error', class: 'query-error', role: 'alert' });
  const form = h('form', { class: 'search-form', role: 'search' },
    h('label', { for: 'q', class: 'search-label' }, 'Search the cables'),
    h('div', { class: 'search-row' }, input, h('button', { type: 'submit', class: 'primary' }, 'Search'),
      helpButton),
    h('div', { class: 'search-options' }, h('label', { for: 'sort' }, 'Sort by'), sort),
    error, help);

  const facets = h('aside', { class: 'facets', 'aria-label': 'Filter the results' });
  const timeline = new Timeline({ onRange: (range) => go({ q: setDateRange(view.state.q, range), page: 1 }) });
  const byToggle = h('div', { class: 'by-toggle', role: 'group', 'aria-label': 'Timeline granularity' },
    h('button', { type: 'button', dataset: { by: 'month' } }, 'Months'),
    h('button', { type: 'button', dataset: { by: 'year' } }, 'Years'));
  const dateFilter = h('p', { class: 'date-filter' });
  const timelineBox = h('section', { class: 'timeline', 'aria-labelledby': 'timeline-title' },
    h('div', { class: 'timeline-head' }, h('h2', { id: 'timeline-title' }, 'Cables over time'), byToggle),
    timeline.el,
    h('p', { class: 'hint' }, 'Drag across the bars to show only those dates.'),
    dateFilter);
  const summary = h('p', { class: 'summary', 'aria-live': 'polite' });
  const results = h('ol', { class: 'hits' });
  const pager = h('nav', { class: 'pager', 'aria-label': 'Result pages' });
  const page = h('div', { class: 'search-page' },
    h('h1', { class: 'visually-hidden' }, 'Search'),
    form,
    h('div', { class: 'search-layout' }, facets,
      h('section', { class: 'results', 'aria-label': 'Results' }, timelineBox, summary, results, pager)));
  replaceChildren(main, page);

  view = { main, input, sort, help, helpButton, error, facets, timeline, byToggle, dateFilter, summary, results,
    pager, state: null, controller: null, timelineKey: null };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    closeHelp();
    go({ q: input.value.trim(), page: 1 });
  });
  sort.addEventListener('change', () => go({ sort: sort.value, page: 1 }));
  helpButton.addEventListener('click', () => (help.hidden ? openHelp() : closeHelp()));
  help.addEventListener('click', (e) => {
    const example = e.target.closest('.help-example');
    if (example) {
      closeHelp();
      go({ q: example.dataset.q, page: 1 });
    } else if (e.target.closest('.help-close')) {
      closeHelp();
      helpButton.focus();
    }
  });
  help.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      closeHelp();
      helpButton.focus();
    }
  });
  if (!outsideClickBound) {
    outsideClickBound = true;
    document.addEventListener('click', (e) => {
      if (view && view.help.isConnected && !view.help.hidden && !e.target.closest('.help-popover, .help-toggle')) {
        closeHelp();
      }
    });
  }
  byToggle.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (b) go({ by: b.dataset.by });
  });
  // A TAGS facet explains its code on hover or focus (looked up once).
  const explainTag = (e) => {
    const b = e.target.closest && e.target.closest('.facet-tag .facet-value');
    if (!b || b.dataset.explained) return;
    b.dataset.explained = '1';
    const code = b.querySelector('.facet-label').textContent;
    tagInfo(code).then((info) => {
      if (info && info.meaning) {
        b.title = `${code}: ${info.meaning}. ${b.getAttribute('aria-pressed') === 'true' ? 'Remove' : 'Add'} the filter.`;
        b.setAttribute('aria-label', `${code}, ${info.meaning}, ${b.querySelector('.facet-count').textContent} cables`);
      }
    });
  };
  facets.addEventListener('pointerover', explainTag);
  facets.addEventListener('focusin', explainTag);
  facets.addEventListener('click', (e) => {
    const b = e.target.closest('button.facet-value');
    if (b) go({ q: toggleTerm(view.state.q, b.dataset.term), page: 1 });
    const more = e.target.closest('button.facet-more');
    if (more) {
      const list = more.previousElementSibling;
      const expanded = list.classList.toggle('expanded');
      more.setAttribute('aria-expanded', String(expanded));
      more.textContent = expanded ? 'Show fewer' : 'Show more';
    }
  });
  pager.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-page]');
    if (b) {
      go({ page: Number(b.dataset.page) });
      summary.focus();
    }
  });
  dateFilter.addEventListener('click', (e) => {
    if (e.target.closest('button')) go({ q: setDateRange(view.state.q, null), page: 1 });
  });

  update(params);
  input.focus();
}

function openHelp() {
  view.help.hidden = false;
  view.helpButton.setAttribute('aria-expanded', 'true');
  const first = view.help.querySelector('button');
  if (first) first.focus();
}

function closeHelp() {
  if (!view || view.help.hidden) return;
  view.help.hidden = true;
  view.helpButton.setAttribute('aria-expanded', 'false');
}

export function update(params) {
  const state = stateFromParams(params);
  view.state = state;
  if (document.activeElement !== view.input || view.input.value.trim() !== state.q) view.input.value = state.q;
  view.sort.value = state.sort;
  document.title = state.q ? `${state.q} – cablescope` : 'cablescope: search the cables';
  run(state);
}

async function run(state) {
  if (view.controller) view.controller.abort();
  const controller = new AbortController();
  view.controller = controller;
  const { signal } = controller;
  view.results.setAttribute('aria-busy', 'true');
  view.error.textContent = '';
  view.input.removeAttribute('aria-invalid');

  // The timeline shows the query without its date filter, so that the
  // chosen range stays visible in its context and can be changed.
  const timelineQuery = setDateRange(state.q, null);
  const timelineKey = timelineQuery;
  const searchP = api.search({
    q: state.q, sort: state.sort, limit: PAGE_SIZE, offset: (state.page - 1) * PAGE_SIZE,
    facets: FACETS.map(([f]) => f).join(','),
  }, signal);
  const timelineP = view.timelineKey === timelineKey && view.timelineBuckets
    ? Promise.resolve({ buckets: view.timelineBuckets })
    : api.timeline(timelineQuery, 'month', signal);
  timelineP.catch(() => {});  // a bad query fails both; the search's error is the one shown

  try {
    const result = await searchP;
    if (signal.aborted) return;
    renderResults(state, result);
    renderFacets(state, result.facets || {});
  } catch (e) {
    if (e.name === 'AbortError') return;
    showError(e);
    return;
  } finally {
    if (!signal.aborted) view.results.removeAttribute('aria-busy');
  }
  try {
    const tl = await timelineP;
    if (signal.aborted) return;
    view.timelineKey = timelineKey;
    view.timelineBuckets = tl.buckets || [];
    const by = state.by || autoGranularity(view.timelineBuckets);
    for (const b of view.byToggle.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.by === by));
    const active = dateTerms(state.q).map((t) => t.slice(5))[0] || null;
    view.timeline.update(view.timelineBuckets, by, active);
    replaceChildren(view.dateFilter, active
      ? ['Showing dates ', h('code', null, active), ' ', h('button', { type: 'button', class: 'link-button' },
        'Clear dates')]
      : []);
  } catch (e) {
    if (e.name !== 'AbortError') view.timeline.update([], 'month', null);
  }
}

function showError(e) {
  clear(view.results);
  clear(view.pager);
  clear(view.facets);
  clear(view.dateFilter);
  view.timelineKey = null;
  view.timeline.update([], 'month', null);
  view.summary.textContent = '';
  view.error.textContent = e instanceof ApiError && e.status === 400
    ? `The query is not understood: ${e.message}.`
    : e.message || String(e);
  if (e instanceof ApiError && e.column) {
    view.input.setAttribute('aria-invalid', 'true');
    const col = Math.max(0, Math.min(view.input.value.length, e.column - 1));
    view.input.focus();
    view.input.setSelectionRange(col, Math.min(view.input.value.length, col + 1));
  }
}

// Snippet text with its highlights as <mark>; offsets are UTF-8 bytes.
export function highlighted(snippet) {
  const text = (snippet && snippet.text) || '';
  const out = [];
  let pos = 0;
  for (const [a, b] of byteRangesToIndices(text, snippet && snippet.highlights)) {
    if (a > pos) out.push(text.slice(pos, a));
    out.push(h('mark', null, text.slice(a, b)));
    pos = b;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}

function renderResults(state, result) {
  const total = result.total || 0;
  const first = (state.page - 1) * PAGE_SIZE;
  view.summary.setAttribute('tabindex', '-1');
  view.summary.textContent = total === 0
    ? 'No cables match. Try fewer words, or remove a filter.'
    : `${plural(total, 'cable')} match${total === 1 ? 'es' : ''}` +
      (total > PAGE_SIZE ? ` · showing ${first + 1}–${Math.min(total, first + PAGE_SIZE)}` : '');
  view.results.setAttribute('start', String(first + 1));
  replaceChildren(view.results, (result.hits || []).map((hit) => h('li', { class: 'hit' },
    h('h3', { class: 'hit-title' }, h('a', { href: `#/cable/${encodeURIComponent(hit.id)}` },
      hit.subject || hit.id)),
    h('p', { class: 'hit-meta' },
      h('span', { class: 'cable-id' }, hit.id),
      hit.date ? h('time', { datetime: hit.date }, formatDate(hit.date)) : h('span', null, 'no date'),
      hit.origin ? h('span', null, hit.origin) : null,
      hit.classification ? h('span', { class: `badge ${markingClasses(hit.classification)}` }, hit.classification)
        : null),
    hit.snippet && hit.snippet.text ? h('p', { class: 'snippet' }, highlighted(hit.snippet)) : null)));

  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) {
    clear(view.pager);
    return;
  }
  const button = (label, p, disabled, rel) => h('button', { type: 'button', disabled: disabled || null,
    dataset: { page: p }, rel: rel || null }, label);
  replaceChildren(view.pager,
    button('← Previous', state.page - 1, state.page <= 1, 'prev'),
    h('span', { class: 'page-of' }, `Page ${state.page} of ${pages.toLocaleString('en-US')}`),
    button('Next →', state.page + 1, state.page >= pages, 'next'));
}

function renderFacets(state, facets) {
  const sections = [];
  for (const [field, title] of FACETS) {
    const values = facets[field] || [];
    if (!values.length) continue;
    const id = `facet-${field}`;
    const items = values.map((v, i) => {
      const term = facetTerm(field, v.value);
      const on = hasTerm(state.q, term);
      return h('li', { class: i >= 6 ? 'extra' : null },
        h('button', { type: 'button', class: 'facet-value', 'aria-pressed': String(on), dataset: { term },
          title: on ? `Remove the filter ${term}` : `Add the filter ${term}` },
        h('span', { class: 'facet-label' }, v.value),
        h('span', { class: 'facet-count' }, v.count.toLocaleString('en-US'))));
    });
    sections.push(h('section', { class: `facet facet-${field}`, 'aria-labelledby': id },
      h('h2', { id }, title),
      h('ul', { class: 'facet-list' }, items),
      values.length > 6 ? h('button', { type: 'button', class: 'facet-more link-button', 'aria-expanded': 'false' },
        'Show more') : null));
  }
  replaceChildren(view.facets, sections.length ? sections : h('p', { class: 'muted' }, 'No filters for these results.'));
}
