import { z } from 'zod';
import { bilingualIssue, ZPage } from '../../shared/validation.js';
import { PERIOD_PATTERNS } from './periods.js';

export const ZZoneCode = z.enum(['zhuzhou', 'chenzhou', 'hengyang']);
export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export const DIMENSIONS = [
  'tradeMode',
  'flow',
  'country',
  'hsChapter',
  'enterprise',
  'park',
  'district',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** A figure: a zone (provincial users: any, or all), a period, and the slice of trade it covers. */
export const ZFigureQuery = z
  .object({
    /** Provincial users choose a zone or leave it out for the province; a zone's users get their own. */
    zoneCode: ZZoneCode.optional(),
    period: z.enum(PERIOD_KINDS).default('month'),
    /** 'YYYY-MM', 'YYYY-Qn' or 'YYYY' as the period says; default: the period holding today. */
    at: z.string().trim().optional(),
    flow: z.enum(['import', 'export']).optional(),
    tradeMode: z.enum(['9610', '9710', '9810', '1210', '1239']).optional(),
    /** One e-commerce enterprise by customs code. */
    ebcCode: z.string().trim().min(1).max(20).optional(),
    /** The enterprises of a park or county, as filed in the register. */
    park: z.string().trim().min(1).max(100).optional(),
    district: z
      .string()
      .trim()
      .regex(/^\d{6}$/)
      .optional(),
    country: z
      .string()
      .trim()
      .regex(/^\d{3}$/)
      .optional(),
    hsChapter: z
      .string()
      .trim()
      .regex(/^\d{2}$/)
      .optional(),
  })
  .superRefine((q, ctx) => {
    if (q.at !== undefined && !PERIOD_PATTERNS[q.period].test(q.at))
      ctx.addIssue({
        path: ['at'],
        ...bilingualIssue('invalid_period', {
          zh: `统计期应为 ${{ month: 'YYYY-MM', quarter: 'YYYY-Qn', year: 'YYYY' }[q.period]}`,
          en: `The period is ${{ month: 'YYYY-MM', quarter: 'YYYY-Qn', year: 'YYYY' }[q.period]}`,
        }),
      });
    // No table keeps an enterprise together with a country or chapter: such a figure would be estimated.
    if ((q.ebcCode || q.park || q.district) && (q.country || q.hsChapter))
      ctx.addIssue({
        path: [q.country ? 'country' : 'hsChapter'],
        ...bilingualIssue('unsupported_combination', {
          zh: '企业、园区或县区不能与国别、商品章同时筛选',
          en: 'An enterprise, park or county cannot be combined with a country or HS chapter',
        }),
      });
  });
export type FigureQuery = z.output<typeof ZFigureQuery>;

export const ZBreakdownQuery = ZFigureQuery.and(
  z.object({ by: z.enum(DIMENSIONS), limit: z.coerce.number().int().min(1).max(500).default(50) }),
);

export const ZTrendQuery = ZFigureQuery.and(
  z.object({ count: z.coerce.number().int().min(2).max(60).default(12) }),
);

export const ZRecordsQuery = ZFigureQuery.and(ZPage).and(
  z.object({
    /**
     * With the records' own sums and count (default): they read every record under the figure, which over
     * a year of the province is millions of parcels; `false` gives the page alone, at once.
     */
    sums: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
  }),
);

export const ZExchangeRateInput = z.strictObject({
  currency: z
    .string()
    .trim()
    .regex(/^\d{3}$/, { message: 'customs currency code, 3 digits' }),
  validFrom: z
    .string()
    .trim()
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
      ...bilingualIssue('invalid_date', { zh: '日期格式应为 YYYY-MM-DD', en: 'A date is YYYY-MM-DD' }),
    }),
  /** RMB per one unit of the currency, up to 6 decimals. */
  cnyPerUnit: z
    .string()
    .trim()
    .refine((v) => /^\d{1,11}(\.\d{1,6})?$/.test(v) && Number(v) > 0, {
      ...bilingualIssue('invalid_rate', {
        zh: '汇率应为正数，最多 6 位小数',
        en: 'A rate is a positive number with at most 6 decimals',
      }),
    }),
  source: z.string().trim().min(1).max(300),
});
export type ExchangeRateInput = z.output<typeof ZExchangeRateInput>;
