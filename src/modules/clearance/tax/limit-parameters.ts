import { CITE } from './citations.js';

/**
 * The retail-import limits as dated rule parameters (design.md "Parameters … are dated values with
 * their citation, so a new version of a document adds dates instead of editing history").
 * Amounts are RMB of 完税价格 (rules.md §1.1 notes: "Limits compare the 完税价格 of the order").
 */
export interface LimitParameters {
  /** First day in force; a version runs until the day before the next one. */
  readonly effectiveFrom: string;
  /** A transaction whose 完税价格 is above this (超过) is over the single-transaction limit. */
  readonly singleTransactionLimit: string;
  /** A buyer's calendar-year total above this (超过) is over the annual limit. */
  readonly annualLimit: string;
  /**
   * 49号 第二条: a one-item order above the single limit and below (低于) the annual limit may still use
   * the retail channel, taxed in full. Before 2019 (18号 第三条) such an item went to general trade.
   */
  readonly singleItemCarveOut: boolean;
  readonly citation: string;
}

export const LIMIT_VERSIONS: readonly LimitParameters[] = [
  {
    effectiveFrom: '2016-04-08',
    singleTransactionLimit: '2000',
    annualLimit: '20000',
    singleItemCarveOut: false,
    citation: CITE.limits2016,
  },
  {
    effectiveFrom: '2019-01-01',
    singleTransactionLimit: '5000',
    annualLimit: '26000',
    singleItemCarveOut: true,
    citation: `${CITE.limits2019}; ${CITE.singleItemCarveOut}`,
  },
];

/** The version in force on a day, or undefined before the retail import regime began (2016-04-08). */
export function limitsOn(date: string): LimitParameters | undefined {
  let found: LimitParameters | undefined;
  for (const v of LIMIT_VERSIONS) if (v.effectiveFrom <= date) found = v;
  return found;
}
