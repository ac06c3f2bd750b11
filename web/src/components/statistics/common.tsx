import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { DatePicker, Segmented, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  STAT_PERIOD_KINDS,
  type ParcelFlow,
  type StatBreakdownRow,
  type StatDimension,
  type StatFilter,
  type StatMoney,
  type StatPeriodKind,
  type StatQuery,
  type StatTradeMode,
} from '../../api/types';
import { isProvincial, useUser } from '../../auth/context';
import { useZones } from '../../hooks/useZones';
import { useI18n, useT, type Lang, type MessageKey } from '../../i18n';
import { groupDigits } from '../format';

/** Charts draw RMB in units of 10,000 (万元); tooltips and tables keep the exact figure. */
const WAN = 10_000;

/** A money string as a chart coordinate: display only, never summed. */
export const chartValue = (cny: string): number => Number(cny) / WAN;

/** Exact RMB with grouped digits: ¥1,234,567.89. */
export const yuan = (cny: string): string => `¥${groupDigits(cny)}`;

export const dollars = (usd: string | null): string => (usd === null ? '—' : `US$${groupDigits(usd)}`);

/** ECharts renders tooltip text as HTML: names from the register are escaped first. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What a chart element drills into: the slice of trade, and the period when it is not the page's. */
export interface DrillTarget {
  title: string;
  filter: StatFilter;
  period?: { kind: StatPeriodKind; at: string };
  /** The figure the chart showed for it, to set beside the records. */
  figure?: StatMoney;
}

/** The filter of a breakdown row, or null where the row is no filter (enterprises outside parks…). */
export function drillFilterOf(by: StatDimension, key: string): StatFilter | null {
  if (key === '') return null;
  switch (by) {
    case 'tradeMode': {
      const [flow, tradeMode] = key.split(':') as [ParcelFlow, StatTradeMode];
      return { flow, tradeMode };
    }
    case 'flow':
      return { flow: key as ParcelFlow };
    case 'country':
      return { country: key };
    case 'hsChapter':
      return { hsChapter: key };
    case 'enterprise':
      return { ebcCode: key };
    case 'park':
      return { park: key };
    case 'district':
      return { district: key };
  }
}

/** The drill target of a breakdown row in the current language, or null. */
export function useRowTarget() {
  const { pick } = useI18n();
  return (by: StatDimension, row: StatBreakdownRow): DrillTarget | null => {
    const filter = drillFilterOf(by, row.key);
    return filter && { title: pick(row.label, row.labelEn), filter, figure: row.value };
  };
}

const PATTERNS: Record<StatPeriodKind, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
};

/** The month of today in China (the statistics count China calendar months). */
export function chinaMonth(now = new Date()): string {
  const china = new Date(now.getTime() + 8 * 3600_000);
  return `${china.getUTCFullYear()}-${String(china.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The key of the period of a kind holding a month ('YYYY-MM'). */
export function periodHolding(kind: StatPeriodKind, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (kind === 'month') return month;
  if (kind === 'quarter') return `${y}-Q${Math.ceil(m / 3)}`;
  return String(y);
}

/** The first and last month of a period key. */
export function monthsOfPeriod(kind: StatPeriodKind, key: string): [string, string] {
  const m = PATTERNS[kind].exec(key);
  if (!m) return [key, key];
  const y = m[1]!;
  if (kind === 'month') return [key, key];
  if (kind === 'quarter') {
    const q = Number(m[2]);
    const pad = (n: number) => String(n).padStart(2, '0');
    return [`${y}-${pad(q * 3 - 2)}`, `${y}-${pad(q * 3)}`];
  }
  return [`${y}-01`, `${y}-12`];
}

/** The quarter `n` quarters before 'YYYY-Qn'. */
export function quarterBefore(key: string, n: number): string {
  const [y, q] = key.split('-Q').map(Number) as [number, number];
  const index = y * 4 + (q - 1) - n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export function isPeriodKey(kind: StatPeriodKind, key: string): boolean {
  return PATTERNS[kind].test(key);
}

/** 2026年11月 / 2026-11; 2026年第4季度 / 2026 Q4; 2026年 / 2026. */
export function periodLabel(kind: StatPeriodKind, key: string, lang: Lang): string {
  const m = PATTERNS[kind].exec(key);
  if (!m) return key;
  if (kind === 'month') return lang === 'zh' ? `${m[1]}年${Number(m[2])}月` : key;
  if (kind === 'quarter') return lang === 'zh' ? `${m[1]}年第${m[2]}季度` : `${m[1]} Q${m[2]}`;
  return lang === 'zh' ? `${m[1]}年` : key;
}

function toDayjs(kind: StatPeriodKind, key: string): Dayjs {
  return dayjs(`${monthsOfPeriod(kind, key)[0]}-01`);
}

function fromDayjs(kind: StatPeriodKind, d: Dayjs): string {
  return periodHolding(kind, d.format('YYYY-MM'));
}

const PICKER_FORMAT: Record<StatPeriodKind, string> = {
  month: 'YYYY-MM',
  quarter: 'YYYY-[Q]Q',
  year: 'YYYY',
};

/** Month, quarter or year, and which one; no period after the current one. */
export function PeriodPicker({
  kind,
  at,
  onChange,
}: {
  kind: StatPeriodKind;
  at: string;
  onChange: (kind: StatPeriodKind, at: string) => void;
}) {
  const t = useT();
  const now = chinaMonth();
  return (
    <Space.Compact>
      <Segmented<StatPeriodKind>
        value={kind}
        onChange={(k) => onChange(k, periodHolding(k, monthsOfPeriod(kind, at)[0]))}
        options={STAT_PERIOD_KINDS.map((k) => ({
          value: k,
          label: <span data-testid={`stat-period-${k}`}>{t(`stat.period.${k}` as MessageKey)}</span>,
        }))}
        aria-label={t('stat.periodKind')}
        data-testid="stat-period-kind"
      />
      <DatePicker
        picker={kind}
        value={toDayjs(kind, at)}
        format={PICKER_FORMAT[kind]}
        allowClear={false}
        disabledDate={(d) => d.format('YYYY-MM') > now}
        onChange={(d: Dayjs | null) => d && onChange(kind, fromDayjs(kind, d))}
        aria-label={t('stat.period')}
        data-testid="stat-period-at"
        style={{ marginLeft: 8, width: 130 }}
      />
    </Space.Compact>
  );
}

/** 环比 / 同比 with an arrow: red up and green down, as Chinese statistics show them; flat and none grey. */
export function Growth({ label, value, testId }: { label: string; value: string | null; testId?: string }) {
  const direction =
    value === null ? 'none' : /^-/.test(value) ? 'down' : /^0(\.0+)?$/.test(value) ? 'flat' : 'up';
  const color = direction === 'up' ? '#cf1322' : direction === 'down' ? '#389e0d' : undefined;
  const icon =
    direction === 'up' ? (
      <ArrowUpOutlined />
    ) : direction === 'down' ? (
      <ArrowDownOutlined />
    ) : (
      <MinusOutlined />
    );
  return (
    <span className="stat-growth" data-testid={testId} data-direction={direction} data-value={value ?? ''}>
      <Typography.Text type="secondary">{label}</Typography.Text>{' '}
      <span style={{ color, whiteSpace: 'nowrap' }}>
        {icon} {value === null ? '—' : `${value.replace(/^-/, '')}%`}
      </span>
    </span>
  );
}

const ZONE_CODES = ['zhuzhou', 'chenzhou', 'hengyang'];

export interface StatParams {
  /** undefined: the user's own zone (zone users) or the province (provincial users). */
  zoneCode: string | undefined;
  kind: StatPeriodKind;
  at: string;
  flow: ParcelFlow | undefined;
  /** The zone of the goals and the task board: the chosen or the user's own, none for the province. */
  governanceZone: string | null;
  /** The base query of every figure on the page. */
  query: StatQuery;
  set: (next: Partial<{ zone: string; period: StatPeriodKind; at: string; flow: ParcelFlow | '' }>) => void;
}

/**
 * The page's zone, period and direction, kept in the address (?zone=&period=&at=&flow=) so that a view
 * can be shared and the big screen opens on the dashboard's zone.
 */
export function useStatParams(defaultKind: StatPeriodKind = 'month'): StatParams {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const provincial = isProvincial(user);
  const zoneParam = params.get('zone') ?? '';
  const zoneCode = provincial && ZONE_CODES.includes(zoneParam) ? zoneParam : undefined;
  const kindParam = params.get('period') as StatPeriodKind | null;
  const kind = kindParam && STAT_PERIOD_KINDS.includes(kindParam) ? kindParam : defaultKind;
  const atParam = params.get('at') ?? '';
  const at = isPeriodKey(kind, atParam) ? atParam : periodHolding(kind, chinaMonth());
  const flowParam = params.get('flow');
  const flow = flowParam === 'import' || flowParam === 'export' ? flowParam : undefined;

  const set = useCallback<StatParams['set']>(
    (next) =>
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(next)) {
            if (v === '' || v === undefined) out.delete(k);
            else out.set(k, v);
          }
          return out;
        },
        { replace: true },
      ),
    [setParams],
  );
  const query = useMemo<StatQuery>(() => ({ zoneCode, period: kind, at, flow }), [zoneCode, kind, at, flow]);
  return { zoneCode, kind, at, flow, governanceZone: zoneCode ?? user.zoneCode, query, set };
}

/** Provincial users choose a zone or the whole province; a zone's users see their own (no selector). */
export function StatZoneSelect({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (zone: string) => void;
}) {
  const t = useT();
  const user = useUser();
  const { options } = useZones();
  if (!isProvincial(user)) return null;
  return (
    <Select
      style={{ width: 280 }}
      value={value ?? ''}
      onChange={onChange}
      aria-label={t('common.zone')}
      options={[{ value: '', label: t('app.province') }, ...options]}
      data-testid="stat-zone"
    />
  );
}
