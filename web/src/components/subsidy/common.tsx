import { Tag } from 'antd';
import { Decimal } from 'decimal.js';
import type { SubsidyStatus, User } from '../../api/types';
import { hasPermission } from '../../auth/context';
import { useT, type MessageKey } from '../../i18n';

const COLOR: Record<SubsidyStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  approved_by_commerce: 'cyan',
  approved_by_finance: 'geekblue',
  approved: 'blue',
  in_notice: 'purple',
  ready_for_disbursement: 'gold',
  disbursed: 'success',
  rejected: 'error',
};

export function SubsidyStatusTag({ status, testId }: { status: SubsidyStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={COLOR[status]} data-testid={testId} data-status={status}>
      {t(`sub.status.${status}` as MessageKey)}
    </Tag>
  );
}

/** Exact money: yuan strings through decimal.js, never floats. */
export const Yuan = Decimal.clone({ precision: 40 });
export const isYuan = (v: string) => /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/.test(v.trim());

/** What the calculator hands on to a new application (sessionStorage survives the login in between). */
export interface CalculatorHandoff {
  zone: string;
  year: string;
  facts: Record<string, unknown>;
  ruleIds: string[];
}
const HANDOFF_KEY = 'cbec.subsidy.fromCalculator';

export function saveHandoff(h: CalculatorHandoff): void {
  sessionStorage.setItem(HANDOFF_KEY, JSON.stringify(h));
}

/** Forgets the calculator's figures once an application was made from them. */
export function clearHandoff(): void {
  sessionStorage.removeItem(HANDOFF_KEY);
}

/** The calculator's figures, if it handed any on (kept until the draft is saved: a remount reads them again). */
export function readHandoff(): CalculatorHandoff | null {
  const raw = sessionStorage.getItem(HANDOFF_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as CalculatorHandoff;
  } catch {
    return null;
  }
}

/** The statuses a reviewer's queue shows first: the applications waiting for their role. */
export function defaultQueue(user: User): SubsidyStatus[] {
  const out: SubsidyStatus[] = [];
  if (hasPermission(user, 'subsidy:review-commerce')) out.push('submitted');
  if (hasPermission(user, 'subsidy:review-finance')) out.push('approved_by_commerce');
  if (hasPermission(user, 'subsidy:approve')) out.push('approved_by_finance');
  if (hasPermission(user, 'subsidy:notice')) out.push('approved');
  if (hasPermission(user, 'subsidy:disburse')) out.push('ready_for_disbursement');
  return out;
}
