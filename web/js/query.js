// Editing the query text the way a click on a facet or a drag over the
// timeline does: adding or removing `field:value` terms (docs/QUERY.md).

// Splits a query into its top-level terms, keeping quoted values whole:
// `iran origin:"Embassy Islamabad" -tag:PREL` -> 3 terms.
export function terms(query) {
  const out = [];
  const re = /-?[A-Za-z_]+:"[^"]*"?|"[^"]*"?|[^\s"]+/g;
  let m;
  while ((m = re.exec(query || '')) !== null) out.push(m[0]);
  return out;
}

// A value as the query language wants it: bare when it is one plain word,
// else in double quotes (quotes inside are dropped: the language has no
// escape for them).
export function quote(value) {
  const v = String(value);
  if (/^[A-Za-z0-9][A-Za-z0-9_.\-\/]*$/.test(v) && !/^(AND|OR|NOT)$/.test(v)) return v;
  return `"${v.replace(/"/g, ' ').trim()}"`;
}

function norm(term) {
  return term.toLowerCase().replace(/"/g, '');
}

export function hasTerm(query, term) {
  const t = norm(term);
  return terms(query).some((x) => norm(x) === t);
}

export function addTerm(query, term) {
  if (hasTerm(query, term)) return query.trim();
  return `${(query || '').trim()} ${term}`.trim();
}

export function removeTerm(query, term) {
  const t = norm(term);
  return terms(query).filter((x) => norm(x) !== t).join(' ');
}

export function toggleTerm(query, term) {
  return hasTerm(query, term) ? removeTerm(query, term) : addTerm(query, term);
}

// The query term a facet value filters on; null when the facet has none.
export function facetTerm(field, value) {
  switch (field) {
    case 'origin': return `origin:${quote(value)}`;
    case 'tag': return `tag:${quote(value)}`;
    case 'classification': return `class:${quote(value)}`;
    case 'year':
    case 'month': return `date:${value}`;
    default: return null;
  }
}

// The query's date range terms (`date:2006-01..2009-12`, `date:2006`).
export function dateTerms(query) {
  return terms(query).filter((t) => /^date:/i.test(t));
}

// Replaces every top-level date: term with `date:<range>` (or removes them
// when range is null).
export function setDateRange(query, range) {
  const kept = terms(query).filter((t) => !/^date:/i.test(t));
  if (range) kept.push(`date:${range}`);
  return kept.join(' ');
}
