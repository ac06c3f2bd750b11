import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedActions, transition } from '../../shared/state-machine.js';
import { FILING_STATUSES, type FilingStatus } from './enterprise.schemas.js';
import { FILING_TRANSITIONS, type FilingAction } from './filing-status.js';

/** The filing flow, written out edge by edge: [from, action, to]. */
const EDGES: [FilingStatus, FilingAction, FilingStatus][] = [
  ['draft', 'submit', 'submitted'],
  ['returned', 'submit', 'submitted'],
  ['submitted', 'approve', 'approved'],
  ['submitted', 'return', 'returned'],
  ['approved', 'submit_change', 'change_submitted'],
  ['change_returned', 'submit_change', 'change_submitted'],
  ['change_submitted', 'approve_change', 'approved'],
  ['change_submitted', 'return_change', 'change_returned'],
];

describe('filing status flow', () => {
  it('allows every listed edge', () => {
    for (const [from, action, to] of EDGES)
      assert.deepEqual(transition(FILING_TRANSITIONS, from, action), { ok: true, to });
  });

  it('refuses every other (state, action) pair', () => {
    const actions = Object.keys(FILING_TRANSITIONS) as FilingAction[];
    let refused = 0;
    for (const from of FILING_STATUSES)
      for (const action of actions) {
        if (EDGES.some(([f, a]) => f === from && a === action)) continue;
        assert.equal(transition(FILING_TRANSITIONS, from, action).ok, false, `${from} --${action}-->`);
        refused++;
      }
    assert.equal(refused, FILING_STATUSES.length * actions.length - EDGES.length);
  });

  it('every state is reachable from draft and approved is never a dead end', () => {
    const reached = new Set<FilingStatus>(['draft']);
    for (let i = 0; i < FILING_STATUSES.length; i++)
      for (const [from, , to] of EDGES) if (reached.has(from)) reached.add(to);
    assert.deepEqual([...reached].sort(), [...FILING_STATUSES].sort());
    assert.deepEqual(allowedActions(FILING_TRANSITIONS, 'approved'), ['submit_change']);
  });
});
