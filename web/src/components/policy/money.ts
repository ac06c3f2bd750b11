import { Decimal } from 'decimal.js';

/**
 * Money in the calculator is exact: yuan travel as decimal strings, are shown by grouping their digits
 * (never through a float), and are summed with decimal.js.
 */

/** Enough digits for any sum of yuan amounts (15 integer digits and the fen each), never rounded. */
const Yuan = Decimal.clone({ precision: 40 });

/** The facts vocabulary's forms (facts.ts): yuan with at most 2 decimals, m² with at most 2. */
export const YUAN = /^\d{1,15}(\.\d{1,2})?$/;
export const AREA = /^\d{1,9}(\.\d{1,2})?$/;

/** What a person types for an amount: thousands separators and spaces go, full-width digits too. */
export function normalizeDecimal(input: string): string {
  return input
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
}

/** "1424340.50" → "1,424,340.50", digit by digit. */
export function groupDigits(value: string): string {
  const negative = value.startsWith('-');
  const body = negative ? value.slice(1) : value;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot);
  return (negative ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + frac;
}

export function formatYuan(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : groupDigits(value);
}

/** The exact sum of yuan strings, with two decimals. */
export function sumYuan(values: readonly string[]): string {
  return values.reduce((sum, v) => sum.plus(v), new Yuan(0)).toFixed(2);
}
