// The JSON API of `cablescope serve` (docs/API.md, /api/openapi.json).
//
// Every call returns the parsed JSON or throws an ApiError carrying the
// server's message (and, for a malformed query, the column it names).

export class ApiError extends Error {
  constructor(status, message, column) {
    super(message);
    this.status = status;
    this.column = column;
  }
}

function url(path, params) {
  const u = new URL(path, document.baseURI);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null) u.searchParams.set(k, String(v));
  }
  return u;
}

export async function getJson(path, params, signal) {
  let response;
  const u = url(path, params);
  const early = window.__cablescopePrefetch && window.__cablescopePrefetch.get(u.href);
  try {
    if (early) window.__cablescopePrefetch.delete(u.href);
    response = await (early || fetch(u, { signal, headers: { Accept: 'application/json' } }));
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The server cannot be reached. Is `cablescope serve` running?');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const message = (body && body.error) || `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message, body && body.column);
  }
  return body;
}

const seg = encodeURIComponent;

export const api = {
  search: (p, signal) => getJson('api/search', p, signal),
  timeline: (q, by, signal) => getJson('api/timeline', { q, by }, signal),
  cable: (id, signal) => getJson(`api/cables/${seg(id)}`, null, signal),
  refs: (id, signal) => getJson(`api/cables/${seg(id)}/refs`, null, signal),
  versions: (id, signal) => getJson(`api/cables/${seg(id)}/versions`, null, signal),
  diff: (id, a, b, signal) => getJson(`api/cables/${seg(id)}/diff`, { a, b }, signal),
  people: (q, limit, offset, signal) => getJson('api/people', { q, limit, offset }, signal),
  person: (id, signal) => getJson(`api/people/${seg(id)}`, null, signal),
  tag: (code, signal) => getJson(`api/tags/${seg(code)}`, null, signal),
  route: (ri, signal) => getJson(`api/routes/${seg(ri)}`, null, signal),
};

// Small caches for what does not change while the page is open.
const tagCache = new Map();
export function tagInfo(code) {
  if (!tagCache.has(code)) tagCache.set(code, api.tag(code).catch(() => null));
  return tagCache.get(code);
}
export function rememberTag(info) {
  if (info && info.code && !tagCache.has(info.code)) tagCache.set(info.code, Promise.resolve(info));
}

const routeCache = new Map();
export function routeInfo(ri) {
  if (!routeCache.has(ri)) routeCache.set(ri, api.route(ri).catch(() => null));
  return routeCache.get(ri);
}
export function rememberRoute(info) {
  if (info && info.route && !routeCache.has(info.route)) routeCache.set(info.route, Promise.resolve(info));
}
