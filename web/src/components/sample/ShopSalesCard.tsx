import { Button, Card, Drawer, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import type { ShopSalesMonth, ShopSalesRecord } from '../../api/types';
import { useRequest } from '../../hooks/useRequest';
import { useT } from '../../i18n';
import { groupDigits } from '../format';

const MONTHS = 6;
const PAGE = 20;

/** The lines under one month's figure, page by page. */
function RecordsDrawer({
  zoneCode,
  month,
  onClose,
}: {
  zoneCode: string;
  month: string | null;
  onClose: () => void;
}) {
  const t = useT();
  const [page, setPage] = useState(1);
  const { data, loading } = useRequest(
    (signal) =>
      month
        ? api.sample.shopSalesRecords({ zoneCode, month, page, pageSize: PAGE }, signal)
        : Promise.resolve(undefined),
    [zoneCode, month, page],
  );
  return (
    <Drawer
      open={month !== null}
      onClose={onClose}
      size={860}
      destroyOnHidden
      title={t('sample.recordsTitle', { month: month ?? '' })}
    >
      <Table<ShopSalesRecord>
        size="small"
        rowKey={(r) => `${r.reportId}-${r.shopId}`}
        loading={loading}
        dataSource={data?.items ?? []}
        data-testid="sample-shop-records"
        pagination={{
          current: page,
          pageSize: PAGE,
          total: data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
        }}
        columns={[
          { title: t('sample.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('sample.platform'), dataIndex: 'platform', width: 120 },
          { title: t('sample.shop'), dataIndex: 'shopName' },
          {
            title: t('sample.salesValue'),
            dataIndex: 'salesValue',
            align: 'right',
            render: (v: string) => groupDigits(v),
          },
          { title: t('sample.orders'), dataIndex: 'orders', align: 'right', width: 90 },
          { title: t('sample.version'), dataIndex: 'version', align: 'right', width: 70 },
        ]}
      />
    </Drawer>
  );
}

/**
 * The online sales of the zone's filed shops in the months up to `month` (株洲 实施意见 (四) 企业数据), each
 * month drilling down to its shop lines.
 */
export function ShopSalesCard({ zoneCode, month }: { zoneCode: string; month: string }) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  const fromMonth = dayjs(`${month}-01`)
    .subtract(MONTHS - 1, 'month')
    .format('YYYY-MM');
  const { data, loading } = useRequest(
    (signal) => api.sample.shopSales({ zoneCode, fromMonth, toMonth: month }, signal),
    [zoneCode, fromMonth, month],
  );
  return (
    <Card title={t('sample.shopSales')} data-testid="sample-shop-sales">
      <Typography.Paragraph type="secondary">{t('sample.shopSalesHint')}</Typography.Paragraph>
      <Table<ShopSalesMonth>
        size="small"
        rowKey="month"
        pagination={false}
        loading={loading}
        dataSource={[...(data?.months ?? [])].reverse()}
        columns={[
          { title: t('sample.month'), dataIndex: 'month', width: 100 },
          {
            title: t('sample.salesValue'),
            dataIndex: 'salesValue',
            align: 'right',
            render: (v: string, row) => (
              <Button type="link" size="small" disabled={!row.shops} onClick={() => setOpen(row.month)}>
                {groupDigits(v)}
              </Button>
            ),
          },
          { title: t('sample.orders'), dataIndex: 'orders', align: 'right' },
          { title: t('sample.shopCount'), dataIndex: 'shops', align: 'right', width: 80 },
          { title: t('sample.enterpriseCount'), dataIndex: 'enterprises', align: 'right', width: 80 },
        ]}
        summary={() =>
          data && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('sample.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {groupDigits(data.total.salesValue)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {data.total.orders}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} />
              <Table.Summary.Cell index={4} />
            </Table.Summary.Row>
          )
        }
      />
      <RecordsDrawer key={open ?? ''} zoneCode={zoneCode} month={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
