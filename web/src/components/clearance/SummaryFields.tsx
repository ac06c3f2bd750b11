import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Summary, SummaryFlag } from '../../api/types';
import { useT } from '../../i18n';

const mono = { fontFamily: 'monospace', whiteSpace: 'nowrap' } as const;

/** The last day of a period whose end the server keeps exclusive (`2026-04-01` → `2026-03-31`). */
export function inclusiveEnd(periodTo: string): string {
  return dayjs(periodTo).subtract(1, 'day').format('YYYY-MM-DD');
}

/** A summary's period, both days included: 2026-03-01 至 2026-03-31. */
export function SummaryPeriod({ summary }: { summary: Pick<Summary, 'periodFrom' | 'periodTo'> }) {
  const t = useT();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {t('summary.periodValue', { from: summary.periodFrom, to: inclusiveEnd(summary.periodTo) })}
    </span>
  );
}

/** How the inventories were grouped: by consignor (1), or by consignor and producer (2). */
export function SummaryFlagTag({ flag }: { flag: SummaryFlag }) {
  const t = useT();
  return (
    <Tag color={flag === '2' ? 'blue' : 'default'} data-flag={flag}>
      {t(flag === '1' ? 'summary.flag.1' : 'summary.flag.2')}
    </Tag>
  );
}

/** An enterprise of a summary head: its name with its customs code below. */
export function Party({ name, code }: { name: string; code: string }) {
  return (
    <span>
      {name}
      <br />
      <Typography.Text type="secondary" style={{ ...mono, fontSize: 12 }}>
        {code}
      </Typography.Text>
    </span>
  );
}

/** A customs code (of customs, a country, a transport mode or a unit) as it stands. */
export function Code({ value }: { value: string | null | undefined }) {
  return <span style={mono}>{value || '—'}</span>;
}
