import { z } from 'zod';
import { isCalendarDate, isPeriod } from './dates.js';
import { ZONE_IDS, type ZoneId } from './types.js';

/**
 * The public policy calculator's request schemas (HTTP boundary). The facts themselves are checked by
 * the engine against the vocabulary (`parseFacts`), which names every bad fact as `facts.<id>`.
 */

/** A refinement's message in both languages, as the shared zod error mapper reads it. */
const bilingual = (code: string, zh: string, en: string) => ({ message: en, params: { code, zh, en } });

export const ZZoneId = z.enum(ZONE_IDS as [ZoneId, ...ZoneId[]]);

const ZDay = z
  .string()
  .refine(
    isCalendarDate,
    bilingual('invalid_date', '应为真实存在的日期 YYYY-MM-DD', 'must be a real calendar date YYYY-MM-DD'),
  );

export const ZPoliciesQuery = z.object({
  zone: ZZoneId,
  /** The day the documents' status is given for (default: today in China). */
  on: ZDay.optional(),
});

/** A calendar year of performance, as `"2025"` or `2025`. */
const ZYear = z
  .union([z.string(), z.number()])
  .refine(
    (v) => isPeriod(String(v)),
    bilingual(
      'invalid_period',
      '年度应为公历年份 YYYY，如 2025',
      'year must be a calendar year YYYY, e.g. 2025',
    ),
  );

export const ZCalculatorInput = z.strictObject({
  zone: ZZoneId,
  year: ZYear,
  /** Fact id → value; docs/policies.md and GET /api/public/policies/facts list the vocabulary. */
  facts: z.record(z.string(), z.unknown()),
  /** Evaluate draft documents too, as estimates (D1). */
  includeDrafts: z.boolean().optional(),
});
export type CalculatorInput = z.infer<typeof ZCalculatorInput>;
