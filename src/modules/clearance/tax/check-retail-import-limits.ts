import { z } from 'zod';
import { parseOrThrow } from '../../../shared/validation.js';
import { CITE } from './citations.js';
import { amount, Dec, ZMoney, ZQuantity } from './decimal.js';
import { ZIsoDate } from './iso-date.js';
import { limitsOn, type LimitParameters } from './limit-parameters.js';

/**
 * How a retail import is treated:
 *  - `cbec_preferential`: within the limits: tariff 0, VAT and CT at 70 % (财关税〔2016〕18号 第三条);
 *  - `cbec_full_tax`: one item above the single limit: retail channel, but tariff, VAT and CT in full
 *    at goods rates (财关税〔2018〕49号 第二条);
 *  - `general_trade`: refused from the retail channel: 按一般贸易方式全额征税 / 按一般贸易管理.
 */
export type Treatment = 'cbec_preferential' | 'cbec_full_tax' | 'general_trade';

export interface LimitReason {
  readonly code:
    | 'within_limits'
    | 'over_single_limit'
    | 'over_annual_limit'
    | 'single_item_full_tax'
    | 'single_item_not_below_annual_limit'
    | 'single_item_over_annual_total'
    | 'more_than_one_item'
    | 'single_indivisible_item_over_limit'
    | 'not_on_positive_list'
    | 'no_rules_in_force';
  readonly zh: string;
  readonly en: string;
  readonly citation: string;
  /** The code customs answers with when it refuses such an inventory (CEB622 returnStatus). */
  readonly customsReturnCode?: '-621005' | '-621018';
}

export type LimitCheck =
  | { readonly ok: false; readonly reason: LimitReason }
  | {
      readonly ok: true;
      readonly treatment: Treatment;
      readonly reasons: readonly LimitReason[];
      /** The amount this transaction adds to the buyer's annual total (0 for general trade). */
      readonly countsTowardAnnual: string;
      readonly annualUsedAfter: string;
      /** One goods line of quantity 1: 49号 第二条 "订单下仅一件商品". */
      readonly singleItem: boolean;
      readonly parameters: LimitParameters;
    };

const ZLimitInput = z.object({
  /** The order's 完税价格: goods + freight + insurance, RMB (CEB currency 142 only). */
  transactionValue: ZMoney,
  /** What the buyer has already used this calendar year (the quota ledger's balance). */
  buyerAnnualUsed: ZMoney,
  /** The inventory's goods lines; only their number and quantities matter here. */
  goodsLines: z.array(z.object({ qty: ZQuantity })).min(1),
  /** The day customs accepts the inventory declaration. */
  date: ZIsoDate,
});
export type LimitInput = z.input<typeof ZLimitInput>;

/**
 * Applies the single-transaction and annual limits in force on the day. Every comparison follows
 * the documents' words: 超过 (above) is ">", so 5,000.00 is within and 5,000.01 is over; 低于 (below)
 * is "<", so a one-item order of exactly 26,000 cannot use 49号 第二条. The result is a value with
 * its bilingual reasons; malformed input throws `validation_failed`.
 */
export function checkRetailImportLimits(input: LimitInput): LimitCheck {
  const { transactionValue, buyerAnnualUsed, goodsLines, date } = parseOrThrow(ZLimitInput, input);
  const p = limitsOn(date);
  if (!p)
    return {
      ok: false,
      reason: {
        code: 'no_rules_in_force',
        zh: `${date} 跨境电商零售进口税收政策尚未实施（自 2016-04-08 起）`,
        en: `On ${date} the retail import tax policy was not yet in force (it starts on 2016-04-08)`,
        citation: CITE.limits2016,
      },
    };

  const value = new Dec(transactionValue);
  const used = new Dec(buyerAnnualUsed);
  const single = new Dec(p.singleTransactionLimit);
  const annual = new Dec(p.annualLimit);
  const after = used.plus(value);
  const [onlyLine] = goodsLines;
  const singleItem = goodsLines.length === 1 && onlyLine !== undefined && new Dec(onlyLine.qty).eq(1);
  const v = amount(value);
  const u = amount(used);
  const a = amount(after);
  const S = p.singleTransactionLimit;
  const A = p.annualLimit;

  const counted = (treatment: Treatment, reasons: LimitReason[]): LimitCheck => ({
    ok: true,
    treatment,
    reasons,
    countsTowardAnnual: v,
    annualUsedAfter: a,
    singleItem,
    parameters: p,
  });
  const refused = (reasons: LimitReason[]): LimitCheck => ({
    ok: true,
    treatment: 'general_trade',
    reasons,
    countsTowardAnnual: '0.00',
    annualUsedAfter: u,
    singleItem,
    parameters: p,
  });

  const overAnnual: LimitReason = {
    code: 'over_annual_limit',
    zh: `本年已用 ${u} 元，加上本次 ${v} 元为 ${a} 元，超过年度交易限值 ${A} 元，按一般贸易方式全额征税`,
    en: `${u} used this year plus ${v} makes ${a}, above the annual limit of ${A}: general trade, full tax`,
    citation: `${CITE.overLimits}; ${p.citation}`,
    customsReturnCode: '-621018',
  };

  // 18号 第三条: within both limits → tariff 0, VAT and CT at 70 %.
  if (value.lte(single)) {
    if (after.lte(annual))
      return counted('cbec_preferential', [
        {
          code: 'within_limits',
          zh: `完税价格 ${v} 元未超过单次限值 ${S} 元，本年累计 ${a} 元未超过年度限值 ${A} 元：关税 0%，增值税、消费税按法定应纳税额的 70% 征收`,
          en: `Dutiable value ${v} is within the single limit of ${S} and the year's total ${a} within the annual limit of ${A}: tariff 0 %, VAT and consumption tax at 70 % of the statutory amount`,
          citation: `${CITE.withinLimits}; ${p.citation}`,
        },
      ]);
    return refused([overAnnual]);
  }

  const overSingle: LimitReason = {
    code: 'over_single_limit',
    zh: `完税价格 ${v} 元超过单次交易限值 ${S} 元`,
    en: `Dutiable value ${v} is above the single-transaction limit of ${S}`,
    citation: `${CITE.overLimits}; ${p.citation}`,
    customsReturnCode: '-621005',
  };

  if (p.singleItemCarveOut && singleItem) {
    // 49号 第二条: only "低于" the annual limit, and the year's total must stay within it.
    if (value.gte(annual))
      return refused([
        overSingle,
        {
          code: 'single_item_not_below_annual_limit',
          zh: `单件商品完税价格 ${v} 元不低于年度交易限值 ${A} 元，不能自跨境电商零售渠道进口，按一般贸易方式全额征税`,
          en: `A single item of ${v} is not below the annual limit of ${A}: it cannot use the retail channel; general trade, full tax`,
          citation: CITE.singleItemCarveOut,
        },
      ]);
    if (after.gt(annual))
      return refused([
        overSingle,
        {
          code: 'single_item_over_annual_total',
          zh: `单件商品计入年度交易总额后为 ${a} 元，超过年度交易限值 ${A} 元，按一般贸易管理`,
          en: `Counting the single item, the year's total would be ${a}, above the annual limit of ${A}: general trade`,
          citation: CITE.singleItemCarveOut,
          customsReturnCode: '-621018',
        },
      ]);
    return counted('cbec_full_tax', [
      overSingle,
      {
        code: 'single_item_full_tax',
        zh: `订单仅一件商品，完税价格 ${v} 元超过 ${S} 元但低于 ${A} 元：可自跨境电商零售渠道进口，按货物税率全额征收关税和进口环节增值税、消费税，交易额计入年度交易总额（累计 ${a} 元）`,
        en: `One item of ${v}, above ${S} but below ${A}: may use the retail channel, with tariff, VAT and consumption tax levied in full at goods rates; the amount counts toward the year (total ${a})`,
        citation: CITE.singleItemCarveOut,
      },
    ]);
  }

  const reasons: LimitReason[] = [overSingle];
  if (singleItem)
    // Before 2019 there is no carve-out: 18号 sends a single indivisible item over the limit to
    // general trade in so many words.
    reasons.push({
      code: 'single_indivisible_item_over_limit',
      zh: `完税价格超过 ${S} 元限值的单个不可分割商品，按一般贸易方式全额征税`,
      en: `A single indivisible item above the ${S} limit is taxed in full as general trade`,
      citation: CITE.overLimits,
    });
  else if (p.singleItemCarveOut) {
    const what =
      goodsLines.length > 1
        ? { zh: `订单含 ${goodsLines.length} 项商品`, en: `The order has ${goodsLines.length} goods lines` }
        : { zh: `商品数量为 ${onlyLine?.qty ?? ''}`, en: `The quantity is ${onlyLine?.qty ?? ''}` };
    reasons.push({
      code: 'more_than_one_item',
      zh: `${what.zh}，不是“订单下仅一件商品”，按一般贸易方式全额征税`,
      en: `${what.en}, not "only one item in the order": general trade, full tax`,
      citation: CITE.singleItemCarveOut,
    });
  }
  if (after.gt(annual)) reasons.push(overAnnual);
  return refused(reasons);
}
