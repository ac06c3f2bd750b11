import { z } from 'zod';
import { AppError, type FieldError } from '../../../shared/app-error.js';
import { fieldError, readCsvTable, rowIssues } from './csv-table.js';
import { zPattern } from './decimal.js';
import { ZIsoDate } from './iso-date.js';

/**
 * 跨境电子商务零售进口商品清单 (the positive list): only listed goods may be imported under the retail
 * import treatment (财关税〔2018〕49号 第三条 [M]; rules.md §6). The list is a set of tariff lines, mostly
 * 8-digit, with a remark column of conditions; it comes in editions (2018年第157号 from 2019-01-01,
 * 2019年第96号 from 2020-01-01, 2022年第7号 from 2022-03-01; rules.md §6), and batches may supplement
 * one another (the 2016 second batch), so each row carries its own validity instead of "the latest
 * edition replaces all". No machine-readable copy exists (rules.md §6): the real list is transcribed
 * into this CSV shape.
 */
export const POSITIVE_LIST_COLUMNS = [
  'hs_code',
  'name_zh',
  'remark',
  'trade_modes',
  'edition',
  'effective_from',
  'valid_until',
] as const;

/** The two retail import trade modes (customs-ceb.md §2.3). */
export const IMPORT_TRADE_MODES = ['9610', '1210'] as const;
export type ImportTradeMode = (typeof IMPORT_TRADE_MODES)[number];

const ZRow = z.object({
  hs_code: zPattern(/^(\d{8}|\d{10})$/, 'invalid_hs_code', {
    zh: '应为 8 位税则号列或 10 位商品编码',
    en: 'must be an 8-digit tariff line or a 10-digit HS code',
  }),
  name_zh: z.string().min(1),
  remark: z.string(),
  trade_modes: zPattern(/^((9610|1210)(\|(9610|1210))?)?$/, 'invalid_trade_modes', {
    zh: '应为空（两种方式均可）或 9610、1210、9610|1210',
    en: 'must be blank (both) or 9610, 1210 or 9610|1210',
  }),
  edition: z.string().min(1),
  effective_from: ZIsoDate,
  valid_until: z.union([z.literal(''), ZIsoDate]),
});

export interface PositiveListEntry {
  /** 8 digits: every 10-digit code under that tariff line; 10 digits: exactly that code. */
  readonly hsCode: string;
  readonly nameZh: string;
  /** The list's 备注 (conditions) verbatim; shown to users, not evaluated. */
  readonly remark: string;
  /** Trade modes the entry admits; blank in the CSV means both (a "限网购保税" line would be 1210). */
  readonly tradeModes: readonly ImportTradeMode[];
  readonly edition: string;
  readonly effectiveFrom: string;
  /** Last day in force (inclusive), or null while in force. */
  readonly validUntil: string | null;
  readonly line: number;
}

export interface PositiveList {
  readonly entries: readonly PositiveListEntry[];
}

/** Reads and checks a positive list; all faults are reported with their lines, a faulty list is refused. */
export function loadPositiveList(csvText: string): PositiveList {
  const rows = readCsvTable(csvText, POSITIVE_LIST_COLUMNS, POSITIVE_LIST_COLUMNS);
  const errors: FieldError[] = [];
  const entries: PositiveListEntry[] = [];
  const editions = new Map<string, PositiveListEntry>();
  for (const { line, cells } of rows) {
    const parsed = ZRow.safeParse(cells);
    if (!parsed.success) {
      errors.push(...rowIssues(line, parsed.error.issues));
      continue;
    }
    const r = parsed.data;
    const entry: PositiveListEntry = {
      hsCode: r.hs_code,
      nameZh: r.name_zh,
      remark: r.remark,
      tradeModes: r.trade_modes === '' ? IMPORT_TRADE_MODES : (r.trade_modes.split('|') as ImportTradeMode[]),
      edition: r.edition,
      effectiveFrom: r.effective_from,
      validUntil: r.valid_until === '' ? null : r.valid_until,
      line,
    };
    if (entry.validUntil !== null && entry.validUntil < entry.effectiveFrom) {
      errors.push(
        fieldError(line, 'valid_until', 'before_start', {
          zh: '截止日期早于生效日期',
          en: 'valid_until is before effective_from',
        }),
      );
      continue;
    }
    // One edition is one document: its lines share the same validity.
    const first = editions.get(entry.edition);
    if (first && (first.effectiveFrom !== entry.effectiveFrom || first.validUntil !== entry.validUntil)) {
      errors.push(
        fieldError(line, 'effective_from', 'edition_dates_differ', {
          zh: `同一版本 ${entry.edition} 的有效期应与第 ${first.line} 行一致`,
          en: `edition ${entry.edition} must have the same validity as on line ${first.line}`,
        }),
      );
      continue;
    }
    const twin = entries.find((e) => e.edition === entry.edition && e.hsCode === entry.hsCode);
    if (twin) {
      errors.push(
        fieldError(line, 'hs_code', 'duplicate', {
          zh: `${entry.hsCode} 已在第 ${twin.line} 行列入版本 ${entry.edition}`,
          en: `${entry.hsCode} is already listed in edition ${entry.edition} on line ${twin.line}`,
        }),
      );
      continue;
    }
    if (!first) editions.set(entry.edition, entry);
    entries.push(entry);
  }
  if (errors.length) throw AppError.validation(errors);
  return { entries };
}

/** The entries that list a 10-digit code on a day (and, if given, for a trade mode). */
export function findPositiveListEntries(
  list: PositiveList,
  hsCode: string,
  date: string,
  tradeMode?: ImportTradeMode,
): PositiveListEntry[] {
  return list.entries.filter(
    (e) =>
      (e.hsCode.length === 8 ? hsCode.startsWith(e.hsCode) : hsCode === e.hsCode) &&
      e.effectiveFrom <= date &&
      (e.validUntil === null || date <= e.validUntil) &&
      (tradeMode === undefined || e.tradeModes.includes(tradeMode)),
  );
}

/** Whether a 10-digit code is on the positive list in force on a day (for a trade mode, if given). */
export function isOnPositiveList(
  list: PositiveList,
  hsCode: string,
  date: string,
  tradeMode?: ImportTradeMode,
): boolean {
  return findPositiveListEntries(list, hsCode, date, tradeMode).length > 0;
}
