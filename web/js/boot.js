// Runs before the rest of the UI has loaded (it imports nothing): when the
// page opens on a cable, the cable's JSON is requested at once, in
// parallel with the loading of the modules, instead of after them.
// api.js takes the answer from here (once).

const m = /^#\/cable\/([^/?]+)/.exec(location.hash);
if (m) {
  const id = encodeURIComponent(decodeURIComponent(m[1]));
  const pending = new Map();
  for (const path of [`api/cables/${id}`, `api/cables/${id}/refs`]) {
    const url = new URL(path, document.baseURI).href;
    pending.set(url, fetch(url, { headers: { Accept: 'application/json' } }));
  }
  window.__cablescopePrefetch = pending;
}
