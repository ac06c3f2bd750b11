import fs from 'node:fs';
import { AppError } from '../../shared/app-error.js';
import { projectFile } from '../../shared/project-files.js';
import { loadPositiveList, loadRateTable, type PositiveList, type RateTable } from './tax/index.js';

/**
 * The reference tables clearance decides by: the retail-import positive list and the tax rate table, each
 * the configured CSV or the SAMPLE shipped with the platform, read once per thread. A table that cannot
 * be read is the platform's configuration fault, never a sender's: it fails the platform's start
 * (checkReferenceTables) and, should the file change later, answers 500 instead of refusing messages.
 */

/** Where each table comes from: its setting and its default. */
const TABLES = {
  positiveList: {
    setting: 'CBEC_POSITIVE_LIST_FILE',
    sample: 'reference-data/retail-import-positive-list.sample.csv',
    load: loadPositiveList,
  },
  rateTable: {
    setting: 'CBEC_RATE_TABLE_FILE',
    sample: 'src/modules/clearance/tax/rates.sample.csv',
    load: loadRateTable,
  },
} as const;

const loaded = new Map<string, unknown>();

function table<T>(kind: keyof typeof TABLES, file: string | undefined, load: (csv: string) => T): T {
  const { setting, sample } = TABLES[kind];
  const path = file ?? projectFile(sample);
  const key = `${kind}|${path}`;
  if (loaded.has(key)) return loaded.get(key) as T;
  let value: T;
  try {
    value = load(fs.readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ReferenceTableError(setting, path, e);
  }
  loaded.set(key, value);
  return value;
}

/** The positive list in force (跨境电子商务零售进口商品清单). */
export const positiveList = (file: string | undefined): PositiveList =>
  table('positiveList', file, TABLES.positiveList.load);

/** The per-HS-code tax rate table of retail imports in force. */
export const rateTable = (file: string | undefined): RateTable =>
  table('rateTable', file, TABLES.rateTable.load);

/** A reference table that cannot be read or is not valid, with every fault the loader found. */
export class ReferenceTableError extends Error {
  constructor(
    readonly setting: string,
    readonly file: string,
    cause: unknown,
  ) {
    const faults =
      cause instanceof AppError && cause.errors.length
        ? cause.errors.map((f) => `  ${f.field}: ${f.message.zh} / ${f.message.en}`)
        : [`  ${cause instanceof Error ? cause.message : String(cause)}`];
    super(`${setting} ${file}: 参考表无法使用 / the table cannot be used\n${faults.join('\n')}`, { cause });
    this.name = 'ReferenceTableError';
  }
}

/** Reads both tables the configuration names, so that a faulty one stops the platform where it starts. */
export function checkReferenceTables(config: {
  clearance: { positiveListFile: string | undefined; rateTableFile: string | undefined };
}): { positiveListEntries: number; rateTableCodes: number } {
  return {
    positiveListEntries: positiveList(config.clearance.positiveListFile).entries.length,
    rateTableCodes: rateTable(config.clearance.rateTableFile).byHs.size,
  };
}
