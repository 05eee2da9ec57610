// RFC 5322 obsolete zone names, plus JST, which Japanese mailers still write.
const ZONES: Record<string, string> = {
  UT: '+0000',
  UTC: '+0000',
  GMT: '+0000',
  Z: '+0000',
  JST: '+0900',
  EST: '-0500',
  EDT: '-0400',
  CST: '-0600',
  CDT: '-0500',
  MST: '-0700',
  MDT: '-0600',
  PST: '-0800',
  PDT: '-0700',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE =
  /^(?:[A-Za-z]{3},?\s*)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3})[a-z]*\s+(?<year>\d{2,4})\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?\s*(?<zone>[+-]\d{4}|[A-Za-z]{1,5})?/;

/**
 * `Fri, 20 Nov 2026 10:05:00 +0900` → `2026-11-20T10:05:00+09:00`: the sender's offset is
 * kept (a Tokyo recruiter's 10:05 stays 10:05). An unknown zone is read as +00:00 (RFC 5322
 * says treat it as -0000). null when the value is not a date.
 */
export function parseMailDate(value: string): string | null {
  const m = DATE.exec(value.trim())?.groups;
  if (!m) return null;
  const month = MONTHS.indexOf(m.month!.toLowerCase());
  let year = Number(m.year);
  if (m.year!.length === 2) year += year < 50 ? 2000 : 1900;
  const [day, hour, minute, second] = [m.day, m.hour, m.minute, m.second ?? '0'].map(Number);
  const zone = /^[+-]\d{4}$/.test(m.zone ?? '')
    ? m.zone!
    : (ZONES[(m.zone ?? 'UT').toUpperCase()] ?? '+0000');
  const check = new Date(Date.UTC(year, month, day, hour, minute, second));
  if (month < 0 || check.getUTCDate() !== day || hour! > 23 || minute! > 59 || second! > 60)
    return null;
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const offset = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(day!)}T${pad(hour!)}:${pad(minute!)}:${pad(Math.min(second!, 59))}${offset}`;
}
