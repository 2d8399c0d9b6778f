// Classification levels and paragraph markings -> colour classes.
//
// The colours follow the US convention for classification banners (green
// unclassified, blue confidential, red secret, orange top secret), as light
// tints so that the text on them keeps WCAG AA contrast; NOFORN adds a
// hatched left border rather than another colour.

// "S/NF", "(C)", "SECRET//NOFORN", "UNCLASSIFIED//FOR OFFICIAL USE ONLY" -> {level, noforn}
export function parseMarking(text) {
  if (!text) return null;
  const t = String(text).toUpperCase().replace(/[()]/g, '').trim();
  if (!t) return null;
  const parts = t.split(/\s*\/\/?\s*/).filter(Boolean);
  const first = parts[0].replace(/\s+/g, ' ');
  const rest = parts.slice(1);
  const noforn = rest.some((p) => p === 'NF' || p === 'NOFORN') || /NOFORN/.test(t);
  let level = null;
  if (first === 'TS' || first === 'TOP SECRET') level = 'ts';
  else if (first === 'S' || first === 'SECRET') level = 's';
  else if (first === 'C' || first === 'CONFIDENTIAL') level = 'c';
  else if (first === 'SBU' || first === 'LOU' || first === 'FOUO') level = 'sbu';
  else if (first === 'U' || first === 'UNCLAS' || first === 'UNCLASSIFIED') {
    level = rest.some((p) => /^(SBU|LOU|FOUO|FOR OFFICIAL USE ONLY|SENSITIVE)/.test(p)) ||
      /OFFICIAL USE|SENSITIVE|LIMITED/.test(t) ? 'sbu' : 'u';
  }
  if (!level) return null;
  return { level, noforn };
}

// CSS classes for an element tinted by `text`'s marking.
export function markingClasses(text) {
  const m = parseMarking(text);
  if (!m) return 'mark-none';
  return `mark-${m.level}${m.noforn ? ' mark-nf' : ''}`;
}

export const LEVEL_NAMES = {
  u: 'Unclassified',
  sbu: 'Sensitive but unclassified / limited official use',
  c: 'Confidential',
  s: 'Secret',
  ts: 'Top secret',
};

// The legend: marking as written in cables -> meaning.
export const LEGEND = [
  ['U', 'Unclassified'],
  ['SBU', 'Sensitive but unclassified (also LOU, FOUO)'],
  ['C', 'Confidential'],
  ['S', 'Secret'],
  ['S/NF', 'Secret, no foreign nationals (NOFORN)'],
  ['TS', 'Top secret'],
];
