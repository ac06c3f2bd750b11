import { Typography } from 'antd';
import type { JsonValue } from '../api/types';

/** Pretty-printed JSON, as the audit trail stores it. */
export function JsonView({
  value,
  title,
  testId,
}: {
  value: JsonValue | undefined;
  title: string;
  testId?: string;
}) {
  return (
    <div style={{ flex: 1, minWidth: 0 }} data-testid={testId}>
      <Typography.Text strong>{title}</Typography.Text>
      <pre className="json-view">
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}
