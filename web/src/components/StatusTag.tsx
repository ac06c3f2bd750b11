import { Tag } from 'antd';
import type { FilingStatus } from '../api/types';
import { useLabels } from './labels';

const colors: Record<FilingStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  returned: 'error',
  approved: 'success',
  change_submitted: 'orange',
  change_returned: 'volcano',
};

export function StatusTag({ status, testId }: { status: FilingStatus; testId?: string }) {
  const labels = useLabels();
  return (
    <Tag color={colors[status] ?? 'default'} data-testid={testId} data-status={status}>
      {labels.status(status)}
    </Tag>
  );
}
