import { useEffect, useRef, type ReactNode } from 'react';
import { init, type ChartOption, type ECElementEvent, type EChartsType } from './echarts';

export interface EChartProps {
  option: ChartOption;
  /** A click on a chart element (slice, bar, point, region). */
  onClick?: (event: ECElementEvent) => void;
  /** ECharts' dark theme, for the big screen. */
  dark?: boolean;
  height?: number | string;
  testId: string;
  /** The chart's accessible name; its figures are in `children` (a visually hidden table). */
  label: string;
  /** data-* attributes for the chart's container: a canvas shows no figures to tests. */
  data?: Readonly<Record<string, string | number | undefined>>;
  children?: ReactNode;
}

/**
 * One ECharts instance in a React component: created on mount (again when the theme changes), the option
 * replaced on change, resized with its container, disposed on unmount.
 */
export function EChart({ option, onClick, dark, height = 320, testId, label, data, children }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const click = useRef(onClick);
  useEffect(() => {
    click.current = onClick;
  });

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = init(el, dark ? 'dark' : undefined);
    chart.current = instance;
    instance.on('click', (event) => click.current?.(event));
    // Drawn and done animating: a test may click where the elements are.
    instance.on('finished', () => el.parentElement?.setAttribute('data-rendered', 'true'));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [dark]);

  useEffect(() => {
    if (!chart.current) return;
    box.current?.parentElement?.setAttribute('data-rendered', 'false');
    // notMerge: a series or data item gone from the option is gone from the chart
    chart.current.setOption(option, { notMerge: true });
  }, [option, dark]);

  const attrs = Object.fromEntries(
    Object.entries(data ?? {})
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [`data-${k}`, String(v)]),
  );
  return (
    <figure className="stat-chart" data-testid={testId} {...attrs}>
      <div
        ref={box}
        role="img"
        aria-label={label}
        data-testid={`${testId}-canvas`}
        style={{ width: '100%', height }}
      />
      {children}
    </figure>
  );
}
