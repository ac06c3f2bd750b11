import { z } from 'zod';
import { parseOrThrow } from '../../../shared/validation.js';
import {
  checkRetailImportLimits,
  type LimitCheck,
  type LimitReason,
  type Treatment,
} from './check-retail-import-limits.js';
import { CITE } from './citations.js';
import {
  computeRetailImportTax,
  ROUNDING_STRATEGIES,
  type TaxResult,
  ZTaxLine,
} from './compute-retail-import-tax.js';
import { amount, Dec, sum, ZMoney, ZRmb } from './decimal.js';
import { ZIsoDate } from './iso-date.js';
import { IMPORT_TRADE_MODES, isOnPositiveList, type PositiveList } from './positive-list.js';
import { type RateTable } from './rate-table.js';

const ZAssessInput = z.object({
  tradeMode: z.enum(IMPORT_TRADE_MODES),
  currency: ZRmb,
  freight: ZMoney,
  insuredFee: ZMoney,
  lines: z.array(ZTaxLine).min(1).max(99),
  /** The buyer's balance for the calendar year of `date` (quota ledger). */
  buyerAnnualUsed: ZMoney,
  rounding: z.enum(ROUNDING_STRATEGIES).default('per_line'),
});
export type AssessInput = z.input<typeof ZAssessInput>;

export interface Assessment {
  /** null only when no retail import rules were in force on the day (before 2016-04-08). */
  readonly treatment: Treatment | null;
  /** The order's 完税价格: Σ totalPrice + freight + insuredFee (18号 第一条). */
  readonly transactionValue: string;
  /** Lines whose code is not on the positive list in force for the trade mode. */
  readonly notOnPositiveList: readonly number[];
  readonly positiveListReason: LimitReason | null;
  /** Absent when the positive list already refuses the order. */
  readonly limits: LimitCheck | null;
  /** Present when the order is taxed through the retail channel. */
  readonly tax: TaxResult | null;
}

/**
 * One inventory from start to finish, in the order the rules apply: positive list (49号 第三条), then
 * limits (18号 第三条, 49号 第一、二条), then the tax of the treatment found. The amount to put in the
 * quota ledger is `limits.countsTowardAnnual`.
 */
export function assessRetailImport(
  input: AssessInput,
  tables: { readonly rates: RateTable; readonly positiveList: PositiveList },
  date: string,
): Assessment {
  const order = parseOrThrow(ZAssessInput, input);
  const day = parseOrThrow(ZIsoDate, date, 'date');
  const transactionValue = amount(
    sum(order.lines.map((l) => new Dec(l.totalPrice)))
      .plus(order.freight)
      .plus(order.insuredFee),
  );

  const notOnPositiveList = order.lines
    .filter((l) => !isOnPositiveList(tables.positiveList, l.gcode, day, order.tradeMode))
    .map((l) => l.gnum);
  if (notOnPositiveList.length > 0)
    return {
      treatment: 'general_trade',
      transactionValue,
      notOnPositiveList,
      positiveListReason: {
        code: 'not_on_positive_list',
        zh: `商品项 ${notOnPositiveList.join('、')} 不在 ${day} 适用的跨境电子商务零售进口商品清单内（${order.tradeMode}），不能按跨境电商零售进口监管`,
        en: `Line(s) ${notOnPositiveList.join(', ')} are not on the retail import positive list in force on ${day} for ${order.tradeMode}: no retail import treatment`,
        citation: CITE.positiveList,
      },
      limits: null,
      tax: null,
    };

  const limits = checkRetailImportLimits({
    transactionValue,
    buyerAnnualUsed: order.buyerAnnualUsed,
    goodsLines: order.lines,
    date: day,
  });
  const tax =
    limits.ok && limits.treatment !== 'general_trade'
      ? computeRetailImportTax(
          {
            treatment: limits.treatment,
            freight: order.freight,
            insuredFee: order.insuredFee,
            lines: order.lines,
            rounding: order.rounding,
          },
          { rates: tables.rates },
          day,
        )
      : null;
  return {
    treatment: limits.ok ? limits.treatment : null,
    transactionValue,
    notOnPositiveList,
    positiveListReason: null,
    limits,
    tax,
  };
}
