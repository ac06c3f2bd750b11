import { Tag, Typography } from 'antd';
import type { DocumentOutcome, EventSource, MatchState, MessageOutcome } from '../../api/types';
import { useI18n } from '../../i18n';
import { useLabels } from '../labels';

const matchColors: Record<MatchState, string> = {
  incomplete: 'gold',
  matched: 'success',
  mismatched: 'error',
};

/** The three-document match of a parcel, with the documents still awaited when it is incomplete. */
export function MatchStateTag({
  state,
  missing = [],
  testId,
}: {
  state: MatchState;
  missing?: readonly string[];
  testId?: string;
}) {
  const { t } = useI18n();
  const labels = useLabels();
  return (
    <span data-testid={testId} data-state={state}>
      <Tag color={matchColors[state] ?? 'default'}>{labels.matchState(state)}</Tag>
      {state === 'incomplete' && missing.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {t('parcel.missing', { kinds: labels.docKinds(missing) })}
        </Typography.Text>
      )}
    </span>
  );
}

/** The colour of a customs status code or platform event. */
function statusColor(code: string): string {
  if (code.startsWith('-')) return 'error';
  switch (code) {
    case 'received':
    case 'sent':
    case 'redeclared':
    case '1':
    case '2':
    case '3':
      return 'blue';
    case 'matched':
    case '800':
    case '899':
      return 'success';
    case 'mismatched':
    case 'deleted':
    case 'revoked':
    case '4':
    case '100':
      return 'error';
    case '120':
      return 'cyan';
    case '300':
    case '500':
      return 'orange';
    case '399':
      return 'geekblue';
    case '501':
    case '502':
    case '503':
    case '599':
      return 'volcano';
    case '700':
    case 'returned':
      return 'magenta';
    case 'arrived':
    case 'departed':
      return 'purple';
    case 'withdrawal_refused':
      return 'orange';
    default:
      return 'default';
  }
}

/**
 * A status of a parcel: customs' code or the platform's refusal as its text and code (`放行 800`), a
 * platform event (`received`) as its text. `text` (bilingual, from the server) names a code the
 * dictionary does not know.
 */
export function ParcelStatusTag({
  code,
  text,
  testId,
}: {
  code: string;
  text?: { zh: string; en: string } | null;
  testId?: string;
}) {
  const { pick } = useI18n();
  const labels = useLabels();
  const numeric = /^-?\d+$/.test(code);
  const known = labels.parcelStatus(code);
  const name = known !== code ? known : text ? pick(text.zh, text.en) : '';
  return (
    <Tag color={statusColor(code)} data-testid={testId} data-status={code}>
      {name}
      {numeric && (
        <span style={{ marginInlineStart: name ? 4 : 0, fontFamily: 'monospace', opacity: 0.75 }}>
          {code}
        </span>
      )}
    </Tag>
  );
}

/** A parcel's customs status, or a grey "not sent" while customs has none. */
export function CustomsStatusTag({
  code,
  text,
  testId,
}: {
  code: string | null;
  text?: { zh: string; en: string } | null;
  testId?: string;
}) {
  const { t } = useI18n();
  if (code === null) {
    return (
      <Tag data-testid={testId} data-status="">
        {t('parcel.notSent')}
      </Tag>
    );
  }
  return <ParcelStatusTag code={code} text={text} testId={testId} />;
}

const sourceColors: Record<EventSource, string> = {
  platform: 'blue',
  sandbox: 'purple',
  file_exchange: 'cyan',
};

export function EventSourceTag({ source }: { source: EventSource }) {
  const labels = useLabels();
  return (
    <Tag color={sourceColors[source] ?? 'default'} variant="outlined">
      {labels.eventSource(source)}
    </Tag>
  );
}

const outcomeColors: Record<MessageOutcome, string> = {
  accepted: 'success',
  duplicate: 'default',
  refused: 'error',
};

export function MessageOutcomeTag({ outcome }: { outcome: MessageOutcome }) {
  const labels = useLabels();
  return (
    <Tag color={outcomeColors[outcome] ?? 'default'} data-testid="upload-outcome" data-outcome={outcome}>
      {labels.messageOutcome(outcome)}
    </Tag>
  );
}

const documentOutcomeColors: Record<DocumentOutcome, string> = {
  created: 'green',
  changed: 'blue',
  deleted: 'red',
  unchanged: 'default',
  redeclared: 'cyan',
};

export function DocumentOutcomeTag({ outcome }: { outcome: DocumentOutcome }) {
  const labels = useLabels();
  return <Tag color={documentOutcomeColors[outcome] ?? 'default'}>{labels.documentOutcome(outcome)}</Tag>;
}
