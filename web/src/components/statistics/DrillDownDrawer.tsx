import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Drawer, Flex, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Decimal } from 'decimal.js';
import { useEffect, useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/endpoints';
import type { StatFilter, StatQuery, StatRecord, StatRecords } from '../../api/types';
import { useRequest } from '../../hooks/useRequest';
import { useZones } from '../../hooks/useZones';
import { useI18n, type MessageKey } from '../../i18n';
import { Amount, TradeMode } from '../clearance/ParcelFields';
import { formatDateTime } from '../format';
import { useLabels } from '../labels';
import { dollars, periodLabel, yuan, type DrillTarget } from './common';

const PAGE_SIZE = 20;

/** One currency of the reconciliation: the figure as the monthly sums hold it, and the records' own sums. */
interface Reconciliation {
  currency: string;
  figureCount: number | null;
  figureValue: string | null;
  recordCount: number | null;
  recordValue: string | null;
  equal: boolean;
}

/**
 * Sets the figure beside the records per currency, unconverted: equal counts and exact equal sums.
 * Counts are parcels, or goods lines where the figure counts lines (by country or HS chapter).
 */
export function reconcile(data: StatRecords, linesCounted: boolean): Reconciliation[] {
  const records = data.records ?? [];
  const currencies = [...new Set([...data.figure, ...records].map((r) => r.currency))].sort();
  return currencies.map((currency) => {
    const f = data.figure.find((r) => r.currency === currency);
    const r = records.find((x) => x.currency === currency);
    const recordCount = r ? (linesCounted ? r.lines : r.parcels) : null;
    return {
      currency,
      figureCount: f?.count ?? null,
      figureValue: f?.value ?? null,
      recordCount,
      recordValue: r?.value ?? null,
      equal: !!f && !!r && f.count === recordCount && new Decimal(f.value).eq(r.value),
    };
  });
}

const FILTER_KEYS = ['flow', 'tradeMode', 'ebcCode', 'park', 'district', 'country', 'hsChapter'] as const;

/**
 * The released inventories under a chart element (数据穿透): the element's filter and period over the
 * page's zone, the figure and the records' sums side by side, and each record linked to its parcel.
 */
export function DrillDownDrawer({
  target,
  base,
  onClose,
}: {
  target: DrillTarget | null;
  base: StatQuery;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const labels = useLabels();
  const { zoneShort, districtName } = useZones();
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [target]);

  const query: StatQuery = target
    ? {
        ...base,
        ...(target.period ? { period: target.period.kind, at: target.period.at } : {}),
        ...target.filter,
      }
    : base;
  // The page comes alone and at once; the sums of every record under the figure (a year of the province
  // is millions of parcels) come beside it, once per figure, and fill the reconciliation and the count.
  const { data: pageData, loading } = useRequest<StatRecords | null>(
    (signal) =>
      target
        ? api.statistics.records({ ...query, page, pageSize: PAGE_SIZE, sums: false }, signal)
        : Promise.resolve(null),
    [target, base, page],
  );
  const { data, loading: summing } = useRequest<StatRecords | null>(
    (signal) =>
      target ? api.statistics.records({ ...query, page: 1, pageSize: 1 }, signal) : Promise.resolve(null),
    [target, base],
  );
  const linesCounted = Boolean(query.country || query.hsChapter);
  const rows = data ? reconcile(data, linesCounted) : [];
  const reconciled = rows.every((r) => r.equal);

  const filterText = (key: keyof StatFilter, value: string) => {
    if (key === 'flow') return labels.flow(value);
    if (key === 'district') return districtName(value);
    return value;
  };

  const recColumns: TableColumnsType<Reconciliation> = [
    { title: t('stat.currency'), dataIndex: 'currency', render: (c: string) => labels.currency(c) },
    {
      title: linesCounted ? t('stat.figureLines') : t('stat.figureParcels'),
      dataIndex: 'figureCount',
      align: 'right',
      render: (n: number | null) => n ?? '—',
    },
    {
      title: t('stat.figureValue'),
      dataIndex: 'figureValue',
      align: 'right',
      render: (v: string | null, r) => (v === null ? '—' : <Amount value={v} currency={r.currency} />),
    },
    {
      title: linesCounted ? t('stat.recordLines') : t('stat.recordParcels'),
      dataIndex: 'recordCount',
      align: 'right',
      render: (n: number | null) => n ?? '—',
    },
    {
      title: t('stat.recordValue'),
      dataIndex: 'recordValue',
      align: 'right',
      render: (v: string | null, r) => (v === null ? '—' : <Amount value={v} currency={r.currency} />),
    },
    {
      title: t('stat.check'),
      dataIndex: 'equal',
      align: 'center',
      render: (equal: boolean) =>
        equal ? (
          <CheckCircleOutlined style={{ color: '#52c41a' }} aria-label={t('stat.reconciled')} />
        ) : (
          <CloseCircleOutlined style={{ color: '#ff4d4f' }} aria-label={t('stat.notReconciled')} />
        ),
    },
  ];

  const columns: TableColumnsType<StatRecord> = [
    {
      title: t('stat.invtNo'),
      dataIndex: 'invtNo',
      render: (no: string | null, r) => (
        <Link to={`/parcels/${r.id}`} data-testid="drill-record-link">
          {no ?? r.id}
        </Link>
      ),
    },
    { title: t('stat.flow'), dataIndex: 'flow', width: 72, render: (f: string) => labels.flow(f) },
    {
      title: t('stat.tradeMode'),
      dataIndex: 'tradeMode',
      width: 90,
      render: (m: string) => <TradeMode code={m} />,
    },
    { title: t('stat.ebcCode'), dataIndex: 'ebcCode', render: (c: string | null) => c ?? '—' },
    { title: t('stat.releasedAt'), dataIndex: 'releasedAt', render: (d: string) => formatDateTime(d) },
    {
      title: t('stat.declaredValue'),
      dataIndex: 'declaredValue',
      align: 'right',
      render: (v: string, r) => <Amount value={v} currency={r.currency} />,
    },
    {
      title: t('stat.countedValue'),
      dataIndex: 'countedValue',
      align: 'right',
      render: (v: string, r) => <Amount value={v} currency={r.currency} />,
    },
    {
      title: t('stat.goods'),
      key: 'goods',
      render: (_, r) => {
        const chapters = [...new Set(r.goods.map((g) => g.hsChapter))].join('、');
        const countries = [...new Set(r.goods.map((g) => g.country))].join('、');
        return (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('stat.goodsSummary', { chapters: chapters || '—', countries: countries || '—' })}
          </Typography.Text>
        );
      },
    },
  ];

  const filterEntries = FILTER_KEYS.flatMap((k) => (query[k] ? [[k, query[k]] as const] : []));
  return (
    <Drawer open={target !== null} onClose={onClose} size={1040} title={t('stat.drillTitle')} destroyOnHidden>
      {target && (
        <div
          className="page-stack"
          data-testid="drill-drawer"
          data-period={query.period}
          data-at={query.at}
          {...Object.fromEntries(filterEntries.map(([k, v]) => [`data-${k.toLowerCase()}`, v]))}
        >
          <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="drill-title">
            {target.title}
          </Typography.Title>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label={t('common.zone')}>
              {query.zoneCode ? zoneShort(query.zoneCode) : t('stat.ownScope')}
            </Descriptions.Item>
            <Descriptions.Item label={t('stat.period')}>
              {query.period && query.at ? periodLabel(query.period, query.at, lang) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('stat.filters')} span={2}>
              <Space size={4} wrap>
                {filterEntries.length === 0 && t('stat.noFilter')}
                {filterEntries.map(([k, v]) => (
                  <Tag key={k}>
                    {t(`stat.filter.${k}` as MessageKey)}：{filterText(k, v)}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
            {target.figure && (
              <Descriptions.Item label={t('stat.chartFigure')} span={2}>
                <span data-testid="drill-chart-figure" data-cny={target.figure.cny}>
                  {yuan(target.figure.cny)}
                </span>
                <Typography.Text type="secondary"> · {dollars(target.figure.usd)}</Typography.Text>
              </Descriptions.Item>
            )}
          </Descriptions>

          <Card
            size="small"
            title={t('stat.reconciliation')}
            loading={summing && !data}
            extra={
              data &&
              (reconciled ? (
                <Tag color="success" icon={<CheckCircleOutlined />} data-testid="drill-reconciled">
                  {t('stat.reconciled')}
                </Tag>
              ) : (
                <Tag color="error" icon={<CloseCircleOutlined />} data-testid="drill-not-reconciled">
                  {t('stat.notReconciled')}
                </Tag>
              ))
            }
          >
            <Typography.Paragraph type="secondary">{t('stat.reconciliationHint')}</Typography.Paragraph>
            <Table<Reconciliation>
              size="small"
              rowKey="currency"
              pagination={false}
              columns={recColumns}
              dataSource={rows}
              onRow={(r) =>
                ({
                  'data-testid': 'drill-sum-row',
                  'data-currency': r.currency,
                  'data-figure-count': r.figureCount ?? '',
                  'data-figure-value': r.figureValue ?? '',
                  'data-record-count': r.recordCount ?? '',
                  'data-record-value': r.recordValue ?? '',
                  'data-equal': String(r.equal),
                }) as HTMLAttributes<HTMLElement>
              }
            />
          </Card>

          {data && data.total === 0 && <Alert type="info" showIcon title={t('stat.noRecords')} />}
          <Flex justify="space-between" align="center">
            <Typography.Text strong>{t('stat.recordsTitle')}</Typography.Text>
            {data?.total != null && (
              <Typography.Text type="secondary" data-testid="drill-total" data-total={data.total}>
                {t('stat.recordsCount', { total: data.total })}
              </Typography.Text>
            )}
          </Flex>
          <Table<StatRecord>
            size="small"
            rowKey="id"
            loading={loading}
            columns={columns}
            dataSource={pageData?.items ?? []}
            scroll={{ x: 960 }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              // Until the count arrives: this page, and one more if it is full.
              total:
                data?.total ??
                (page - 1) * PAGE_SIZE +
                  (pageData?.items.length ?? 0) +
                  (pageData?.items.length === PAGE_SIZE ? 1 : 0),
              showSizeChanger: false,
              hideOnSinglePage: true,
              onChange: setPage,
            }}
            data-testid="drill-records"
          />
        </div>
      )}
    </Drawer>
  );
}
