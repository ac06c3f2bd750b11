/**
 * Calendar days as `YYYY-MM-DD` strings: they compare as strings, so no time zone ever shifts a legal
 * date. Periods are calendar years (当年 / 年度 = the calendar year of the performance rewarded).
 */

export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** A period is a calendar year written `YYYY` (2000–2099: the range any of these documents can touch). */
export function isPeriod(s: string): boolean {
  return /^20\d{2}$/.test(s);
}

export function firstDay(year: number): string {
  return `${year}-01-01`;
}

export function lastDay(year: number): string {
  return `${year}-12-31`;
}

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** Days from a to b inclusive (a ≤ b), or 0. */
export function daysInclusive(a: string, b: string): number {
  return a > b ? 0 : Math.round((toUtc(b) - toUtc(a)) / 86_400_000) + 1;
}

/**
 * The same day `months` calendar months later; a day the target month lacks becomes its last day
 * (2024-01-31 + 1 month = 2024-02-29), the usual reading of a month-based lease term.
 */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12;
  const lastOfMonth = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(ty, tm, Math.min(d, lastOfMonth)));
}

/**
 * The lease months that fall in a calendar year, per lease year: month k of a lease (k = 0, 1, …)
 * begins on start + k months and belongs to lease year ⌊k / 12⌋ + 1; it counts in the calendar year
 * in which it begins. Returns, for lease years 1..years, how many of their months begin in `year`.
 */
export function leaseMonthsInYear(start: string, year: number, years: number): number[] {
  const counts = new Array<number>(years).fill(0);
  // Month k begins on start + k months: a clamped day (31 → 30) never changes its month or year,
  // so the year it begins in is plain arithmetic on the start's year and month.
  const y0 = Number(start.slice(0, 4));
  const m0 = Number(start.slice(5, 7)) - 1;
  for (let k = 0; k < years * 12; k++) {
    const y = y0 + Math.floor((m0 + k) / 12);
    if (y === year) counts[Math.floor(k / 12)]! += 1;
    else if (y > year) break;
  }
  return counts;
}
