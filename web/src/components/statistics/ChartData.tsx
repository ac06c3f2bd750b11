import { useT } from '../../i18n';

export interface ChartDataRow {
  key: string;
  label: string;
  /** One cell per column. */
  cells: readonly (string | number | null)[];
  /** data-* attributes of the row (exact figures for tests). */
  data?: Readonly<Record<string, string | number | null | undefined>>;
  /** Opens the records under this element, as a click on the chart does. */
  onDrill?: () => void;
}

/**
 * A chart's figures as a table, visually hidden: screen readers and tests read it, keyboard users reach
 * the drill-down through its buttons (the table shows when one of them has the focus).
 */
export function ChartData({
  testId,
  caption,
  head,
  columns,
  rows,
}: {
  testId: string;
  caption: string;
  head: string;
  columns: readonly string[];
  rows: readonly ChartDataRow[];
}) {
  const t = useT();
  const drillable = rows.some((r) => r.onDrill);
  return (
    // a table box is not clipped by overflow: the wrapper hides it
    <div className="stat-sr-only stat-data">
      <table data-testid={`${testId}-data`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
            {drillable && <th scope="col">{t('stat.records')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              data-testid={`${testId}-row`}
              data-key={row.key}
              {...Object.fromEntries(
                Object.entries(row.data ?? {})
                  .filter(([, v]) => v !== undefined && v !== null)
                  .map(([k, v]) => [`data-${k}`, String(v)]),
              )}
            >
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell ?? '—'}</td>
              ))}
              {drillable && (
                <td>
                  {row.onDrill && (
                    <button type="button" onClick={row.onDrill} data-testid={`${testId}-drill`}>
                      {t('stat.viewRecords')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
