import { z } from 'zod';
import { AppError, type FieldError } from '../../../shared/app-error.js';
import { fieldError, readCsvTable, rowIssues } from './csv-table.js';
import { zPattern, ZRate } from './decimal.js';
import { ZIsoDate } from './iso-date.js';
import { parsePerMeasure, type PerMeasure } from './measure.js';

/**
 * The dated per-HS-code rate table: VAT, consumption tax (ad valorem and/or specific, optionally only
 * above a unit-price threshold) and the goods' import-duty rate. rules.md §1.2 says "take [v] from the
 * tariff data, not a constant" and §7 "Configure with effective dates: VAT/CT rates per HS code", so
 * the rates are data; this file only reads and checks them. The CSV notation is described in
 * README.md §Rate table and at the top of rates.sample.csv.
 */
export const RATE_COLUMNS = [
  'hs_code',
  'effective_from',
  'description_zh',
  'description_en',
  'vat_rate',
  'ct_ad_valorem_rate',
  'ct_specific',
  'ct_threshold',
  'tariff_rate',
  'confidence',
  'source',
] as const;

/** rules.md's own evidence tags, plus "illustrative" for a number a worked example made up. */
export const CONFIDENCE = ['V', 'M', '?', 'illustrative'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** The 10-digit code CEB621 carries in `gcode` (rules.md §4.4: 8-digit tariff line + 2 supplementary). */
export const ZHsCode = zPattern(/^\d{10}$/, 'invalid_hs_code', {
  zh: '商品编码应为 10 位数字',
  en: 'must be a 10-digit HS code',
});

const ZRateOrBlank = zPattern(/^(0(\.\d{1,6})?)?$/, 'invalid_rate', {
  zh: '应为空或 [0, 1) 之间的小数，如 "0.15"',
  en: 'must be blank or a fraction in [0, 1), e.g. "0.15"',
});

const ZRow = z.object({
  hs_code: ZHsCode,
  effective_from: ZIsoDate,
  description_zh: z.string(),
  description_en: z.string(),
  vat_rate: ZRate,
  ct_ad_valorem_rate: ZRateOrBlank,
  ct_specific: z.string(),
  ct_threshold: z.string(),
  tariff_rate: ZRateOrBlank,
  confidence: z.enum(CONFIDENCE),
  source: z.string().min(1),
});

export interface RateRow {
  readonly hsCode: string;
  /** In force from this day until the day before the next row of the same code. */
  readonly effectiveFrom: string;
  readonly descriptionZh: string;
  readonly descriptionEn: string;
  readonly vatRate: string;
  /** Ad-valorem consumption tax, or null when the goods bear none. */
  readonly ctAdValoremRate: string | null;
  /** Specific consumption tax per quantity (alternatives by dimension); empty when none. */
  readonly ctSpecific: readonly PerMeasure[];
  /** The consumption tax applies only when the unit dutiable value reaches one of these; empty: always. */
  readonly ctThreshold: readonly PerMeasure[];
  /** The goods' import-duty rate (ad valorem), needed only for full taxation; null when unknown. */
  readonly tariffRate: string | null;
  readonly confidence: Confidence;
  readonly source: string;
  /** The CSV line this row came from, so every result can point back at its data. */
  readonly line: number;
}

export interface RateTable {
  /** Rows per HS code, oldest first. */
  readonly byHs: ReadonlyMap<string, readonly RateRow[]>;
}

/**
 * Reads and checks a rate table. Every fault of every row is reported with its line; a faulty table
 * is refused whole (`validation_failed`), never half loaded.
 */
export function loadRateTable(csvText: string): RateTable {
  const rows = readCsvTable(csvText, RATE_COLUMNS, RATE_COLUMNS);
  const errors: FieldError[] = [];
  const byHs = new Map<string, RateRow[]>();
  for (const { line, cells } of rows) {
    const parsed = ZRow.safeParse(cells);
    if (!parsed.success) {
      errors.push(...rowIssues(line, parsed.error.issues));
      continue;
    }
    const r = parsed.data;
    const specific = parsePerMeasure(r.ct_specific);
    const threshold = parsePerMeasure(r.ct_threshold);
    if (!specific.ok)
      errors.push(fieldError(line, 'ct_specific', 'invalid', { zh: specific.error, en: specific.error }));
    if (!threshold.ok)
      errors.push(fieldError(line, 'ct_threshold', 'invalid', { zh: threshold.error, en: threshold.error }));
    if (!specific.ok || !threshold.ok) continue;
    const hasCt = r.ct_ad_valorem_rate !== '' || specific.value.length > 0;
    if (threshold.value.length > 0 && !hasCt) {
      errors.push(
        fieldError(line, 'ct_threshold', 'threshold_without_tax', {
          zh: '设置了消费税起征门槛，但没有消费税税率',
          en: 'a consumption-tax threshold needs an ad-valorem or specific consumption tax',
        }),
      );
      continue;
    }
    const list = byHs.get(r.hs_code) ?? [];
    const twin = list.find((x) => x.effectiveFrom === r.effective_from);
    if (twin) {
      errors.push(
        fieldError(line, 'effective_from', 'duplicate', {
          zh: `${r.hs_code} 自 ${r.effective_from} 起的税率已在第 ${twin.line} 行给出`,
          en: `${r.hs_code} from ${r.effective_from} is already given on line ${twin.line}`,
        }),
      );
      continue;
    }
    list.push({
      hsCode: r.hs_code,
      effectiveFrom: r.effective_from,
      descriptionZh: r.description_zh,
      descriptionEn: r.description_en,
      vatRate: r.vat_rate,
      ctAdValoremRate: r.ct_ad_valorem_rate === '' ? null : r.ct_ad_valorem_rate,
      ctSpecific: specific.value,
      ctThreshold: threshold.value,
      tariffRate: r.tariff_rate === '' ? null : r.tariff_rate,
      confidence: r.confidence,
      source: r.source,
      line,
    });
    byHs.set(r.hs_code, list);
  }
  if (errors.length) throw AppError.validation(errors);
  for (const list of byHs.values()) list.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return { byHs };
}

/** The row in force for an HS code on a day: the latest with effectiveFrom ≤ date, if any. */
export function rateFor(table: RateTable, hsCode: string, date: string): RateRow | undefined {
  const list = table.byHs.get(hsCode) ?? [];
  let found: RateRow | undefined;
  for (const row of list) if (row.effectiveFrom <= date) found = row;
  return found;
}
