import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Result,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import { DOCUMENT_KINDS } from '../api/types';
import type {
  DocumentKind,
  Mismatch,
  ParcelDetail,
  ParcelDocument,
  ParcelEvent,
  ParcelTax,
} from '../api/types';
import { hasPermission, useUser } from '../auth/context';
import {
  CustomsStatusTag,
  EventSourceTag,
  MatchStateTag,
  ParcelStatusTag,
} from '../components/clearance/ClearanceTags';
import { Amount, TradeMode } from '../components/clearance/ParcelFields';
import { formatDateTime, orDash } from '../components/format';
import { useLabels } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { useRequest } from '../hooks/useRequest';
import { useZones } from '../hooks/useZones';
import { useI18n } from '../i18n';

const mono = { fontFamily: 'monospace' } as const;

/** Timeline dot colours of a lifecycle step. */
function eventColor(status: string): string {
  if (status.startsWith('-') || ['mismatched', 'deleted', 'revoked', '100'].includes(status)) return 'red';
  if (status === 'matched' || status === '800' || status === '899') return 'green';
  if (status === '500' || status === '300' || /^5\d\d$/.test(status)) return 'orange';
  return 'blue';
}

/** The three-document match: what is awaited, or the fields that disagree with each document's value. */
function MatchCard({ parcel }: { parcel: ParcelDetail }) {
  const { t, pick } = useI18n();
  const labels = useLabels();
  const kinds = DOCUMENT_KINDS.filter((k) => parcel.mismatches.some((m) => m.documents.includes(k)));
  const columns: TableColumnsType<Mismatch> = [
    {
      title: t('parcel.field'),
      dataIndex: 'field',
      width: 160,
      render: (field: string) => <Typography.Text code>{field}</Typography.Text>,
    },
    ...kinds.map((kind: DocumentKind) => ({
      title: labels.docKind(kind),
      key: kind,
      render: (_: unknown, m: Mismatch) =>
        m.documents.includes(kind) ? <span style={mono}>{orDash(m.values[kind])}</span> : '',
    })),
    { title: t('parcel.rule'), key: 'rule', render: (_, m) => pick(m.rule.zh, m.rule.en) },
  ];
  return (
    <Card title={t('parcel.match')}>
      {parcel.matchState === 'incomplete' && (
        <Alert
          type="warning"
          showIcon
          title={t('parcel.incompleteHint', { kinds: labels.docKinds(parcel.missing) })}
        />
      )}
      {parcel.matchState === 'matched' && <Alert type="success" showIcon title={t('parcel.matchedHint')} />}
      {parcel.matchState === 'mismatched' && (
        <>
          <Alert type="error" showIcon title={t('parcel.mismatchedHint')} style={{ marginBottom: 16 }} />
          <Table<Mismatch>
            rowKey="field"
            size="small"
            columns={columns}
            dataSource={parcel.mismatches}
            pagination={false}
            scroll={{ x: 700 }}
            data-testid="parcel-mismatches"
          />
        </>
      )}
    </Card>
  );
}

function DocumentsCard({ documents }: { documents: ParcelDocument[] }) {
  const { t } = useI18n();
  const labels = useLabels();
  const columns: TableColumnsType<ParcelDocument> = [
    {
      title: t('parcel.docKind'),
      dataIndex: 'kind',
      width: 80,
      render: (k: DocumentKind) => labels.docKind(k),
    },
    { title: t('parcel.messageType'), dataIndex: 'messageType', width: 90 },
    {
      title: t('parcel.guid'),
      dataIndex: 'guid',
      width: 150,
      render: (guid: string) => (
        <Typography.Text
          style={{ ...mono, fontSize: 12 }}
          ellipsis={{ tooltip: guid }}
          copyable={{ text: guid }}
        >
          {guid}
        </Typography.Text>
      ),
    },
    {
      title: t('parcel.businessKey'),
      dataIndex: 'businessKey',
      render: (key: string) => <span style={{ ...mono, fontSize: 12 }}>{key}</span>,
    },
    {
      title: t('parcel.appType'),
      dataIndex: 'appType',
      width: 90,
      render: (a: string) => `${a} ${labels.appType(a)}`,
    },
    { title: t('parcel.version'), dataIndex: 'version', width: 60 },
    {
      title: t('parcel.deleted'),
      dataIndex: 'deleted',
      width: 70,
      render: (deleted: boolean) => (deleted ? <Tag color="red">{t('common.yes')}</Tag> : t('common.no')),
    },
  ];
  return (
    <Card title={t('parcel.documents')}>
      <Table<ParcelDocument>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={documents}
        pagination={false}
        scroll={{ x: 720 }}
        data-testid="parcel-documents"
      />
    </Card>
  );
}

type TaxLine = NonNullable<ParcelTax['lines']>[number];

/**
 * A retail import's combined tax, as computed when it went to customs (财关税〔2016〕18号, 〔2018〕49号): the
 * treatment its limits gave, each line's dutiable value and taxes, the totals; or why it was not computed.
 */
function TaxCard({ parcel }: { parcel: ParcelDetail }) {
  const { t, pick } = useI18n();
  const tax = parcel.tax;
  const money = (v: string) => <span style={{ ...mono, whiteSpace: 'nowrap' }}>{v}</span>;
  const columns: TableColumnsType<TaxLine> = [
    { title: t('parcel.tax.gnum'), dataIndex: 'gnum', width: 60 },
    {
      title: t('parcel.tax.gcode'),
      dataIndex: 'gcode',
      render: (c: string) => <span style={mono}>{c}</span>,
    },
    { title: t('parcel.tax.taxPrice'), dataIndex: 'taxPrice', align: 'right', render: money },
    ...(['customsTax', 'consumptionTax', 'valueAddedTax', 'total'] as const).map((k) => ({
      title: t(`parcel.tax.${k}`),
      key: k,
      align: 'right' as const,
      render: (_: unknown, l: TaxLine) => money(l.payable[k]),
    })),
  ];
  return (
    <Card title={t('parcel.tax')} data-testid="parcel-tax">
      {!tax ? (
        <Typography.Text type="secondary">{t('parcel.tax.pending')}</Typography.Text>
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Space wrap>
            <Tag
              color={tax.treatment === 'cbec_preferential' ? 'green' : 'orange'}
              data-testid="parcel-tax-treatment"
            >
              {t(tax.treatment === 'cbec_preferential' ? 'parcel.tax.preferential' : 'parcel.tax.fullTax')}
            </Tag>
            <Typography.Text type="secondary">
              {t('parcel.tax.date')} {tax.date}
            </Typography.Text>
          </Space>
          {tax.errors?.length ? (
            <Alert
              type="warning"
              showIcon
              title={t('parcel.tax.failed')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {tax.errors.map((e, i) => (
                    <li key={i}>
                      {e.gnum !== undefined && `#${e.gnum} `}
                      {pick(e.message.zh, e.message.en)}
                    </li>
                  ))}
                </ul>
              }
            />
          ) : (
            <Table<TaxLine>
              rowKey="gnum"
              size="small"
              columns={columns}
              dataSource={tax.lines ?? []}
              pagination={false}
              scroll={{ x: 640 }}
              data-testid="parcel-tax-lines"
              summary={() =>
                tax.totals && (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} colSpan={2}>
                      <strong>{t('parcel.tax.sum')}</strong>
                    </Table.Summary.Cell>
                    {(['taxPrice', 'customsTax', 'consumptionTax', 'valueAddedTax', 'taxTotal'] as const).map(
                      (k, i) => (
                        <Table.Summary.Cell key={k} index={i + 2} align="right">
                          <strong data-testid={k === 'taxTotal' ? 'parcel-tax-total' : undefined}>
                            {money(tax.totals![k])}
                          </strong>
                        </Table.Summary.Cell>
                      ),
                    )}
                  </Table.Summary.Row>
                )
              }
            />
          )}
        </Space>
      )}
    </Card>
  );
}

/** The lifecycle, oldest first: platform events and customs' answers with their time and source. */
function EventsCard({ events }: { events: ParcelEvent[] }) {
  const { t } = useI18n();
  const items = events.map((e) => ({
    key: e.id,
    color: eventColor(e.status),
    content: (
      <div data-testid="parcel-event" data-status={e.status}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(e.at)}
        </Typography.Text>
        <Flex wrap gap={4} style={{ marginTop: 2 }}>
          <ParcelStatusTag code={e.status} />
          <EventSourceTag source={e.source} />
        </Flex>
        {e.info && <div style={{ marginTop: 2, wordBreak: 'break-word' }}>{e.info}</div>}
      </div>
    ),
  }));
  return (
    <Card title={t('parcel.events')} data-testid="parcel-events">
      {items.length ? <Timeline items={items} /> : <Empty description={t('parcel.noEvents')} />}
    </Card>
  );
}

/** One parcel end to end: its keys and statuses, the match, its documents and every step of its lifecycle. */
export default function ParcelDetailPage() {
  const { t } = useI18n();
  const user = useUser();
  const labels = useLabels();
  const { zoneShort } = useZones();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useRequest(() => api.clearance.parcel(id), [id]);

  if (!data) {
    if (error instanceof ApiError && error.status === 404) {
      return (
        <Result
          status="404"
          title={t('error.notFound')}
          extra={<Link to="/parcels">{t('common.back')}</Link>}
        />
      );
    }
    if (error && !loading) return <Result status="warning" title={t('error.loadFailed')} />;
    return <Skeleton active />;
  }

  const showEnterprise = user.role !== 'enterprise' && hasPermission(user, 'enterprise:read');
  return (
    <div className="page-stack">
      <PageTitle
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
            {t('common.back')}
          </Button>
        }
      >
        {t('parcel.detailTitle')}
      </PageTitle>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <Space size="middle" wrap>
            <Typography.Title level={4} style={{ margin: 0, ...mono }} data-testid="parcel-order-no">
              {data.orderNo ?? data.id}
            </Typography.Title>
            <Tag>{labels.flow(data.flow)}</Tag>
            <MatchStateTag state={data.matchState} missing={data.missing} testId="parcel-match-state" />
            <CustomsStatusTag
              code={data.customsStatus}
              text={data.customsStatusText}
              testId="parcel-customs-status"
            />
          </Space>
          {showEnterprise && <Link to={`/enterprises/${data.enterpriseId}`}>{t('parcel.enterprise')}</Link>}
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('parcel.orderNo')}>
            <span style={mono}>{orDash(data.orderNo)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('parcel.ebpCode')}>
            <span style={mono}>{orDash(data.ebpCode)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('parcel.tradeMode')}>
            <TradeMode code={data.tradeMode} />
            {labels.tradeMode(data.tradeMode) && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {labels.tradeMode(data.tradeMode)}
              </Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('parcel.logisticsNo')}>
            <span style={mono}>{orDash(data.logisticsNo)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('parcel.logisticsCode')}>
            <span style={mono}>{orDash(data.logisticsCode)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('parcel.invtNo')}>
            <span style={mono}>{orDash(data.invtNo)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('parcel.declaredValue')}>
            <Amount value={data.declaredValue} currency={data.currency} />
          </Descriptions.Item>
          <Descriptions.Item label={t('common.zone')}>{zoneShort(data.zoneCode)}</Descriptions.Item>
          <Descriptions.Item label={t('common.createdAt')}>
            {formatDateTime(data.createdAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('parcel.sentAt')}>{formatDateTime(data.sentAt)}</Descriptions.Item>
          <Descriptions.Item label={t('parcel.releasedAt')}>
            {formatDateTime(data.releasedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('parcel.revokedAt')}>
            {formatDateTime(data.revokedAt)}
          </Descriptions.Item>
        </Descriptions>
        {(data.declarationState === 'withdrawn' || data.declarationState === 'rejected') && (
          <Alert
            type={data.declarationState === 'withdrawn' ? 'info' : 'warning'}
            showIcon
            style={{ marginTop: 16 }}
            data-testid="parcel-declaration-hint"
            data-state={data.declarationState}
            title={
              data.declarationState === 'withdrawn'
                ? t('parcel.withdrawnHint')
                : t('parcel.rejectedHint', { status: data.customsStatus ?? '' })
            }
          />
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <MatchCard parcel={data} />
            {data.flow === 'import' && <TaxCard parcel={data} />}
            <DocumentsCard documents={data.documents} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <EventsCard events={data.events} />
        </Col>
      </Row>
    </div>
  );
}
