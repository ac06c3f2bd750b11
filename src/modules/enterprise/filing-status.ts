import type { TransitionTable } from '../../shared/state-machine.js';
import type { FilingStatus } from './enterprise.schemas.js';

export type FilingAction =
  'submit' | 'approve' | 'return' | 'submit_change' | 'approve_change' | 'return_change';

/**
 * The filing flow: draft → submitted → approved | returned (with reason) → resubmitted;
 * a change to an approved filing is held as pending and reviewed again while the approved record stays
 * in force in the shared register.
 */
export const FILING_TRANSITIONS: TransitionTable<FilingStatus, FilingAction> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'returned' },
  submit_change: { from: ['approved', 'change_returned'], to: 'change_submitted' },
  approve_change: { from: ['change_submitted'], to: 'approved' },
  return_change: { from: ['change_submitted'], to: 'change_returned' },
};

/** States in which the enterprise edits the filing itself (not yet in the register). */
export const EDITABLE_DIRECTLY: readonly FilingStatus[] = ['draft', 'returned'];
/** States in which an edit is held as a pending change to the approved filing. */
export const EDITABLE_AS_CHANGE: readonly FilingStatus[] = ['approved', 'change_returned'];
/** The states a reviewer's queue holds. */
export const AWAITING_REVIEW: readonly FilingStatus[] = ['submitted', 'change_submitted'];
