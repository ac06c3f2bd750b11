/**
 * The documents this folder encodes, cited as /work/shared/reference/rules.md gives them. The tag after
 * each is rules.md's own: [V] verified in a retrieved source, [M] from memory of the official text,
 * [?] uncertain; "not in rules.md" marks what the reference is silent on.
 */
export const CITE = {
  /** Retail imports are taxed as goods; 完税价格 = 实际交易价格 = 零售价格 + 运费 + 保险费. */
  dutiableValue: '财关税〔2016〕18号 第一条 (rules.md §1.1 [V])',
  /** Within limits: tariff 0 %, no de-minimis, VAT and CT at 70 % of the statutory amount. */
  withinLimits: '财关税〔2016〕18号 第三条 (rules.md §1.1 [V])',
  /** Over limits, and a single indivisible item over the limit: 按一般贸易方式全额征税. */
  overLimits: '财关税〔2016〕18号 第三条 (rules.md §1.1 [V])',
  /** The first limits: 2,000 per transaction, 20,000 per year, from 2016-04-08. */
  limits2016: '财关税〔2016〕18号 第三条, effective 2016-04-08 (rules.md §1.1: "raised from 2,000 / 20,000")',
  /** 5,000 per transaction, 26,000 per year, from 2019-01-01. */
  limits2019: '财关税〔2018〕49号 第一条, effective 2019-01-01 (rules.md §1.1 [V])',
  /** One item, 5,000 < 完税价格 < 26,000: retail channel, full tax, counts toward the year. */
  singleItemCarveOut: '财关税〔2018〕49号 第二条 (rules.md §1.1 [V])',
  /** Returns within 30 days of release: tax refunded, annual total adjusted. */
  returns: '财关税〔2016〕18号 第四条; 海关总署公告2018年第194号 (rules.md §1.1 [V]/[M])',
  /** Annual = calendar year per identity document number. */
  annualIsCalendarYear: 'rules.md §1.1 implementation notes [M; customs practice, confirm]',
  /** Goods must be on the positive list. */
  positiveList: '财关税〔2018〕49号 第三条、第五条 (rules.md §1.1 [M]); list editions rules.md §6',
  /** Combined rate = (c + v) / (1 − c) × 70 %; the VAT base includes the full statutory CT. */
  formula: 'rules.md §1.2 [V: combined-rate formula]',
  /** 高档化妆品 15 % only at ≥ 10 元/毫升(克) or ≥ 15 元/片(张). */
  cosmeticsThreshold: '财税〔2016〕103号, from 2016-10-01 (rules.md §1.2 [M])',
  /** Rounding of each tax to the fen, order unknown: a configurable strategy. */
  rounding: 'rules.md §1.2 "Rounding" [?]',
  /** Composite (组成计税价格) for compound and specific CT on imports. Not in rules.md. */
  compoundConsumptionTax:
    '《消费税暂行条例》第九条 (not in rules.md; from the regulation as recalled, confirm): ' +
    '组成计税价格 = (关税完税价格 + 关税 + 进口数量 × 定额税率) ÷ (1 − 比例税率)',
  /** Import VAT base = 关税完税价格 + 关税 + 消费税. Not in rules.md beyond §1.2's formula. */
  importVatBase:
    'rules.md §1.2 ("VAT base uses the full statutory CT"); 《增值税暂行条例》第十四条 (not in rules.md)',
  /** CEB816 e-tax bill fields customsTax / valueAddedTax / consumptionTax / taxPrice, decimal(19,5). */
  cebTaxBill: 'customs-ceb.md §2.2 (CEB816) and the 202205 import XSD (TaxHeadRd, TaxListRd)',
  /** Customs' own refusals of an inventory over the limits. */
  cebLimitCodes: 'customs-ceb.md §2.4: -621005 购买金额超过单笔限额, -621018 超过年度限额',
} as const;
