import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Bilingual } from '../../../../shared/app-error.js';
import { countryCodes } from '../../../../shared/code-tables.js';
import { projectFile } from '../../../../shared/project-files.js';

/**
 * The customs code tables the CEB fields are checked against (customs-ceb.md §1 "Codes and formats";
 * rules.md §4.5), loaded as data on first use. Codes are strings: leading zeros matter.
 *
 * - country: `reference-data/customs-country-codes.csv` through src/shared (JGS-20, 3 digits);
 * - currency: `reference-data/customs-currency-codes.csv` (JGS-20, 3 digits; partial);
 * - unit, transport mode, trade mode: the CSVs beside this file.
 *
 * A code missing from a partial table is fixed by adding a row, never by changing code.
 */
export type CodeTableName = 'country' | 'currency' | 'unit' | 'transportMode' | 'tradeMode';

export const codeTableTitles: Record<CodeTableName, Bilingual> = {
  country: { zh: '海关国别（地区）代码表', en: 'customs country (region) code table' },
  currency: { zh: '海关币制代码表', en: 'customs currency code table' },
  unit: { zh: '海关计量单位代码表', en: 'customs unit-of-measure code table' },
  transportMode: { zh: '海关运输方式代码表', en: 'customs transport mode code table' },
  tradeMode: { zh: '海关监管方式代码表', en: 'customs trade mode code table' },
};

// The CSVs are not copied by tsc: they are read from src/ whether this runs from src/ or dist/.
const here = 'src/modules/clearance/messages/code-tables/';

function readCsv(relative: string): Record<string, string>[] {
  const text = fs.readFileSync(projectFile(relative), 'utf8');
  return parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true, trim: true });
}

function codesOf(relative: string): Map<string, string> {
  return new Map(readCsv(relative).map((r) => [r.code!, r.name_zh ?? r.short_name_zh ?? '']));
}

const loaders: Record<CodeTableName, () => Map<string, string>> = {
  country: () => new Map([...countryCodes()].map(([code, e]) => [code, e.nameZh])),
  currency: () => codesOf('reference-data/customs-currency-codes.csv'),
  unit: () => codesOf(`${here}customs-unit-codes.csv`),
  transportMode: () => codesOf(`${here}customs-transport-mode-codes.csv`),
  tradeMode: () => codesOf(`${here}customs-trade-mode-codes.csv`),
};

const cache = new Map<CodeTableName, Map<string, string>>();

/** The table as code → Chinese name. */
export function codeTable(name: CodeTableName): ReadonlyMap<string, string> {
  let table = cache.get(name);
  if (!table) {
    table = loaders[name]();
    cache.set(name, table);
  }
  return table;
}

export function isCode(name: CodeTableName, code: string): boolean {
  return codeTable(name).has(code);
}
