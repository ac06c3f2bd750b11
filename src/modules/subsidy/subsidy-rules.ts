/**
 * The subsidy module's pure rules: pinning an evaluation, checking an approval against the pinned
 * maximums and the per-enterprise caps across all of an enterprise's applications of the year, moving
 * money between budget columns, and the objection period. No database, no clock.
 */
import type { Bilingual, FieldError } from '../../shared/app-error.js';
import type {
  BestOfStep,
  CapStep,
  DocumentVerdict,
  Evaluation,
  ItemResult,
  Param,
  PolicyDocument,
  Reason,
  TraceLine,
} from '../policy/index.js';
import { money, Money, shown, sum, yuan, ZERO } from './money.js';
import type { BudgetBucket } from './subsidy-status.js';

export interface RequestedItem {
  readonly ruleId: string;
  /** What the enterprise asks for; null: the maximum. */
  readonly amount: string | null;
}

export interface ApprovedItem {
  readonly ruleId: string;
  readonly amount: string;
}

/** A per-enterprise cap over several items or years (衡政发〔2024〕4号 第6条、第12条、第16条 …), as pinned. */
export interface PinnedCap {
  readonly id: string;
  readonly per: 'year' | 'total';
  readonly limit: string;
  /** For caps over all years: what earlier years paid (the facts' priorAwards), taken off the limit. */
  readonly earlier: string;
  readonly rules: readonly string[];
  readonly label: Bilingual;
  readonly citation: string;
}

/** 从优不重复 / 择优支持且不重复: of these items only one is paid in a year. */
export interface PinnedGroup {
  readonly id: string;
  readonly rules: readonly string[];
  readonly reason: Bilingual;
  readonly citation: string;
}

export interface PinnedItem {
  readonly ruleId: string;
  readonly documentKey: string;
  readonly article: string;
  readonly citation: string;
  readonly title: Bilingual;
  readonly basis: 'fixed' | 'maximum' | null;
  readonly tier: ItemResult['tier'];
  readonly computed: string | null;
  /**
   * The most the reviewers may approve for this item: the engine's amount after item caps and best-of
   * groups, before the per-enterprise caps — those are held across all the enterprise's applications of
   * the year at approval (`checkApproval`), not within this one application's facts.
   */
  readonly maximum: string;
  /** The engine's own final amount for these facts (all items, enterprise caps applied), for the record. */
  readonly evaluatedAmount: string | null;
  readonly requested: string | null;
  readonly caps: readonly CapStep[];
  readonly bestOf: BestOfStep | null;
  readonly enterpriseCaps: readonly PinnedCap[];
  readonly bestOfGroup: PinnedGroup | null;
  readonly reasons: readonly Reason[];
  readonly trace: readonly TraceLine[];
}

/** What submission pins: the documents (ids, versions, reference day, rate) and each item's result. */
export interface PinnedEvaluation {
  readonly period: string;
  readonly pinnedAt: string;
  readonly documents: readonly DocumentVerdict[];
  readonly items: readonly PinnedItem[];
  /** Sum of the items' maximums. */
  readonly maximumTotal: string;
  /** The evaluation's own trace (facts checked, versions, rates). */
  readonly trace: readonly TraceLine[];
}

/** The value of a dated parameter on a day: the latest version in force then. */
export function paramOn(param: Param, day: string): string | null {
  let value: string | null = null;
  for (const v of param.versions) if (v.from <= day) value = v.value;
  return value;
}

function itemMessage(item: ItemResult): Bilingual {
  const head = { zh: `${item.title.zh}（${item.citation}）`, en: `${item.title.en} (${item.citation})` };
  if (item.status === 'undetermined')
    return {
      zh: `${head.zh}无法确定：缺少事实 ${item.missingFacts.join('、')}`,
      en: `${head.en} cannot be decided: facts missing: ${item.missingFacts.join(', ')}`,
    };
  const reasons = item.reasons.length
    ? item.reasons
    : [{ code: 'zero_amount', zh: '按所报事实金额为 0', en: 'the facts give an amount of 0' }];
  return {
    zh: `${head.zh}不予支持：${reasons.map((r) => r.zh).join('；')}`,
    en: `${head.en} cannot be paid: ${reasons.map((r) => r.en).join('; ')}`,
  };
}

/**
 * Pins the evaluation of an application's items at submission. Items that are not payable on these
 * facts (ineligible, undetermined, not in force, excluded by a best-of group, zero) are refused with the
 * engine's reasons, as field errors on `items.N.ruleId`; a request above the maximum on `items.N.amount`.
 */
export function pinEvaluation(
  evaluation: Evaluation,
  documents: readonly PolicyDocument[],
  requested: readonly RequestedItem[],
  facts: Readonly<Record<string, unknown>>,
  pinnedAt: string,
): { pinned: PinnedEvaluation; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const items: PinnedItem[] = [];
  const prior = (facts.priorAwards as Readonly<Record<string, string>> | undefined) ?? {};
  requested.forEach((req, n) => {
    const item = evaluation.items.find((i) => i.ruleId === req.ruleId);
    if (!item) {
      errors.push({
        field: `items.${n}.ruleId`,
        code: 'unknown_item',
        message: { zh: `没有编号为 ${req.ruleId} 的奖补项目`, en: `no item with rule id ${req.ruleId}` },
      });
      return;
    }
    if (item.kind !== 'payment') {
      errors.push({
        field: `items.${n}.ruleId`,
        code: 'not_payment',
        message: {
          zh: `${item.title.zh}（${item.citation}）不是资金奖补项目`,
          en: `${item.title.en} (${item.citation}) pays no money`,
        },
      });
      return;
    }
    const enterpriseStep = item.caps.find(
      (c) => c.kind === 'enterprise_year' || c.kind === 'enterprise_total',
    );
    const maximum = item.status === 'eligible' ? (enterpriseStep?.before ?? item.amount) : null;
    if (maximum === null || !money(maximum).greaterThan(0)) {
      errors.push({
        field: `items.${n}.ruleId`,
        code: item.status === 'eligible' ? 'not_payable' : item.status,
        message: itemMessage(item),
      });
      return;
    }
    if (req.amount !== null && money(req.amount).greaterThan(maximum))
      errors.push({
        field: `items.${n}.amount`,
        code: 'above_maximum',
        message: {
          zh: `申请金额超过按政策可获得的最高金额 ${shown(maximum)} 元`,
          en: `more than the ${shown(maximum)} yuan the policy allows on these facts`,
        },
      });
    const doc = documents.find((d) => d.key === item.documentKey);
    const verdict = evaluation.documents.find((d) => d.key === item.documentKey);
    const enterpriseCaps: PinnedCap[] = (doc?.enterpriseCaps ?? [])
      .filter((c) => c.rules.includes(item.ruleId))
      .map((c) => ({
        id: c.id,
        per: c.per,
        limit:
          item.caps.find((s) => s.id === c.id)?.limit ??
          yuan(money(paramOn(c.amount, verdict?.referenceDate ?? `${evaluation.period}-12-31`))),
        earlier: c.per === 'total' ? yuan(sum(c.rules.map((r) => prior[r]))) : '0.00',
        rules: c.rules,
        label: c.label,
        citation: c.citation,
      }));
    const group = doc?.bestOfGroups.find((g) => g.rules.includes(item.ruleId));
    items.push({
      ruleId: item.ruleId,
      documentKey: item.documentKey,
      article: item.article,
      citation: item.citation,
      title: item.title,
      basis: item.basis,
      tier: item.tier,
      computed: item.computed,
      maximum,
      evaluatedAmount: item.amount,
      requested: req.amount,
      caps: item.caps,
      bestOf: item.bestOf,
      enterpriseCaps,
      bestOfGroup: group
        ? { id: group.id, rules: group.rules, reason: group.reason, citation: group.citation }
        : null,
      reasons: item.reasons,
      trace: item.trace,
    });
  });
  const used = new Set(items.map((i) => i.documentKey));
  return {
    pinned: {
      period: evaluation.period,
      pinnedAt,
      documents: evaluation.documents.filter((d) => used.has(d.key)),
      items,
      maximumTotal: yuan(sum(items.map((i) => i.maximum))),
      trace: evaluation.trace,
    },
    errors,
  };
}

/** Another application of the same enterprise and year whose approved amounts count (approved or later). */
export interface OtherApplication {
  readonly id: string;
  readonly items: readonly ApprovedItem[];
}

/**
 * Checks the commerce bureau's amounts: one per item of the application, each at most its pinned maximum
 * and the amount requested; the same item not already awarded in another application of the year;
 * every per-enterprise cap held across all the enterprise's applications of the year; a best-of group
 * paid once in the year. Returns the field errors and the approved total.
 */
export function checkApproval(input: {
  pinned: readonly PinnedItem[];
  approved: readonly ApprovedItem[];
  others: readonly OtherApplication[];
}): { errors: FieldError[]; total: Money } {
  const errors: FieldError[] = [];
  const { pinned, approved, others } = input;
  const seen = new Set<string>();
  approved.forEach((a, n) => {
    if (seen.has(a.ruleId))
      errors.push({
        field: `items.${n}.ruleId`,
        code: 'duplicate_item',
        message: { zh: '同一项目只能核定一个金额', en: 'one amount per item' },
      });
    seen.add(a.ruleId);
    if (!pinned.some((p) => p.ruleId === a.ruleId))
      errors.push({
        field: `items.${n}.ruleId`,
        code: 'not_in_application',
        message: { zh: `申请中没有项目 ${a.ruleId}`, en: `the application has no item ${a.ruleId}` },
      });
  });
  for (const p of pinned)
    if (!approved.some((a) => a.ruleId === p.ruleId))
      errors.push({
        field: 'items',
        code: 'missing_item',
        message: {
          zh: `请为项目 ${p.ruleId} 核定金额（不支持的填 0）`,
          en: `give an amount for item ${p.ruleId} (0 to refuse it)`,
        },
      });
  if (errors.length) return { errors, total: ZERO };

  const amountOf = (ruleId: string) => money(approved.find((a) => a.ruleId === ruleId)?.amount);
  const elsewhere = (rules: readonly string[]) =>
    sum(others.flatMap((o) => o.items.filter((i) => rules.includes(i.ruleId)).map((i) => i.amount)));

  approved.forEach((a, n) => {
    const p = pinned.find((x) => x.ruleId === a.ruleId)!;
    const amount = money(a.amount);
    if (amount.greaterThan(p.maximum))
      errors.push({
        field: `items.${n}.amount`,
        code: 'above_maximum',
        message: {
          zh: `超过提交时锁定的最高金额 ${shown(p.maximum)} 元（${p.citation}）`,
          en: `above the maximum pinned at submission, ${shown(p.maximum)} yuan (${p.citation})`,
        },
      });
    else if (p.requested !== null && amount.greaterThan(p.requested))
      errors.push({
        field: `items.${n}.amount`,
        code: 'above_requested',
        message: {
          zh: `超过企业申请的金额 ${shown(p.requested)} 元`,
          en: `above the ${shown(p.requested)} yuan the enterprise applied for`,
        },
      });
    if (amount.greaterThan(0) && elsewhere([a.ruleId]).greaterThan(0))
      errors.push({
        field: `items.${n}.ruleId`,
        code: 'already_awarded',
        message: {
          zh: `本企业本年度的其他申请已核定该项目`,
          en: `another application of the enterprise for this year has been approved for this item`,
        },
      });
    const group = p.bestOfGroup;
    if (group && amount.greaterThan(0)) {
      const rivals = group.rules.filter((r) => r !== a.ruleId);
      const inThis = rivals.some((r) => amountOf(r).greaterThan(0));
      if (inThis || elsewhere(rivals).greaterThan(0))
        errors.push({
          field: `items.${n}.amount`,
          code: 'best_of_conflict',
          message: {
            zh: `从优不重复（${group.citation}）：本年度已核定同组项目，只能支持其一`,
            en: `best-of, paid once (${group.citation}): another item of the group is approved for the year`,
          },
        });
    }
  });

  const caps = new Map<string, PinnedCap>();
  for (const p of pinned) for (const c of p.enterpriseCaps) if (!caps.has(c.id)) caps.set(c.id, c);
  for (const cap of caps.values()) {
    const allowed = Money.max(money(cap.limit).minus(cap.earlier), ZERO);
    const before = elsewhere(cap.rules);
    const mine = sum(approved.filter((a) => cap.rules.includes(a.ruleId)).map((a) => a.amount));
    if (before.plus(mine).lessThanOrEqualTo(allowed)) continue;
    const room = Money.max(allowed.minus(before), ZERO);
    const n = approved.findIndex((a) => cap.rules.includes(a.ruleId));
    const head =
      cap.per === 'year'
        ? {
            zh: `单个企业每年上限 ${shown(cap.limit)} 元`,
            en: `per-enterprise yearly cap of ${shown(cap.limit)} yuan`,
          }
        : {
            zh: `单个企业累计上限 ${shown(cap.limit)} 元，以前年度已获 ${shown(cap.earlier)} 元`,
            en: `per-enterprise total cap of ${shown(cap.limit)} yuan, ${shown(cap.earlier)} received before`,
          };
    errors.push({
      field: `items.${n}.amount`,
      code: 'enterprise_cap',
      message: {
        zh: `${cap.label.zh}（${cap.citation}）：${head.zh}，本企业本年度其他申请已核定 ${shown(before)} 元，本次最多 ${shown(room)} 元`,
        en: `${cap.label.en} (${cap.citation}): ${head.en}; ${shown(before)} yuan already approved in the enterprise's other applications this year, at most ${shown(room)} now`,
      },
    });
  }
  const total = sum(approved.map((a) => a.amount));
  if (!errors.length && !total.greaterThan(0))
    errors.push({
      field: 'items',
      code: 'nothing_approved',
      message: {
        zh: '核定总额为 0：请改为不予支持（reject）',
        en: 'the approved total is 0: reject the application instead',
      },
    });
  return { errors, total };
}

/** How a transition moves an application's total between the budget's columns (null: it does not). */
export function budgetMove(
  from: BudgetBucket,
  to: BudgetBucket,
): {
  from: BudgetBucket;
  to: BudgetBucket;
  reserved: -1 | 0 | 1;
  committed: -1 | 0 | 1;
  disbursed: -1 | 0 | 1;
} | null {
  if (from === to) return null;
  const delta = (col: BudgetBucket) => ((to === col ? 1 : 0) - (from === col ? 1 : 0)) as -1 | 0 | 1;
  return {
    from,
    to,
    reserved: delta('reserved'),
    committed: delta('committed'),
    disbursed: delta('disbursed'),
  };
}

export interface BudgetFigures {
  readonly total: string;
  readonly reserved: string;
  readonly committed: string;
  readonly disbursed: string;
}

/** What is neither reserved, committed nor disbursed. */
export function available(b: BudgetFigures): Money {
  return money(b.total).minus(b.reserved).minus(b.committed).minus(b.disbursed);
}

/** A total may never fall below what is already reserved, committed or disbursed. */
export function checkBudgetTotal(b: BudgetFigures, total: string): FieldError | null {
  const used = money(b.reserved).plus(b.committed).plus(b.disbursed);
  if (money(total).greaterThanOrEqualTo(used)) return null;
  return {
    field: 'total',
    code: 'below_used',
    message: {
      zh: `预算总额不能低于已预留、已承诺和已拨付之和 ${shown(used)} 元`,
      en: `the total cannot fall below the ${shown(used)} yuan already reserved, committed or disbursed`,
    },
  };
}

const DAY_MS = 24 * 3600 * 1000;
/** China Standard Time has no daylight saving: UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/**
 * The end of the objection period of a notice published at `publishedAt`: `days` calendar days counted
 * from the day after publication (民法典 第二百零一条: 开始的当日不计入), ending at 24:00 China time of the
 * last day (第二百零三条); a last day on a Saturday or Sunday moves to the Monday (第二百零三条: 期间的最后一日是
 * 法定休假日的，以法定休假日结束的次日为期间的最后一日). Public holidays need the State Council's yearly calendar,
 * which the platform does not hold: the bureau sets a longer period around them.
 */
export function objectionUntil(publishedAt: Date, days: number): Date {
  const local = new Date(publishedAt.getTime() + CHINA_OFFSET_MS);
  let last = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days);
  while ([0, 6].includes(new Date(last).getUTCDay())) last += DAY_MS;
  return new Date(last + DAY_MS - CHINA_OFFSET_MS);
}
