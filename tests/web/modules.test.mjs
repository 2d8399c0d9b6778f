// The web UI's logic that needs no browser: UTF-8 offsets, query editing,
// paragraph cutting, markings, the histogram's series. Run by node's test
// runner (`node --test tests/web/modules.test.mjs`, CTest web_modules).

import test from 'node:test';
import assert from 'node:assert/strict';
import { byteIndexer, byteRangesToIndices } from '../../web/js/utf8.js';
import { terms, quote, addTerm, removeTerm, toggleTerm, hasTerm, facetTerm, setDateRange, dateTerms }
  from '../../web/js/query.js';
import { paragraphBlocks } from '../../web/js/cable.js';
import { parseMarking, markingClasses } from '../../web/js/markings.js';
import { series, autoGranularity } from '../../web/js/histogram.js';
import { formatDate, formatDtg, dtgAsWritten } from '../../web/js/format.js';

test('byte offsets map to string indices across 2-, 3- and 4-byte characters', () => {
  const text = 'Mottakí – 😀 Muttaki';
  const at = byteIndexer(text);
  const bytes = (s) => Buffer.byteLength(s, 'utf8');
  for (const word of ['Mottakí', '😀', 'Muttaki']) {
    const i = text.indexOf(word);
    assert.equal(at(bytes(text.slice(0, i))), i, word);
    assert.equal(at(bytes(text.slice(0, i + word.length))), i + word.length, word);
  }
  assert.equal(at(-3), 0);
  assert.equal(at(1e9), text.length);
  // A snippet's highlights as the API gives them (bytes) pick the words.
  const b = bytes(text.slice(0, text.indexOf('Muttaki')));
  const [[s, e]] = byteRangesToIndices(text, [[b, b + 7]]);
  assert.equal(text.slice(s, e), 'Muttaki');
  // Overlapping and empty ranges are dropped, the rest sorted.
  assert.deepEqual(byteRangesToIndices('abcdef', [[4, 5], [0, 2], [1, 3], [3, 3]]), [[0, 2], [4, 5]]);
});

test('query terms keep quoted values whole; facets add and remove terms', () => {
  assert.deepEqual(terms('iran origin:"Embassy Islamabad" -tag:PREL "a b"'),
    ['iran', 'origin:"Embassy Islamabad"', '-tag:PREL', '"a b"']);
  assert.equal(quote('KNNP'), 'KNNP');
  assert.equal(quote('Embassy Islamabad'), '"Embassy Islamabad"');
  assert.equal(quote('OR'), '"OR"');
  assert.equal(quote('SECRET//NOFORN'), 'SECRET//NOFORN');
  assert.equal(facetTerm('origin', 'Embassy Islamabad'), 'origin:"Embassy Islamabad"');
  assert.equal(facetTerm('classification', 'CONFIDENTIAL'), 'class:CONFIDENTIAL');
  assert.equal(facetTerm('month', '2006-06'), 'date:2006-06');
  assert.equal(facetTerm('cited', 'cited'), null);
  const q = addTerm('Muttaki', 'tag:KNNP');
  assert.equal(q, 'Muttaki tag:KNNP');
  assert.equal(addTerm(q, 'TAG:knnp'), q, 'a term is not added twice');
  assert.ok(hasTerm(q, 'tag:KNNP'));
  assert.equal(removeTerm(q, 'tag:KNNP'), 'Muttaki');
  assert.equal(toggleTerm(toggleTerm('x', 'origin:"A B"'), 'origin:"A B"'), 'x');
});

test('a timeline range replaces the date terms of the query', () => {
  assert.equal(setDateRange('iran date:2005 tag:PK', '2006-01..2006-12'), 'iran tag:PK date:2006-01..2006-12');
  assert.equal(setDateRange('iran date:2005', null), 'iran');
  assert.deepEqual(dateTerms('a date:2009.. b'), ['date:2009..']);
});

test('the body is cut into paragraphs with their markings', () => {
  const body = 'C O N F I D E N T I A L ISLAMABAD 010261\n\nSUBJECT: X\n\n1. (C) First.\n' +
    'continued 2. not a paragraph start\n\n2. (S/NF) Second.\n\n3. Third, marking from the record.\n\nCROCKER';
  const blocks = paragraphBlocks(body, [{ number: 1, marking: 'C' }, { number: 2, marking: 'S/NF' },
    { number: 3, marking: 'U' }]);
  assert.deepEqual(blocks.map((b) => [b.number, b.marking]), [[null, null], [1, 'C'], [2, 'S/NF'], [3, 'U']]);
  assert.ok(body.slice(blocks[1].start, blocks[1].end).startsWith('1. (C) First.'));
  assert.ok(body.slice(blocks[1].start, blocks[1].end).includes('continued 2. not'));
  assert.equal(blocks[3].end, body.length);
  // A body without numbered paragraphs is one block.
  assert.deepEqual(paragraphBlocks('just text', []).map((b) => [b.start, b.end]), [[0, 9]]);
});

test('markings and classifications map to colour classes', () => {
  assert.deepEqual(parseMarking('S/NF'), { level: 's', noforn: true });
  assert.deepEqual(parseMarking('SECRET//NOFORN'), { level: 's', noforn: true });
  assert.deepEqual(parseMarking('(C)'), { level: 'c', noforn: false });
  assert.equal(parseMarking('UNCLASSIFIED//FOR OFFICIAL USE ONLY').level, 'sbu');
  assert.equal(parseMarking('SBU').level, 'sbu');
  assert.equal(parseMarking('TOP SECRET').level, 'ts');
  assert.equal(parseMarking('U').level, 'u');
  assert.equal(parseMarking('XYZ'), null);
  assert.equal(markingClasses('C/NF'), 'mark-c mark-nf');
  assert.equal(markingClasses(null), 'mark-none');
});

test('the histogram series fills gaps and sums years', () => {
  const buckets = [{ value: '2006-06', count: 2 }, { value: '2007-02', count: 1 }, { value: 'junk', count: 9 }];
  const months = series(buckets, 'month');
  assert.equal(months.length, 24, 'whole years 2006 and 2007');
  assert.equal(months[0].key, '2006-01');
  assert.equal(months.find((m) => m.key === '2006-06').count, 2);
  assert.equal(months.reduce((n, m) => n + m.count, 0), 3);
  assert.deepEqual(series(buckets, 'year'), [{ key: '2006', count: 2 }, { key: '2007', count: 1 }]);
  assert.equal(autoGranularity(buckets), 'month');
  assert.equal(autoGranularity([{ value: '1970-01', count: 1 }, { value: '2010-01', count: 1 }]), 'year');
  assert.deepEqual(series([], 'month'), []);
});

test('dates read as UTC', () => {
  assert.equal(formatDate('2006-06-02'), '2 Jun 2006');
  assert.equal(formatDate('2006-06'), 'Jun 2006');
  assert.equal(formatDtg('2006-06-02T12:46Z'), '2 Jun 2006, 12:46 UTC');
  assert.equal(dtgAsWritten('2006-06-02T12:46Z'), '021246Z JUN 06');
});
