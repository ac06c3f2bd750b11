import { Decimal } from 'decimal.js';
import { z } from 'zod';

/**
 * The one Decimal constructor of this folder. A clone, so nothing here depends on (or changes) the
 * global decimal.js configuration other modules may set. 50 significant digits keep every chain of
 * divisions (÷ (1 − c), proportional allocation) far below a hundred-thousandth of a fen; rounding to
 * money happens only where README.md §Rounding says.
 */
export const Dec = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
export type Dec = Decimal;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** A string schema that must match a pattern, failing with a bilingual message and a stable code. */
export function zPattern(pattern: RegExp, code: string, message: { zh: string; en: string }) {
  return z.string().refine((s) => pattern.test(s), { message: message.en, params: { ...message, code } });
}

/**
 * Money at the edge: a non-negative decimal string in RMB. CEB amounts are `decimal(19,5)`
 * (customs-ceb.md §1 "Amounts are decimal(19,5)"), hence at most 14 integer and 5 fraction digits.
 * Numbers are refused on purpose: a float never carries money here.
 */
export const ZMoney = zPattern(/^\d{1,14}(\.\d{1,5})?$/, 'invalid_money', {
  zh: '应为不超过 5 位小数的金额字符串，如 "980.00"',
  en: 'must be a decimal string such as "980.00" (at most 5 decimals)',
});

/** A quantity at the edge (qty, millilitres, grams, pieces): non-negative decimal string. */
export const ZQuantity = zPattern(/^\d{1,14}(\.\d{1,5})?$/, 'invalid_quantity', {
  zh: '应为不超过 5 位小数的数量字符串，如 "1" 或 "0.75"',
  en: 'must be a decimal string such as "1" or "0.75" (at most 5 decimals)',
});

/** A tax rate as a fraction in [0, 1): "0.13" is 13 %. */
export const ZRate = zPattern(/^0(\.\d{1,6})?$/, 'invalid_rate', {
  zh: '税率应为 [0, 1) 之间的小数，如 "0.13" 表示 13%',
  en: 'must be a fraction in [0, 1), e.g. "0.13" for 13 %',
});

/** Round to the fen (0.01 RMB), half up: the only money rounding customs practice is assumed to do. */
export function toFen(d: Dec): Dec {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Round to CEB precision (5 decimals, `decimal(19,5)`), half up. */
export function toCebPrecision(d: Dec): Dec {
  return d.toDecimalPlaces(5, Decimal.ROUND_HALF_UP);
}

/** A rounded amount for output: always two decimals ("230.59", "0.00"). */
export function fen(d: Dec): string {
  return toFen(d).toFixed(2);
}

/** An amount at CEB precision for output, at least two decimals ("32.04444", "12.00"). */
export function ceb(d: Dec): string {
  const r = toCebPrecision(d);
  return r.decimalPlaces() <= 2 ? r.toFixed(2) : r.toFixed();
}

/**
 * An unrounded intermediate for the trace, shown to 10 decimals so a reviewer can redo each step by
 * hand. Display only: computation keeps full precision.
 */
export function exact(d: Dec): string {
  return amount(d.toDecimalPlaces(10, Decimal.ROUND_HALF_UP));
}

/** An amount as given (money or quantity), normalised: "5000" → "5000.00", "0.75" → "0.75". */
export function amount(d: Dec): string {
  return d.decimalPlaces() <= 2 ? d.toFixed(2) : d.toFixed();
}

export function sum(values: readonly Dec[]): Dec {
  return values.reduce<Dec>((acc, v) => acc.plus(v), ZERO);
}

/**
 * The currency of every amount here: CEB import messages carry RMB only ("限定为人民币，填写'142'",
 * customs-ceb.md §3; rules.md §1.1 notes), so no exchange rate is involved.
 */
export const ZRmb = z.literal('142').default('142');
