import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ROLES, type Role } from '../../shared/context.js';
import { can } from '../../shared/permissions.js';
import { allowedActions, transition } from '../../shared/state-machine.js';
import { budgetMove } from './subsidy-rules.js';
import { SUBSIDY_STATUSES, type SubsidyStatus } from './subsidy.schemas.js';
import {
  BUDGET_BUCKET,
  COUNTS_FOR_CAPS,
  HOLDS_ITEMS,
  SUBSIDY_ACTION_PERMISSION,
  SUBSIDY_TRANSITIONS,
  type SubsidyAction,
} from './subsidy-status.js';

/** The flow written out edge by edge: [from, action, to, the one role that takes it, budget move]. */
const EDGES: [SubsidyStatus, SubsidyAction, SubsidyStatus, Role, string][] = [
  ['draft', 'submit', 'submitted', 'enterprise', 'none'],
  ['returned', 'submit', 'submitted', 'enterprise', 'none'],
  ['submitted', 'commerce_approve', 'approved_by_commerce', 'commerce', 'none→reserved'],
  ['submitted', 'commerce_return', 'returned', 'commerce', 'none'],
  ['submitted', 'commerce_reject', 'rejected', 'commerce', 'none'],
  ['approved_by_commerce', 'finance_approve', 'approved_by_finance', 'finance', 'none'],
  ['approved_by_commerce', 'finance_return', 'returned', 'finance', 'reserved→none'],
  ['approved_by_commerce', 'finance_reject', 'rejected', 'finance', 'reserved→none'],
  ['approved_by_finance', 'leading_group_approve', 'approved', 'leading_group', 'reserved→committed'],
  ['approved_by_finance', 'leading_group_reject', 'rejected', 'leading_group', 'reserved→none'],
  ['approved', 'publish', 'in_notice', 'commerce', 'none'],
  ['in_notice', 'uphold_objection', 'rejected', 'commerce', 'committed→none'],
  ['in_notice', 'close_notice', 'ready_for_disbursement', 'commerce', 'none'],
  ['ready_for_disbursement', 'disburse', 'disbursed', 'finance', 'committed→disbursed'],
];

const moveName = (from: SubsidyStatus, to: SubsidyStatus) => {
  const m = budgetMove(BUDGET_BUCKET[from], BUDGET_BUCKET[to]);
  return m ? `${m.from}→${m.to}` : 'none';
};

describe('subsidy status flow', () => {
  it('allows every listed edge, to the listed state', () => {
    for (const [from, action, to] of EDGES)
      assert.deepEqual(
        transition(SUBSIDY_TRANSITIONS, from, action),
        { ok: true, to },
        `${from} --${action}-->`,
      );
  });

  it('refuses every other (state, action) pair', () => {
    const actions = Object.keys(SUBSIDY_TRANSITIONS) as SubsidyAction[];
    let refused = 0;
    for (const from of SUBSIDY_STATUSES)
      for (const action of actions) {
        if (EDGES.some(([f, a]) => f === from && a === action)) continue;
        assert.equal(transition(SUBSIDY_TRANSITIONS, from, action).ok, false, `${from} --${action}-->`);
        refused++;
      }
    assert.equal(refused, SUBSIDY_STATUSES.length * actions.length - EDGES.length);
  });

  it('each edge is taken by exactly one role, and every other role is refused', () => {
    for (const [from, action, , role] of EDGES) {
      const allowed = ROLES.filter((r) => can(r, SUBSIDY_ACTION_PERMISSION[action]));
      assert.deepEqual(allowed, [role], `${from} --${action}--> is for ${role} only`);
    }
  });

  it('moves the approved total between the budget columns as each edge says', () => {
    for (const [from, action, to, , move] of EDGES)
      assert.equal(moveName(from, to), move, `${from} --${action}-->`);
  });

  it('rejected and disbursed are final; every state is reachable from draft', () => {
    assert.deepEqual(allowedActions(SUBSIDY_TRANSITIONS, 'rejected'), []);
    assert.deepEqual(allowedActions(SUBSIDY_TRANSITIONS, 'disbursed'), []);
    const reached = new Set<SubsidyStatus>(['draft']);
    for (let i = 0; i < SUBSIDY_STATUSES.length; i++)
      for (const [from, , to] of EDGES) if (reached.has(from)) reached.add(to);
    assert.deepEqual([...reached].sort(), [...SUBSIDY_STATUSES].sort());
  });

  it('money is counted against caps exactly where the budget holds it', () => {
    for (const s of SUBSIDY_STATUSES)
      assert.equal(COUNTS_FOR_CAPS.includes(s), BUDGET_BUCKET[s] !== 'none', s);
    for (const s of COUNTS_FOR_CAPS) assert.ok(HOLDS_ITEMS.includes(s), s);
    assert.ok(!HOLDS_ITEMS.includes('draft') && !HOLDS_ITEMS.includes('rejected'));
  });
});
