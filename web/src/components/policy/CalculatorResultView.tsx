import {
  CheckCircleFilled,
  CloseCircleFilled,
  DownOutlined,
  QuestionCircleFilled,
  RightOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Segmented,
  Statistic,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useState, type Key, type ReactNode } from 'react';
import type {
  CalculatorResult,
  FactsVocabulary,
  PolicyArticle,
  PolicyItemResult,
  PolicyItemStatus,
  PolicyTraceLine,
} from '../../api/types';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { formatYuan, sumYuan } from './money';

const STATUS_COLOR: Record<PolicyItemStatus, string> = {
  eligible: 'success',
  undetermined: 'warning',
  ineligible: 'error',
  not_in_force: 'default',
};

const FILTERS = ['all', 'eligible', 'undetermined', 'ineligible', 'not_in_force'] as const;
type Filter = (typeof FILTERS)[number];

const rowKey = (i: PolicyItemResult) => `${i.documentKey}:${i.ruleId}`;

export function ItemStatusTag({ item }: { item: PolicyItemResult }) {
  const { t } = useI18n();
  return (
    <Flex gap={4} wrap>
      <Tag
        color={STATUS_COLOR[item.status]}
        data-testid={`item-status-${item.ruleId}`}
        data-status={item.status}
      >
        {t(`calc.status.${item.status}` as MessageKey)}
      </Tag>
      {item.draft && item.status !== 'not_in_force' && <Tag color="orange">{t('calc.draft')}</Tag>}
    </Flex>
  );
}

/** The amount cell: the fixed sum, the maximum reviewers may approve, or what kind of support it is. */
function AmountCell({ item }: { item: PolicyItemResult }) {
  const { t } = useI18n();
  if (item.status !== 'eligible') return <>—</>;
  if (item.kind === 'payment' && item.amount !== null) {
    const amount = formatYuan(item.amount);
    return (
      <span
        data-testid={`item-amount-${item.ruleId}`}
        style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
      >
        {item.basis === 'maximum' ? t('calc.upTo', { amount }) : amount}
      </span>
    );
  }
  return (
    <Typography.Text type="secondary" data-testid={`item-amount-${item.ruleId}`}>
      {t(`calc.kind.${item.kind}` as MessageKey)}
    </Typography.Text>
  );
}

function outcomeIcon(outcome: PolicyTraceLine['outcome'], label: string): ReactNode {
  if (outcome === 'met') return <CheckCircleFilled style={{ color: '#52c41a' }} aria-label={label} />;
  if (outcome === 'not_met') return <CloseCircleFilled style={{ color: '#ff4d4f' }} aria-label={label} />;
  if (outcome === 'unknown') return <QuestionCircleFilled style={{ color: '#faad14' }} aria-label={label} />;
  return undefined;
}

/** The engine's steps for an item, each with its numbers, outcome and the article it applies. */
export function TraceTimeline({ trace, testId }: { trace: readonly PolicyTraceLine[]; testId?: string }) {
  const { t, pick } = useI18n();
  return (
    <Timeline
      style={{ marginTop: 12, marginBottom: -16 }}
      data-testid={testId}
      items={trace.map((line, n) => ({
        key: n,
        icon: outcomeIcon(line.outcome, line.outcome ? t(`calc.outcome.${line.outcome}` as MessageKey) : ''),
        color:
          line.outcome === 'not_met'
            ? 'red'
            : line.outcome === 'unknown'
              ? 'orange'
              : line.outcome === 'met'
                ? 'green'
                : 'gray',
        content: (
          <span>
            {pick(line.zh, line.en)}
            {line.citation && (
              <Tag style={{ marginLeft: 8 }} bordered={false} color="blue">
                {line.citation}
              </Tag>
            )}
          </span>
        ),
      }))}
    />
  );
}

/** The articles an item rests on, verbatim: its own first, then those its trace cites. */
function citedArticles(item: PolicyItemResult, articles: readonly PolicyArticle[]): PolicyArticle[] {
  const cited = new Set<string>([item.citation]);
  for (const r of item.reasons) if (r.citation) cited.add(r.citation);
  for (const c of item.caps) cited.add(c.citation);
  if (item.bestOf) cited.add(item.bestOf.citation);
  for (const line of item.trace) if (line.citation) cited.add(line.citation);
  const own = articles.filter((a) => a.citation === item.citation);
  return [...own, ...articles.filter((a) => a.citation !== item.citation && cited.has(a.citation))];
}

/** Why an item came out as it did: reasons, missing facts, every step with its numbers, the articles. */
function ItemDetail({
  item,
  articles,
  vocab,
}: {
  item: PolicyItemResult;
  articles: readonly PolicyArticle[];
  vocab: FactsVocabulary;
}) {
  const { t, pick } = useI18n();
  const factName = (id: string) => {
    const f = vocab.facts.find((x) => x.id === id);
    return f ? pick(f.zh, f.en) : id;
  };
  return (
    <Flex vertical gap={12} style={{ padding: '4px 8px' }} data-testid={`item-detail-${item.ruleId}`}>
      {item.reasons.length > 0 && (
        <div>
          <Typography.Text strong>{t('calc.reasons')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {item.reasons.map((r) => (
              <li key={`${r.code}-${r.zh}`}>
                {pick(r.zh, r.en)}
                {r.citation && (
                  <Tag style={{ marginLeft: 8 }} bordered={false}>
                    {r.citation}
                  </Tag>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {item.missingFacts.length > 0 && (
        <div>
          <Typography.Text strong>{t('calc.missing')}</Typography.Text>
          <Flex wrap gap={4} style={{ marginTop: 4 }}>
            {item.missingFacts.map((id) => (
              <Tag key={id} color="warning">
                {factName(id)}
              </Tag>
            ))}
          </Flex>
        </div>
      )}
      <div>
        <Typography.Text strong>{t('calc.trace')}</Typography.Text>
        <TraceTimeline trace={item.trace} testId={`item-trace-${item.ruleId}`} />
      </div>
      <div data-testid={`item-articles-${item.ruleId}`}>
        <Typography.Text strong>{t('calc.articles')}</Typography.Text>
        {citedArticles(item, articles).map((a) => (
          <blockquote
            key={a.citation}
            lang="zh-CN"
            style={{
              margin: '8px 0 0',
              padding: '8px 12px',
              borderInlineStart: '3px solid #1d4f91',
              background: '#f7f9fc',
            }}
          >
            <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
              {a.citation}
              {a.section && !a.label.startsWith(a.section) ? `（${a.section}）` : ''}
            </Typography.Text>
            <div style={{ whiteSpace: 'pre-wrap' }}>{a.text}</div>
          </blockquote>
        ))}
      </div>
    </Flex>
  );
}

/** The documents' verdicts for the year: in force (days, reference day, USD rate), draft, or not. */
function Verdicts({ result }: { result: CalculatorResult }) {
  const { t, pick } = useI18n();
  return result.documents.map((d) => {
    if (!d.inForce)
      return (
        <Alert
          key={d.key}
          type="warning"
          showIcon
          data-testid="calc-not-in-force"
          title={t('calc.notInForce', { citeAs: d.citeAs, year: result.year })}
          description={d.reason ? pick(d.reason.zh, d.reason.en) : undefined}
        />
      );
    const lines = [
      t('calc.inForce', {
        citeAs: d.citeAs,
        year: result.year,
        days: d.daysInForce,
        partial: d.partialYear ? t('calc.partialYear') : '',
        date: d.referenceDate ?? '',
      }),
      d.fxRate
        ? t('calc.fxRate', { year: d.fxRate.year, rate: d.fxRate.cnyPerUsd, source: d.fxRate.source })
        : t('calc.noFxRate', { year: result.year }),
    ];
    return (
      <Alert
        key={d.key}
        type={d.stage === 'draft' ? 'warning' : 'info'}
        showIcon
        data-testid={d.stage === 'draft' ? 'calc-draft-estimate' : 'calc-in-force'}
        title={d.stage === 'draft' ? t('calc.draftEstimate', { citeAs: d.citeAs }) : lines[0]}
        description={
          <Flex vertical>
            {(d.stage === 'draft' ? lines : lines.slice(1)).map((l) => (
              <span key={l}>{l}</span>
            ))}
          </Flex>
        }
      />
    );
  });
}

/**
 * The answer: the documents' verdicts, the total (exact: server strings, summed with decimal.js), and
 * every item with its status, tier, amount, caps and best-of decision; each row opens onto its reasons,
 * its trace and the articles it rests on, quoted.
 */
export function CalculatorResultView({
  result,
  vocab,
  zoneLabel,
  stale,
}: {
  result: CalculatorResult;
  vocab: FactsVocabulary;
  zoneLabel: string;
  stale: boolean;
}) {
  const { t, pick } = useI18n();
  const [filter, setFilter] = useState<Filter>('all');
  const [expanded, setExpanded] = useState<readonly Key[]>([]);

  const paying = result.items.filter(
    (i) => i.status === 'eligible' && i.kind === 'payment' && i.amount !== null,
  );
  const fixed = sumYuan(paying.filter((i) => i.basis !== 'maximum').map((i) => i.amount!));
  const maximum = sumYuan(paying.filter((i) => i.basis === 'maximum').map((i) => i.amount!));
  const count = (f: Filter) =>
    f === 'all' ? result.items.length : result.items.filter((i) => i.status === f).length;
  const shown = filter === 'all' ? result.items : result.items.filter((i) => i.status === filter);
  const itemTitle = (ruleId: string) => {
    const winner = result.items.find((i) => i.ruleId === ruleId);
    return winner ? winner.citation : ruleId;
  };
  const articleLabel = (i: PolicyItemResult) =>
    result.articles.find((a) => a.documentKey === i.documentKey && a.id === i.article)?.label ?? i.article;

  const columns: TableColumnsType<PolicyItemResult> = [
    { title: t('calc.col.article'), key: 'article', width: 100, render: (_, i) => articleLabel(i) },
    {
      title: t('calc.col.item'),
      key: 'item',
      render: (_, i) => (
        <Flex vertical gap={2}>
          <span>{pick(i.title.zh, i.title.en)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {i.ruleId}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('calc.col.status'), key: 'status', width: 130, render: (_, i) => <ItemStatusTag item={i} /> },
    {
      title: t('calc.col.tier'),
      key: 'tier',
      width: 190,
      render: (_, i) =>
        i.tier ? t('calc.tier', { index: i.tier.index, label: pick(i.tier.label.zh, i.tier.label.en) }) : '—',
    },
    {
      title: t('calc.col.amount'),
      key: 'amount',
      align: 'right',
      width: 170,
      render: (_, i) => <AmountCell item={i} />,
    },
    {
      title: t('calc.col.caps'),
      key: 'caps',
      width: 220,
      render: (_, i) =>
        i.caps.length ? (
          <Flex vertical gap={2} style={{ fontSize: 12 }}>
            {i.caps.map((c) => (
              <span key={`${c.kind}-${c.id}`}>
                {t(`calc.capKind.${c.kind}` as MessageKey)} {formatYuan(c.limit)}：{formatYuan(c.before)} →{' '}
                {formatYuan(c.after)}
              </span>
            ))}
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: t('calc.col.bestOf'),
      key: 'bestOf',
      width: 170,
      render: (_, i) =>
        i.bestOf ? (
          <Tag color={i.bestOf.decision === 'paid' ? 'green' : 'default'} title={i.bestOf.citation}>
            {i.bestOf.decision === 'paid'
              ? t('calc.bestOf.paid')
              : t('calc.bestOf.excluded', {
                  winner:
                    i.bestOf.winner === 'other_policy'
                      ? t('calc.bestOf.otherPolicy')
                      : itemTitle(i.bestOf.winner),
                })}
          </Tag>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Card
      title={t('calc.results')}
      extra={
        <Typography.Text type="secondary">
          {t('calc.resultsFor', { zone: zoneLabel, year: result.year })}
        </Typography.Text>
      }
      data-testid="calc-results"
    >
      <Flex vertical gap={12}>
        {stale && <Alert type="warning" showIcon title={t('calc.stale')} data-testid="calc-stale" />}
        <Verdicts result={result} />
        <Flex wrap gap={32} align="end">
          <Statistic
            title={t('calc.total')}
            value={result.total}
            formatter={() => formatYuan(result.total)}
            styles={{ content: { color: '#1d4f91', fontVariantNumeric: 'tabular-nums' } }}
            data-testid="calc-total"
          />
          <Flex vertical gap={2}>
            <Typography.Text type="secondary">
              {t('calc.totalSplit', { fixed: formatYuan(fixed), maximum: formatYuan(maximum) })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('calc.eligibleCount', { count: count('eligible') })} ·{' '}
              {t('calc.undeterminedCount', { count: count('undetermined') })}
            </Typography.Text>
            <Typography.Text type="secondary">{t('calc.disclaimer')}</Typography.Text>
          </Flex>
        </Flex>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={FILTERS.map((f) => ({
            value: f,
            label: t(`calc.filter.${f}` as MessageKey, { count: count(f) }),
          }))}
          data-testid="calc-filter"
        />
        {shown.length === 0 ? (
          <Empty />
        ) : (
          <Table<PolicyItemResult>
            size="middle"
            rowKey={rowKey}
            columns={columns}
            dataSource={shown}
            pagination={false}
            scroll={{ x: 1100 }}
            data-testid="calc-items"
            expandable={{
              expandedRowKeys: expanded,
              onExpandedRowsChange: (keys) => setExpanded(keys),
              expandedRowRender: (i) => <ItemDetail item={i} articles={result.articles} vocab={vocab} />,
              expandIcon: ({ expanded: open, onExpand, record }) => (
                <Button
                  type="link"
                  size="small"
                  icon={open ? <DownOutlined /> : <RightOutlined />}
                  onClick={(e) => onExpand(record, e)}
                  data-testid={`item-why-${record.ruleId}`}
                  style={{ paddingInline: 0 }}
                >
                  {t('calc.why')}
                </Button>
              ),
              columnWidth: 72,
            }}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={5}>
                  <Typography.Text strong>{t('calc.total')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  <Typography.Text
                    strong
                    data-testid="calc-total-row"
                    style={{ fontVariantNumeric: 'tabular-nums' }}
                  >
                    {formatYuan(result.total)}
                  </Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} colSpan={2} />
              </Table.Summary.Row>
            )}
          />
        )}
      </Flex>
    </Card>
  );
}
