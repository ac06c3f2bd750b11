import { z } from 'zod';
import { parseOrThrow } from '../../../shared/validation.js';
import { allocateByValue } from './allocate.js';
import { CITE } from './citations.js';
import { amount, ceb, Dec, fen, sum, toFen, ZMoney, ZQuantity, ZRmb } from './decimal.js';
import { ZIsoDate } from './iso-date.js';
import { computeLine, type LineComputation } from './line-tax.js';
import { ZMeasures } from './measure.js';
import { rateFor, ZHsCode, type RateTable } from './rate-table.js';
import { presentLine, type ComputedLine, type TaxError, type TaxResult } from './tax-result.js';

export type { LineTax, TaxError, TaxResult, TaxTotals } from './tax-result.js';

/**
 * Where payable amounts are rounded to the fen (half up). rules.md §1.2 "Rounding" [?]: customs'
 * exact order was not retrieved, so it is a strategy to reconcile against real CEB816 tax bills.
 *  - `per_line` (default): each tax of each line is rounded; totals are sums of rounded lines.
 *  - `per_inventory`: lines stay unrounded (shown at CEB precision, 5 decimals); each tax's total
 *    over the inventory is rounded once.
 */
export const ROUNDING_STRATEGIES = ['per_line', 'per_inventory'] as const;
export type RoundingStrategy = (typeof ROUNDING_STRATEGIES)[number];

/** One CEB621 goods line (field names as in the message), plus the quantities a rate may need. */
export const ZTaxLine = z.object({
  gnum: z.number().int().min(1),
  gcode: ZHsCode,
  qty: ZQuantity,
  /** 成交总价, RMB: the retail price of the line (gifts 0). */
  totalPrice: ZMoney,
  /** ml / g / piece, when a specific consumption tax or a consumption-tax threshold needs them. */
  measures: ZMeasures.optional(),
});

export const ZTaxInput = z.object({
  /** From checkRetailImportLimits: general trade is not taxed through the retail channel. */
  treatment: z.enum(['cbec_preferential', 'cbec_full_tax']),
  /** CEB621 head `currency`: 142 (RMB) is the only one allowed. */
  currency: ZRmb,
  /** CEB621 head `freight` and `insuredFee`, RMB. */
  freight: ZMoney,
  insuredFee: ZMoney,
  lines: z
    .array(ZTaxLine)
    .min(1)
    .max(99) // CEB621 InventoryList ≤ 99 (customs-ceb.md §2.2)
    .refine((ls) => new Set(ls.map((l) => l.gnum)).size === ls.length, {
      message: 'gnum must be unique',
      params: { code: 'duplicate_gnum', zh: '商品项号 gnum 不能重复', en: 'gnum must be unique' },
    }),
  rounding: z.enum(ROUNDING_STRATEGIES).default('per_line'),
});
export type TaxInput = z.input<typeof ZTaxInput>;

export interface TaxTables {
  readonly rates: RateTable;
}

/**
 * The combined retail import tax (综合税) of one inventory on a day. Malformed input throws
 * `validation_failed`; anything the tables cannot answer (no rate for a code on that day, a quantity
 * a rate needs, a tariff rate for full taxation) is returned as errors, all of them at once.
 */
export function computeRetailImportTax(input: TaxInput, tables: TaxTables, date: string): TaxResult {
  const order = parseOrThrow(ZTaxInput, input);
  const day = parseOrThrow(ZIsoDate, date, 'date');
  const goods = order.lines.map((l) => new Dec(l.totalPrice));

  // 完税价格 = 零售价格 + 运费 + 保险费 (18号 第一条), head amounts shared by value (README §Allocation).
  const freight = allocateByValue(new Dec(order.freight), goods);
  const insurance = allocateByValue(new Dec(order.insuredFee), goods);
  if (!freight || !insurance)
    return {
      ok: false,
      errors: [
        {
          code: 'cannot_allocate',
          message: {
            zh: '所有商品项成交总价均为 0，运费、保险费无法按价值分摊',
            en: 'Every line is priced 0, so freight and insurance cannot be shared by value',
          },
        },
      ],
    };

  const errors: TaxError[] = [];
  const computed: ComputedLine[] = [];
  order.lines.forEach((line, i) => {
    const parts: [Dec, Dec, Dec] = [goods[i]!, freight[i]!, insurance[i]!];
    const row = rateFor(tables.rates, line.gcode, day);
    if (!row) {
      errors.push({
        gnum: line.gnum,
        code: 'no_rate',
        message: {
          zh: `税率表中没有商品编码 ${line.gcode} 在 ${day} 适用的税率`,
          en: `The rate table has no rate for ${line.gcode} in force on ${day}`,
        },
      });
      return;
    }
    const r = computeLine(
      { gnum: line.gnum, gcode: line.gcode, dutiableValue: sum(parts), measures: line.measures },
      row,
      order.treatment,
    );
    if (!r.ok) errors.push(...r.errors);
    else computed.push({ gnum: line.gnum, gcode: line.gcode, parts, row, c: r.value });
  });
  if (errors.length) return { ok: false, errors };

  const perLine = order.rounding === 'per_line';
  // The only money rounding: payable amounts, to the fen, where the strategy says (README §Rounding).
  const show = (d: Dec) => (perLine ? toFen(d) : d);
  const lines = computed.map((x) => presentLine(x, show, perLine ? fen : ceb));
  const total = (pick: (c: LineComputation) => Dec) => toFen(sum(computed.map(({ c }) => show(pick(c)))));
  const customsTax = total((c) => c.payable.customsTax);
  const consumptionTax = total((c) => c.payable.consumptionTax);
  const valueAddedTax = total((c) => c.payable.valueAddedTax);
  return {
    ok: true,
    date: day,
    currency: order.currency,
    treatment: order.treatment,
    rounding: order.rounding,
    lines,
    totals: {
      taxPrice: amount(sum(computed.map(({ parts }) => sum(parts)))),
      customsTax: customsTax.toFixed(2),
      consumptionTax: consumptionTax.toFixed(2),
      valueAddedTax: valueAddedTax.toFixed(2),
      taxTotal: customsTax.plus(consumptionTax).plus(valueAddedTax).toFixed(2),
    },
    citations: [
      CITE.dutiableValue,
      order.treatment === 'cbec_preferential' ? CITE.withinLimits : CITE.singleItemCarveOut,
      CITE.formula,
      CITE.compoundConsumptionTax,
      CITE.importVatBase,
      CITE.rounding,
    ],
  };
}
