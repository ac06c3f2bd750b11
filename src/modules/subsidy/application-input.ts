import { AppError, type FieldError } from '../../shared/app-error.js';
import { checkFacts } from '../policy/index.js';
import type { ApplicationRow } from './subsidy.repository.js';
import type { RequestedItem } from './subsidy-rules.js';
import type { RequestedItemInput } from './subsidy.schemas.js';
import { rulesOf } from './subsidy-view.js';
import { money, yuan } from './money.js';

/** The calendar year in China (UTC+8) at a moment. */
export function chinaYear(at: Date): number {
  return new Date(at.getTime() + 8 * 3600 * 1000).getUTCFullYear();
}

/**
 * Checks what an enterprise may put in an application beyond the schema: items that are money items of
 * its zone's documents, facts in the policy vocabulary, a year that has begun. Every fault at once.
 */
export function checkApplicationInput(
  zoneCode: string,
  now: Date,
  input: { items?: readonly RequestedItemInput[] | undefined; facts?: unknown; year?: number | undefined },
): FieldError[] {
  const errors: FieldError[] = [];
  const rules = rulesOf(zoneCode);
  input.items?.forEach((item, n) => {
    const rule = rules.get(item.ruleId);
    if (!rule)
      errors.push({
        field: `items.${n}.ruleId`,
        code: 'unknown_item',
        message: {
          zh: `本综试区的政策没有编号为 ${item.ruleId} 的奖补项目`,
          en: `the zone's policies have no item ${item.ruleId}`,
        },
      });
    else if (rule.kind !== 'payment')
      errors.push({
        field: `items.${n}.ruleId`,
        code: 'not_payment',
        message: {
          zh: `${rule.title.zh}（${rule.citation}）不是资金奖补项目，无需申请资金`,
          en: `${rule.title.en} (${rule.citation}) pays no money to apply for`,
        },
      });
  });
  if (input.facts !== undefined) {
    const r = checkFacts(input.facts);
    if (!r.ok) errors.push(...r.errors);
  }
  if (input.year !== undefined && input.year > chinaYear(now))
    errors.push({
      field: 'year',
      code: 'future_year',
      message: {
        zh: '奖补按已发生的年度业绩申请，年度不能晚于今年',
        en: 'A subsidy rewards a year that has begun; the year cannot be in the future',
      },
    });
  return errors;
}

export function throwIfAny(errors: readonly FieldError[]): void {
  if (errors.length) throw AppError.validation(errors);
}

/** Requested items as stored: amounts normalised to two decimals. */
export function requestedItems(items: readonly RequestedItemInput[]): RequestedItem[] {
  return items.map((i) => ({
    ruleId: i.ruleId,
    amount: i.amount === undefined ? null : yuan(money(i.amount)),
  }));
}

/**
 * A new draft application as stored, from input already checked: the one row shape of an enterprise's
 * own draft (`createApplication`) and of a draft the platform prepares for it (`runEntitlement`).
 */
export function draftApplicationRow(input: {
  id: string;
  zoneCode: string;
  enterprise: { id: string; name: string };
  year: number;
  fund: string;
  items: readonly RequestedItemInput[];
  facts: unknown;
  createdBy: string | null;
  now: Date;
}): ApplicationRow {
  return {
    id: input.id,
    zone_code: input.zoneCode,
    enterprise_id: input.enterprise.id,
    enterprise_name: input.enterprise.name,
    year: input.year,
    fund: input.fund,
    status: 'draft',
    items: requestedItems(input.items),
    facts: input.facts,
    evaluation: null,
    approved_items: null,
    approved_total: null,
    reasons: null,
    version: 1,
    submitted_at: null,
    created_by: input.createdBy,
    created_at: input.now,
    updated_at: input.now,
  };
}
