import { Dec, ZQuantity } from './decimal.js';
import { z } from 'zod';

/**
 * Physical quantities a rate can depend on. A goods line gives them in base units (millilitres, grams,
 * pieces); a rate table may also say litres or kilograms, which convert exactly.
 *   - specific consumption tax: "0.5 元/500 毫升" (rules.md §1.2 only says "alcohol (some specific-rate)");
 *   - consumption-tax thresholds: 高档化妆品 "10 元/毫升(克) or 15 元/片(张)", 高档手表 "10,000 元/只"
 *     (rules.md §1.2 [M]). "piece" stands for 片 / 张 / 只 / 件.
 */
export const BASE_UNITS = ['ml', 'g', 'piece'] as const;
export type BaseUnit = (typeof BASE_UNITS)[number];
export const TABLE_UNITS = ['ml', 'L', 'g', 'kg', 'piece'] as const;
export type TableUnit = (typeof TABLE_UNITS)[number];

const TO_BASE: Record<TableUnit, { base: BaseUnit; factor: string }> = {
  ml: { base: 'ml', factor: '1' },
  L: { base: 'ml', factor: '1000' },
  g: { base: 'g', factor: '1' },
  kg: { base: 'g', factor: '1000' },
  piece: { base: 'piece', factor: '1' },
};

/** Quantities of one goods line, in base units. Only those a rate needs must be given. */
export const ZMeasures = z.strictObject({
  ml: ZQuantity.optional(),
  g: ZQuantity.optional(),
  piece: ZQuantity.optional(),
});
export type Measures = z.infer<typeof ZMeasures>;

/** "amount RMB per `per` `unit`": 0.5 per 500 ml, 10 per 1 ml, 10000 per 1 piece. */
export interface PerMeasure {
  readonly amount: string;
  readonly per: string;
  readonly unit: TableUnit;
}

const TERM = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)?(ml|L|g|kg|piece)$/;

/**
 * Parses the rate-table notation: alternatives separated by ";", each `amount/[per]unit`, for example
 * "0.5/500ml;0.5/500g" (白酒: 0.5 元 per 500 克 or 500 毫升) or "10/ml;10/g;15/piece". An empty cell
 * is no alternative at all. Returns the reason on a malformed cell.
 */
export function parsePerMeasure(
  cell: string,
): { ok: true; value: PerMeasure[] } | { ok: false; error: string } {
  if (cell.trim() === '') return { ok: true, value: [] };
  const out: PerMeasure[] = [];
  for (const raw of cell.split(';')) {
    const m = TERM.exec(raw.trim());
    if (!m)
      return { ok: false, error: `"${raw.trim()}" is not amount/[quantity]unit, e.g. 0.5/500ml or 10/ml` };
    const per = m[2] ?? '1';
    if (new Dec(per).isZero()) return { ok: false, error: `"${raw.trim()}" has a zero quantity` };
    const unit = m[3] as TableUnit;
    if (out.some((p) => TO_BASE[p.unit].base === TO_BASE[unit].base))
      return { ok: false, error: `"${cell}" gives two alternatives of the same dimension` };
    out.push({ amount: m[1]!, per, unit });
  }
  return { ok: true, value: out };
}

export function formatPerMeasure(p: PerMeasure): string {
  return `${p.amount}/${p.per === '1' ? '' : p.per}${p.unit}`;
}

/**
 * The first alternative the line can be measured in, with the line's quantity expressed in that
 * alternative's own "per" units (700 ml against "0.5/500ml" → 1.4). Undefined when the line gives
 * none of the needed quantities.
 */
export function measureAgainst(
  alternatives: readonly PerMeasure[],
  measures: Measures | undefined,
): { alternative: PerMeasure; units: Dec; baseQuantity: string; baseUnit: BaseUnit } | undefined {
  for (const alternative of alternatives) {
    const { base, factor } = TO_BASE[alternative.unit];
    const q = measures?.[base];
    if (q === undefined) continue;
    const units = new Dec(q).dividedBy(new Dec(alternative.per).times(factor));
    return { alternative, units, baseQuantity: q, baseUnit: base };
  }
  return undefined;
}

/** The base units an alternative list can be measured in, for error messages. */
export function neededUnits(alternatives: readonly PerMeasure[]): BaseUnit[] {
  return [...new Set(alternatives.map((a) => TO_BASE[a.unit].base))];
}
