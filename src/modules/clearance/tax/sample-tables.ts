import fs from 'node:fs';
import { loadPositiveList, type PositiveList } from './positive-list.js';
import { loadRateTable, type RateTable } from './rate-table.js';

/**
 * The SAMPLE tables beside this file, for tests and demonstrations only: their rates and list
 * membership are not official (see the header of each CSV). Production loads the real tables from
 * wherever the platform keeps them and passes the text to loadRateTable / loadPositiveList.
 */
export function sampleRateTable(): RateTable {
  return loadRateTable(fs.readFileSync(new URL('./rates.sample.csv', import.meta.url), 'utf8'));
}

export function samplePositiveList(): PositiveList {
  return loadPositiveList(fs.readFileSync(new URL('./positive-list.sample.csv', import.meta.url), 'utf8'));
}
