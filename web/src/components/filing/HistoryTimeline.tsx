import { Card, Empty, Timeline, Typography } from 'antd';
import type { FilingHistoryItem, FilingStatus } from '../../api/types';
import { useT } from '../../i18n';
import { formatDateTime } from '../format';
import { useLabels } from '../labels';
import { StatusTag } from '../StatusTag';

const colors: Partial<Record<FilingStatus, string>> = {
  approved: 'green',
  returned: 'red',
  change_returned: 'red',
  submitted: 'blue',
  change_submitted: 'blue',
};

/** The filing's history, newest first. */
export function HistoryTimeline({ history }: { history: FilingHistoryItem[] }) {
  const t = useT();
  const labels = useLabels();
  const actionLabel = (action: string) => labels.action(`enterprise.${action}`).replace(/^enterprise\./, '');
  const items = [...history]
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((item) => ({
      key: item.id,
      color: colors[item.toStatus] ?? 'gray',
      title: formatDateTime(item.at),
      content: (
        <div data-testid="history-item">
          <Typography.Text strong>{actionLabel(item.action)}</Typography.Text>{' '}
          <StatusTag status={item.toStatus} />
          {item.actorName && (
            <Typography.Text type="secondary"> {t('history.by', { name: item.actorName })}</Typography.Text>
          )}
          {item.reason && (
            <div>
              <Typography.Text type="danger">
                {t('filing.returnReason')}
                {t('common.colon')}
                {item.reason}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    }));
  return (
    <Card title={t('filing.history')}>
      {items.length ? <Timeline items={items} /> : <Empty description={t('filing.noHistory')} />}
    </Card>
  );
}
