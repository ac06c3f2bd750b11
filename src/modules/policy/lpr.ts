/**
 * The 1-year Loan Prime Rate (贷款市场报价利率) at each change, copied from
 * /work/shared/reference/lpr_changes.csv (rules.md §5: change points [V]; the 2025-05-20 cut [V];
 * “unchanged through at least 2026-06-22” per third-party reports). A fixing holds until the next
 * one (“在下一次发布LPR之前有效”), so rate(d) = the latest change published on or before d.
 */
export interface LprChange {
  readonly from: string;
  /** Percent per year, as published ("3.45"). */
  readonly oneYearPct: string;
}

export type LprTable = readonly LprChange[];

export const LPR_1Y: LprTable = [
  { from: '2019-08-20', oneYearPct: '4.25' },
  { from: '2019-09-20', oneYearPct: '4.20' },
  { from: '2019-11-20', oneYearPct: '4.15' },
  { from: '2020-02-20', oneYearPct: '4.05' },
  { from: '2020-04-20', oneYearPct: '3.85' },
  { from: '2021-12-20', oneYearPct: '3.80' },
  { from: '2022-01-20', oneYearPct: '3.70' },
  { from: '2022-08-22', oneYearPct: '3.65' },
  { from: '2023-06-20', oneYearPct: '3.55' },
  { from: '2023-08-21', oneYearPct: '3.45' },
  { from: '2024-07-22', oneYearPct: '3.35' },
  { from: '2024-10-21', oneYearPct: '3.10' },
  { from: '2025-05-20', oneYearPct: '3.00' },
];

export const LPR_SOURCE = 'reference/lpr_changes.csv (rules.md §5)';

/** The 1-year LPR in force on a day, or undefined before the reformed LPR (2019-08-20). */
export function lprOn(table: LprTable, date: string): LprChange | undefined {
  let found: LprChange | undefined;
  for (const c of table) if (c.from <= date) found = c;
  return found;
}
