import { Col, Empty, Row, Tooltip, Typography } from 'antd';
import { Decimal } from 'decimal.js';
import { useMemo } from 'react';
import {
  INDEX_DIMENSIONS,
  type DevelopmentIndex,
  type GoalAssessment,
  type StatBreakdown,
  type StatDimension,
  type StatOverview,
  type StatPeriodKind,
  type StatTrend,
} from '../../api/types';
import { useZones } from '../../hooks/useZones';
import { useI18n, type MessageKey } from '../../i18n';
import { groupDigits } from '../format';
import { ChartData } from './ChartData';
import { chartValue, esc, periodLabel, useRowTarget, yuan, type DrillTarget } from './common';
import { EChart } from './EChart';
import type { ChartOption, ECElementEvent } from './echarts';

interface ChartProps {
  dark?: boolean;
  height?: number;
  /** Opens the drill-down of a clicked element; without it, clicks do nothing. */
  onDrill?: (target: DrillTarget) => void;
}

/** What a tooltip formatter receives for one element (the fields these charts read). */
interface TipParam {
  dataIndex: number;
  seriesIndex: number;
  seriesName: string;
  name: string;
  marker: string;
}

const tip = (params: unknown): TipParam => params as TipParam;
const tips = (params: unknown): TipParam[] => (Array.isArray(params) ? params : [params]) as TipParam[];

function NoData({ testId, height }: { testId: string; height: number }) {
  const { t } = useI18n();
  return (
    <div
      data-testid={`${testId}-empty`}
      style={{ minHeight: height / 2, display: 'grid', placeItems: 'center' }}
    >
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stat.noTrade')} />
    </div>
  );
}

function useUnitAxis(dark?: boolean) {
  const { t } = useI18n();
  return {
    name: t('stat.unitWan'),
    nameTextStyle: { align: 'left' as const },
    axisLabel: { color: dark ? '#b8c7e0' : undefined },
  };
}

/** Total, import and export over the last periods; a point drills into its period (and direction). */
export function TrendChart({
  trend,
  kind,
  dark,
  height = 320,
  onDrill,
  testId = 'chart-trend',
}: ChartProps & { trend: StatTrend | undefined; kind: StatPeriodKind; testId?: string }) {
  const { t, lang } = useI18n();
  const unitAxis = useUnitAxis(dark);
  const points = useMemo(() => trend?.periods ?? [], [trend]);
  const series = useMemo(
    () =>
      [
        { flow: undefined, name: t('stat.total'), values: points.map((p) => p.value.cny) },
        { flow: 'import' as const, name: t('flow.import'), values: points.map((p) => p.import.cny) },
        { flow: 'export' as const, name: t('flow.export'), values: points.map((p) => p.export.cny) },
      ] as const,
    [points, t],
  );
  const option = useMemo<ChartOption>(
    () => ({
      backgroundColor: 'transparent',
      tooltip: {
        trigger: 'axis',
        formatter: (params: unknown) => {
          const list = tips(params);
          const i = list[0]?.dataIndex ?? 0;
          const head = esc(periodLabel(kind, points[i]?.key ?? '', lang));
          return [
            head,
            ...list.map((p) => `${p.marker}${esc(p.seriesName)}：${yuan(series[p.seriesIndex]!.values[i]!)}`),
          ].join('<br/>');
        },
      },
      legend: { top: 0 },
      grid: { left: 64, right: 24, top: 48, bottom: 32 },
      xAxis: { type: 'category', boundaryGap: false, data: points.map((p) => p.key) },
      yAxis: { type: 'value', ...unitAxis },
      series: series.map((s, i) => ({
        type: 'line',
        name: s.name,
        smooth: true,
        smoothMonotone: 'x' as const,
        symbolSize: 8,
        lineStyle: { width: i === 0 ? 3 : 2 },
        areaStyle: i === 0 ? { opacity: 0.08 } : undefined,
        data: s.values.map(chartValue),
      })),
    }),
    [points, series, kind, lang, unitAxis],
  );
  if (points.length === 0) return <NoData testId={testId} height={height} />;
  const drill = (i: number, s: (typeof series)[number]) => {
    const p = points[i];
    if (!p || !onDrill) return;
    onDrill({
      title: `${periodLabel(kind, p.key, lang)} · ${s.name}`,
      filter: s.flow ? { flow: s.flow } : {},
      period: { kind, at: p.key },
      figure: s.flow ? p[s.flow] : p.value,
    });
  };
  return (
    <EChart
      option={option}
      dark={dark}
      height={height}
      testId={testId}
      label={t('stat.trendTitle')}
      data={{ points: points.length, kind }}
      onClick={(e: ECElementEvent) => drill(e.dataIndex, series[e.seriesIndex ?? 0]!)}
    >
      <ChartData
        testId={testId}
        caption={t('stat.trendTitle')}
        head={t('stat.period')}
        columns={series.map((s) => s.name)}
        rows={points.map((p, i) => ({
          key: p.key,
          label: periodLabel(kind, p.key, lang),
          cells: [yuan(p.value.cny), yuan(p.import.cny), yuan(p.export.cny)],
          data: { cny: p.value.cny, import: p.import.cny, export: p.export.cny },
          onDrill: onDrill && (() => drill(i, series[0])),
        }))}
      />
    </EChart>
  );
}

/**
 * Where the trade-mode donut sits in its box, as fractions: the browser test clicks a slice from these.
 * Radius is of half the box's smaller side; the first (largest) slice starts at twelve o'clock, clockwise.
 */
export const PIE_GEOMETRY = { center: [0.5, 0.45], radius: [0.42, 0.7] } as const;
const pct = (f: number) => `${Math.round(f * 100)}%`;

/** The period's trade by direction and trade mode, largest first; a slice drills into its mode. */
export function TradeModeChart({
  overview,
  dark,
  height = 320,
  onDrill,
  testId = 'chart-trade-mode',
}: ChartProps & { overview: StatOverview | undefined; testId?: string }) {
  const { t } = useI18n();
  const rows = useMemo(
    () =>
      (overview?.byTradeMode ?? [])
        .filter((r) => !new Decimal(r.value.cny).isZero())
        .sort((a, b) => new Decimal(b.value.cny).cmp(a.value.cny) || a.key.localeCompare(b.key)),
    [overview],
  );
  const nameOf = (r: (typeof rows)[number]) => `${t(`flow.${r.flow}` as MessageKey)} ${r.tradeMode}`;
  const titleOf = (r: (typeof rows)[number]) =>
    `${t(`flow.${r.flow}` as MessageKey)} · ${t(`tradeMode.${r.tradeMode}` as MessageKey)}（${r.tradeMode}）`;
  const option = useMemo<ChartOption>(
    () => ({
      backgroundColor: 'transparent',
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const r = rows[tip(params).dataIndex];
          if (!r) return '';
          return `${esc(titleOf(r))}<br/>${yuan(r.value.cny)}（${r.share ?? '—'}%）<br/>${t('stat.parcelsN', { n: r.parcels ?? 0 })}`;
        },
      },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          center: PIE_GEOMETRY.center.map(pct),
          radius: PIE_GEOMETRY.radius.map(pct),
          startAngle: 90,
          clockwise: true,
          avoidLabelOverlap: true,
          // inside the ring: labels outside it do not fit a narrow column; slivers keep theirs in the tooltip
          label: { position: 'inside', formatter: '{d}%', color: '#fff', fontSize: 11 },
          minShowLabelAngle: 18,
          data: rows.map((r) => ({ name: nameOf(r), value: chartValue(r.value.cny) })),
        },
      ],
    }),
    // nameOf and titleOf only read t
    [rows, t, dark],
  );
  if (rows.length === 0) return <NoData testId={testId} height={height} />;
  const drill = (i: number) => {
    const r = rows[i];
    if (r && onDrill)
      onDrill({ title: titleOf(r), filter: { flow: r.flow, tradeMode: r.tradeMode }, figure: r.value });
  };
  return (
    <EChart
      option={option}
      dark={dark}
      height={height}
      testId={testId}
      label={t('stat.tradeModeTitle')}
      data={{ slices: rows.length, first: rows[0]?.key }}
      onClick={(e) => drill(e.dataIndex)}
    >
      <ChartData
        testId={testId}
        caption={t('stat.tradeModeTitle')}
        head={t('stat.tradeMode')}
        columns={[t('stat.valueCny'), t('stat.share'), t('stat.parcels')]}
        rows={rows.map((r, i) => ({
          key: r.key,
          label: titleOf(r),
          cells: [yuan(r.value.cny), r.share === null ? null : `${r.share}%`, r.parcels],
          data: { cny: r.value.cny, parcels: r.parcels, flow: r.flow, mode: r.tradeMode },
          onDrill: onDrill && (() => drill(i)),
        }))}
      />
    </EChart>
  );
}

/** A breakdown's first rows as bars (countries, chapters, parks, counties, enterprises); a bar drills. */
export function BreakdownBarChart({
  breakdown,
  by,
  top = 10,
  horizontal = true,
  dark,
  height = 320,
  onDrill,
  testId,
  title,
}: ChartProps & {
  breakdown: StatBreakdown | undefined;
  by: StatDimension;
  top?: number;
  horizontal?: boolean;
  testId: string;
  title: string;
}) {
  const { t, pick } = useI18n();
  const unitAxis = useUnitAxis(dark);
  const targetOf = useRowTarget();
  const rows = useMemo(() => (breakdown?.rows ?? []).slice(0, top), [breakdown, top]);
  const option = useMemo<ChartOption>(() => {
    const names = rows.map((r) => pick(r.label, r.labelEn));
    const category = {
      type: 'category' as const,
      data: names,
      inverse: horizontal,
      axisLabel: { width: horizontal ? 120 : 80, overflow: 'truncate' as const, interval: 0 },
    };
    const value = { type: 'value' as const, ...unitAxis };
    return {
      backgroundColor: 'transparent',
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const r = rows[tip(params).dataIndex];
          if (!r) return '';
          const yoy = r.yoy === null ? '—' : `${r.yoy}%`;
          return `${esc(pick(r.label, r.labelEn))}<br/>${yuan(r.value.cny)}（${r.share ?? '—'}%）<br/>${esc(t('stat.yoy'))} ${yoy}`;
        },
      },
      grid: horizontal
        ? { left: 132, right: 32, top: 28, bottom: 24 }
        : { left: 64, right: 16, top: 40, bottom: 48 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [
        {
          type: 'bar',
          barMaxWidth: 28,
          data: rows.map((r) => chartValue(r.value.cny)),
          itemStyle: { borderRadius: horizontal ? [0, 4, 4, 0] : [4, 4, 0, 0] },
        },
      ],
    };
  }, [rows, horizontal, pick, t, unitAxis]);
  if (rows.length === 0) return <NoData testId={testId} height={height} />;
  const drill = (i: number) => {
    const r = rows[i];
    const target = r && targetOf(by, r);
    if (target && onDrill) onDrill(target);
  };
  return (
    <EChart
      option={option}
      dark={dark}
      height={height}
      testId={testId}
      label={title}
      data={{ by, bars: rows.length, horizontal: String(horizontal) }}
      onClick={(e) => drill(e.dataIndex)}
    >
      <ChartData
        testId={testId}
        caption={title}
        head={t(`stat.by.${by}` as MessageKey)}
        columns={[t('stat.valueCny'), t('stat.share'), t('stat.yoy')]}
        rows={rows.map((r, i) => ({
          key: r.key,
          label: pick(r.label, r.labelEn),
          cells: [
            yuan(r.value.cny),
            r.share === null ? null : `${r.share}%`,
            r.yoy === null ? null : `${r.yoy}%`,
          ],
          data: { cny: r.value.cny, parcels: r.parcels, lines: r.lines },
          onDrill: onDrill && targetOf(by, r) ? () => drill(i) : undefined,
        }))}
      />
    </EChart>
  );
}

const GOAL_COLOR: Record<GoalAssessment['status'], string> = {
  achieved: '#52c41a',
  on_track: '#1677ff',
  behind: '#ff4d4f',
  no_data: '#bfbfbf',
};

/** One gauge per goal: the share of the target reached (the text shows it beyond 100 %). */
export function GoalGauges({
  goals,
  dark,
  height = 180,
  span = 8,
}: {
  goals: readonly GoalAssessment[];
  dark?: boolean;
  height?: number;
  span?: number;
}) {
  const { t, pick } = useI18n();
  if (goals.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('gov.noGoals')} />;
  return (
    <Row gutter={[8, 8]} data-testid="stat-goals">
      {goals.map((goal) => {
        const percent = goal.share === null ? null : goal.share * 100;
        const option: ChartOption = {
          backgroundColor: 'transparent',
          series: [
            {
              type: 'gauge',
              min: 0,
              max: 100,
              radius: '92%',
              center: ['50%', '58%'],
              progress: { show: true, width: 12, itemStyle: { color: GOAL_COLOR[goal.status] } },
              axisLine: { lineStyle: { width: 12 } },
              axisTick: { show: false },
              splitLine: { show: false },
              axisLabel: { show: false },
              pointer: { show: false },
              anchor: { show: false },
              title: { show: false },
              detail: {
                valueAnimation: false,
                offsetCenter: [0, '10%'],
                fontSize: 20,
                color: dark ? '#e6f0ff' : undefined,
                formatter: () => (percent === null ? '—' : `${percent.toFixed(1)}%`),
              },
              data: [{ value: percent === null ? 0 : Math.min(100, percent) }],
            },
          ],
        };
        const words = goal.source.words;
        return (
          <Col key={goal.goalId} span={span}>
            <EChart
              option={option}
              dark={dark}
              height={height}
              testId={`stat-goal-${goal.goalId}`}
              label={words}
              data={{ goal: goal.goalId, status: goal.status, share: goal.share ?? '' }}
            >
              <Tooltip title={`${words} · ${pick(goal.statement.zh, goal.statement.en)}`}>
                <Typography.Paragraph
                  ellipsis={{ rows: 2 }}
                  style={{
                    textAlign: 'center',
                    fontSize: 12,
                    marginBottom: 0,
                    color: dark ? '#b8c7e0' : undefined,
                  }}
                >
                  {words}
                </Typography.Paragraph>
              </Tooltip>
              <span className="stat-sr-only">
                {t('gov.current')} {goal.value === null ? t('gov.noValue') : groupDigits(goal.value)} /{' '}
                {t('gov.target')} {groupDigits(goal.target)} · {t(`gov.goal.${goal.status}` as MessageKey)}
              </span>
            </EChart>
          </Col>
        );
      })}
    </Row>
  );
}

/** The development index by quarter (base quarter = 100), per zone; one zone also shows its dimensions. */
export function IndexChart({
  index,
  dark,
  height = 300,
}: {
  index: DevelopmentIndex;
  dark?: boolean;
  height?: number;
}) {
  const { t, pick } = useI18n();
  const { zoneShort } = useZones();
  const quarters = index.quarters;
  const zones = useMemo(() => [...new Set(index.rows.map((r) => r.zoneCode))], [index]);
  const option = useMemo<ChartOption>(() => {
    const at = (zone: string, q: string) => index.rows.find((r) => r.zoneCode === zone && r.quarter === q);
    // A gap where the index is unknown: no line is drawn through a quarter without a value.
    const num = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v));
    const main = zones.map((zone) => ({
      type: 'line' as const,
      name: zones.length > 1 ? zoneShort(zone) : t('stat.index.value'),
      smooth: true,
      smoothMonotone: 'x' as const,
      symbolSize: 7,
      lineStyle: { width: 3 },
      data: quarters.map((q) => num(at(zone, q)?.index)),
    }));
    const dims =
      zones.length === 1
        ? INDEX_DIMENSIONS.map((d) => ({
            type: 'line' as const,
            name: t(`stat.index.${d}` as MessageKey),
            smooth: true,
            smoothMonotone: 'x' as const,
            symbolSize: 4,
            lineStyle: { width: 1, type: 'dashed' as const },
            data: quarters.map((q) => num(at(zones[0]!, q)?.dimensions[d]?.index)),
          }))
        : [];
    return {
      backgroundColor: 'transparent',
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 48, right: 24, top: 48, bottom: 32 },
      xAxis: { type: 'category', data: quarters },
      yAxis: { type: 'value', scale: true },
      series: [...main, ...dims],
    };
  }, [index, quarters, zones, zoneShort, t]);
  return (
    <EChart
      option={option}
      dark={dark}
      height={height}
      testId="chart-index"
      label={t('stat.indexTitle')}
      data={{ base: index.baseQuarter, weighting: index.weighting, rows: index.rows.length }}
    >
      <ChartData
        testId="chart-index"
        caption={t('stat.indexTitle')}
        head={t('stat.quarter')}
        columns={[t('common.zone'), t('stat.index.value'), t('stat.index.composite'), t('gov.note')]}
        rows={index.rows.map((r) => ({
          key: `${r.zoneCode}:${r.quarter}`,
          label: r.quarter,
          cells: [
            zoneShort(r.zoneCode),
            r.index,
            r.composite,
            r.indexNote ? pick(r.indexNote.zh, r.indexNote.en) : null,
          ],
          data: { zone: r.zoneCode, index: r.index, composite: r.composite },
        }))}
      />
    </EChart>
  );
}
