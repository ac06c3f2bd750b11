import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error.js';
import type { Actor, Ctx } from '../../shared/context.js';
import { appendAudit, canonicalJson } from '../audit/index.js';
import { transition } from '../../shared/state-machine.js';
import { money, shown, yuan } from './money.js';
import { available, budgetMove } from './subsidy-rules.js';
import {
  subsidyRepository,
  type ApplicationRow,
  type BudgetDelta,
  type BudgetRow,
  type Scope,
} from './subsidy.repository.js';
import { FUND_NAMES, type Fund, type SubsidyStatus } from './subsidy.schemas.js';
import { BUDGET_BUCKET, SUBSIDY_TRANSITIONS, type SubsidyAction } from './subsidy-status.js';
import { auditedApplication } from './subsidy-view.js';

export const applicationEntity = { zh: '该奖补申请', en: 'Subsidy application' };
export const noticeEntity = { zh: '该公示', en: 'Notice' };
export const budgetEntity = { zh: '该预算', en: 'Budget' };

export function scopeOf(actor: Actor): Scope {
  return { zoneCode: actor.zoneCode, enterpriseId: actor.role === 'enterprise' ? actor.enterpriseId : null };
}

/**
 * Loads an application in the actor's scope and locks it for the rest of the transaction; 404 outside
 * the scope. A `version` the client sends back must still be the row's (optimistic concurrency).
 */
export async function loadForChange(
  ctx: Ctx,
  actor: Actor,
  id: string,
  version?: number,
): Promise<ApplicationRow> {
  const row = await subsidyRepository.findApplication(ctx.db, id, scopeOf(actor), true);
  if (!row) throw AppError.notFound(applicationEntity);
  if (version !== undefined && version !== row.version)
    throw new AppError(
      'conflict',
      {
        zh: `申请已被他人修改（当前版本 ${row.version}），请刷新后重试`,
        en: `The application changed meanwhile (now version ${row.version}); reload and retry`,
      },
      [
        {
          field: 'version',
          code: 'stale_version',
          message: { zh: '版本已过期', en: 'stale version' },
        },
      ],
    );
  return row;
}

const NOT_NOW: Partial<Record<SubsidyAction, { zh: string; en: string }>> = {
  submit: {
    zh: '只有草稿或被退回补正的申请可以提交',
    en: 'Only a draft or a returned application can be submitted',
  },
  commerce_approve: {
    zh: '该申请不在待商务局审核状态',
    en: 'The application is not awaiting the commerce bureau',
  },
  finance_approve: {
    zh: '该申请不在待财政局审核状态',
    en: 'The application is not awaiting the finance bureau',
  },
  leading_group_approve: {
    zh: '该申请不在待领导小组办公室审批状态',
    en: 'The application is not awaiting the leading group office',
  },
  publish: { zh: '只有已批准的申请可以公示', en: 'Only approved applications can be published' },
  close_notice: { zh: '该申请不在公示中', en: 'The application is not in a notice' },
  uphold_objection: { zh: '该申请不在公示中', en: 'The application is not in a notice' },
  disburse: { zh: '该申请尚未到拨付阶段', en: 'The application is not ready for disbursement' },
};

/** The target state of an action, or `invalid_transition` naming what the state allows. */
export function requireTransition(row: ApplicationRow, action: SubsidyAction): SubsidyStatus {
  const t = transition(SUBSIDY_TRANSITIONS, row.status as SubsidyStatus, action);
  if (t.ok) return t.to;
  const family = action.replace(/_(return|reject)$/, '_approve') as SubsidyAction;
  throw new AppError(
    'invalid_transition',
    NOT_NOW[action] ??
      NOT_NOW[family] ?? {
        zh: `当前状态（${row.status}）不能执行此操作`,
        en: `Not allowed in the current state (${row.status})`,
      },
  );
}

export function factsHash(facts: unknown): string {
  return createHash('sha256').update(canonicalJson(facts)).digest('hex');
}

export interface BudgetMovement {
  readonly budgetId: string;
  readonly from: string;
  readonly to: string;
  readonly amount: string;
  readonly before: ReturnType<typeof figures>;
  readonly after: ReturnType<typeof figures>;
}

function figures(b: Pick<BudgetRow, 'total' | 'reserved' | 'committed' | 'disbursed'>) {
  return { total: b.total, reserved: b.reserved, committed: b.committed, disbursed: b.disbursed };
}

/**
 * Moves an application's total between the budget columns its transition implies (none when the
 * buckets agree), in one guarded statement. Reserving more than is available is `budget_exhausted`.
 * Call before `recordStep`: the budget row is locked before the audit chain, in every use case.
 */
export async function moveMoney(
  ctx: Ctx,
  row: Pick<ApplicationRow, 'zone_code' | 'year'>,
  fund: string,
  amount: string,
  from: SubsidyStatus,
  to: SubsidyStatus,
): Promise<BudgetMovement | null> {
  const move = budgetMove(BUDGET_BUCKET[from], BUDGET_BUCKET[to]);
  if (!move) return null;
  const key = { zoneCode: row.zone_code, fund, year: row.year };
  const d: BudgetDelta = { reserved: move.reserved, committed: move.committed, disbursed: move.disbursed };
  const after = await subsidyRepository.moveBudget(ctx.db, key, amount, d, ctx.clock.now());
  if (!after) {
    const budget = await subsidyRepository.findBudget(ctx.db, key);
    const fundName = FUND_NAMES[fund as Fund] ?? { zh: fund, en: fund };
    if (!budget)
      throw new AppError(
        'conflict',
        {
          zh: `${row.year}年度${fundName.zh}尚未设立预算`,
          en: `No ${row.year} budget of the ${fundName.en} is set`,
        },
        [
          {
            field: 'budget',
            code: 'budget_missing',
            message: { zh: '请财政局先设立预算', en: 'the finance bureau sets the budget first' },
          },
        ],
      );
    if (move.from === 'none')
      throw new AppError(
        'conflict',
        {
          zh: `预算不足：${row.year}年度${fundName.zh}可用 ${shown(available(budget))} 元，本次需 ${shown(amount)} 元`,
          en: `Budget exhausted: ${shown(available(budget))} yuan of the ${row.year} ${fundName.en} is available, ${shown(amount)} needed`,
        },
        [
          {
            field: 'budget',
            code: 'budget_exhausted',
            message: {
              zh: `可用 ${shown(available(budget))} 元`,
              en: `${shown(available(budget))} yuan available`,
            },
          },
        ],
      );
    // A release or commitment the columns cannot cover means they no longer match the applications.
    throw new AppError('internal', {
      zh: '预算台账与申请状态不一致',
      en: 'The budget ledger does not match the applications',
    });
  }
  const a = money(amount);
  const before = {
    total: after.total,
    reserved: yuan(money(after.reserved).minus(a.times(d.reserved))),
    committed: yuan(money(after.committed).minus(a.times(d.committed))),
    disbursed: yuan(money(after.disbursed).minus(a.times(d.disbursed))),
  };
  return { budgetId: after.id, from: move.from, to: move.to, amount, before, after: figures(after) };
}

/**
 * Records one step of an application: its history row (read by the enterprise and the reviewers) and
 * its audit records — the application's, and the budget's when money moved — in the caller's transaction.
 */
export async function recordStep(
  ctx: Ctx,
  step: {
    action: string;
    before: ApplicationRow | null;
    after: ApplicationRow;
    amount?: string | null;
    reasons?: readonly string[] | null;
    note?: string | null;
    reference?: string | null;
    budget?: BudgetMovement | null;
  },
): Promise<void> {
  const actor = ctx.actor;
  await subsidyRepository.insertStep(ctx.db, {
    id: randomUUID(),
    application_id: step.after.id,
    action: step.action,
    from_status: step.before?.status ?? null,
    to_status: step.after.status,
    amount: step.amount ?? null,
    reasons: step.reasons ?? null,
    note: step.note ?? null,
    reference: step.reference ?? null,
    actor_id: actor?.via === 'system' ? null : (actor?.userId ?? null),
    actor_name: actor?.displayName ?? null,
    role: actor?.role ?? null,
    at: ctx.clock.now(),
  });
  const hash = factsHash(step.after.facts);
  await appendAudit(ctx, {
    action: `subsidy.${step.action}`,
    entityType: 'subsidy_application',
    entityId: step.after.id,
    zoneCode: step.after.zone_code,
    before: step.before ? auditedApplication(step.before, factsHash(step.before.facts)) : null,
    after: {
      ...auditedApplication(step.after, hash),
      note: step.note ?? null,
      reference: step.reference ?? null,
    },
  });
  if (step.budget)
    await appendAudit(ctx, {
      action: `subsidy_budget.${step.budget.from}_to_${step.budget.to}`,
      entityType: 'subsidy_budget',
      entityId: step.budget.budgetId,
      zoneCode: step.after.zone_code,
      before: step.budget.before,
      after: { ...step.budget.after, amount: step.budget.amount, applicationId: step.after.id },
    });
}

/** A row with the version raised as the repository raises it. */
export function bumped(row: ApplicationRow, changes: Partial<ApplicationRow>): ApplicationRow {
  return { ...row, ...changes, version: row.version + 1 };
}
