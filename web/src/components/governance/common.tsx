import { Tag } from 'antd';
import type { GoalStatus, GovernanceReport, GovernanceTaskStatus } from '../../api/types';
import { useZonePicker } from '../../hooks/useZonePicker';
import { useT, type MessageKey } from '../../i18n';

const TASK_COLORS: Record<GovernanceTaskStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  completed: 'success',
  overdue: 'error',
};

export function TaskStatusTag({ status, testId }: { status: GovernanceTaskStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={TASK_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`gov.status.${status}` as MessageKey)}
    </Tag>
  );
}

const GOAL_COLORS: Record<GoalStatus, string> = {
  achieved: 'success',
  on_track: 'processing',
  behind: 'error',
  no_data: 'default',
};

export function GoalStatusTag({ status, testId }: { status: GoalStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={GOAL_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`gov.goal.${status}` as MessageKey)}
    </Tag>
  );
}

/** The generic name of a unit code (the task itself keeps the document's own words). */
export function useUnitName() {
  const t = useT();
  return (code: GovernanceReport['unitCode']) => t(`gov.unit.${code}` as MessageKey);
}

/** Zones with a responsibility list and goals. */
const GOVERNANCE_ZONES = ['zhuzhou', 'chenzhou'];

/** The zone a governance page shows: the zones with goals and a responsibility list. */
export const useGovernanceZone = () => useZonePicker({ zones: GOVERNANCE_ZONES, testId: 'gov-zone' });
