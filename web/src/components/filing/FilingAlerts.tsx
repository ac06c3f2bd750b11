import { Alert, Card, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Enterprise, EnterpriseRole } from '../../api/types';
import { useZones } from '../../hooks/useZones';
import { useT, type MessageKey } from '../../i18n';
import { orDash } from '../format';
import { useLabels } from '../labels';

/** The reviewer's reason, shown prominently while a filing or its change is returned. */
export function ReturnReasonAlert({ enterprise }: { enterprise: Enterprise }) {
  const t = useT();
  const returned = enterprise.status === 'returned' || enterprise.status === 'change_returned';
  if (!returned) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="return-reason-alert"
      title={t(enterprise.status === 'returned' ? 'filing.returnedTitle' : 'filing.changeReturnedTitle')}
      description={
        <span>
          {t('filing.returnReason')}
          {t('common.colon')}
          <Typography.Text strong>{enterprise.returnReason ?? '—'}</Typography.Text>
        </span>
      }
    />
  );
}

const fieldLabels: Record<string, MessageKey> = {
  kind: 'filing.kind',
  name: 'filing.name',
  uscc: 'filing.uscc',
  residentId: 'filing.residentId',
  residentIdMasked: 'filing.residentId',
  roles: 'filing.roles',
  customsCode: 'filing.customsCode',
  district: 'filing.district',
  park: 'filing.park',
  address: 'filing.address',
  contactName: 'filing.contactName',
  contactPhone: 'filing.contactPhone',
  contactEmail: 'filing.contactEmail',
  zoneCode: 'filing.zone',
};

interface ChangeRow {
  field: string;
  current: string;
  pending: string;
}

/** A change to an approved filing awaiting review: the current value beside the changed one. */
export function PendingChangeCard({ enterprise }: { enterprise: Enterprise }) {
  const t = useT();
  const labels = useLabels();
  const { districtName } = useZones();
  const pending = enterprise.pending;
  if (!pending) return null;

  const show = (field: string, value: unknown): string => {
    if (Array.isArray(value)) {
      return value
        .map((v) => (field === 'roles' ? labels.entRole(String(v as EnterpriseRole)) : String(v)))
        .join('、');
    }
    if (field === 'kind' && typeof value === 'string') return labels.kind(value);
    if (field === 'district' && typeof value === 'string') return districtName(value);
    if (typeof value === 'string' || typeof value === 'number') return orDash(value);
    return value === null || value === undefined ? '—' : JSON.stringify(value);
  };
  const current: Record<string, unknown> = { ...enterprise };
  const rows: ChangeRow[] = Object.entries(pending)
    .filter(([field]) => field in fieldLabels)
    .map(([field, value]) => ({
      field,
      current: show(field, field === 'residentId' ? enterprise.residentIdMasked : current[field]),
      pending: show(field, value),
    }));

  const columns: TableColumnsType<ChangeRow> = [
    {
      title: t('filing.pendingField'),
      dataIndex: 'field',
      width: 180,
      render: (f: string) => t(fieldLabels[f] ?? 'filing.name'),
    },
    { title: t('filing.currentValue'), dataIndex: 'current' },
    {
      title: t('filing.pendingValue'),
      dataIndex: 'pending',
      render: (v: string) => <Typography.Text mark>{v}</Typography.Text>,
    },
  ];

  return (
    <Card title={t('filing.pendingTitle')} data-testid="pending-change">
      <Typography.Paragraph type="secondary">{t('filing.pendingHint')}</Typography.Paragraph>
      <Table<ChangeRow> rowKey="field" size="small" columns={columns} dataSource={rows} pagination={false} />
    </Card>
  );
}

/** What a filer or reviewer must see first: the return reason and any change awaiting review. */
export function FilingAlerts({ enterprise }: { enterprise: Enterprise }) {
  return (
    <>
      <ReturnReasonAlert enterprise={enterprise} />
      <PendingChangeCard enterprise={enterprise} />
    </>
  );
}
