import { ArrowLeftOutlined, FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import { App, Button, ConfigProvider, Empty, Space, Tooltip, theme } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api/endpoints';
import type { StatCompared } from '../api/types';
import { useUser } from '../auth/context';
import { LangSwitch } from '../components/LangSwitch';
import { BreakdownBarChart, GoalGauges, TradeModeChart, TrendChart } from '../components/statistics/charts';
import {
  chinaMonth,
  dollars,
  Growth,
  monthsOfPeriod,
  periodLabel,
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
import { useI18n } from '../i18n';

/** The screen reloads its figures every minute. */
const REFRESH_MS = 60_000;

function Clock() {
  const { lang } = useI18n();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  const text = now.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
  return (
    <time className="bigscreen-clock" dateTime={now.toISOString()} data-testid="bigscreen-clock">
      {text}
    </time>
  );
}

function Kpi({ label, figure, testId }: { label: string; figure: StatCompared | undefined; testId: string }) {
  const { t } = useI18n();
  return (
    <div className="bigscreen-kpi" data-testid={testId} data-cny={figure?.value.cny ?? ''}>
      <div className="bigscreen-kpi-label">{label}</div>
      <div className="bigscreen-kpi-value">{figure ? yuan(figure.value.cny) : '—'}</div>
      {figure && (
        <div className="bigscreen-kpi-sub">
          {dollars(figure.value.usd)}
          <br />
          <Growth label={t('stat.mom')} value={figure.mom} />
          <Growth label={t('stat.yoy')} value={figure.yoy} />
        </div>
      )}
    </div>
  );
}

function Panel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="bigscreen-panel" aria-label={title} data-testid={testId}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function FullscreenButton() {
  const { t } = useI18n();
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const label = full ? t('stat.exitFullscreen') : t('stat.fullscreen');
  return (
    <Tooltip title={label}>
      <Button
        className="bigscreen-button"
        icon={full ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
        aria-label={label}
        onClick={() =>
          void (full ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(
            () => undefined,
          )
        }
      />
    </Tooltip>
  );
}

function BigScreen() {
  const { t, lang } = useI18n();
  const user = useUser();
  const { zoneShort } = useZones();
  const { search } = useLocation();
  const navigate = useNavigate();
  const params = useStatParams('year');
  const { query, kind, at, governanceZone } = params;
  const targetOf = useRowTarget();
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [tick, setTick] = useState(0);
  const [refreshedAt, setRefreshedAt] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => {
      setTick((n) => n + 1);
      setRefreshedAt(new Date());
    }, REFRESH_MS);
    return () => clearInterval(id);
  }, []);

  // The twelve months up to the period's last month, or up to this month while the period runs.
  const trendTo = [monthsOfPeriod(kind, at)[1], chinaMonth()].sort()[0]!;
  const overview = useRequest((s) => api.statistics.overview(query, s), [query, tick]);
  const trend = useRequest(
    (s) => api.statistics.trend({ ...query, period: 'month', at: trendTo, count: 12 }, s),
    [query, trendTo, tick],
  );
  const countries = useRequest(
    (s) => api.statistics.breakdown({ ...query, by: 'country', limit: 250 }, s),
    [query, tick],
  );
  const enterprises = useRequest(
    (s) => api.statistics.breakdown({ ...query, by: 'enterprise', limit: 10 }, s),
    [query, tick],
  );
  const goals = useRequest(
    (s) => (governanceZone ? api.governance.goals(governanceZone, s) : Promise.resolve(null)),
    [governanceZone, tick],
  );

  const o = overview.data;
  const scope = params.zoneCode
    ? zoneShort(params.zoneCode)
    : user.zoneCode
      ? zoneShort(user.zoneCode)
      : t('app.province');
  const timeText = refreshedAt.toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai',
    hour12: false,
  });

  return (
    <main className="bigscreen" data-testid="bigscreen" data-period={kind} data-at={at} data-refreshes={tick}>
      <header className="bigscreen-header">
        <div>
          <div style={{ fontSize: 18, fontWeight: 600 }} data-testid="bigscreen-scope">
            {scope} · {periodLabel(kind, at, lang)}
          </div>
          <div style={{ color: '#9fb7d9', fontSize: 13 }} data-testid="bigscreen-refreshed">
            {t('stat.refreshedAt', { time: timeText })}
          </div>
        </div>
        <h1 className="bigscreen-title">{t('stat.bigScreenTitle')}</h1>
        <Space className="bigscreen-tools" size="middle">
          <Clock />
          <FullscreenButton />
          <LangSwitch light />
          <Button
            className="bigscreen-button"
            icon={<ArrowLeftOutlined />}
            onClick={() => void navigate(`/dashboard${search}`)}
            data-testid="bigscreen-back"
          >
            {t('stat.backToDashboard')}
          </Button>
        </Space>
      </header>

      <div className="bigscreen-kpis">
        <Kpi label={t('stat.kpiTotal')} figure={o?.total} testId="bigscreen-kpi-total" />
        <Kpi label={t('stat.kpiImport')} figure={o?.import} testId="bigscreen-kpi-import" />
        <Kpi label={t('stat.kpiExport')} figure={o?.export} testId="bigscreen-kpi-export" />
        <div
          className="bigscreen-kpi"
          data-testid="bigscreen-kpi-parcels"
          data-count={o?.total.parcels ?? ''}
        >
          <div className="bigscreen-kpi-label">{t('stat.kpiParcels')}</div>
          <div className="bigscreen-kpi-value">{o?.total.parcels?.toLocaleString() ?? '—'}</div>
        </div>
        <div
          className="bigscreen-kpi"
          data-testid="bigscreen-kpi-enterprises"
          data-count={o?.activeEnterprises ?? ''}
        >
          <div className="bigscreen-kpi-label">{t('stat.kpiEnterprises')}</div>
          <div className="bigscreen-kpi-value">{o?.activeEnterprises ?? '—'}</div>
        </div>
      </div>

      <div className="bigscreen-grid">
        <div className="bigscreen-col">
          <Panel title={t('stat.trendMonthly')}>
            <TrendChart
              trend={trend.data}
              kind="month"
              dark
              height={300}
              onDrill={setDrill}
              testId="bigscreen-trend"
            />
          </Panel>
          <Panel title={t('stat.tradeModeTitle')}>
            <TradeModeChart overview={o} dark height={300} onDrill={setDrill} testId="bigscreen-trade-mode" />
          </Panel>
        </div>
        <div className="bigscreen-col">
          <Panel title={t('stat.mapTitle')}>
            <WorldMapChart
              breakdown={countries.data}
              dark
              height={430}
              onDrill={setDrill}
              testId="bigscreen-map"
            />
          </Panel>
          <Panel title={t('stat.countryTitle')}>
            <BreakdownBarChart
              breakdown={countries.data}
              by="country"
              horizontal={false}
              dark
              height={200}
              testId="bigscreen-country"
              title={t('stat.countryTitle')}
              onDrill={setDrill}
            />
          </Panel>
        </div>
        <div className="bigscreen-col">
          <Panel title={t('stat.rankTitle')} testId="bigscreen-rank">
            {enterprises.data && enterprises.data.rows.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stat.noTrade')} />
            ) : (
              <table className="bigscreen-rank" aria-label={t('stat.rankTitle')}>
                <tbody>
                  {(enterprises.data?.rows ?? []).map((r, i) => {
                    const target = targetOf('enterprise', r);
                    const name = lang === 'zh' ? r.label : r.labelEn;
                    return (
                      <tr
                        key={r.key}
                        data-testid="bigscreen-rank-row"
                        data-key={r.key}
                        data-cny={r.value.cny}
                      >
                        <td>{i + 1}</td>
                        <td title={name}>
                          {target ? (
                            <button type="button" className="bigscreen-link" onClick={() => setDrill(target)}>
                              {name}
                            </button>
                          ) : (
                            name
                          )}
                        </td>
                        <td>{yuan(r.value.cny)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </Panel>
          <Panel title={t('stat.goalsTitle')}>
            {governanceZone ? (
              goals.data && <GoalGauges goals={goals.data.goals} dark height={150} span={12} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stat.chooseZone')} />
            )}
          </Panel>
        </div>
      </div>
      <DrillDownDrawer target={drill} base={query} onClose={() => setDrill(null)} />
    </main>
  );
}

/** 数据大屏: the figures of the dashboard for a wall screen, dark and without the menu; refreshes itself. */
export default function BigScreenPage() {
  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      <App>
        <BigScreen />
      </App>
    </ConfigProvider>
  );
}
