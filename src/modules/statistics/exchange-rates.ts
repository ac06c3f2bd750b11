/**
 * Converting the platform's values into RMB and US dollars. Customs values arrive in the currency of the
 * inventory (import retail: always RMB, customs-ceb.md); the figures are shown in RMB and USD with the
 * rate in force on the first day of the month of release, from the dated table the commerce bureau keeps
 * (statistics:manage). Pure.
 */
export const CNY = '142';
export const USD = '502';

export interface DatedRate {
  currency: string;
  validFrom: string;
  cnyPerUnit: string;
}

/** The rate in force on the first day of a month: the latest with valid_from on or before it. */
export function rateOn(table: readonly DatedRate[], currency: string, month: string): string | null {
  if (currency === CNY) return '1';
  const day = `${month}-01`;
  let best: DatedRate | undefined;
  for (const r of table)
    if (r.currency === currency && r.validFrom <= day && (!best || r.validFrom > best.validFrom)) best = r;
  return best?.cnyPerUnit ?? null;
}

export interface ResolvedRates {
  rates: { month: string; currency: string; cnyPerUnit: string; cnyPerUsd: string | null }[];
  /** (month, currency) pairs with trade but no rate: their values are left out of the RMB figures. */
  missing: { month: string; currency: string }[];
  /** Months without a US dollar rate: the USD figures are then unknown. */
  noUsd: string[];
}

/** The rates for the (month, currency) pairs a figure needs. */
export function resolveRates(
  table: readonly DatedRate[],
  pairs: readonly { month: string; currency: string }[],
): ResolvedRates {
  const out: ResolvedRates = { rates: [], missing: [], noUsd: [] };
  for (const { month, currency } of pairs) {
    const cny = rateOn(table, currency, month);
    const usd = rateOn(table, USD, month);
    if (cny === null) out.missing.push({ month, currency });
    else out.rates.push({ month, currency, cnyPerUnit: cny, cnyPerUsd: usd });
    if (usd === null && !out.noUsd.includes(month)) out.noUsd.push(month);
  }
  return out;
}
