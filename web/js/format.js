// Dates and labels as a reader wants them. All dates are UTC.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// "2006-06-02" -> "2 Jun 2006"; "2006-06" -> "Jun 2006"; null -> "".
export function formatDate(iso) {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1] || mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

// "2006-06-02T12:46Z" -> "2 Jun 2006, 12:46 UTC".
export function formatDtg(dtg) {
  if (!dtg) return '';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(dtg);
  if (!m) return dtg;
  return `${formatDate(m[1])}, ${m[2]} UTC`;
}

// "2006-06-02T12:46Z" -> "021246Z JUN 06", the date-time group as telegrams write it.
export function dtgAsWritten(dtg) {
  const m = /^(\d{2})(\d{2})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(dtg || '');
  if (!m) return '';
  const [, , yy, mo, dd, hh, mi] = m;
  return `${dd}${hh}${mi}Z ${(MONTHS[Number(mo) - 1] || '').toUpperCase()} ${yy}`;
}

// The date of a cable (hit, link, record) for display.
export function cableDate(x) {
  if (!x) return '';
  if (x.dtg) return x.dtg.slice(0, 10);
  return x.date || x.created || '';
}

export function plural(n, one, many) {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : (many || one + 's')}`;
}

// What the precedence asks of the receiving station.
export const PRECEDENCE = {
  FLASH: 'Highest precedence: handled ahead of all other traffic, at once.',
  'NIACT IMMEDIATE': 'Night action, immediate: the responsible officer is to be reached at any hour.',
  IMMEDIATE: 'Immediate: handled as fast as possible, ahead of priority and routine traffic (about 30 minutes).',
  PRIORITY: 'Priority: handled ahead of routine traffic (within hours).',
  ROUTINE: 'Routine: normal handling order.',
};
