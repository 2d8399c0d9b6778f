// TAGS codes as chips that explain themselves: hovering or focusing a chip
// shows its meaning in a tooltip (a real element, so that keyboard users
// and touch screens get it too); clicking searches for cables with the tag.

import { h } from './dom.js';
import { tagInfo, rememberTag } from './api.js';

let tooltipIds = 0;

function describe(info) {
  if (!info || info.known === false || !info.meaning) return null;
  const kind = info.kind ? ` (${info.kind === 'person' ? 'person tag' : `${info.kind} tag`})` : '';
  return `${info.meaning}${kind}`;
}

// A chip for `code`; `info` ({code, known, kind, meaning, person}) when the
// caller has it, else it is fetched from /api/tags/{code}.
export function tagChip(code, info) {
  const id = `tag-tip-${++tooltipIds}`;
  const tip = h('span', { class: 'tooltip', role: 'tooltip', id }, 'Looking up this tag…');
  const link = h('a', { class: 'tag', href: `#/search?q=${encodeURIComponent(`tag:${/\s/.test(code) ? `"${code}"` : code}`)}`,
    'aria-describedby': id, dataset: { code } }, code);
  const chip = h('span', { class: 'tag-chip' }, link, tip);
  const fill = (i) => {
    const text = describe(i);
    tip.textContent = text || 'Not in the TAGS table: meaning unknown.';
    if (!text) chip.classList.add('unknown');
    link.setAttribute('aria-label', `${code}: ${tip.textContent} Search cables with this tag.`);
  };
  if (info) {
    rememberTag(info);
    fill(info);
  } else {
    tagInfo(code).then(fill);
  }
  return chip;
}
