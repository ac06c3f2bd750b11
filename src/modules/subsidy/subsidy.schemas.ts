import { z } from 'zod';
import { bilingualIssue, ZPage, zSort } from '../../shared/validation.js';

export const SUBSIDY_STATUSES = [
  'draft',
  'submitted',
  'returned', // 补正: back with the enterprise, with reasons
  'approved_by_commerce', // budget reserved
  'approved_by_finance', // budget still reserved
  'approved', // the leading group office recorded the government's approval: budget committed
  'in_notice', // 公示
  'ready_for_disbursement',
  'disbursed',
  'rejected',
] as const;
export type SubsidyStatus = (typeof SUBSIDY_STATUSES)[number];

/**
 * The funds a subsidy is paid from (衡政发〔2024〕4号 三、组织实施: 省级跨境电商专项资金和市级跨境电商专项配套资金;
 * 郴政办发〔2021〕3号: 按现行财税体制由税收申报缴纳地财政分级负责).
 */
export const FUNDS = ['municipal', 'provincial'] as const;
export type Fund = (typeof FUNDS)[number];
export const FUND_NAMES: Record<Fund, { zh: string; en: string }> = {
  municipal: { zh: '市级跨境电商专项（配套）资金', en: 'municipal cross-border e-commerce fund' },
  provincial: { zh: '省级跨境电商专项资金', en: 'provincial cross-border e-commerce fund' },
};

export const ZZoneCode = z.enum(['zhuzhou', 'chenzhou', 'hengyang']);

/** Yuan as a decimal string with at most two decimals (never a float): "20000", "20000.5", "20000.50". */
export const ZYuan = z
  .string()
  .trim()
  .refine((v) => /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/.test(v), {
    ...bilingualIssue('invalid_amount', {
      zh: '金额应为以元为单位的数字字符串，最多两位小数，如 "20000.00"',
      en: 'An amount is a decimal string in yuan with at most two decimals, e.g. "20000.00"',
    }),
  });

// A well-formed amount is positive exactly when it has a non-zero digit (no float parsing).
const ZPositiveYuan = ZYuan.refine((v) => /[1-9]/.test(v), {
  ...bilingualIssue('not_positive', { zh: '金额应大于 0', en: 'The amount must be greater than 0' }),
});

export const ZYear = z.coerce.number().int().min(2000).max(2100);

const ZRuleId = z.string().trim().min(1).max(80);

export const ZRequestedItem = z.strictObject({
  ruleId: ZRuleId,
  /** What the enterprise asks for; omitted: the maximum its facts give. */
  amount: ZPositiveYuan.optional(),
});
export type RequestedItemInput = z.infer<typeof ZRequestedItem>;

const ZItems = z
  .array(ZRequestedItem)
  .min(1)
  .max(30)
  .refine((items) => new Set(items.map((i) => i.ruleId)).size === items.length, {
    ...bilingualIssue('duplicate_item', {
      zh: '同一奖补项目只能申请一次',
      en: 'Each item can be applied for once',
    }),
  });

/** Facts are checked by the policy module's vocabulary (`checkFacts`), here only their shape. */
const ZFactsObject = z.record(z.string(), z.unknown());

export const ZCreateApplication = z.strictObject({
  year: ZYear,
  fund: z.enum(FUNDS).default('municipal'),
  items: ZItems,
  facts: ZFactsObject.default({}),
});
export type CreateApplicationInput = z.infer<typeof ZCreateApplication>;

/** Optimistic concurrency: the version the client last saw; a change since then is a conflict. */
const ZVersion = z.coerce.number().int().min(1).optional();

export const ZUpdateApplication = z.strictObject({
  year: ZYear.optional(),
  fund: z.enum(FUNDS).optional(),
  items: ZItems.optional(),
  facts: ZFactsObject.optional(),
  version: ZVersion,
});
export type UpdateApplicationInput = z.infer<typeof ZUpdateApplication>;

export const ZSubmitInput = z.strictObject({ version: ZVersion });

/** 补正 or rejection reasons: each point the enterprise must correct, or why it is refused. */
const ZReasons = z.array(z.string().trim().min(2).max(500)).min(1).max(20);

export const ZCommerceReview = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('approve'),
    /** An amount for every item of the application (0 refuses that item). */
    items: z
      .array(z.strictObject({ ruleId: ZRuleId, amount: ZYuan }))
      .min(1)
      .max(30),
    /** The fund the amount is reserved from; the application's own by default. */
    fund: z.enum(FUNDS).optional(),
    note: z.string().trim().max(1000).optional(),
    version: ZVersion,
  }),
  z.strictObject({ decision: z.literal('return'), reasons: ZReasons, version: ZVersion }),
  z.strictObject({ decision: z.literal('reject'), reasons: ZReasons, version: ZVersion }),
]);
export type CommerceReviewInput = z.infer<typeof ZCommerceReview>;

export const ZFinanceReview = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('approve'),
    note: z.string().trim().max(1000).optional(),
    version: ZVersion,
  }),
  z.strictObject({ decision: z.literal('return'), reasons: ZReasons, version: ZVersion }),
  z.strictObject({ decision: z.literal('reject'), reasons: ZReasons, version: ZVersion }),
]);
export type FinanceReviewInput = z.infer<typeof ZFinanceReview>;

export const ZLeadingGroupDecision = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('approve'),
    /** The government's approval (批复文号 or meeting minutes reference). */
    reference: z.string().trim().min(1).max(200).optional(),
    note: z.string().trim().max(1000).optional(),
    version: ZVersion,
  }),
  z.strictObject({ decision: z.literal('reject'), reasons: ZReasons, version: ZVersion }),
]);
export type LeadingGroupDecisionInput = z.infer<typeof ZLeadingGroupDecision>;

export const ZDisbursementInput = z.strictObject({
  bankReference: z.string().trim().min(1).max(100),
  /** When the bank paid; the recording time by default. */
  paidAt: z.iso.datetime({ offset: true }).optional(),
  /** When given, must equal the approved total (a guard against typing the wrong application). */
  amount: ZPositiveYuan.optional(),
});
export type DisbursementInput = z.infer<typeof ZDisbursementInput>;

export const ZBudgetInput = z.strictObject({
  zoneCode: ZZoneCode.optional(),
  fund: z.enum(FUNDS),
  year: ZYear,
  total: ZYuan,
});
export type BudgetInput = z.infer<typeof ZBudgetInput>;

export const ZBudgetPatch = z.strictObject({
  total: ZYuan,
  reason: z.string().trim().min(2).max(500),
  version: ZVersion,
});

export const ZBudgetQuery = z.object({
  zoneCode: ZZoneCode.optional(),
  fund: z.enum(FUNDS).optional(),
  year: ZYear.optional(),
});

const statusList = z
  .string()
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(z.enum(SUBSIDY_STATUSES)));

export const ZApplicationQuery = ZPage.extend({
  zoneCode: ZZoneCode.optional(),
  status: statusList.optional(),
  year: ZYear.optional(),
  fund: z.enum(FUNDS).optional(),
  enterpriseId: z.uuid().optional(),
  sort: zSort(['createdAt', 'updatedAt', 'submittedAt', 'year'], '-updatedAt'),
});
export type ApplicationQuery = z.infer<typeof ZApplicationQuery>;

/**
 * The objection period in calendar days (decision 0003: 7 by default, at least 5, counted from the day
 * after publication, ending at 24:00 China time, moved past a weekend).
 */
export const DEFAULT_OBJECTION_DAYS = 7;

export const ZNoticeInput = z.strictObject({
  zoneCode: ZZoneCode.optional(),
  title: z.string().trim().min(1).max(200),
  applicationIds: z.array(z.uuid()).min(1).max(500),
  objectionDays: z.coerce.number().int().min(5).max(30).default(DEFAULT_OBJECTION_DAYS),
});
export type NoticeInput = z.infer<typeof ZNoticeInput>;

export const ZNoticeQuery = ZPage.extend({
  zoneCode: ZZoneCode.optional(),
  status: z.enum(['open', 'closed']).optional(),
});

export const ZObjectionInput = z.strictObject({
  applicationId: z.uuid(),
  text: z.string().trim().min(10).max(2000),
});

export const ZObjectionResolution = z.strictObject({
  resolution: z.enum(['upheld', 'dismissed']),
  note: z.string().trim().min(2).max(1000),
});

export const ZItemsQuery = z.object({ zoneCode: ZZoneCode.optional(), year: ZYear.optional() });

/** Automatic entitlement (免申即享): a run over a zone's platform data for a year. */
export const ZEntitlementRunInput = z.strictObject({
  /** The caller's zone by default; a provincial user names one. */
  zoneCode: ZZoneCode.optional(),
  year: ZYear,
});
export type EntitlementRunInput = z.infer<typeof ZEntitlementRunInput>;

export const ZEntitlementQuery = ZPage.extend({
  zoneCode: ZZoneCode.optional(),
  year: ZYear.optional(),
});
