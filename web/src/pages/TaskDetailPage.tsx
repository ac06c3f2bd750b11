import { ArrowLeftOutlined, DownloadOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Progress,
  Row,
  Slider,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import type { GovernanceReport, GovernanceTaskDetail } from '../api/types';
import { hasPermission, useUser } from '../auth/context';
import { formatDateTime } from '../components/format';
import { TaskStatusTag, useUnitName } from '../components/governance/common';
import { PageTitle } from '../components/PageTitle';
import { useProblem } from '../hooks/useProblem';
import { useRequest } from '../hooks/useRequest';
import { useI18n } from '../i18n';

const MAX_EVIDENCE = 2 * 1024 * 1024;
const EVIDENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const EVIDENCE_EXT = /\.(pdf|jpe?g|png)$/i;

const size = (n: number) =>
  n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1048576).toFixed(1)} MiB`;

/** The leading group office sets (or clears) the due date. */
function DueDateEditor({ task, onSaved }: { task: GovernanceTaskDetail; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const report = useProblem();
  const [value, setValue] = useState<Dayjs | null>(task.dueDate ? dayjs(task.dueDate) : null);
  const [busy, setBusy] = useState(false);
  const save = async (dueDate: string | null) => {
    setBusy(true);
    try {
      await api.governance.setDueDate(task.id, dueDate);
      void message.success(t('gov.dueDateSaved'));
      onSaved();
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space wrap>
      <DatePicker value={value} onChange={setValue} data-testid="gov-due-input" />
      <Button
        type="primary"
        loading={busy}
        disabled={!value}
        onClick={() => value && void save(value.format('YYYY-MM-DD'))}
        data-testid="gov-due-save"
      >
        {t('gov.setDueDate')}
      </Button>
      {task.dueDate && (
        <Button loading={busy} onClick={() => void save(null)} data-testid="gov-due-clear">
          {t('gov.clearDueDate')}
        </Button>
      )}
    </Space>
  );
}

interface ReportValues {
  percent: number;
  text: string;
}

/** The report form of a unit responsible for the task (or the leading group office). */
function ReportForm({ task, onReported }: { task: GovernanceTaskDetail; onReported: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const report = useProblem();
  const [form] = Form.useForm<ReportValues>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = (f: File) => {
    if (!EVIDENCE_TYPES.includes(f.type) && !EVIDENCE_EXT.test(f.name)) setFileError(t('gov.fileType'));
    else if (f.size > MAX_EVIDENCE) setFileError(t('gov.fileSize'));
    else {
      setFileError(null);
      setFile(f);
      return;
    }
    setFile(null);
  };

  const submit = async (values: ReportValues) => {
    setBusy(true);
    setRefusal(null);
    try {
      await api.governance.report(task.id, { ...values, file: file ?? undefined });
      void message.success(t('gov.reported'));
      form.resetFields();
      setFile(null);
      onReported();
    } catch (error) {
      // 403 (another unit's task) and 409 (completed) stay on the form, with the server's words
      if (error instanceof ApiError && !error.fieldErrors.length) setRefusal(error);
      else report(error, form, ['percent', 'text']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('gov.reportForm')} data-testid="gov-report-form">
      <Typography.Paragraph type="secondary">{t('gov.reportHint')}</Typography.Paragraph>
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="gov-report-error"
          data-status={refusal.status}
          title={`${t('gov.reportFailed', { status: refusal.status })} ${pick(refusal.problem.title, refusal.problem.titleEn)}`}
          description={pick(refusal.problem.detail, refusal.problem.detailEn)}
        />
      )}
      <Form<ReportValues>
        form={form}
        layout="vertical"
        initialValues={{ percent: task.progressPercent, text: '' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item label={t('gov.percent')} required>
          <Row gutter={16} align="middle">
            <Col flex="auto">
              <Form.Item name="percent" noStyle>
                <Slider min={0} max={100} />
              </Form.Item>
            </Col>
            <Col>
              <Form.Item name="percent" noStyle rules={[{ required: true }]}>
                <InputNumber min={0} max={100} precision={0} suffix="%" data-testid="gov-report-percent" />
              </Form.Item>
            </Col>
          </Row>
        </Form.Item>
        <Form.Item
          name="text"
          label={t('gov.reportText')}
          rules={[{ required: true, whitespace: true, message: t('gov.textRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} showCount data-testid="gov-report-text" />
        </Form.Item>
        <Form.Item
          label={t('gov.evidence')}
          validateStatus={fileError ? 'error' : undefined}
          help={fileError ?? undefined}
        >
          <Upload
            accept=".pdf,.jpg,.jpeg,.png"
            maxCount={1}
            fileList={file ? [{ uid: 'evidence', name: file.name, status: 'done' }] : []}
            beforeUpload={(f) => {
              choose(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            data-testid="gov-report-file"
          >
            <Button icon={<UploadOutlined />}>{t('gov.chooseFile')}</Button>
          </Upload>
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SendOutlined />}
          loading={busy}
          disabled={!!fileError}
          data-testid="gov-report-submit"
        >
          {t('gov.submitReport')}
        </Button>
      </Form>
    </Card>
  );
}

/** A task: its verbatim text, units, due date, reports and, for a responsible unit, the report form. */
export default function TaskDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const user = useUser();
  const unitName = useUnitName();
  const { data: task, loading, reload } = useRequest((signal) => api.governance.task(id, signal), [id]);
  const back = (
    <Link to="/tasks" data-testid="gov-back">
      <ArrowLeftOutlined /> {t('gov.back')}
    </Link>
  );
  if (!task) return <Card loading={loading}>{back}</Card>;

  const overdue = task.effectiveStatus === 'overdue';
  return (
    <div className="page-stack" data-testid="gov-task" data-key={task.key}>
      <PageTitle extra={back}>
        {t('gov.detailTitle')} {task.article}
      </PageTitle>
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          bordered
          size="small"
          styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
        >
          <Descriptions.Item label={t('gov.document')} span={2}>
            {task.document}
          </Descriptions.Item>
          <Descriptions.Item label={t('gov.article')}>{task.article}</Descriptions.Item>
          <Descriptions.Item label={t('gov.heading')}>{task.heading || t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('gov.verbatim')} span={2}>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
              data-testid="gov-task-text"
            >
              {task.text}
            </Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t('gov.leadUnit')}>
            <span data-testid="gov-task-lead">{task.leadUnit}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('gov.coUnits')}>
            {task.coUnits.length ? task.coUnits.join('、') : t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('common.status')}>
            <TaskStatusTag status={task.effectiveStatus} testId="gov-task-status" />
          </Descriptions.Item>
          <Descriptions.Item label={t('gov.progress')}>
            <Progress
              percent={task.progressPercent}
              status={overdue ? 'exception' : undefined}
              data-testid="gov-task-progress"
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('gov.dueDate')} span={2}>
            <Flex gap={16} wrap align="center">
              <Typography.Text type={overdue ? 'danger' : undefined} data-testid="gov-task-due">
                {task.dueDate ?? t('gov.noDueDate')}
              </Typography.Text>
              {hasPermission(user, 'governance:manage') && (
                <DueDateEditor key={task.dueDate ?? ''} task={task} onSaved={reload} />
              )}
            </Flex>
          </Descriptions.Item>
        </Descriptions>
      </Card>

      {task.canReport ? (
        <ReportForm key={task.updatedAt} task={task} onReported={reload} />
      ) : (
        hasPermission(user, 'governance:report') && (
          <Alert
            type={task.status === 'completed' ? 'success' : 'info'}
            showIcon
            data-testid="gov-report-closed"
            data-reason={task.status === 'completed' ? 'completed' : 'not_yours'}
            title={t(task.status === 'completed' ? 'gov.completedFinal' : 'gov.notYours')}
          />
        )
      )}

      <Card title={t('gov.reports')}>
        <Table<GovernanceReport>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={task.reports}
          locale={{ emptyText: t('gov.noReports') }}
          scroll={{ x: 900 }}
          data-testid="gov-reports"
          columns={[
            { title: t('gov.reportedAt'), dataIndex: 'at', width: 150, render: formatDateTime },
            {
              title: t('gov.reportUnit'),
              dataIndex: 'unitCode',
              width: 170,
              render: (code: GovernanceReport['unitCode']) => unitName(code),
            },
            {
              title: t('gov.reporter'),
              dataIndex: 'reportedBy',
              width: 130,
              render: (name: string | null) => name ?? t('common.none'),
            },
            {
              title: t('gov.reportPercent'),
              dataIndex: 'percent',
              width: 80,
              align: 'right',
              render: (p: number) => `${p}%`,
            },
            {
              title: t('gov.reportText'),
              dataIndex: 'text',
              render: (text: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>,
            },
            {
              title: t('gov.evidence'),
              key: 'evidence',
              width: 220,
              render: (_, r) =>
                r.evidence ? (
                  <a
                    href={api.governance.evidenceUrl(r.id)}
                    download={r.evidence.fileName}
                    data-testid="gov-evidence-link"
                    title={`SHA-256 ${r.evidence.sha256}`}
                  >
                    <DownloadOutlined /> {r.evidence.fileName} ({size(r.evidence.size)})
                  </a>
                ) : (
                  t('common.none')
                ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
