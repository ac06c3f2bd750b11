import { Card, Input, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/endpoints';
import type { Enterprise, EnterpriseKind, EnterpriseQuery, EnterpriseRole, FilingStatus } from '../api/types';
import { isProvincial, useUser } from '../auth/context';
import { EnterpriseRoleTags } from '../components/EnterpriseRoleTags';
import { formatDateTime, orDash } from '../components/format';
import { useLabels } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { StatusTag } from '../components/StatusTag';
import { useServerTable } from '../hooks/useServerTable';
import { useZones } from '../hooks/useZones';
import { useT } from '../i18n';

interface Filters {
  status: FilingStatus[];
  role?: EnterpriseRole;
  kind?: EnterpriseKind;
  q?: string;
  district?: string;
  zoneCode?: string;
}

/** Every filing in the caller's scope, paged, sorted and filtered on the server. */
export default function FilingsPage() {
  const t = useT();
  const user = useUser();
  const labels = useLabels();
  const { zoneShort, options: zoneOptions, districtName, districtOptions } = useZones();
  const provincial = isProvincial(user);
  const [filters, setFilters] = useState<Filters>({ status: [] });

  const query = useMemo<EnterpriseQuery>(
    () => ({
      status: filters.status.join(',') || undefined,
      role: filters.role,
      kind: filters.kind,
      q: filters.q,
      district: filters.district,
      zoneCode: provincial ? filters.zoneCode : undefined,
    }),
    [filters, provincial],
  );
  const { tableProps, sortOrderOf } = useServerTable(api.enterprises.list, query, {
    defaultSort: '-updatedAt',
  });
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  const columns: TableColumnsType<Enterprise> = [
    {
      title: t('filing.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf('name'),
      width: 260,
      render: (name: string, e) => (
        <Link to={`/enterprises/${e.id}`} data-testid={`filing-link-${e.id}`}>
          {name}
        </Link>
      ),
    },
    {
      title: t('filing.identity'),
      key: 'identity',
      width: 200,
      render: (_, e) => (
        <Typography.Text style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          {orDash(e.kind === 'individual' ? e.residentIdMasked : e.uscc)}
        </Typography.Text>
      ),
    },
    { title: t('filing.kind'), dataIndex: 'kind', width: 100, render: (k: EnterpriseKind) => labels.kind(k) },
    {
      title: t('filing.roles'),
      dataIndex: 'roles',
      render: (roles: EnterpriseRole[]) => <EnterpriseRoleTags roles={roles} />,
    },
    ...(provincial
      ? [{ title: t('common.zone'), dataIndex: 'zoneCode', width: 120, render: (z: string) => zoneShort(z) }]
      : []),
    {
      title: t('filing.district'),
      dataIndex: 'district',
      width: 100,
      render: (d: string | null) => orDash(districtName(d)),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 120,
      render: (s: FilingStatus) => <StatusTag status={s} />,
    },
    {
      title: t('filing.submittedAt'),
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      sorter: true,
      sortOrder: sortOrderOf('submittedAt'),
      width: 150,
      render: formatDateTime,
    },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      sortOrder: sortOrderOf('updatedAt'),
      width: 150,
      render: formatDateTime,
    },
  ];

  return (
    <>
      <PageTitle>{t('filing.listTitle')}</PageTitle>
      <Card>
        <Space wrap className="filter-bar">
          <Input.Search
            allowClear
            placeholder={t('filing.searchPlaceholder')}
            style={{ width: 300 }}
            onSearch={(q) => set({ q: q.trim() || undefined })}
            data-testid="filings-q"
          />
          <Select
            mode="multiple"
            allowClear
            placeholder={t('filing.statusPlaceholder')}
            style={{ minWidth: 200 }}
            options={labels.statusOptions}
            value={filters.status}
            onChange={(status: FilingStatus[]) => set({ status })}
            data-testid="filings-status"
          />
          <Select
            allowClear
            placeholder={t('filing.rolePlaceholder')}
            style={{ width: 170 }}
            options={labels.entRoleOptions}
            value={filters.role}
            onChange={(role?: EnterpriseRole) => set({ role })}
          />
          <Select
            allowClear
            placeholder={t('filing.kindPlaceholder')}
            style={{ width: 130 }}
            options={labels.kindOptions}
            value={filters.kind}
            onChange={(kind?: EnterpriseKind) => set({ kind })}
          />
          <Select
            allowClear
            placeholder={t('filing.districtPlaceholder')}
            style={{ width: 160 }}
            options={districtOptions(provincial ? filters.zoneCode : user.zoneCode)}
            showSearch={{ optionFilterProp: 'label' }}
            value={filters.district}
            onChange={(district?: string) => set({ district })}
            data-testid="filings-district"
          />
          {provincial && (
            <Select
              allowClear
              placeholder={t('filing.zonePlaceholder')}
              style={{ width: 260 }}
              options={zoneOptions}
              value={filters.zoneCode}
              onChange={(zoneCode?: string) => set({ zoneCode, district: undefined })}
            />
          )}
        </Space>
        <Table<Enterprise>
          rowKey="id"
          columns={columns}
          scroll={{ x: 1300 }}
          {...tableProps}
          data-testid="filings-table"
        />
      </Card>
    </>
  );
}
