import { Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { StatBreakdown, StatBreakdownRow } from '../../api/types';
import { useI18n } from '../../i18n';
import { ChartData } from './ChartData';
import { chartValue, esc, useRowTarget, yuan, type DrillTarget } from './common';
import { countryOfIso, isoOfCustoms } from './country-iso';
import { EChart } from './EChart';
import type { ChartOption } from './echarts';
import { atlasNames, loadWorldMap, WORLD_MAP } from './world-map';

/**
 * Trade by country on a world map: export destinations and import origins, shaded by value; a country
 * drills into its records. Countries too small for the map (Singapore, Hong Kong…) are in its table.
 */
export function WorldMapChart({
  breakdown,
  dark,
  height = 420,
  onDrill,
  testId = 'chart-map',
}: {
  breakdown: StatBreakdown | undefined;
  dark?: boolean;
  height?: number;
  onDrill?: (target: DrillTarget) => void;
  testId?: string;
}) {
  const { t, pick, lang } = useI18n();
  const targetOf = useRowTarget();
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadWorldMap()
      .then(() => live && setReady(true))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  const rows = useMemo(() => breakdown?.rows ?? [], [breakdown]);
  const byIso = useMemo(() => {
    const m = new Map<string, StatBreakdownRow>();
    for (const r of rows) {
      const iso = isoOfCustoms(r.key);
      if (iso) m.set(iso, r);
    }
    return m;
  }, [rows]);

  const option = useMemo<ChartOption>(() => {
    const max = Math.max(0, ...[...byIso.values()].map((r) => chartValue(r.value.cny)));
    const regionName = (iso: string) => {
      const c = countryOfIso(iso);
      return c ? pick(c.zh, c.en) : (atlasNames.get(iso) ?? iso.replace(/^x-/, ''));
    };
    return {
      backgroundColor: 'transparent',
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const { name } = params as { name: string };
          const r = byIso.get(name);
          if (!r) return esc(regionName(name));
          return `${esc(pick(r.label, r.labelEn))}<br/>${yuan(r.value.cny)}（${r.share ?? '—'}%）`;
        },
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max: max || 1,
        left: 8,
        bottom: 8,
        calculable: false,
        text: [t('stat.mapHigh'), t('stat.mapLow')],
        textStyle: { color: dark ? '#b8c7e0' : undefined },
        inRange: { color: dark ? ['#1b3a6b', '#2f7de1', '#5ce1ff'] : ['#dbe9ff', '#4096ff', '#003eb3'] },
      },
      series: [
        {
          type: 'map',
          map: WORLD_MAP,
          roam: false,
          selectedMode: false,
          label: { show: false },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#faad14' } },
          itemStyle: {
            areaColor: dark ? '#12284a' : '#f0f2f5',
            borderColor: dark ? '#2a4a7a' : '#bfbfbf',
            borderWidth: 0.5,
          },
          data: [...byIso].map(([iso, r]) => ({ name: iso, value: chartValue(r.value.cny) })),
        },
      ],
    };
    // lang: region names follow the language
  }, [byIso, dark, pick, t, lang]);

  if (failed) return <div data-testid={`${testId}-failed`}>{t('stat.mapFailed')}</div>;
  if (!ready) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  const drill = (r: StatBreakdownRow | undefined) => {
    const target = r && targetOf('country', r);
    if (target && onDrill) onDrill(target);
  };
  return (
    <EChart
      option={option}
      dark={dark}
      height={height}
      testId={testId}
      label={t('stat.mapTitle')}
      data={{ countries: rows.length, mapped: byIso.size }}
      onClick={(e) => drill(byIso.get(e.name))}
    >
      <ChartData
        testId={testId}
        caption={t('stat.mapTitle')}
        head={t('stat.by.country')}
        columns={[t('stat.valueCny'), t('stat.share'), t('stat.iso')]}
        rows={rows.map((r) => ({
          key: r.key,
          label: pick(r.label, r.labelEn),
          cells: [yuan(r.value.cny), r.share === null ? null : `${r.share}%`, isoOfCustoms(r.key) ?? null],
          data: { cny: r.value.cny, iso: isoOfCustoms(r.key) },
          onDrill: onDrill && targetOf('country', r) ? () => drill(r) : undefined,
        }))}
      />
    </EChart>
  );
}
