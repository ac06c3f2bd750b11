import { DatePicker, Tag } from 'antd';
import dayjs from 'dayjs';
import type { ClimateAnswer, ReportingStatus, User } from '../../api/types';
import { useZonePicker } from '../../hooks/useZonePicker';
import { useT, type MessageKey } from '../../i18n';

/** The sample module's permissions, as the server lists them for the user. */
export const canManageSamples = (u: User) => u.permissions.includes('sample:manage');
export const canReadSamples = (u: User) => u.permissions.includes('statistics:read');
export const canReportMonthly = (u: User) => u.permissions.includes('sample:report');

export const CLIMATE_ANSWERS: readonly ClimateAnswer[] = ['up', 'flat', 'down'];

/** The month a moment falls in on the China calendar (UTC+8), whatever the browser's time zone. */
function chinaMonth(at: number): string {
  return new Date(at + 8 * 3600_000).toISOString().slice(0, 7);
}

/** The latest month that has ended in China: the month a report is usually filed for. */
export function lastEndedMonth(now = Date.now()): string {
  return dayjs(`${chinaMonth(now)}-01`)
    .subtract(1, 'month')
    .format('YYYY-MM');
}

/** Whether a month has ended in China. */
export function monthEnded(month: string, now = Date.now()): boolean {
  return month < chinaMonth(now);
}

const STATUS_COLORS: Record<ReportingStatus, string> = {
  reported: 'success',
  reported_late: 'warning',
  late: 'error',
  awaiting: 'processing',
};

export function ReportingStatusTag({
  status,
  testId,
  enterprise,
}: {
  status: ReportingStatus | null;
  testId?: string;
  enterprise?: string;
}) {
  const t = useT();
  if (status === null)
    return (
      <Tag data-testid={testId} data-status="none" data-enterprise={enterprise}>
        {t('sample.notRequired')}
      </Tag>
    );
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status} data-enterprise={enterprise}>
      {t(`sample.status.${status}` as MessageKey)}
    </Tag>
  );
}

/** A month picker whose value is 'YYYY-MM' text; months after `maxMonth` cannot be chosen. */
export function MonthPicker({
  value,
  onChange,
  maxMonth,
  allowClear = false,
  testId,
  placeholder,
}: {
  value?: string | null;
  onChange?: (month: string | null) => void;
  maxMonth?: string;
  allowClear?: boolean;
  testId?: string;
  placeholder?: string;
}) {
  return (
    <DatePicker
      picker="month"
      format="YYYY-MM"
      allowClear={allowClear}
      placeholder={placeholder}
      value={value ? dayjs(`${value}-01`) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM') : null)}
      disabledDate={maxMonth ? (d) => d.format('YYYY-MM') > maxMonth : undefined}
      data-testid={testId}
    />
  );
}

/** The zone a sample page shows (every zone may keep a sample). */
export const useSampleZone = () => useZonePicker({ testId: 'sample-zone' });
