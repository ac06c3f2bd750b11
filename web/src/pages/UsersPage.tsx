import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { api } from '../api/endpoints';
import type { ManagedUser, Role, UpdateUserInput, UserQuery } from '../api/types';
import { isProvincial, useUser } from '../auth/context';
import { formatDateTime, orDash } from '../components/format';
import { useLabels } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { CreateUserModal } from '../components/users/CreateUserModal';
import { ResetPasswordModal } from '../components/users/ResetPasswordModal';
import { useProblem } from '../hooks/useProblem';
import { useServerTable } from '../hooks/useServerTable';
import { useZones } from '../hooks/useZones';
import { useT } from '../i18n';

function isLocked(u: ManagedUser): boolean {
  return Boolean(u.lockedUntil && dayjs(u.lockedUntil).isAfter(dayjs()));
}

/** The administrator's list of accounts: create, disable or enable, unlock, reset a password. */
export default function UsersPage() {
  const t = useT();
  const me = useUser();
  const labels = useLabels();
  const report = useProblem();
  const { message } = App.useApp();
  const { zoneShort, options: zoneOptions } = useZones();
  const provincial = isProvincial(me);
  const [q, setQ] = useState<string>();
  const [role, setRole] = useState<Role>();
  const [zoneCode, setZoneCode] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<ManagedUser | null>(null);

  const query = useMemo<UserQuery>(() => ({ q, role, zoneCode }), [q, role, zoneCode]);
  const { tableProps, reload } = useServerTable(api.users.list, query);

  const update = async (u: ManagedUser, input: UpdateUserInput) => {
    try {
      await api.users.update(u.id, input);
      message.success(t('users.updated'));
      reload();
    } catch (error) {
      report(error);
    }
  };

  const columns: TableColumnsType<ManagedUser> = [
    { title: t('users.username'), dataIndex: 'username' },
    { title: t('users.displayName'), dataIndex: 'displayName' },
    { title: t('users.role'), dataIndex: 'role', render: (r: Role) => labels.role(r) },
    {
      title: t('users.zone'),
      dataIndex: 'zoneCode',
      render: (z: string | null) => (z ? zoneShort(z) : t('users.zoneProvincial')),
    },
    { title: t('users.enterpriseId'), dataIndex: 'enterpriseId', ellipsis: true, render: orDash },
    {
      title: t('common.status'),
      key: 'status',
      render: (_, u) => (
        <Space size={4}>
          {u.disabled ? <Tag>{t('users.disabled')}</Tag> : <Tag color="green">{t('users.active')}</Tag>}
          {isLocked(u) && <Tag color="red">{t('users.locked')}</Tag>}
        </Space>
      ),
    },
    { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, u) => (
        <Space size={0} wrap>
          {u.disabled ? (
            <Button
              type="link"
              size="small"
              onClick={() => void update(u, { disabled: false })}
              data-testid={`user-enable-${u.username}`}
            >
              {t('users.enable')}
            </Button>
          ) : (
            <Popconfirm
              title={t('users.disableConfirm', { name: u.displayName })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => void update(u, { disabled: true })}
              disabled={u.id === me.id}
            >
              <Button
                type="link"
                size="small"
                danger
                disabled={u.id === me.id}
                data-testid={`user-disable-${u.username}`}
              >
                {t('users.disable')}
              </Button>
            </Popconfirm>
          )}
          {isLocked(u) && (
            <Button
              type="link"
              size="small"
              onClick={() => void update(u, { unlock: true })}
              data-testid={`user-unlock-${u.username}`}
            >
              {t('users.unlock')}
            </Button>
          )}
          <Button
            type="link"
            size="small"
            onClick={() => setResetting(u)}
            data-testid={`user-reset-${u.username}`}
          >
            {t('users.resetPassword')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="user-create"
          >
            {t('users.create')}
          </Button>
        }
      >
        {t('users.title')}
      </PageTitle>
      <Card>
        <Space wrap className="filter-bar">
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            style={{ width: 240 }}
            onSearch={(v) => setQ(v.trim() || undefined)}
            data-testid="users-q"
          />
          <Select
            allowClear
            placeholder={t('users.role')}
            style={{ width: 180 }}
            options={labels.roleOptions}
            value={role}
            onChange={setRole}
          />
          {provincial && (
            <Select
              allowClear
              placeholder={t('users.zone')}
              style={{ width: 260 }}
              options={zoneOptions}
              value={zoneCode}
              onChange={setZoneCode}
            />
          )}
        </Space>
        <Table<ManagedUser>
          rowKey="id"
          columns={columns}
          scroll={{ x: 1000 }}
          {...tableProps}
          data-testid="users-table"
        />
      </Card>
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          message.success(t('users.created'));
          reload();
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={() => {
          setResetting(null);
          message.success(t('users.updated'));
        }}
      />
    </>
  );
}
