import type { PolicyCase } from '../src/modules/policy/cases.js';
import type { Catalogue, ZoneId } from '../src/modules/policy/types.js';
import { CZBF_2021_3 } from './chenzhou/czbf-2021-3.js';
import { CHENZHOU_CASES } from './chenzhou/cases.js';
import { HZF_2024_4 } from './hengyang/hzf-2024-4.js';
import { HENGYANG_CASES } from './hengyang/cases.js';
import { ZHUZHOU_DRAFT_2023 } from './zhuzhou/zz-opinions-draft.js';
import { ZHUZHOU_CASES } from './zhuzhou/cases.js';

/**
 * The policy documents of each zone, as data (src/modules/policy reads them through its front door).
 * A new version of a document is a new file in the same series, its validity beginning the day after
 * the old one ends.
 */
export const CATALOGUE: Catalogue = {
  zhuzhou: [ZHUZHOU_DRAFT_2023],
  chenzhou: [CZBF_2021_3],
  hengyang: [HZF_2024_4],
};

/** The test cases beside the rules, run by the tests and by `cbec policy test`. */
export const CASES: Readonly<Record<ZoneId, readonly PolicyCase[]>> = {
  zhuzhou: ZHUZHOU_CASES,
  chenzhou: CHENZHOU_CASES,
  hengyang: HENGYANG_CASES,
};
