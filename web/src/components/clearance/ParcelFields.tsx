import { Tooltip, Typography } from 'antd';
import { formatAmount } from '../format';
import { useLabels } from '../labels';

const mono = { fontFamily: 'monospace', whiteSpace: 'nowrap' } as const;

/** A trade mode code with its name on hover. */
export function TradeMode({ code }: { code: string }) {
  const labels = useLabels();
  const name = labels.tradeMode(code);
  return name ? (
    <Tooltip title={name}>
      <span style={mono}>{code}</span>
    </Tooltip>
  ) : (
    <span style={mono}>{code}</span>
  );
}

/** A declared value with its currency: 259.80 人民币. */
export function Amount({ value, currency }: { value: string; currency: string }) {
  const labels = useLabels();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {formatAmount(value)}{' '}
      <Typography.Text type="secondary" title={currency}>
        {labels.currency(currency)}
      </Typography.Text>
    </span>
  );
}
