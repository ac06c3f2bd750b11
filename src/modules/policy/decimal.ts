import { Decimal } from 'decimal.js';

/**
 * The one Decimal constructor of the policy module: a clone, so nothing here depends on (or changes)
 * the global decimal.js configuration. 40 significant digits hold any product of a yuan amount, a
 * rate and a day fraction exactly enough that the only rounding is the explicit one to the fen.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_DOWN,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = Decimal;

export const ZERO = new Dec(0);

/**
 * A payable amount, cut (never rounded up) to the fen: a subsidy of "不超过 30%" must not exceed 30 %
 * by half a fen, so every computed amount is truncated. Thresholds and converted thresholds are never
 * rounded.
 */
export function toFen(d: Dec): Dec {
  return d.toDecimalPlaces(2, Decimal.ROUND_DOWN);
}

/** Money out of the engine: a decimal string in yuan with two decimals ("200000.00"). */
export function yuanString(d: Dec): string {
  return d.toFixed(2, Decimal.ROUND_DOWN);
}

/** Digits grouped by thousands for people to read: "1424340.5" → "1,424,340.5". */
export function grouped(s: string): string {
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot);
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return (neg ? '-' : '') + out + frac;
}

/** A yuan amount for a trace line: grouped, two decimals. */
export function showYuan(d: Dec): string {
  return grouped(d.toFixed(2, Decimal.ROUND_DOWN));
}

/** Any other quantity for a trace line: grouped, as many decimals as it has (at most 6 shown). */
export function showNumber(d: Dec): string {
  return grouped(d.decimalPlaces() > 6 ? d.toFixed(6) : d.toFixed());
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

export function maxDec(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}
