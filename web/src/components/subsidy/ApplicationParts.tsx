import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Popconfirm, Table, Timeline, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import type { SubsidyApplicationDetail, SubsidyEvidence } from '../../api/types';
import { useProblem } from '../../hooks/useProblem';
import { useI18n, type MessageKey } from '../../i18n';
import { formatYuan } from '../policy/money';
import { SubsidyStatusTag } from './common';

const STEP_ACTIONS = new Set([
  'create',
  'edit',
  'prepare',
  'submit',
  'commerce_approve',
  'commerce_return',
  'commerce_reject',
  'finance_approve',
  'finance_return',
  'finance_reject',
  'leading_group_approve',
  'leading_group_reject',
  'publish',
  'uphold_objection',
  'close_notice',
  'disburse',
]);

const size = (n: number) =>
  n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1048576).toFixed(1)} MiB`;

/** Step 3: the evidence files (pdf, jpg, png, xlsx, docx; the server decides the type by content). */
export function EvidencePanel({ app, onChange }: { app: SubsidyApplicationDetail; onChange: () => void }) {
  const { t } = useI18n();
  const report = useProblem();
  const editable = app.actions.includes('upload_evidence');
  const [uploading, setUploading] = useState(false);
  return (
    <Card
      title={t('sub.evidence')}
      data-testid="sub-evidence"
      extra={
        editable && (
          <Upload
            accept=".pdf,.jpg,.jpeg,.png,.xlsx,.docx"
            multiple
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) => {
              setUploading(true);
              // through the API client, so the CSRF header goes with it
              api.subsidy
                .uploadEvidence(app.id, file as File)
                .then((r) => {
                  onSuccess?.(r);
                  onChange();
                })
                .catch((error: unknown) => {
                  onError?.(error as Error);
                  report(error);
                })
                .finally(() => setUploading(false));
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading} data-testid="sub-upload">
              {t('sub.upload')}
            </Button>
          </Upload>
        )
      }
    >
      {editable && <Typography.Paragraph type="secondary">{t('sub.evidenceHint')}</Typography.Paragraph>}
      <Table<SubsidyEvidence>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={app.evidence}
        data-testid="sub-evidence-list"
        columns={[
          {
            title: t('sub.fileName'),
            key: 'name',
            render: (_, e) => (
              <a href={api.subsidy.evidenceFileUrl(app.id, e.id)} download={e.fileName}>
                <DownloadOutlined /> {e.fileName}
              </a>
            ),
          },
          { title: t('sub.fileSize'), key: 'size', width: 110, render: (_, e) => size(e.size) },
          {
            title: 'SHA-256',
            key: 'sha',
            render: (_, e) => (
              <Typography.Text code copyable={{ text: e.sha256 }} style={{ fontSize: 12 }}>
                {e.sha256.slice(0, 16)}…
              </Typography.Text>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_, e) =>
              editable && (
                <Popconfirm
                  title={t('sub.deleteEvidence')}
                  onConfirm={() =>
                    void api.subsidy
                      .deleteEvidence(app.id, e.id)
                      .then(onChange)
                      .catch((error: unknown) => report(error))
                  }
                >
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('sub.deleteEvidence')} />
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}

/** The history of the application: every step with who, when, amount and reasons. */
export function StepHistory({ app }: { app: SubsidyApplicationDetail }) {
  const { t } = useI18n();
  return (
    <Card title={t('sub.history')} data-testid="sub-history">
      <Timeline
        items={app.steps.map((s) => ({
          key: s.id,
          content: (
            <Flex vertical gap={2}>
              <span>
                <Typography.Text strong>
                  {STEP_ACTIONS.has(s.action) ? t(`sub.stepAction.${s.action}` as MessageKey) : s.action}
                </Typography.Text>{' '}
                <SubsidyStatusTag status={s.toStatus} />
                <Typography.Text type="secondary">
                  {s.actorName} · {new Date(s.at).toLocaleString()}
                </Typography.Text>
              </span>
              {s.amount && (
                <span>
                  {t('sub.amount')}：{formatYuan(s.amount)}
                </span>
              )}
              {s.reference && (
                <span>
                  {t('sub.reference')}：{s.reference}
                </span>
              )}
              {s.note && <span>{s.note}</span>}
              {s.reasons?.map((r) => (
                <Typography.Text key={r} type="warning">
                  · {r}
                </Typography.Text>
              ))}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}

/** Finance records the payment: the approved total, the bank's reference. */
export function DisbursePanel({ app, onDone }: { app: SubsidyApplicationDetail; onDone: () => void }) {
  const { t } = useI18n();
  const report = useProblem();
  const [form] = Form.useForm<{ bankReference: string; amount: string }>();
  const [busy, setBusy] = useState(false);
  if (!app.actions.includes('disburse')) return null;
  return (
    <Card title={t('sub.disburse')} data-testid="sub-disburse">
      <Form
        form={form}
        layout="inline"
        initialValues={{ amount: app.approvedTotal ?? '' }}
        onFinish={(v) => {
          setBusy(true);
          api.subsidy
            .disburse(app.id, { bankReference: v.bankReference, amount: v.amount })
            .then(onDone)
            .catch((error: unknown) => report(error, form))
            .finally(() => setBusy(false));
        }}
      >
        <Form.Item name="amount" label={t('sub.amount')} rules={[{ required: true }]}>
          <Input readOnly suffix={t('sub.yuan')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="bankReference"
          label={t('sub.bankReference')}
          rules={[{ required: true, message: t('sub.bankReferenceRequired') }]}
        >
          <Input style={{ width: 240 }} data-testid="sub-bank-reference" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="sub-disburse-submit">
          {t('sub.disburse')}
        </Button>
      </Form>
    </Card>
  );
}
