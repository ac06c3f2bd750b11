/**
 * Subsidies (奖补): applications pinned to the policy engine's evaluation, reviews by the commerce and
 * finance bureaus, the leading group office's approval, public notice with objections, disbursement,
 * and budgets per zone, fund and year that are never overspent. README.md beside this file.
 */
export { createApplication } from './create-application.js';
export { updateApplication } from './update-application.js';
export { uploadEvidence } from './upload-evidence.js';
export { deleteEvidence } from './delete-evidence.js';
export { downloadEvidence } from './download-evidence.js';
export { submitApplication } from './submit-application.js';
export { reviewByCommerce } from './review-by-commerce.js';
export { reviewByFinance } from './review-by-finance.js';
export { approveByLeadingGroup } from './approve-by-leading-group.js';
export { publishNotice } from './publish-notice.js';
export { fileObjection } from './file-objection.js';
export { resolveObjection } from './resolve-objection.js';
export { closeNotice } from './close-notice.js';
export { recordDisbursement } from './record-disbursement.js';
export { listApplications } from './list-applications.js';
export { getApplication, type ApplicationDetail } from './get-application.js';
export { createBudget } from './create-budget.js';
export { adjustBudget } from './adjust-budget.js';
export { listBudgets } from './list-budgets.js';
export { listNotices } from './list-notices.js';
export { getNotice, getNoticeForReview, type NoticeView } from './get-notice.js';
export { listSubsidyItems } from './list-subsidy-items.js';
export {
  runEntitlement,
  type EntitlementCounts,
  type EntitlementProgress,
  type EntitlementRunSummary,
} from './run-entitlement.js';
export { listEntitlements } from './list-entitlements.js';
export { markEntitlementRead } from './mark-entitlement-read.js';
export type { EntitlementView } from './entitlement-view.js';
export type { EntitlementItem } from './entitlement-rules.js';
export type {
  ApplicationView,
  BudgetView,
  DisbursementView,
  EvidenceView,
  ObjectionView,
} from './subsidy-view.js';
export type { PinnedEvaluation, PinnedItem } from './subsidy-rules.js';
export * from './subsidy.schemas.js';
export { SUBSIDY_TRANSITIONS, SUBSIDY_ACTION_PERMISSION, BUDGET_BUCKET } from './subsidy-status.js';
