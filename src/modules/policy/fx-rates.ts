/**
 * USD/CNY rates for the documents' USD thresholds (“达到20万美元”, “超过50万美元”).
 *
 * Which rate: the **annual average of the PBoC central parity (人民币汇率中间价) of the performance
 * year**. The thresholds compare annual totals (当年 / 年度 export or import-export value) that accrue
 * all year at changing daily rates; the year's average is the one rate that represents such a total,
 * it is published once and cannot be chosen by the applicant, and it is the figure the National Bureau
 * of Statistics gives in each year's 国民经济和社会发展统计公报 (“全年人民币平均汇率为1美元兑…元人民币”).
 * A year whose average is not yet published has no rate: conditions on USD thresholds are then
 * undetermined (never guessed); a caller may pass its own table (`EvaluateOptions.fxRates`).
 *
 * Confidence tags as in /work/shared/reference/rules.md: [M] from the official communiqué as recalled,
 * not retrieved here — confirm against stats.gov.cn / pbc.gov.cn before production; [?] taken from a
 * third-party citation of the communiqué.
 */
export interface FxRate {
  readonly year: number;
  /** Yuan per US dollar. */
  readonly cnyPerUsd: string;
  readonly confidence: 'V' | 'M' | '?';
  readonly source: string;
}

export type FxRateTable = readonly FxRate[];

const bulletin = (year: number) =>
  `国家统计局《${year}年国民经济和社会发展统计公报》“全年人民币平均汇率”（人民币汇率中间价年平均）`;

export const USD_CNY_ANNUAL_AVERAGES: FxRateTable = [
  { year: 2019, cnyPerUsd: '6.8985', confidence: 'M', source: bulletin(2019) },
  { year: 2020, cnyPerUsd: '6.8974', confidence: 'M', source: bulletin(2020) },
  { year: 2021, cnyPerUsd: '6.4515', confidence: 'M', source: bulletin(2021) },
  { year: 2022, cnyPerUsd: '6.7261', confidence: 'M', source: bulletin(2022) },
  { year: 2023, cnyPerUsd: '7.0467', confidence: 'M', source: bulletin(2023) },
  { year: 2024, cnyPerUsd: '7.1217', confidence: 'M', source: bulletin(2024) },
  {
    year: 2025,
    cnyPerUsd: '7.1429',
    confidence: '?',
    source: `${bulletin(2025)}, as cited by third-party public code; not verified`,
  },
];

/** The rate for a performance year, or undefined when the year's average is not in the table. */
export function fxRateFor(table: FxRateTable, year: number): FxRate | undefined {
  return table.find((r) => r.year === year);
}
