import { Dec } from './decimal.js';
import type { Measures } from './measure.js';

/**
 * The physical quantities of a CEB621 goods line, from its declared quantities and customs unit codes
 * (统一版计量单位代码: 035 千克, 036 克, 095 升, 096 毫升, 006 套, 007 个, 011 件, 012 支): the rate table
 * asks for millilitres, grams or pieces where a consumption tax is specific or has a price threshold
 * (rules.md §1.2). A quantity whose unit says nothing of these is left out; the first pair that gives a
 * measure wins (the declared unit, then the legal first and second units).
 */
export function lineMeasures(
  pairs: readonly { qty: string | undefined; unit: string | undefined }[],
): Measures {
  const found: { g?: string; ml?: string; piece?: string } = {};
  for (const { qty, unit } of pairs) {
    if (qty === undefined || unit === undefined) continue;
    const m = UNIT_MEASURE[unit];
    if (!m || found[m.base] !== undefined) continue;
    found[m.base] = new Dec(qty).times(m.factor).toFixed();
  }
  // Keys in sorted order whichever pair gave them: the measures are part of an inventory's hashed facts
  // (message-documents.ts).
  const out: { g?: string; ml?: string; piece?: string } = {};
  if (found.g !== undefined) out.g = found.g;
  if (found.ml !== undefined) out.ml = found.ml;
  if (found.piece !== undefined) out.piece = found.piece;
  return out;
}

const UNIT_MEASURE: Record<string, { base: 'ml' | 'g' | 'piece'; factor: number }> = {
  '035': { base: 'g', factor: 1000 },
  '036': { base: 'g', factor: 1 },
  '095': { base: 'ml', factor: 1000 },
  '096': { base: 'ml', factor: 1 },
  '006': { base: 'piece', factor: 1 },
  '007': { base: 'piece', factor: 1 },
  '011': { base: 'piece', factor: 1 },
  '012': { base: 'piece', factor: 1 },
};
