import { Card, Descriptions, Drawer, Empty, Space, Table, Tag, Typography } from 'antd';
import { api } from '../../api/endpoints';
import { CLIMATE_QUESTIONS, type SampleReport } from '../../api/types';
import { useRequest } from '../../hooks/useRequest';
import { useT, type MessageKey } from '../../i18n';
import { formatDateTime } from '../format';
import { groupDigits } from '../format';

export interface HistoryTarget {
  enterpriseId: string;
  month: string;
}

function Version({ report }: { report: SampleReport }) {
  const t = useT();
  return (
    <Card
      size="small"
      data-testid="sample-history-version"
      data-version={report.version}
      title={
        <Space wrap>
          <span>{t('sample.versionN', { version: report.version })}</span>
          <Tag>{t(`sample.source.${report.source}` as MessageKey)}</Tag>
          {report.afterDue && <Tag color="warning">{t('sample.afterDue')}</Tag>}
        </Space>
      }
      extra={
        <Typography.Text type="secondary">
          {report.reportedBy ?? '—'} · {formatDateTime(report.reportedAt)}
        </Typography.Text>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('sample.correctionReason')} span={2}>
          {report.correctionReason ?? t('sample.firstVersion')}
        </Descriptions.Item>
        <Descriptions.Item label={t('sample.onlineValue')}>
          {groupDigits(report.onlineValue)}
        </Descriptions.Item>
        <Descriptions.Item label={t('sample.orders')}>{report.orders}</Descriptions.Item>
        <Descriptions.Item label={t('sample.activeShops')}>{report.activeShops}</Descriptions.Item>
        <Descriptions.Item label={t('sample.staff')}>
          {report.staff}（{t('sample.cbecStaff')} {report.cbecStaff}）
        </Descriptions.Item>
        {CLIMATE_QUESTIONS.map((q) => (
          <Descriptions.Item key={q} label={t(`sample.q.${q}` as MessageKey)}>
            {t(`sample.answer.${report.climate[q]}` as MessageKey)}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Table
        size="small"
        rowKey="shopId"
        pagination={false}
        dataSource={report.shops}
        locale={{ emptyText: t('sample.noShopLines') }}
        columns={[
          { title: t('sample.platform'), dataIndex: 'platform', width: 140 },
          { title: t('sample.shop'), dataIndex: 'shopName' },
          {
            title: t('sample.salesValue'),
            dataIndex: 'salesValue',
            align: 'right',
            render: (v: string) => groupDigits(v),
          },
          { title: t('sample.orders'), dataIndex: 'orders', align: 'right', width: 100 },
        ]}
      />
    </Card>
  );
}

/** Every version of an enterprise's month, newest first, with who filed it, when and why. */
export function ReportHistoryDrawer({
  target,
  onClose,
}: {
  target: HistoryTarget | null;
  onClose: () => void;
}) {
  const t = useT();
  const { data, loading } = useRequest(
    (signal) =>
      target ? api.sample.history(target.enterpriseId, target.month, signal) : Promise.resolve(undefined),
    [target?.enterpriseId, target?.month],
  );
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={760}
      destroyOnHidden
      title={
        data
          ? t('sample.historyTitle', { name: data.enterpriseName, month: data.month })
          : t('sample.history')
      }
      data-testid="sample-history"
    >
      {!data && !loading && <Empty />}
      {data && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('sample.dueDate', { date: data.dueDate })}</Typography.Text>
          {data.versions.map((v) => (
            <Version key={v.id} report={v} />
          ))}
        </Space>
      )}
    </Drawer>
  );
}
