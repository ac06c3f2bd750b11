import { ClearOutlined, InboxOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Row, Space, Statistic, Table, Typography, Upload } from 'antd';
import type { TableColumnsType, UploadFile } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import type { IngestReport, MessageReport, Problem, ProblemFieldError } from '../api/types';
import { DocumentOutcomeTag, MatchStateTag, MessageOutcomeTag } from '../components/clearance/ClearanceTags';
import { useLabels } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { useProblem } from '../hooks/useProblem';
import { useI18n } from '../i18n';

interface Chosen {
  uid: string;
  file: File;
}

interface Outcome {
  report: IngestReport;
  /** The problem the server answered when the only message sent was refused (400). */
  problem?: Problem;
}

const mono = { fontFamily: 'monospace' } as const;
const isXml = (name: string) => name.toLowerCase().endsWith('.xml');

/** The message type a file's root element names (`<ceb:CEB311Message …>`), read from its first bytes. */
async function messageTypeOf(file: File): Promise<string | null> {
  const head = await file
    .slice(0, 4096)
    .text()
    .catch(() => '');
  return /<(?:[\w.-]+:)?(CEB\d{3})Message\b/.exec(head)?.[1] ?? null;
}

/**
 * A single message that is refused answers 400 problem+json instead of a report: shown as the report of
 * that one message, so one file or several read the same way. The problem names no message type; the
 * file's root element does.
 */
async function refusalReport(file: File, problem: Problem): Promise<IngestReport> {
  return {
    accepted: 0,
    duplicates: 0,
    refused: 1,
    messages: [
      {
        index: 0,
        source: file.name,
        guid: null,
        type: await messageTypeOf(file),
        outcome: 'refused',
        errors: problem.errors ?? [],
        warnings: [],
        documents: [],
      },
    ],
    parcels: [],
  };
}

/** Enterprise users send CEB XML messages (one file or many) and read what became of each. */
export default function ClearanceUploadPage() {
  const { t, pick } = useI18n();
  const labels = useLabels();
  const { message } = App.useApp();
  const reportProblem = useProblem();
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const send = async () => {
    const files = chosen.map((c) => c.file);
    if (!files.length) {
      message.warning(t('upload.noFile'));
      return;
    }
    setBusy(true);
    try {
      const report = await api.clearance.send(files);
      setOutcome({ report });
      setChosen([]);
      const text = t('upload.done', {
        accepted: report.accepted,
        duplicates: report.duplicates,
        refused: report.refused,
      });
      if (report.refused > 0) message.warning(text);
      else message.success(text);
    } catch (error) {
      const [only] = files;
      if (only && files.length === 1 && error instanceof ApiError && error.code === 'validation_failed') {
        setOutcome({ report: await refusalReport(only, error.problem), problem: error.problem });
        setChosen([]);
      } else {
        reportProblem(error);
      }
    } finally {
      setBusy(false);
    }
  };

  const fileList: UploadFile[] = chosen.map(({ uid, file }) => ({
    uid,
    name: file.name,
    size: file.size,
    status: 'done',
  }));

  /** Each field a message is refused for, or warned of, with what is wrong with it. */
  const faultItems = (faults: ProblemFieldError[], kind: 'error' | 'warning') =>
    faults.map((e, i) => (
      <li key={`${e.field}-${e.code}-${i}`} data-testid={`upload-${kind}`} data-field={e.field}>
        <Typography.Text code style={{ wordBreak: 'break-all' }}>
          {e.field}
        </Typography.Text>{' '}
        <Typography.Text type={kind === 'error' ? 'danger' : 'warning'}>
          {pick(e.message, e.messageEn)}
        </Typography.Text>
      </li>
    ));

  const messageColumns: TableColumnsType<MessageReport> = [
    {
      title: t('upload.source'),
      dataIndex: 'source',
      width: 200,
      render: (source: string | null) => (
        <Typography.Text style={{ wordBreak: 'break-all' }}>{source ?? '—'}</Typography.Text>
      ),
    },
    { title: t('upload.type'), dataIndex: 'type', width: 100, render: (type: string | null) => type ?? '—' },
    {
      title: t('upload.guid'),
      dataIndex: 'guid',
      width: 180,
      render: (guid: string | null) =>
        guid ? (
          <Typography.Text
            style={{ ...mono, fontSize: 12 }}
            copyable={{ text: guid }}
            ellipsis={{ tooltip: guid }}
          >
            {guid}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: t('upload.outcome'),
      dataIndex: 'outcome',
      width: 100,
      render: (o: MessageReport['outcome']) => <MessageOutcomeTag outcome={o} />,
    },
    {
      // a refused message names its wrong fields; an accepted one lists what became of its documents
      title: t('upload.details'),
      key: 'details',
      render: (_, m) => {
        if (m.errors.length > 0)
          return <ul style={{ margin: 0, paddingInlineStart: 18 }}>{faultItems(m.errors, 'error')}</ul>;
        if (m.documents.length === 0 && m.warnings.length === 0) return '—';
        return (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {m.documents.map((d) => (
              <li key={d.guid} data-testid="upload-document">
                {labels.docKind(d.kind)}{' '}
                <Typography.Text style={{ ...mono, fontSize: 12 }}>{d.businessKey}</Typography.Text>{' '}
                <DocumentOutcomeTag outcome={d.outcome} />
              </li>
            ))}
            {faultItems(m.warnings, 'warning')}
          </ul>
        );
      },
    },
  ];

  const parcelColumns: TableColumnsType<IngestReport['parcels'][number]> = [
    {
      title: t('upload.parcelId'),
      dataIndex: 'id',
      render: (id: string) => <Typography.Text style={{ ...mono, fontSize: 12 }}>{id}</Typography.Text>,
    },
    {
      title: t('parcel.matchState'),
      dataIndex: 'matchState',
      render: (state: IngestReport['parcels'][number]['matchState'], p) => (
        <MatchStateTag state={state} missing={p.missing} />
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, p) => (
        <Link to={`/parcels/${p.id}`} data-testid={`upload-parcel-link-${p.id}`}>
          {t('upload.viewParcel')}
        </Link>
      ),
    },
  ];

  const report = outcome?.report;
  return (
    <div className="page-stack">
      <PageTitle>{t('upload.title')}</PageTitle>
      <Card>
        <Typography.Paragraph type="secondary">{t('upload.intro')}</Typography.Paragraph>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Upload.Dragger
            accept=".xml,application/xml,text/xml"
            multiple
            fileList={fileList}
            beforeUpload={(file) => {
              if (!isXml(file.name)) {
                message.warning(t('upload.notXml', { name: file.name }));
                return Upload.LIST_IGNORE;
              }
              setChosen((list) =>
                list.some((c) => c.file.name === file.name && c.file.size === file.size)
                  ? list
                  : [...list, { uid: file.uid, file }],
              );
              return false;
            }}
            onRemove={(removed) => setChosen((list) => list.filter((c) => c.uid !== removed.uid))}
            data-testid="upload-dragger"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('upload.dragText')}</p>
            <p className="ant-upload-hint">{t('upload.dragHint')}</p>
          </Upload.Dragger>
          <Space>
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={busy}
              disabled={chosen.length === 0}
              onClick={() => void send()}
              data-testid="upload-send"
            >
              {t('upload.send')}
              {chosen.length > 1 ? ` (${chosen.length})` : ''}
            </Button>
            <Button
              icon={<ClearOutlined />}
              disabled={chosen.length === 0 || busy}
              onClick={() => setChosen([])}
              data-testid="upload-clear"
            >
              {t('upload.clear')}
            </Button>
          </Space>
        </Space>
      </Card>
      {report && (
        <Card
          title={t('upload.report')}
          data-testid="upload-report"
          data-accepted={report.accepted}
          data-duplicates={report.duplicates}
          data-refused={report.refused}
        >
          {outcome.problem && (
            <Alert
              type="error"
              showIcon
              title={pick(outcome.problem.title, outcome.problem.titleEn)}
              description={pick(outcome.problem.detail, outcome.problem.detailEn)}
              style={{ marginBottom: 16 }}
              data-testid="upload-refusal"
            />
          )}
          <Row gutter={32} style={{ marginBottom: 16 }}>
            <Col data-testid="upload-accepted">
              <Statistic
                title={t('upload.accepted')}
                value={report.accepted}
                styles={{ content: { color: '#389e0d' } }}
              />
            </Col>
            <Col data-testid="upload-duplicates">
              <Statistic title={t('upload.duplicates')} value={report.duplicates} />
            </Col>
            <Col data-testid="upload-refused">
              <Statistic
                title={t('upload.refused')}
                value={report.refused}
                styles={{ content: { color: report.refused ? '#cf1322' : undefined } }}
              />
            </Col>
          </Row>
          <Table<MessageReport>
            rowKey="index"
            size="small"
            columns={messageColumns}
            dataSource={report.messages}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 900 }}
            data-testid="upload-messages"
          />
          {report.parcels.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 24 }}>
                {t('upload.parcels')}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t('upload.parcelsHint')}</Typography.Paragraph>
              <Table
                rowKey="id"
                size="small"
                columns={parcelColumns}
                dataSource={report.parcels}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                data-testid="upload-parcels"
              />
            </>
          )}
        </Card>
      )}
    </div>
  );
}
