import { Decimal } from 'decimal.js';

/**
 * The subsidy module's Decimal: a clone, so nothing here depends on (or changes) the global decimal.js
 * configuration. Amounts are yuan with at most two decimals; they enter and leave as strings.
 */
export const Money = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_DOWN,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Money = Decimal;

export const ZERO = new Money(0);

export function money(value: string | null | undefined): Money {
  return new Money(value ?? '0');
}

/** The API's and the database's form: "20000.00". */
export function yuan(d: Money): string {
  return d.toFixed(2, Decimal.ROUND_DOWN);
}

export function sum(values: readonly (string | Money | null | undefined)[]): Money {
  return values.reduce<Money>((s, v) => (v === null || v === undefined ? s : s.plus(v)), ZERO);
}

/** "1,234,567.80" for messages people read. */
export function shown(value: string | Money): string {
  const s = typeof value === 'string' ? money(value).toFixed(2) : value.toFixed(2);
  const [int = '0', frac = '00'] = s.split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  return `${neg ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}
