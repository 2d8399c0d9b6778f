// Browser test of the web UI: a journalist's journey through the seed
// cables in headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core; no browser is downloaded).
//
//   search `Muttaki` -> click a facet -> (reload: the URL is a permalink)
//   -> open 06ISLAMABAD10261 -> hover a TAGS code and read its meaning
//   -> follow a reference -> open the graph view -> open Mottaki's page;
//   then the same pages at phone width (375 px), keyboard use, and the
//   cable page's time to first render (printed, not asserted).
//
// It builds its own archive (../shared/seeds + tests/fixtures/samples),
// starts `cablescope serve` on a free loopback port and stops it at the
// end. Screenshots of each page go to --out (the build folder's
// web-screenshots/). Exit 0 all passed, 1 a step failed, 77 skipped
// (../shared absent).
//
//   node tests/web/journey.test.mjs --cablescope build/cablescope --out build/web-screenshots

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SKIP = 77;
const here = path.dirname(fileURLToPath(import.meta.url));
const sourceDir = path.resolve(here, '..', '..');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const cablescope = path.resolve(arg('--cablescope', process.env.CABLESCOPE_BIN || path.join(sourceDir, 'build', 'cablescope')));
const outDir = path.resolve(arg('--out', path.join(path.dirname(cablescope), 'web-screenshots')));
const chromiumPath = process.env.CABLESCOPE_CHROMIUM || '/usr/bin/chromium';

function sharedDir() {
  const env = process.env.CABLESCOPE_SHARED;
  if (env) return fs.existsSync(env) ? env : null;
  const p = path.resolve(sourceDir, '..', 'shared');
  return fs.existsSync(path.join(p, 'seeds')) ? p : null;
}

const shared = sharedDir();
if (!shared) {
  console.log('SKIP: ../shared (with seeds/) is absent, so the seed cables of the journey are not there ' +
    '(set CABLESCOPE_SHARED to point at it)');
  process.exit(SKIP);
}
for (const [what, p, hint] of [
  ['cablescope binary', cablescope, 'build it first (make build)'],
  ['Chromium', chromiumPath, 'run scripts/setup (installs the Debian package chromium)'],
]) {
  if (!fs.existsSync(p)) {
    console.error(`FAIL: ${what} not found at ${p}: ${hint}`);
    process.exit(1);
  }
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  console.error(`FAIL: playwright-core is not installed: run scripts/setup (npm ci in ${sourceDir})`);
  process.exit(1);
}

// ---------------------------------------------------------------- results

const results = [];
let failures = 0;
function record(name, error) {
  results.push({ name, error });
  if (error) {
    failures++;
    console.log(`not ok ${results.length} - ${name}\n  # ${String(error.message || error).split('\n').join('\n  # ')}`);
  } else {
    console.log(`ok ${results.length} - ${name}`);
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// --------------------------------------------------------- archive, server

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cablescope-web-'));
const archive = path.join(work, 'web.db');
const ingest = spawnSync(cablescope, ['ingest', '--archive', archive, path.join(shared, 'seeds'),
  path.join(sourceDir, 'tests', 'fixtures', 'samples'), path.join(sourceDir, 'tests', 'fixtures', 'web')],
{ encoding: 'utf8', timeout: 120000 });
if (ingest.status !== 0) {
  console.error(`FAIL: ingest exited ${ingest.status}: ${ingest.stderr}`);
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

let server = null;
let browser = null;
let userDataDir = null;

function cleanup() {
  if (server && server.exitCode === null) server.kill('SIGTERM');
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) {
  // CTest's timeout sends SIGTERM: stop the server too.
  process.on(signal, () => process.exit(1));
}

// Starts the server on a free port (port 0: the kernel picks one) and
// returns its base URL once /api/health answers.
async function startServer() {
  server = spawn(cablescope, ['serve', '--archive', archive, '--bind', '127.0.0.1:0', '--web',
    path.join(sourceDir, 'web')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  server.stderr.on('data', (d) => { err += d; });
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no address in 15 s: ${out} ${err}`)), 15000);
    server.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/(127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(`http://${m[1]}`);
      }
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited ${code}: ${err}`));
    });
  });
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) return base;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${base}/api/health did not answer within 5 s`);
}

// ------------------------------------------------------------------ steps

const CABLE = '06ISLAMABAD10261';
let base;
try {
  base = await startServer();
} catch (e) {
  console.error(`FAIL: ${e.message}`);
  process.exit(1);
}

userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cablescope-chromium-'));
fs.mkdirSync(outDir, { recursive: true });
for (const f of fs.readdirSync(outDir)) {
  if (f.endsWith('.png')) fs.rmSync(path.join(outDir, f));  // no stale screenshots of an earlier run
}
browser = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const page = browser.pages()[0] || await browser.newPage();
page.setDefaultTimeout(10000);
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(`page error: ${e.message}`));
page.on('console', (m) => {
  // A CSP violation (inline script or style) shows up as a console error.
  if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) pageErrors.push(`CSP: ${m.text()}`);
});

async function shot(name) {
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
}

async function step(name, fn) {
  try {
    await fn();
    record(name);
  } catch (e) {
    record(name, e);
    try { await shot(`failed-${results.length}`); } catch { /* the page may be gone */ }
  }
}

const hash = () => page.evaluate(() => decodeURIComponent(location.hash));

await step('search: typing Muttaki and pressing Enter lists 06ISLAMABAD10261 with the word highlighted', async () => {
  await page.goto(`${base}/#/search`);
  await page.waitForSelector('#q');
  check(await page.evaluate(() => document.activeElement && document.activeElement.id === 'q'),
    'the query box does not have the focus on the search page');
  await page.fill('#q', 'Muttaki');
  await page.press('#q', 'Enter');
  // The empty query listed every cable first: wait for the new answer.
  await page.waitForFunction(() => /^1 cable/.test(document.querySelector('.summary').textContent));
  const hit = page.locator('.hit', { hasText: CABLE });
  await hit.waitFor();
  const marks = await hit.locator('mark').allTextContents();
  check(marks.length > 0 && marks.every((m) => m.toLowerCase() === 'muttaki'),
    `the snippet highlights ${JSON.stringify(marks)}, not Muttaki`);
  check((await hash()).includes('q=Muttaki'), `the URL does not hold the query: ${await hash()}`);
  await page.locator('.timeline-chart .bar').first().waitFor({ state: 'attached' });
  await shot('01-search');
});

await step('facet: clicking TAGS KNNP adds tag:KNNP to the query and keeps the cable', async () => {
  const facet = page.locator('.facet-value', { hasText: 'KNNP' });
  await facet.click();
  await page.waitForFunction(() => document.querySelector('#q').value.includes('tag:KNNP'));
  await page.locator('.facet-value[aria-pressed="true"]', { hasText: 'KNNP' }).waitFor();
  await page.locator('.hit', { hasText: CABLE }).waitFor();
  check((await hash()).includes('tag:KNNP'), `the URL does not hold the facet: ${await hash()}`);
  await shot('02-facet');
});

await step('permalink: reloading the URL restores the query, the facet and the results', async () => {
  await page.reload();
  await page.locator('.hit', { hasText: CABLE }).waitFor();
  const q = await page.inputValue('#q');
  check(q === 'Muttaki tag:KNNP', `the query box holds "${q}" after a reload`);
  await page.locator('.facet-value[aria-pressed="true"]', { hasText: 'KNNP' }).waitFor();
});

await step('timeline: dragging across the histogram adds a date range', async () => {
  const svg = page.locator('.timeline-chart');
  const box = await svg.boundingBox();
  check(box, 'no histogram');
  await page.mouse.move(box.x + 60, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => /date:\d{4}/.test(document.querySelector('#q').value));
  await page.locator('.hit', { hasText: CABLE }).waitFor();
  // Back to the facet's results for the next step.
  await page.goBack();
  await page.waitForFunction(() => !/date:/.test(document.querySelector('#q').value));
});

let cableReached = false;
await step('cable: opening 06ISLAMABAD10261 shows the text with tinted paragraphs and the decoded routing', async () => {
  await page.locator('.hit a', { hasText: /TAKE THE OFFER/ }).click();
  await page.locator('h1', { hasText: 'TAKE THE OFFER' }).waitFor();
  cableReached = true;
  const tinted = await page.locator('.telegram .para.mark-c').count();
  check(tinted >= 5, `${tinted} paragraphs tinted as (C); the cable has 5`);
  await page.locator('.legend').waitFor();
  const sending = await page.locator('.routing-grid dd', { hasText: 'RUEHIL' }).innerText();
  check(/ISLAMABAD/.test(sending), `the sending station RUEHIL is not decoded: "${sending}"`);
  const sent = await page.locator('.routing-grid dd time').first().innerText();
  check(/2 Jun 2006, 12:46 UTC/.test(sent), `the DTG reads "${sent}"`);
  await page.locator('.cable-side .link-list').first().waitFor();
  await shot('03-cable');
});

await step('tag: hovering KNNP shows its meaning', async () => {
  if (!cableReached) await page.goto(`${base}/#/cable/${CABLE}`);
  const chip = page.locator('.tag-chip', { has: page.locator('a.tag', { hasText: /^KNNP$/ }) });
  await chip.locator('a.tag').hover();
  const tip = chip.locator('.tooltip');
  await tip.waitFor({ state: 'visible' });
  await page.waitForFunction((el) => !/Looking up/.test(el.textContent), await tip.elementHandle());
  const text = await tip.innerText();
  check(/non-?proliferation/i.test(text), `the KNNP tooltip says "${text}"`);
  await shot('04-tag-meaning');
});

await step('reference: following REF A leads to 06ISLAMABAD10142, shown as cited by this cable', async () => {
  if (page.url().indexOf(CABLE) < 0) await page.goto(`${base}/#/cable/${CABLE}`);
  const ref = page.locator('.cable-side .link-list a', { hasText: '06ISLAMABAD10142' });
  await ref.first().click();
  await page.locator('h1', { hasText: '06ISLAMABAD10142' }).waitFor();
  await page.locator('.link-list a', { hasText: CABLE }).first().waitFor();
  await shot('05-reference');
  await page.goBack();
  await page.locator('h1', { hasText: 'TAKE THE OFFER' }).waitFor();
});

await step('graph: the citation graph shows the cable and its references, and zooms', async () => {
  if (page.url().indexOf(CABLE) < 0) await page.goto(`${base}/#/cable/${CABLE}`);
  await page.locator('a', { hasText: 'Citation graph' }).click();
  await page.locator('.graph-svg .node.center').waitFor();
  const nodes = await page.locator('.graph-svg .node').count();
  check(nodes >= 3, `${nodes} nodes in the graph; the cable cites two cables`);
  check(await page.locator('.graph-svg .node.center.level-c').count() === 1, 'the cable is not coloured as CONFIDENTIAL');
  const before = await page.getAttribute('.graph-svg', 'viewBox');
  const box = await page.locator('.graph-svg').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await page.waitForFunction((b) => document.querySelector('.graph-svg').getAttribute('viewBox') !== b, before);
  await page.locator('button', { hasText: 'Reset view' }).click();
  await shot('06-graph');
});

await step('person: the cable names Mottaki (as Muttaki), whose page lists the spellings and the cables', async () => {
  await page.goto(`${base}/#/cable/${CABLE}`);
  await page.locator('h1', { hasText: 'TAKE THE OFFER' }).waitFor();
  const person = page.locator('.people-list a', { hasText: /M[ou]tt?aki/i });
  const n = await person.count();
  check(n > 0, 'the cable page names no person like Mottaki/Muttaki (people: ' +
    `${JSON.stringify(await page.locator('.people-list a').allTextContents())})`);
  await person.first().click();
  await page.locator('.person-page h1').waitFor();
  const variants = (await page.locator('.variants li').allTextContents()).join(' | ');
  const heading = await page.locator('.person-page h1').innerText();
  check(/Mottaki/i.test(`${heading} ${variants}`), `the person page (${heading}) has no spelling Mottaki: ${variants}`);
  await page.locator('.person-cables a', { hasText: CABLE }).waitFor();
  await shot('07-person');
});

await step('keyboard: Tab from the query box reaches the Search button, then the help opens with Enter', async () => {
  await page.goto(`${base}/#/search?q=Muttaki`);
  await page.locator('.hit').first().waitFor();
  await page.focus('#q');
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement.textContent === 'Search'), 'Tab does not reach Search');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('#query-help').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await page.locator('#query-help').waitFor({ state: 'hidden' });
  // The timeline: an arrow key puts the cursor on the latest month with cables, Enter filters.
  await page.focus('.timeline-chart');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#q').value === 'Muttaki date:2006-06');
  await page.locator('.hit', { hasText: CABLE }).waitFor();
});

await step('errors: a malformed query says what is wrong and puts the cursor at the column', async () => {
  await page.fill('#q', 'tag:KNNP "missile');
  await page.press('#q', 'Enter');
  await page.locator('.query-error', { hasText: 'column 10' }).waitFor();
  const where = await page.evaluate(() => [document.activeElement.id, document.activeElement.selectionStart,
    document.activeElement.getAttribute('aria-invalid')]);
  check(where[0] === 'q' && where[1] === 9 && where[2] === 'true', `focus/cursor/aria-invalid: ${JSON.stringify(where)}`);
  check(await page.locator('.hit').count() === 0, 'hits of the previous query are still listed');
});

await step('phone width: search and cable pages fit 375 px without sideways scrolling', async () => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const [hashPath, name, sel] of [
    ['#/search?q=Muttaki', '08-search-phone', '.hit'],
    [`#/cable/${CABLE}`, '09-cable-phone', '.telegram'],
    [`#/cable/${CABLE}/graph`, '10-graph-phone', '.graph-svg .node'],
  ]) {
    await page.goto(`${base}/${hashPath}`);
    await page.locator(sel).first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 376, `${hashPath} is ${width} px wide at 375 px`);
    await shot(name);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
});

// tests/fixtures/web/08TESTPOST77.txt holds markup in its subject and text.
await step('escaping: markup in a cable is shown as text, never run; its held reference links to the cable', async () => {
  await page.goto(`${base}/#/cable/08ISLAMABAD77`);
  const h1 = page.locator('h1', { hasText: 'MARKUP' });
  await h1.waitFor();
  const title = await h1.textContent();
  check(title === 'MARKUP <B>TEST</B> & ESCAPING <SCRIPT>ALERT(1)</SCRIPT>', `the subject reads "${title}"`);
  const text = await page.locator('.telegram').textContent();
  check(text.includes('<script>window.__pwned = 1</script>') && text.includes('AT&T & Co. <b>bold</b>'),
    'the markup in the text is not shown as written');
  const injected = await page.evaluate(() => ({
    pwned: window.__pwned,
    elements: document.querySelectorAll('main script, main img, main b, h1 b').length,
  }));
  check(injected.pwned === undefined && injected.elements === 0, `markup became elements: ${JSON.stringify(injected)}`);
  check(await page.locator('.telegram .para.mark-s.mark-nf').count() === 1, 'the (S/NF) paragraph is not tinted');
  check(await page.locator('.telegram .para.mark-u').count() === 1, 'the (U) paragraph is not tinted');
  const held = page.locator('.cable-side .link-list li:not(.missing) a', { hasText: CABLE });
  await held.first().click();
  await page.locator('h1', { hasText: 'TAKE THE OFFER' }).waitFor();
  await page.locator('.cable-side .link-list a', { hasText: '08ISLAMABAD77' }).first().waitFor();
  await page.goto(`${base}/#/search?q=${encodeURIComponent('escaping')}`);
  await page.locator('.hit mark').first().waitFor();
  check(await page.evaluate(() => window.__pwned === undefined && !document.querySelector('.hits script, .hits b')),
    'markup in a search hit became elements');
  await shot('11-escaping');
});

await step('no script errors and no Content-Security-Policy violations', async () => {
  check(pageErrors.length === 0, pageErrors.join('\n'));
});

// Time to first render of the cable page, on a fresh load each time:
// milliseconds from navigation start to the cable's text in the DOM.
await step('timing: cable page time to first render (reported, not asserted)', async () => {
  const cold = [], build = [], warm = [];
  for (let i = 0; i < 7; i++) {
    await page.goto('about:blank');
    await page.goto(`${base}/#/cable/${CABLE}`);
    await page.locator('.telegram').waitFor();
    const r = await page.evaluate(() => window.__cablescopeRender);
    cold.push(r.sinceNavigation);
    build.push(r.buildMs);
  }
  // Within the open UI: from a search page, following a link to the cable.
  for (let i = 0; i < 7; i++) {
    await page.goto(`${base}/#/search?q=Muttaki`);
    await page.locator('.hit').first().waitFor();
    await page.locator('.hit a').first().click();
    await page.locator('.telegram').waitFor();
    warm.push(await page.evaluate(() => window.__cablescopeRender.ms));
  }
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${s[s.length >> 1].toFixed(1)} ms (min ${s[0].toFixed(1)}, max ${s[s.length - 1].toFixed(1)})`;
  };
  const load = os.loadavg()[0].toFixed(1);
  console.log(`# cable page first render, fresh page load (navigation start -> text in the DOM): ${stats(cold)}`);
  console.log(`# cable page first render, link followed in the open UI: ${stats(warm)}`);
  console.log(`# cable page build (JSON -> DOM): ${stats(build)}; load average ${load} on ${os.cpus().length} cores`);
  fs.writeFileSync(path.join(outDir, 'timing.json'), JSON.stringify({ cable: CABLE, cold, warm, build,
    loadavg: os.loadavg(), cores: os.cpus().length }, null, 1));
});

await browser.close();
browser = null;
console.log(`# screenshots in ${outDir}`);
console.log(`${results.length - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
