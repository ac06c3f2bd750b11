import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../api/endpoints';
import type { ApiToken, CreatedToken, CreateTokenInput } from '../api/types';
import { formatDateTime } from '../components/format';
import { PageTitle } from '../components/PageTitle';
import { useProblem } from '../hooks/useProblem';
import { useRequest } from '../hooks/useRequest';
import { useT } from '../i18n';

function tokenState(token: ApiToken): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && dayjs(token.expiresAt).isBefore(dayjs())) return 'expired';
  return 'active';
}

/** The caller's API tokens for integrations: list, create (the secret shown once), revoke. */
export default function TokensPage() {
  const t = useT();
  const report = useProblem();
  const { message } = App.useApp();
  const { data, loading, reload } = useRequest(() => api.tokens.list(), []);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);

  const revoke = async (token: ApiToken) => {
    try {
      await api.tokens.revoke(token.id);
      message.success(t('tokens.revoked'));
      reload();
    } catch (error) {
      report(error);
    }
  };

  const columns: TableColumnsType<ApiToken> = [
    { title: t('tokens.name'), dataIndex: 'name' },
    {
      title: t('tokens.prefix'),
      dataIndex: 'prefix',
      render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text>,
    },
    { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
    {
      title: t('tokens.expiresAt'),
      dataIndex: 'expiresAt',
      render: (at: string | null) => (at ? formatDateTime(at) : t('tokens.noExpiry')),
    },
    {
      title: t('tokens.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      render: (at: string | null) => (at ? formatDateTime(at) : t('tokens.never')),
    },
    {
      title: t('common.status'),
      key: 'state',
      render: (_, token) => {
        const state = tokenState(token);
        const color = state === 'active' ? 'green' : state === 'revoked' ? 'default' : 'orange';
        return <Tag color={color}>{t(`tokens.${state}`)}</Tag>;
      },
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, token) =>
        tokenState(token) === 'revoked' ? null : (
          <Popconfirm
            title={t('tokens.revokeConfirm', { name: token.name })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => void revoke(token)}
          >
            <Button type="link" danger size="small" data-testid={`token-revoke-${token.id}`}>
              {t('tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <div className="page-stack">
      <PageTitle
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="token-create"
          >
            {t('tokens.create')}
          </Button>
        }
      >
        {t('tokens.title')}
      </PageTitle>
      <Alert type="info" showIcon title={t('tokens.intro')} />
      {created && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setCreated(null) }}
          data-testid="token-created"
          title={`${t('tokens.createdTitle')}${t('common.colon')}${created.name}`}
          description={
            <>
              <Typography.Paragraph type="warning">{t('tokens.createdHint')}</Typography.Paragraph>
              <Typography.Paragraph
                copyable={{ text: created.token }}
                className="token-box"
                data-testid="token-value"
              >
                {created.token}
              </Typography.Paragraph>
            </>
          }
        />
      )}
      <Card>
        <Table<ApiToken>
          rowKey="id"
          columns={columns}
          dataSource={data ?? []}
          loading={loading}
          pagination={false}
          data-testid="tokens-table"
        />
      </Card>
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(token) => {
          setCreating(false);
          setCreated(token);
          reload();
        }}
      />
    </div>
  );
}

function CreateTokenModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (token: CreatedToken) => void;
}) {
  const t = useT();
  const report = useProblem();
  const [form] = Form.useForm<CreateTokenInput>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      onCreated(
        await api.tokens.create({
          name: values.name.trim(),
          ...(values.expiresInDays ? { expiresInDays: values.expiresInDays } : {}),
        }),
      );
    } catch (error) {
      report(error, form, ['name', 'expiresInDays']);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('tokens.create')}
      okText={<span data-testid="token-create-confirm">{t('common.confirm')}</span>}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="name" label={t('tokens.name')} rules={[{ required: true, whitespace: true }]}>
          <Input data-testid="token-name" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="expiresInDays"
          label={t('tokens.expiresInDays')}
          extra={t('tokens.expiresInDaysHint')}
        >
          <InputNumber min={1} max={3650} precision={0} style={{ width: 200 }} data-testid="token-days" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
