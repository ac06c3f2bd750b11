import { Decimal } from 'decimal.js';

/**
 * Amount identities compared to the fen: each side rounded half-up (away from zero) at two decimals,
 * then compared (see README, ⚠ tolerance). The amounts are xs:decimal strings as the reader checked
 * them: digits and an optional fraction, no sign, no exponent.
 *
 * Every line of every order and inventory is checked, so the common case is done in integers: an
 * amount of at most 15 digits is an integer count of 10^-scale held exactly by a double, and sums and
 * products are computed so only while they stay below 2^53 (every step is an exact integer operation).
 * Anything larger is computed with Decimal, as before; fen.test.ts holds the two equal on any input.
 * On the parse workers this took a twentieth of the parse's time with Decimal alone.
 */

/** An amount as an exact integer and its scale (value = n × 10^-scale), or undefined if too long. */
interface Scaled {
  n: number;
  scale: number;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

function scaled(v: string): Scaled | undefined {
  const dot = v.indexOf('.');
  const digits = dot === -1 ? v : v.slice(0, dot) + v.slice(dot + 1);
  if (digits.length > 15) return undefined;
  return { n: Number(digits), scale: dot === -1 ? 0 : v.length - dot - 1 };
}

/** n × 10^k, or undefined when it would leave the exact integers. */
function up(n: number, k: number): number | undefined {
  if (k >= POW10.length) return undefined;
  const r = n * POW10[k]!;
  return Number.isSafeInteger(r) ? r : undefined;
}

/** Whole fen of n × 10^-scale, half-up away from zero. */
function toFen(n: number, scale: number): number | undefined {
  if (scale <= 2) return up(n, 2 - scale);
  const d = POW10[scale - 2]!;
  const a = Math.abs(n);
  const r = a % d;
  const q = (a - r) / d + (2 * r >= d ? 1 : 0);
  return n < 0 ? -q : q;
}

/** Decimal's fen, for what the integers cannot hold. */
const decimalFen = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** fen(price × qty) = fen(total)? The expected fen as text when not. */
export function productMismatch(price: string, qty: string, total: string): string | null {
  const p = scaled(price);
  const q = scaled(qty);
  const t = scaled(total);
  if (p && q && t) {
    const product = p.n * q.n;
    if (Number.isSafeInteger(product)) {
      const expected = toFen(product, p.scale + q.scale);
      const given = toFen(t.n, t.scale);
      if (expected !== undefined && given !== undefined) return expected === given ? null : fenText(expected);
    }
  }
  const expected = decimalFen(new Decimal(price).times(qty));
  return expected.equals(decimalFen(new Decimal(total))) ? null : expected.toFixed(2);
}

/** fen(Σ plus − Σ minus) = fen(total)? The expected fen as text when not. */
export function sumMismatch(plus: readonly string[], minus: readonly string[], total: string): string | null {
  const exact = integerSum(plus, minus, total);
  if (exact) {
    const expected = toFen(exact.sum, exact.scale);
    const given = toFen(exact.total, exact.scale);
    if (expected !== undefined && given !== undefined) return expected === given ? null : fenText(expected);
  }
  const sum = minus.reduce(
    (s, v) => s.minus(v),
    plus.reduce((s, v) => s.plus(v), new Decimal(0)),
  );
  const expected = decimalFen(sum);
  return expected.equals(decimalFen(new Decimal(total))) ? null : expected.toFixed(2);
}

/** The sum and the total at one scale, when every term and every partial sum is an exact integer. */
function integerSum(plus: readonly string[], minus: readonly string[], total: string) {
  const terms = [...plus, ...minus, total].map(scaled);
  let scale = 0;
  for (const t of terms) {
    if (!t) return undefined;
    scale = Math.max(scale, t.scale);
  }
  const at = (i: number) => up(terms[i]!.n, scale - terms[i]!.scale);
  let sum = 0;
  for (let i = 0; i < plus.length + minus.length; i++) {
    const a = at(i);
    if (a === undefined) return undefined;
    sum = i < plus.length ? sum + a : sum - a;
    if (!Number.isSafeInteger(sum)) return undefined;
  }
  const t = at(terms.length - 1);
  return t === undefined ? undefined : { sum, scale, total: t };
}

/** Whole fen as yuan with two decimals, as Decimal's toFixed(2) writes it. */
function fenText(fen: number): string {
  const a = Math.abs(fen);
  const text = `${(a - (a % 100)) / 100}.${String(a % 100).padStart(2, '0')}`;
  return fen < 0 ? `-${text}` : text;
}
