// The person page (variants of the name, titles, cables over time with a
// chart and a list) and the people list (#/people?q=).

import { api, ApiError } from './api.js';
import { h, replaceChildren, focusHeading } from './dom.js';
import { formatDate, plural } from './format.js';
import { quote } from './query.js';
import { Timeline, autoGranularity } from './histogram.js';

const cableHref = (id) => `#/cable/${encodeURIComponent(id)}`;
const personHref = (name) => `#/person/${encodeURIComponent(name)}`;

export async function render(main, id, ctx) {
  let data;
  try {
    data = await api.person(id, ctx.signal);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      replaceChildren(main, h('div', { class: 'error-page' },
        h('h1', null, `No person “${id}”`),
        h('p', null, 'No cable in the archive names this person under that spelling.'),
        h('p', null, h('a', { href: `#/people?q=${encodeURIComponent(id)}` }, `Find people named like “${id}”`))));
      focusHeading(main);
      return;
    }
    throw e;
  }
  if (ctx.signal.aborted) return;
  const p = data.person || {};
  const cables = data.cables || [];
  const personTerm = `person:${quote(p.name || id)}`;

  const monthly = new Map();
  for (const c of cables) {
    if (c.date && /^\d{4}-\d{2}/.test(c.date)) monthly.set(c.date.slice(0, 7), (monthly.get(c.date.slice(0, 7)) || 0) + 1);
  }
  const buckets = [...monthly.entries()].map(([value, count]) => ({ value, count }));
  const timeline = new Timeline({
    onRange: (range) => { location.hash = `#/search?q=${encodeURIComponent(`${personTerm} date:${range}`)}`; },
  });

  const variants = (p.variants || []).filter(Boolean);
  replaceChildren(main, h('article', { class: 'person-page' },
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: ctx.lastSearch() }, '← Search results'),
      ' · ', h('a', { href: '#/people' }, 'People')),
    h('header', null,
      h('p', { class: 'cable-kicker' }, 'Person'),
      h('h1', null, p.name || id),
      h('p', { class: 'cable-sub' }, [
        plural(p.cables || cables.length, 'cable'),
        p.first_date ? `from ${formatDate(p.first_date)}` : null,
        p.last_date && p.last_date !== p.first_date ? `to ${formatDate(p.last_date)}` : null,
      ].filter(Boolean).join(' ')),
      h('nav', { class: 'cable-actions', 'aria-label': 'This person' },
        h('a', { class: 'button', href: `#/search?q=${encodeURIComponent(personTerm)}` }, 'Search their cables'))),
    h('div', { class: 'person-facts' },
      h('section', { class: 'side-box', 'aria-labelledby': 'variants-title' },
        h('h2', { id: 'variants-title' }, `Spellings (${variants.length})`),
        variants.length ? h('ul', { class: 'chip-list variants' }, variants.map((v) => h('li', { class: 'chip' }, v)))
          : h('p', { class: 'muted' }, 'One spelling.')),
      h('section', { class: 'side-box', 'aria-labelledby': 'titles-title' },
        h('h2', { id: 'titles-title' }, 'Titles'),
        (p.titles || []).length ? h('ul', { class: 'chip-list titles' }, p.titles.map((t) => h('li', { class: 'chip' }, t)))
          : h('p', { class: 'muted' }, 'No title given in the cables.'))),
    h('section', { class: 'timeline', 'aria-labelledby': 'ptl-title' },
      h('h2', { id: 'ptl-title' }, 'Cables over time'), timeline.el,
      h('p', { class: 'hint' }, 'Drag across the bars to search their cables of those dates.')),
    h('section', { 'aria-labelledby': 'pc-title' },
      h('h2', { id: 'pc-title' }, 'Cables that name them'),
      h('ol', { class: 'person-cables' }, cables.map((c) => h('li', null,
        c.date ? h('time', { datetime: c.date }, formatDate(c.date)) : h('span', { class: 'muted' }, 'no date'),
        h('a', { href: cableHref(c.id) }, c.id),
        h('span', { class: 'subject' }, c.subject || ''),
        h('span', { class: 'muted named-as' }, `named as ${c.name}${(c.titles || []).length ? `, ${c.titles.join(', ')}` : ''}`)))))));
  timeline.update(buckets, autoGranularity(buckets), null);
  document.title = `${p.name || id} – cablescope`;
  focusHeading(main);
}

export async function renderList(main, params, ctx) {
  const q = params.get('q') || '';
  const input = h('input', { id: 'people-q', type: 'search', value: q, autocomplete: 'off',
    placeholder: 'A name, in any spelling' });
  const form = h('form', { class: 'search-form', role: 'search' },
    h('label', { for: 'people-q', class: 'search-label' }, 'Find a person'),
    h('div', { class: 'search-row' }, input, h('button', { type: 'submit', class: 'primary' }, 'Find')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/people${input.value.trim() ? `?q=${encodeURIComponent(input.value.trim())}` : ''}`;
  });
  const list = h('ol', { class: 'people-results', 'aria-busy': 'true' });
  replaceChildren(main, h('div', { class: 'people-page' }, h('h1', null, 'People'), form, list));
  document.title = 'People – cablescope';
  focusHeading(main);
  input.focus();
  const res = await api.people(q, 100, 0, ctx.signal);
  if (ctx.signal.aborted) return;
  list.removeAttribute('aria-busy');
  replaceChildren(list, (res.people || []).length ? res.people.map((p) => h('li', null,
    h('a', { href: personHref(p.name) }, p.name),
    (p.titles || []).length ? h('span', { class: 'muted' }, ` ${p.titles.slice(0, 3).join(', ')}`) : null,
    h('span', { class: 'muted' }, ` · ${plural(p.cables || 0, 'cable')}`),
    (p.variants || []).length > 1 ? h('span', { class: 'muted' }, ` · also ${p.variants.filter((v) => v !== p.name).join(', ')}`)
      : null))
    : h('li', { class: 'muted' }, q ? `No person named like “${q}”.` : 'No people in the archive yet.'));
}
