import type { Permission } from '../../shared/permissions.js';
import type { TransitionTable } from '../../shared/state-machine.js';
import type { SubsidyStatus } from './subsidy.schemas.js';

export type SubsidyAction =
  | 'submit'
  | 'commerce_approve'
  | 'commerce_return'
  | 'commerce_reject'
  | 'finance_approve'
  | 'finance_return'
  | 'finance_reject'
  | 'leading_group_approve'
  | 'leading_group_reject'
  | 'publish'
  | 'uphold_objection'
  | 'close_notice'
  | 'disburse';

/**
 * The subsidy flow (郴政办发〔2021〕3号: 市商务局拟定，经市财政局、领导小组办公室审核，报市政府批准;
 * 衡政发〔2024〕4号 三: 项目申报 → 报市人民政府批准后再拨付). The public notice sits between approval and
 * disbursement so an upheld objection still stops the money (docs/decisions/0003-subsidy-workflow.md).
 */
export const SUBSIDY_TRANSITIONS: TransitionTable<SubsidyStatus, SubsidyAction> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  commerce_approve: { from: ['submitted'], to: 'approved_by_commerce' },
  commerce_return: { from: ['submitted'], to: 'returned' },
  commerce_reject: { from: ['submitted'], to: 'rejected' },
  finance_approve: { from: ['approved_by_commerce'], to: 'approved_by_finance' },
  finance_return: { from: ['approved_by_commerce'], to: 'returned' },
  finance_reject: { from: ['approved_by_commerce'], to: 'rejected' },
  leading_group_approve: { from: ['approved_by_finance'], to: 'approved' },
  leading_group_reject: { from: ['approved_by_finance'], to: 'rejected' },
  publish: { from: ['approved'], to: 'in_notice' },
  uphold_objection: { from: ['in_notice'], to: 'rejected' },
  close_notice: { from: ['in_notice'], to: 'ready_for_disbursement' },
  disburse: { from: ['ready_for_disbursement'], to: 'disbursed' },
};

/** Who may take each action (the role table is `src/shared/permissions.ts`). */
export const SUBSIDY_ACTION_PERMISSION: Readonly<Record<SubsidyAction, Permission>> = {
  submit: 'subsidy:apply',
  commerce_approve: 'subsidy:review-commerce',
  commerce_return: 'subsidy:review-commerce',
  commerce_reject: 'subsidy:review-commerce',
  finance_approve: 'subsidy:review-finance',
  finance_return: 'subsidy:review-finance',
  finance_reject: 'subsidy:review-finance',
  leading_group_approve: 'subsidy:approve',
  leading_group_reject: 'subsidy:approve',
  publish: 'subsidy:notice',
  uphold_objection: 'subsidy:notice',
  close_notice: 'subsidy:notice',
  disburse: 'subsidy:disburse',
};

export type BudgetBucket = 'none' | 'reserved' | 'committed' | 'disbursed';

/**
 * Where an application's approved total sits in its budget in each state. Every transition moves the
 * money from the bucket of its source state to that of its target (`budgetMove`), so the budget's
 * columns always equal the sums over the applications in those states.
 */
export const BUDGET_BUCKET: Readonly<Record<SubsidyStatus, BudgetBucket>> = {
  draft: 'none',
  submitted: 'none',
  returned: 'none',
  approved_by_commerce: 'reserved',
  approved_by_finance: 'reserved',
  approved: 'committed',
  in_notice: 'committed',
  ready_for_disbursement: 'committed',
  disbursed: 'disbursed',
  rejected: 'none',
};

/** The states a user may edit the application in (the enterprise, its own). */
export const EDITABLE: readonly SubsidyStatus[] = ['draft', 'returned'];

/** An item in an application in one of these states is taken for the year: no second application. */
export const HOLDS_ITEMS: readonly SubsidyStatus[] = [
  'submitted',
  'returned',
  'approved_by_commerce',
  'approved_by_finance',
  'approved',
  'in_notice',
  'ready_for_disbursement',
  'disbursed',
];

/** Approved amounts in these states count against the per-enterprise caps of the year. */
export const COUNTS_FOR_CAPS: readonly SubsidyStatus[] = [
  'approved_by_commerce',
  'approved_by_finance',
  'approved',
  'in_notice',
  'ready_for_disbursement',
  'disbursed',
];
