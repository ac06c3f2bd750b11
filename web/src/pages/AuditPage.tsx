import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import {
  Alert,
  AutoComplete,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/endpoints';
import type { AuditQuery, AuditRecord, AuditVerifyResult } from '../api/types';
import { hasPermission, isProvincial, useUser } from '../auth/context';
import { formatDateTime, orDash } from '../components/format';
import { JsonView } from '../components/JsonView';
import { useLabels } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { useProblem } from '../hooks/useProblem';
import { useServerTable } from '../hooks/useServerTable';
import { useZones } from '../hooks/useZones';
import { useT } from '../i18n';

interface FilterValues {
  action?: string;
  entityType?: string;
  entityId?: string;
  zoneCode?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toQuery(values: FilterValues): AuditQuery {
  const [from, to] = values.range ?? [null, null];
  return {
    action: values.action?.trim() || undefined,
    entityType: values.entityType?.trim() || undefined,
    entityId: values.entityId?.trim() || undefined,
    zoneCode: values.zoneCode,
    from: from ? from.startOf('day').toISOString() : undefined,
    to: to ? to.endOf('day').toISOString() : undefined,
  };
}

/** The append-only, hash-chained audit trail, newest first, with a check of the chain. */
export default function AuditPage() {
  const t = useT();
  const user = useUser();
  const labels = useLabels();
  const report = useProblem();
  const { zoneShort, options: zoneOptions } = useZones();
  const [form] = Form.useForm<FilterValues>();
  const [query, setQuery] = useState<AuditQuery>({});
  const [verifying, setVerifying] = useState(false);
  const [verified, setVerified] = useState<AuditVerifyResult | null>(null);
  const { tableProps } = useServerTable(api.audit.list, query);
  const provincial = isProvincial(user);

  const verify = async () => {
    setVerifying(true);
    try {
      setVerified(await api.audit.verify());
    } catch (error) {
      report(error);
    } finally {
      setVerifying(false);
    }
  };

  const columns: TableColumnsType<AuditRecord> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
    { title: t('audit.at'), dataIndex: 'at', width: 150, render: formatDateTime },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 220,
      render: (_, r) => (
        <Space size={4}>
          <span>{orDash(r.actorName)}</span>
          {r.role && <Tag>{labels.role(r.role)}</Tag>}
        </Space>
      ),
    },
    ...(provincial
      ? [
          {
            title: t('common.zone'),
            dataIndex: 'zoneCode',
            width: 120,
            render: (z: string | null) => zoneShort(z) || '—',
          },
        ]
      : []),
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 250,
      render: (action: string) => (
        <Space size={4} data-testid="audit-action">
          <Tag color="geekblue">{action}</Tag>
          {labels.action(action) !== action && labels.action(action)}
        </Space>
      ),
    },
    { title: t('audit.entityType'), dataIndex: 'entityType', width: 120 },
    {
      title: t('audit.entityId'),
      dataIndex: 'entityId',
      ellipsis: true,
      render: (id: string | null, r) =>
        id && r.entityType === 'enterprise' ? (
          <Link to={`/enterprises/${id}`} data-testid="audit-entity-link">
            {id}
          </Link>
        ) : (
          orDash(id)
        ),
    },
    {
      title: t('audit.hash'),
      dataIndex: 'hash',
      width: 130,
      render: (hash: string) => (
        <Typography.Text code copyable={{ text: hash }}>
          {hash.slice(0, 8)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <div className="page-stack">
      <PageTitle
        extra={
          hasPermission(user, 'audit:verify') && (
            <Button
              icon={<SafetyCertificateOutlined />}
              loading={verifying}
              onClick={() => void verify()}
              data-testid="audit-verify"
            >
              {t('audit.verify')}
            </Button>
          )
        }
      >
        {t('audit.title')}
      </PageTitle>
      {verified && (
        <Alert
          type={verified.ok ? 'success' : 'error'}
          showIcon
          closable={{ onClose: () => setVerified(null) }}
          data-testid="audit-verify-result"
          title={
            verified.ok || !verified.firstBroken
              ? t('audit.verifyOk', { checked: verified.checked })
              : t('audit.verifyBroken', {
                  seq: verified.firstBroken.seq,
                  reason: verified.firstBroken.reason,
                  checked: verified.checked,
                })
          }
        />
      )}
      <Card>
        <Form<FilterValues>
          form={form}
          layout="inline"
          className="filter-bar"
          onFinish={(v) => setQuery(toQuery(v))}
        >
          <Form.Item name="action">
            <AutoComplete
              allowClear
              placeholder={t('audit.actionPlaceholder')}
              style={{ width: 250 }}
              options={labels.actionOptions.map((o) => ({ value: o.value, label: `${o.value} ${o.label}` }))}
              showSearch={{
                filterOption: (input, option) =>
                  String(option?.label ?? '')
                    .toLowerCase()
                    .includes(input.toLowerCase()),
              }}
              data-testid="audit-filter-action"
            />
          </Form.Item>
          <Form.Item name="entityType">
            <Input
              allowClear
              placeholder={t('audit.entityTypePlaceholder')}
              style={{ width: 180 }}
              data-testid="audit-filter-entity-type"
            />
          </Form.Item>
          <Form.Item name="entityId">
            <Input
              allowClear
              placeholder={t('audit.entityIdPlaceholder')}
              style={{ width: 280 }}
              data-testid="audit-filter-entity-id"
            />
          </Form.Item>
          <Form.Item name="range">
            <DatePicker.RangePicker data-testid="audit-filter-range" />
          </Form.Item>
          {provincial && (
            <Form.Item name="zoneCode">
              <Select
                allowClear
                placeholder={t('common.zone')}
                options={zoneOptions}
                style={{ width: 240 }}
              />
            </Form.Item>
          )}
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setQuery({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form>
        <Table<AuditRecord>
          rowKey={(r) => String(r.seq)}
          columns={columns}
          scroll={{ x: 1250 }}
          expandable={{
            expandedRowRender: (r) => (
              <div className="json-pair">
                <JsonView title={t('audit.before')} value={r.before} testId="audit-before" />
                <JsonView title={t('audit.after')} value={r.after} testId="audit-after" />
              </div>
            ),
          }}
          {...tableProps}
          data-testid="audit-table"
        />
      </Card>
    </div>
  );
}
