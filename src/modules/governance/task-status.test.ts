import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedActions, transition } from '../../shared/state-machine.js';
import {
  chinaDate,
  effectiveStatus,
  reportAction,
  TASK_STATUSES,
  TASK_TRANSITIONS,
  type TaskAction,
  type TaskStatus,
} from './task-status.js';

const EDGES: [TaskStatus, TaskAction, TaskStatus][] = [
  ['not_started', 'start', 'in_progress'],
  ['in_progress', 'progress', 'in_progress'],
  ['not_started', 'complete', 'completed'],
  ['in_progress', 'complete', 'completed'],
];
const ACTIONS = Object.keys(TASK_TRANSITIONS) as TaskAction[];

describe('governance task status flow', () => {
  it('allows every listed edge, to the listed state', () => {
    for (const [from, action, to] of EDGES)
      assert.deepEqual(
        transition(TASK_TRANSITIONS, from, action),
        { ok: true, to },
        `${from} --${action}-->`,
      );
  });

  it('refuses every other (state, action) pair; completed is final', () => {
    for (const from of TASK_STATUSES)
      for (const action of ACTIONS) {
        if (EDGES.some(([f, a]) => f === from && a === action)) continue;
        assert.equal(
          transition(TASK_TRANSITIONS, from, action).ok,
          false,
          `${from} --${action}--> must be refused`,
        );
      }
    assert.deepEqual(allowedActions(TASK_TRANSITIONS, 'completed'), []);
  });

  it('a lead report of 100 completes; other reports start or keep in progress', () => {
    assert.equal(reportAction('not_started', 100, true), 'complete');
    assert.equal(reportAction('in_progress', 100, true), 'complete');
    assert.equal(reportAction('not_started', 40, true), 'start');
    assert.equal(reportAction('in_progress', 40, true), 'progress');
    assert.equal(reportAction('not_started', 100, false), 'start', 'a co-unit does not complete the task');
    assert.equal(reportAction('in_progress', 100, false), 'progress');
  });

  it('overdue is computed: from the day after the due date, never for a completed task', () => {
    assert.equal(effectiveStatus('in_progress', '2026-06-30', '2026-06-30'), 'in_progress');
    assert.equal(effectiveStatus('in_progress', '2026-06-30', '2026-07-01'), 'overdue');
    assert.equal(effectiveStatus('not_started', '2026-06-30', '2026-07-01'), 'overdue');
    assert.equal(effectiveStatus('completed', '2026-06-30', '2027-01-01'), 'completed');
    assert.equal(effectiveStatus('not_started', null, '2099-01-01'), 'not_started');
  });

  it('due dates are China days', () => {
    assert.equal(chinaDate(new Date('2026-06-30T15:59:59Z')), '2026-06-30');
    assert.equal(chinaDate(new Date('2026-06-30T16:00:00Z')), '2026-07-01');
  });
});
