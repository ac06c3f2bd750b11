import { CloudUploadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { TableColumnsType, UploadFile } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/endpoints';
import type { ImportFieldError, ImportResult, ImportRowResult } from '../api/types';
import { isProvincial, useUser } from '../auth/context';
import { PageTitle } from '../components/PageTitle';
import { useProblem } from '../hooks/useProblem';
import { useZones } from '../hooks/useZones';
import { useI18n } from '../i18n';

/** Bulk import of filings from an .xlsx or .csv file, with a row-by-row result. */
export default function ImportPage() {
  const { t, pick } = useI18n();
  const user = useUser();
  const { message } = App.useApp();
  const report = useProblem();
  const { options: zoneOptions } = useZones();
  const provincial = isProvincial(user);
  const [file, setFile] = useState<File | null>(null);
  const [acceptValid, setAcceptValid] = useState(false);
  const [zoneCode, setZoneCode] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  const start = async () => {
    if (!file) {
      message.warning(t('import.noFile'));
      return;
    }
    setBusy(true);
    try {
      const answer = await api.enterprises.import(file, acceptValid, provincial ? zoneCode : undefined);
      setResult(answer);
      message.success(t('import.done', { imported: answer.imported, rejected: answer.rejected }));
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const errorText = (e: ImportFieldError) =>
    typeof e.message === 'string'
      ? pick(e.message, 'messageEn' in e ? e.messageEn : undefined)
      : pick(e.message.zh, e.message.en);

  const fileList: UploadFile[] = file
    ? [{ uid: 'file', name: file.name, status: 'done', size: file.size }]
    : [];

  const columns: TableColumnsType<ImportRowResult> = [
    { title: t('import.row'), dataIndex: 'row', width: 90 },
    {
      title: t('import.ok'),
      dataIndex: 'ok',
      width: 100,
      render: (ok: boolean) =>
        ok ? <Tag color="success">{t('import.rowOk')}</Tag> : <Tag color="error">{t('import.rowBad')}</Tag>,
    },
    {
      title: t('filing.name'),
      dataIndex: 'name',
      render: (name: string | undefined, r) =>
        r.id ? <Link to={`/enterprises/${r.id}`}>{name}</Link> : (name ?? '—'),
    },
    {
      title: t('import.errors'),
      dataIndex: 'errors',
      render: (errors: ImportFieldError[]) =>
        errors.length === 0 ? (
          '—'
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {errors.map((e) => (
              <li key={`${e.field}-${e.code}`}>
                <Typography.Text code>{e.field}</Typography.Text> {errorText(e)}
              </li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <div className="page-stack">
      <PageTitle>{t('import.title')}</PageTitle>
      <Card>
        <Typography.Paragraph type="secondary">{t('import.intro')}</Typography.Paragraph>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Button
            icon={<DownloadOutlined />}
            href={api.enterprises.templateUrl}
            download
            data-testid="import-template"
          >
            {t('import.template')}
          </Button>
          {provincial && (
            <Space>
              <Typography.Text>{t('import.zone')}</Typography.Text>
              <Select
                style={{ width: 320 }}
                options={zoneOptions}
                value={zoneCode}
                onChange={setZoneCode}
                data-testid="import-zone"
              />
            </Space>
          )}
          <Upload.Dragger
            accept=".xlsx,.csv"
            maxCount={1}
            fileList={fileList}
            beforeUpload={(chosen) => {
              setFile(chosen);
              setResult(null);
              return false;
            }}
            onRemove={() => setFile(null)}
            data-testid="import-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('import.file')}</p>
            <p className="ant-upload-hint">{t('import.fileHint')}</p>
          </Upload.Dragger>
          <div>
            <Checkbox
              checked={acceptValid}
              onChange={(e) => setAcceptValid(e.target.checked)}
              data-testid="import-accept-valid"
            >
              {t('import.acceptValid')}
            </Checkbox>
            <Typography.Text type="secondary">{t('import.acceptValidHint')}</Typography.Text>
          </div>
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            loading={busy}
            disabled={!file || (provincial && !zoneCode)}
            onClick={() => void start()}
            data-testid="import-start"
          >
            {t('import.start')}
          </Button>
        </Space>
      </Card>
      {result && (
        <Card title={t('import.result')} data-testid="import-result">
          {result.rolledBack && (
            <Alert
              type="warning"
              showIcon
              title={t('import.rolledBack')}
              style={{ marginBottom: 16 }}
              data-testid="import-rolled-back"
            />
          )}
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col>
              <Statistic
                title={t('import.imported')}
                value={result.imported}
                styles={{ content: { color: '#389e0d' } }}
              />
            </Col>
            <Col>
              <Statistic
                title={t('import.rejected')}
                value={result.rejected}
                styles={{ content: { color: '#cf1322' } }}
              />
            </Col>
          </Row>
          <Table<ImportRowResult>
            rowKey="row"
            size="small"
            columns={columns}
            dataSource={result.rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            data-testid="import-rows"
          />
        </Card>
      )}
    </div>
  );
}
