import { Decimal } from 'decimal.js';
import { groupDigits } from '../format';

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

/** Yuan with their digits grouped; '—' for none. */
export const formatYuan = groupDigits;

/** The exact sum of yuan strings, with two decimals. */
export function sumYuan(values: readonly string[]): string {
  return values.reduce((sum, v) => sum.plus(v), new Yuan(0)).toFixed(2);
}
