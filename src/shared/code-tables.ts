import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { projectFile } from './project-files.js';

/**
 * Code tables loaded from reference-data/.
 * Read once, on first use.
 */
function load(file: string): Record<string, string>[] {
  const text = fs.readFileSync(projectFile(`reference-data/${file}`), 'utf8');
  return parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true, trim: true });
}

export interface CodeEntry {
  code: string;
  nameZh: string;
  nameEn: string;
}

let countries: Map<string, CodeEntry> | undefined;
/** Customs 3-digit country/region codes (JGS-20). */
export function countryCodes(): Map<string, CodeEntry> {
  countries ??= new Map(
    load('customs-country-codes.csv').map((r) => [
      r.code!,
      { code: r.code!, nameZh: r.name_zh!, nameEn: r.name_en! },
    ]),
  );
  return countries;
}

export interface District extends CodeEntry {
  zone: string;
}

let districts: District[] | undefined;
/** Counties and districts of each zone's city (GB/T 2260). */
export function districtsOf(zone: string): District[] {
  districts ??= load('districts.csv').map((r) => ({
    zone: r.zone!,
    code: r.code!,
    nameZh: r.name_zh!,
    nameEn: r.name_en!,
  }));
  return districts.filter((d) => d.zone === zone);
}
