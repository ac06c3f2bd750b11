import { Decimal } from 'decimal.js';

/**
 * One inventory's goods summed by HS chapter (the first two digits of the 10-digit commodity code) and
 * country (export: the line's final destination; import: its origin), as kept on the parcel for the trade
 * statistics. Short keys: the statistics job reads them back from jsonb for every parcel it counts.
 */
export interface TradeStatLine {
  /** HS chapter, '01'…'99'; '00' when the code is not a valid one. */
  h: string;
  /** Customs country code (JGS-20, 3 digits); '000' when absent. */
  c: string;
  /** Σ totalPrice of the lines, exact decimal string, in the parcel's currency. */
  v: string;
  /** Number of goods lines. */
  n: number;
}

export const UNKNOWN_CHAPTER = '00';
export const UNKNOWN_COUNTRY = '000';

/** Sums goods lines by chapter and country; Σ v equals Σ totalPrice exactly, so figures reconcile. */
export function tradeStatLines(
  lines: readonly { gcode: string; country?: string | undefined; totalPrice: string }[],
): TradeStatLine[] {
  const sums = new Map<string, { h: string; c: string; v: Decimal; n: number }>();
  for (const line of lines) {
    const h =
      /^\d{2}/.test(line.gcode) && line.gcode.slice(0, 2) !== '00' ? line.gcode.slice(0, 2) : UNKNOWN_CHAPTER;
    const c = line.country && /^\d{3}$/.test(line.country) ? line.country : UNKNOWN_COUNTRY;
    const key = `${h}|${c}`;
    const sum = sums.get(key) ?? { h, c, v: new Decimal(0), n: 0 };
    sum.v = sum.v.plus(line.totalPrice);
    sum.n += 1;
    sums.set(key, sum);
  }
  // Keys in sorted order: the lines are part of an inventory's hashed facts (message-documents.ts).
  return [...sums.values()]
    .sort((a, b) => a.h.localeCompare(b.h) || a.c.localeCompare(b.c))
    .map((s) => ({ c: s.c, h: s.h, n: s.n, v: s.v.toFixed() }));
}

/** The stored breakdown back from jsonb; parcels from before it was kept have none. */
export function toTradeStatLines(stored: unknown): TradeStatLine[] {
  return Array.isArray(stored) ? (stored as TradeStatLine[]) : [];
}
