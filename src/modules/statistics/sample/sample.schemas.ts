import { z } from 'zod';
import { bilingualIssue, ZPage } from '../../../shared/validation.js';
import { CLIMATE_QUESTIONS } from './climate-index.js';
import { MONTH_PATTERN } from './months.js';

export const ZZoneCode = z.enum(['zhuzhou', 'chenzhou', 'hengyang']);

/** A China calendar month 'YYYY-MM'. */
export const ZMonth = z
  .string()
  .trim()
  .refine((v) => MONTH_PATTERN.test(v) && v >= '2000-01', {
    ...bilingualIssue('invalid_month', { zh: '月份格式应为 YYYY-MM', en: 'A month is YYYY-MM' }),
  });

/** RMB as an exact decimal string: at most 16 digits before the point and 2 after (numeric(18,2)), ≥ 0. */
export const ZMoney = z
  .string()
  .trim()
  .refine((v) => /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/.test(v), {
    ...bilingualIssue('invalid_amount', {
      zh: '金额应为不小于 0 的数，最多两位小数（以字符串填写，单位：元）',
      en: 'An amount is a number ≥ 0 with at most 2 decimals (as a string, in yuan)',
    }),
  });

const MAX_COUNT = 2_147_483_647;
/** A count: a whole number ≥ 0, as a number or a string of digits. */
export const ZCount = z
  .union([z.number(), z.string()])
  .transform((v) => (typeof v === 'number' ? String(v) : v.trim()))
  .pipe(
    z
      .string()
      .refine((v) => /^(0|[1-9]\d{0,9})$/.test(v) && Number(v) <= MAX_COUNT, {
        ...bilingualIssue('invalid_count', { zh: '应为非负整数', en: 'must be a whole number ≥ 0' }),
      })
      .transform(Number),
  );

export const ZAnswer = z.enum(['up', 'flat', 'down']);

export const ZClimate = z.strictObject(
  Object.fromEntries(CLIMATE_QUESTIONS.map((q) => [q, ZAnswer])) as Record<
    (typeof CLIMATE_QUESTIONS)[number],
    typeof ZAnswer
  >,
);

export const ZShopLine = z.strictObject({
  shopId: z.uuid(),
  /** The shop's online sales of the month, RMB. */
  salesValue: ZMoney,
  orders: ZCount,
});

/**
 * A monthly report as filed (the Excel upload is read into the same shape). What ties fields together
 * (staff, shops listed once) and what depends on the enterprise is checked in check-report.ts, so that one
 * answer lists every bad field.
 */
export const ZReportInput = z.strictObject({
  month: ZMonth,
  /** The enterprise's own online transaction value of the month (RMB); not tied to its shop lines. */
  onlineValue: ZMoney,
  orders: ZCount,
  activeShops: ZCount,
  staff: ZCount,
  /** Cross-border e-commerce staff: part of the staff. */
  cbecStaff: ZCount,
  climate: ZClimate,
  shops: z.array(ZShopLine).max(500).default([]),
  /** Required from the second version of a month on: why the figures change. */
  correctionReason: z.string().trim().min(1).max(500).optional(),
});
export type ReportInput = z.output<typeof ZReportInput>;

export const ZSampleInput = z
  .strictObject({
    enterpriseId: z.uuid(),
    fromMonth: ZMonth,
    /** Omitted: on the list until ended. */
    toMonth: ZMonth.nullable().optional(),
  })
  .superRefine((s, ctx) => {
    if (s.toMonth && MONTH_PATTERN.test(s.fromMonth) && s.toMonth < s.fromMonth)
      ctx.addIssue({
        path: ['toMonth'],
        ...bilingualIssue('before_start', {
          zh: '截止月份不能早于起始月份',
          en: 'The last month cannot come before the first',
        }),
      });
  });

export const ZEndSampleInput = z.strictObject({
  /** The last month the enterprise is on the list. */
  toMonth: ZMonth,
});

export const ZSampleQuery = ZPage.extend({
  /** Provincial users choose a zone; a zone's users always see their own (another zone: 404). */
  zoneCode: ZZoneCode.optional(),
  /** Only the spans that hold this month. */
  month: ZMonth.optional(),
});

/** A zone and a month (provincial users name the zone). */
export const ZZoneMonthQuery = z.object({
  zoneCode: ZZoneCode.optional(),
  month: ZMonth,
});

export const ZClimateQuery = ZZoneMonthQuery.extend({
  /** How many months up to `month` the trend shows. */
  months: z.coerce.number().int().min(1).max(36).default(6),
});

export const ZShopSalesQuery = z
  .object({
    zoneCode: ZZoneCode.optional(),
    fromMonth: ZMonth,
    toMonth: ZMonth,
  })
  .superRefine((q, ctx) => {
    if (MONTH_PATTERN.test(q.fromMonth) && MONTH_PATTERN.test(q.toMonth)) {
      if (q.toMonth < q.fromMonth)
        ctx.addIssue({
          path: ['toMonth'],
          ...bilingualIssue('before_start', {
            zh: '截止月份不能早于起始月份',
            en: 'The last month cannot come before the first',
          }),
        });
      const [fy, fm] = q.fromMonth.split('-').map(Number) as [number, number];
      const [ty, tm] = q.toMonth.split('-').map(Number) as [number, number];
      if ((ty - fy) * 12 + tm - fm >= 120)
        ctx.addIssue({
          path: ['toMonth'],
          ...bilingualIssue('range_too_long', {
            zh: '一次最多查询 120 个月',
            en: 'At most 120 months at a time',
          }),
        });
    }
  });

export const ZShopRecordsQuery = ZPage.extend({
  zoneCode: ZZoneCode.optional(),
  month: ZMonth,
});

export const ZReminderInput = z.strictObject({
  enterpriseId: z.uuid(),
  month: ZMonth,
});

export const ZRemindLateInput = z.strictObject({
  zoneCode: ZZoneCode.optional(),
  month: ZMonth,
});

export const ZTemplateQuery = z.object({ month: ZMonth.optional() });
