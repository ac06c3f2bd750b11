import { Select, Tag } from 'antd';
import { useState } from 'react';
import type { GoalStatus, GovernanceReport, GovernanceTaskStatus } from '../../api/types';
import { isProvincial, useUser } from '../../auth/context';
import { useZones } from '../../hooks/useZones';
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

/**
 * The zone a page shows: a zone's users always see their own; provincial users choose (Zhuzhou first).
 * Returns the zone and, for provincial users, a selector.
 */
export function useGovernanceZone() {
  const user = useUser();
  const t = useT();
  const { options } = useZones();
  const [chosen, setChosen] = useState('zhuzhou');
  const provincial = isProvincial(user);
  const zoneCode = provincial ? chosen : (user.zoneCode ?? chosen);
  const selector = provincial ? (
    <Select
      style={{ width: 260 }}
      value={chosen}
      onChange={setChosen}
      aria-label={t('common.zone')}
      options={options.filter((o) => GOVERNANCE_ZONES.includes(o.value))}
      data-testid="gov-zone"
    />
  ) : null;
  return { zoneCode, selector };
}

/** Groups the integer part of an exact decimal string by thousands, keeping every digit. */
export function groupDigits(value: string): string {
  const [int = '', frac] = value.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
