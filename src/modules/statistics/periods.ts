import { Decimal } from 'decimal.js';

/**
 * Statistical periods: a month 'YYYY-MM', a quarter 'YYYY-Qn' or a year 'YYYY', each a range of China
 * calendar months. Pure, so comparisons (month-on-month, year-on-year) are tested exhaustively.
 */
export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  kind: PeriodKind;
  key: string;
  fromMonth: string;
  toMonth: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const month = (y: number, m: number) => `${y}-${pad(m)}`;

export const PERIOD_PATTERNS: Record<PeriodKind, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
};

/** The period of a key, or undefined when the key does not fit the kind. */
export function periodOf(kind: PeriodKind, key: string): Period | undefined {
  const m = PERIOD_PATTERNS[kind].exec(key);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (kind === 'month') return { kind, key, fromMonth: key, toMonth: key };
  if (kind === 'quarter') {
    const q = Number(m[2]);
    return { kind, key, fromMonth: month(y, q * 3 - 2), toMonth: month(y, q * 3) };
  }
  return { kind, key, fromMonth: month(y, 1), toMonth: month(y, 12) };
}

/** The period `n` steps away (negative: earlier) of the same kind. */
export function shift(p: Period, n: number): Period {
  const [y, rest] = p.key.split(/-Q?/).map(Number) as [number, number | undefined];
  if (p.kind === 'year') return periodOf('year', String(y + n))!;
  const per = p.kind === 'month' ? 12 : 4;
  const index = y * per + (rest! - 1) + n;
  const ny = Math.floor(index / per);
  const nr = (index % per) + 1;
  return periodOf(p.kind, p.kind === 'month' ? month(ny, nr) : `${ny}-Q${nr}`)!;
}

/** Month-on-month (环比): the period before. */
export const previous = (p: Period): Period => shift(p, -1);

/** Year-on-year (同比): the same period a year earlier. */
export const lastYear = (p: Period): Period =>
  shift(p, p.kind === 'month' ? -12 : p.kind === 'quarter' ? -4 : -1);

/** The period of a kind that holds a month. */
export function periodHolding(kind: PeriodKind, monthKey: string): Period {
  const [y, m] = monthKey.split('-').map(Number) as [number, number];
  if (kind === 'month') return periodOf('month', monthKey)!;
  if (kind === 'quarter') return periodOf('quarter', `${y}-Q${Math.ceil(m / 3)}`)!;
  return periodOf('year', String(y))!;
}

/** Every period of a kind from `from` to `to`, both included (at most `limit`, the latest kept). */
export function periodsBetween(from: Period, to: Period, limit = 120): Period[] {
  const out: Period[] = [];
  for (let p = to; p.key >= from.key && out.length < limit; p = shift(p, -1)) out.unshift(p);
  return out;
}

/** Every month of a period, in order. */
export function monthsOf(p: Period): string[] {
  return periodsBetween(periodOf('month', p.fromMonth)!, periodOf('month', p.toMonth)!).map((m) => m.key);
}

/**
 * Growth in percent, (current − base) / base × 100 rounded half-up to 2 decimals; null when there is no
 * base (zero or unknown): a growth from nothing is not a number.
 */
export function growthPercent(current: string | null, base: string | null): string | null {
  if (current === null || base === null) return null;
  const b = new Decimal(base);
  if (b.isZero()) return null;
  return new Decimal(current).minus(b).div(b).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** The month a moment falls in, China time (UTC+8, no daylight saving). */
export function chinaMonth(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
}
