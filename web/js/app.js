// The web UI's entry point: a hash router over four pages.
//
//   #/search?q=&sort=&page=&by=   search (the whole state is in the URL: a permalink)
//   #/cable/ID[?a=1&b=2]          a cable (with a diff between versions a and b)
//   #/cable/ID/graph              the citation neighbourhood of a cable
//   #/person/NAME                 a person; #/people?q= lists people
//
// Hash routes need nothing from the server but index.html, so any URL the
// UI shows can be bookmarked or sent to a colleague and reopens the same view.

import { h, replaceChildren } from './dom.js';

// Each page's module is loaded when first needed, so that opening a cable
// does not wait for the search page's code (and the other way round).
const views = {
  search: () => import('./search.js'),
  cable: () => import('./cable.js'),
  graph: () => import('./graph.js'),
  person: () => import('./person.js'),
};

const main = document.getElementById('main');
let current = null;       // {name, controller}
let lastSearch = '#/search';

export function parseRoute(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const qmark = raw.indexOf('?');
  const path = qmark < 0 ? raw : raw.slice(0, qmark);
  const params = new URLSearchParams(qmark < 0 ? '' : raw.slice(qmark + 1));
  const parts = path.split('/').filter(Boolean).map((p) => {
    try { return decodeURIComponent(p); } catch { return p; }
  });
  if (parts[0] === 'cable' && parts[1]) {
    return { name: parts[2] === 'graph' ? 'graph' : 'cable', id: parts[1], params };
  }
  if (parts[0] === 'person' && parts[1]) return { name: 'person', id: parts.slice(1).join('/'), params };
  if (parts[0] === 'people') return { name: 'people', params };
  return { name: 'search', params };
}

function markNav(name) {
  for (const a of document.querySelectorAll('.site-nav a')) {
    const target = a.getAttribute('href');
    const on = (name === 'search' && target === '#/search') || ((name === 'people' || name === 'person') && target === '#/people');
    if (on) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function route() {
  const r = parseRoute(location.hash);
  if (r.name === 'search') lastSearch = location.hash || '#/search';
  markNav(r.name);

  // The search page stays mounted while only its state changes, so that the
  // query box keeps focus and the page does not flash.
  if (current && current.name === 'search' && r.name === 'search') {
    (await views.search()).update(r.params);
    return;
  }
  if (current && current.controller) current.controller.abort();
  const controller = new AbortController();
  current = { name: r.name, controller };
  const ctx = { signal: controller.signal, lastSearch: () => lastSearch };
  try {
    const view = await views[r.name === 'people' ? 'person' : r.name]();
    if (controller.signal.aborted) return;
    switch (r.name) {
      case 'search': view.mount(main, r.params); break;
      case 'cable': await view.render(main, r.id, r.params, ctx); break;
      case 'graph': await view.render(main, r.id, ctx); break;
      case 'person': await view.render(main, r.id, ctx); break;
      case 'people': await view.renderList(main, r.params, ctx); break;
    }
  } catch (e) {
    if (e.name === 'AbortError') return;
    replaceChildren(main, h('div', { class: 'error-page', role: 'alert' },
      h('h1', { tabindex: '-1' }, 'Something went wrong'), h('p', null, e.message || String(e)),
      h('p', null, h('a', { href: lastSearch }, 'Back to search'))));
    console.error(e);
  }
}

document.querySelector('.skip-link').addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', route);
route();
