import { z } from 'zod';
import { bilingualIssue, ZPage } from '../../shared/validation.js';
import { REPORTED_INDICATORS } from './goals.js';
import { EFFECTIVE_STATUSES } from './task-status.js';
import { UNIT_CODES } from './units.js';

export const ZZoneCode = z.enum(['zhuzhou', 'chenzhou', 'hengyang']);

/** A China calendar day, checked to exist (2026-02-30 is refused). */
export const ZDay = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    ...bilingualIssue('invalid_date', { zh: '日期格式应为 YYYY-MM-DD', en: 'A date is YYYY-MM-DD' }),
  });

export const ZTaskQuery = ZPage.extend({
  /** Provincial users choose a zone; a zone's users always see their own. */
  zoneCode: ZZoneCode.optional(),
  /** Tasks where the unit is lead or co-responsible. */
  unit: z.enum(UNIT_CODES).optional(),
  /** Status as shown, overdue included. */
  status: z.enum(EFFECTIVE_STATUSES).optional(),
});

/** A progress report. Fields come as strings from a multipart form, hence the coercion. */
export const ZReportInput = z.strictObject({
  text: z.string().trim().min(1).max(4000),
  percent: z.coerce.number().int().min(0).max(100),
});
export type ReportInput = z.infer<typeof ZReportInput>;

export const ZIndicatorInput = z.strictObject({
  /** Required of provincial users; a zone's users record for their own zone. */
  zoneCode: ZZoneCode.optional(),
  indicator: z.enum(REPORTED_INDICATORS),
  /** The calendar year the figure stands for (cumulative counts: as at its end, or to date). */
  period: z.coerce.number().int().min(2000).max(2100),
  /** A count: a whole number, as a string or a number. */
  value: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(
      z.string().refine((v) => /^(0|[1-9]\d{0,12})$/.test(v), {
        ...bilingualIssue('invalid_count', { zh: '应为非负整数', en: 'must be a whole number ≥ 0' }),
      }),
    ),
  sourceNote: z.string().trim().min(1).max(1000),
});
export type IndicatorInput = z.infer<typeof ZIndicatorInput>;

export const ZDueDateInput = z.strictObject({ dueDate: ZDay.nullable() });

export const ZGoalQuery = z.strictObject({ asOf: ZDay.optional() });
