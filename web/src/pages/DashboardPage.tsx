import { DesktopOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Segmented,
  Space,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useState, type HTMLAttributes, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import {
  GOVERNANCE_TASK_STATUSES,
  type DevelopmentIndex,
  type IndexWeighting,
  type ParcelFlow,
  type StatBreakdownRow,
  type StatCompared,
} from '../api/types';
import { useUser } from '../auth/context';
import { TaskStatusTag } from '../components/governance/common';
import { useLabels } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import {
  BreakdownBarChart,
  GoalGauges,
  IndexChart,
  TradeModeChart,
  TrendChart,
} from '../components/statistics/charts';
import {
  chinaMonth,
  dollars,
  Growth,
  monthsOfPeriod,
  PeriodPicker,
  periodHolding,
  periodLabel,
  quarterBefore,
  StatZoneSelect,
  useRowTarget,
  useStatParams,
  yuan,
  type DrillTarget,
} from '../components/statistics/common';
import { DrillDownDrawer } from '../components/statistics/DrillDownDrawer';
import { WorldMapChart } from '../components/statistics/WorldMap';
import '../components/statistics/statistics.css';
import { useRequest } from '../hooks/useRequest';
import { useZones } from '../hooks/useZones';
import { useI18n, type MessageKey } from '../i18n';

/** Quarters the development index chart spans, up to the page's period. */
const INDEX_QUARTERS = 8;

function KpiCard({
  title,
  figure,
  testId,
  onDrill,
}: {
  title: string;
  figure: StatCompared | undefined;
  testId: string;
  onDrill?: () => void;
}) {
  const { t } = useI18n();
  return (
    <Card
      className="stat-kpi"
      loading={!figure}
      data-testid={testId}
      data-cny={figure?.value.cny}
      data-usd={figure?.value.usd ?? ''}
      data-parcels={figure?.parcels ?? ''}
    >
      {figure && (
        <>
          <Flex justify="space-between" align="center">
            <Typography.Text type="secondary">{title}</Typography.Text>
            {onDrill && (
              <Button type="link" size="small" onClick={onDrill} data-testid={`${testId}-drill`}>
                {t('stat.viewRecords')}
              </Button>
            )}
          </Flex>
          <div className="stat-kpi-value" data-testid={`${testId}-cny`}>
            {yuan(figure.value.cny)}
          </div>
          <div className="stat-kpi-sub" data-testid={`${testId}-usd`}>
            {dollars(figure.value.usd)} · {t('stat.parcelsN', { n: figure.parcels ?? 0 })}
          </div>
          <div style={{ marginTop: 6 }}>
            <Growth label={t('stat.mom')} value={figure.mom} testId={`${testId}-mom`} />
            <Growth label={t('stat.yoy')} value={figure.yoy} testId={`${testId}-yoy`} />
          </div>
        </>
      )}
    </Card>
  );
}

function Panel({
  title,
  extra,
  children,
  testId,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card title={title} extra={extra} size="small" style={{ height: '100%' }} data-testid={testId}>
      {children}
    </Card>
  );
}

/** The index, or null where the platform does not compute it yet (404). */
async function indexOrNull(
  query: Parameters<typeof api.statistics.developmentIndex>[0],
  signal: AbortSignal,
): Promise<DevelopmentIndex | null> {
  try {
    return await api.statistics.developmentIndex(query, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * 数据看板: the zone's cross-border e-commerce trade in a period from the released inventories — KPIs,
 * trend, trade modes, countries, chapters, enterprises, parks and counties, the goals, the task board and
 * the development index. Every chart element opens the records under it.
 */
export default function DashboardPage() {
  const { t, pick, lang } = useI18n();
  const user = useUser();
  const labels = useLabels();
  const { zoneShort } = useZones();
  const { search } = useLocation();
  const navigate = useNavigate();
  const params = useStatParams('month');
  const { query, kind, at, flow, governanceZone } = params;
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [weighting, setWeighting] = useState<IndexWeighting>('expert');
  const [tick, setTick] = useState(0);
  const targetOf = useRowTarget();

  const overview = useRequest((s) => api.statistics.overview(query, s), [query, tick]);
  const trend = useRequest((s) => api.statistics.trend({ ...query, count: 12 }, s), [query, tick]);
  const breakdown =
    (by: 'country' | 'hsChapter' | 'enterprise' | 'park' | 'district', limit: number) => (s: AbortSignal) =>
      api.statistics.breakdown({ ...query, by, limit }, s);
  // Every country: the map shades all of them, the bar shows the first ten.
  const countries = useRequest(breakdown('country', 250), [query, tick]);
  const chapters = useRequest(breakdown('hsChapter', 10), [query, tick]);
  const enterprises = useRequest(breakdown('enterprise', 10), [query, tick]);
  const parks = useRequest(breakdown('park', 10), [query, tick]);
  const districts = useRequest(breakdown('district', 20), [query, tick]);
  const goals = useRequest(
    (s) => (governanceZone ? api.governance.goals(governanceZone, s) : Promise.resolve(null)),
    [governanceZone, tick],
  );
  const board = useRequest(
    (s) => (governanceZone ? api.governance.board(governanceZone, s) : Promise.resolve(null)),
    [governanceZone, tick],
  );
  // The index is quarterly: the quarters up to the page's period, at most to the last ended quarter.
  const toQuarter = [
    periodHolding('quarter', monthsOfPeriod(kind, at)[1]),
    quarterBefore(periodHolding('quarter', chinaMonth()), 1),
  ].sort()[0]!;
  const fromQuarter = quarterBefore(toQuarter, INDEX_QUARTERS - 1);
  const index = useRequest(
    (s) => indexOrNull({ zoneCode: params.zoneCode, from: fromQuarter, to: toQuarter, weighting }, s),
    [params.zoneCode, fromQuarter, toQuarter, weighting, tick],
  );

  const o = overview.data;
  const scopeName = params.zoneCode
    ? zoneShort(params.zoneCode)
    : user.zoneCode
      ? zoneShort(user.zoneCode)
      : t('app.province');

  const rankColumns: TableColumnsType<StatBreakdownRow> = [
    { title: '#', key: 'rank', width: 44, render: (_, __, i) => i + 1 },
    {
      title: t('stat.by.enterprise'),
      key: 'name',
      ellipsis: { showTitle: false },
      render: (_, r) => (
        <Tooltip title={`${pick(r.label, r.labelEn)}（${r.key || '—'}）`}>
          <span>{pick(r.label, r.labelEn)}</span>
        </Tooltip>
      ),
    },
    {
      title: t('stat.valueCny'),
      key: 'cny',
      align: 'right',
      width: 150,
      render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{yuan(r.value.cny)}</span>,
    },
    {
      title: t('stat.share'),
      dataIndex: 'share',
      align: 'right',
      width: 80,
      render: (s: string | null) => (s === null ? '—' : `${s}%`),
    },
    {
      title: t('stat.yoy'),
      dataIndex: 'yoy',
      align: 'right',
      width: 100,
      render: (y: string | null) => <Growth label="" value={y} />,
    },
    {
      title: t('stat.records'),
      key: 'drill',
      width: 76,
      render: (_, r) => {
        const target = targetOf('enterprise', r);
        return (
          target && (
            <Button
              type="link"
              size="small"
              onClick={(e) => {
                e.stopPropagation();
                setDrill(target);
              }}
              data-testid="rank-drill"
            >
              {t('stat.view')}
            </Button>
          )
        );
      },
    },
  ];

  const kpiDrill = (title: string, f: ParcelFlow | undefined, figure: StatCompared | undefined) => () =>
    setDrill({ title, filter: f ? { flow: f } : {}, figure: figure?.value });

  return (
    <div
      className="page-stack"
      data-testid="dashboard"
      data-period={kind}
      data-at={at}
      data-zone={params.zoneCode ?? user.zoneCode ?? ''}
      data-flow={flow ?? ''}
    >
      <PageTitle
        extra={
          <Space wrap>
            <StatZoneSelect value={params.zoneCode} onChange={(zone) => params.set({ zone })} />
            <PeriodPicker kind={kind} at={at} onChange={(period, next) => params.set({ period, at: next })} />
            <Segmented<ParcelFlow | ''>
              value={flow ?? ''}
              onChange={(f) => params.set({ flow: f })}
              options={[
                { value: '', label: t('common.all') },
                { value: 'import', label: labels.flow('import') },
                { value: 'export', label: labels.flow('export') },
              ]}
              aria-label={t('stat.flow')}
              data-testid="stat-flow"
            />
            <Tooltip title={t('common.refresh')}>
              <Button
                icon={<ReloadOutlined />}
                onClick={() => setTick((n) => n + 1)}
                aria-label={t('common.refresh')}
                data-testid="stat-refresh"
              />
            </Tooltip>
            <Button
              type="primary"
              icon={<DesktopOutlined />}
              onClick={() => void navigate(`/bigscreen${search}`)}
              data-testid="stat-bigscreen"
            >
              {t('stat.bigScreen')}
            </Button>
          </Space>
        }
      >
        {t('stat.dashboardTitle')}
      </PageTitle>
      <Typography.Text type="secondary" data-testid="stat-scope">
        {scopeName} · {periodLabel(kind, at, lang)}
        {flow ? ` · ${labels.flow(flow)}` : ''} · {t('stat.source')}
      </Typography.Text>

      {o && o.rates.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('stat.ratesMissing')}
          description={o.rates.missing.map((m) => `${m.month} ${labels.currency(m.currency)}`).join('、')}
          data-testid="stat-rates-missing"
        />
      )}
      {o && o.rates.noUsd.length > 0 && (
        <Alert type="info" showIcon title={t('stat.noUsd', { months: o.rates.noUsd.join('、') })} />
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <KpiCard
            title={t('stat.kpiTotal')}
            figure={o?.total}
            testId="kpi-total"
            onDrill={kpiDrill(t('stat.kpiTotal'), undefined, o?.total)}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <KpiCard
            title={t('stat.kpiImport')}
            figure={o?.import}
            testId="kpi-import"
            onDrill={kpiDrill(t('stat.kpiImport'), 'import', o?.import)}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <KpiCard
            title={t('stat.kpiExport')}
            figure={o?.export}
            testId="kpi-export"
            onDrill={kpiDrill(t('stat.kpiExport'), 'export', o?.export)}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Card
            className="stat-kpi"
            loading={!o}
            data-testid="kpi-enterprises"
            data-count={o?.activeEnterprises}
          >
            <Typography.Text type="secondary">{t('stat.kpiEnterprises')}</Typography.Text>
            <div className="stat-kpi-value">{o?.activeEnterprises}</div>
            <div className="stat-kpi-sub">{t('stat.kpiEnterprisesHint')}</div>
            <div
              className="stat-kpi-sub"
              data-testid="kpi-shop-sales"
              data-value={o?.shopSales.value}
              title={t('stat.kpiShopSalesHint')}
            >
              {t('stat.kpiShopSales')}：{o ? yuan(o.shopSales.value) : '—'}
            </div>
          </Card>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Panel title={t('stat.trendTitle')}>
            <TrendChart trend={trend.data} kind={kind} onDrill={setDrill} />
          </Panel>
        </Col>
        <Col xs={24} xl={8}>
          <Panel title={t('stat.tradeModeTitle')}>
            <TradeModeChart overview={o} onDrill={setDrill} />
          </Panel>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Panel title={t('stat.mapTitle')}>
            <WorldMapChart breakdown={countries.data} onDrill={setDrill} />
          </Panel>
        </Col>
        <Col xs={24} xl={8}>
          <Panel title={t('stat.countryTitle')}>
            <BreakdownBarChart
              breakdown={countries.data}
              by="country"
              testId="chart-country"
              title={t('stat.countryTitle')}
              height={420}
              onDrill={setDrill}
            />
          </Panel>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Panel title={t('stat.chapterTitle')}>
            <BreakdownBarChart
              breakdown={chapters.data}
              by="hsChapter"
              horizontal={false}
              testId="chart-chapter"
              title={t('stat.chapterTitle')}
              onDrill={setDrill}
            />
          </Panel>
        </Col>
        <Col xs={24} xl={12}>
          <Panel title={t('stat.rankTitle')} testId="stat-rank">
            <Table<StatBreakdownRow>
              size="small"
              rowKey="key"
              pagination={false}
              loading={enterprises.loading && !enterprises.data}
              columns={rankColumns}
              dataSource={enterprises.data?.rows ?? []}
              onRow={(r) => {
                const target = targetOf('enterprise', r);
                return {
                  'data-testid': 'rank-row',
                  'data-key': r.key,
                  'data-cny': r.value.cny,
                  style: target ? { cursor: 'pointer' } : undefined,
                  onClick: target ? () => setDrill(target) : undefined,
                } as HTMLAttributes<HTMLElement>;
              }}
              locale={{ emptyText: t('stat.noTrade') }}
            />
          </Panel>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Panel title={t('stat.parkTitle')}>
            <BreakdownBarChart
              breakdown={parks.data}
              by="park"
              testId="chart-park"
              title={t('stat.parkTitle')}
              height={280}
              onDrill={setDrill}
            />
          </Panel>
        </Col>
        <Col xs={24} xl={12}>
          <Panel title={t('stat.districtTitle')}>
            <BreakdownBarChart
              breakdown={districts.data}
              by="district"
              testId="chart-district"
              title={t('stat.districtTitle')}
              height={280}
              onDrill={setDrill}
            />
          </Panel>
        </Col>
      </Row>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Panel title={t('stat.goalsTitle')} extra={<Link to="/goals">{t('stat.toGoals')}</Link>}>
            {!governanceZone ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stat.chooseZone')} />
            ) : goals.data ? (
              <GoalGauges goals={goals.data.goals} />
            ) : null}
          </Panel>
        </Col>
        <Col xs={24} xl={8}>
          <Panel
            title={t('stat.boardTitle')}
            extra={
              <Link to="/tasks" data-testid="stat-board-link">
                {t('stat.toTasks')}
              </Link>
            }
            testId="stat-board"
          >
            {!governanceZone ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stat.chooseZone')} />
            ) : board.data ? (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {GOVERNANCE_TASK_STATUSES.map((s) => (
                  <Flex key={s} justify="space-between" align="center">
                    <TaskStatusTag status={s} />
                    <Link
                      to="/tasks"
                      data-testid={`stat-board-${s}`}
                      data-count={board.data!.totals[s]}
                      aria-label={`${t(`gov.status.${s}` as MessageKey)} ${board.data!.totals[s]}`}
                    >
                      <Typography.Text
                        strong
                        type={s === 'overdue' && board.data!.totals[s] ? 'danger' : undefined}
                      >
                        {board.data!.totals[s]}
                      </Typography.Text>
                    </Link>
                  </Flex>
                ))}
                <Flex justify="space-between" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
                  <Typography.Text strong>{t('gov.total')}</Typography.Text>
                  <Typography.Text strong data-testid="stat-board-total" data-count={board.data.total}>
                    {board.data.total}
                  </Typography.Text>
                </Flex>
                <Typography.Text type="secondary">{t('gov.asOf', { date: board.data.asOf })}</Typography.Text>
              </Space>
            ) : null}
          </Panel>
        </Col>
      </Row>

      <Panel
        title={t('stat.indexTitle')}
        testId="stat-index"
        extra={
          <Segmented<IndexWeighting>
            size="small"
            value={weighting}
            onChange={setWeighting}
            options={[
              { value: 'expert', label: t('stat.index.expert') },
              { value: 'entropy', label: t('stat.index.entropy') },
            ]}
            aria-label={t('stat.index.weighting')}
          />
        }
      >
        {index.data ? (
          <>
            <IndexChart index={index.data} />
            <Typography.Text type="secondary">
              {t('stat.index.base', { quarter: index.data.baseQuarter })}
            </Typography.Text>
          </>
        ) : (
          !index.loading && (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('stat.index.unavailable')}
              data-testid="stat-index-empty"
            />
          )
        )}
      </Panel>

      <DrillDownDrawer target={drill} base={query} onClose={() => setDrill(null)} />
    </div>
  );
}
