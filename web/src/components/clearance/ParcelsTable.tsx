import { Input, Select, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/endpoints';
import type { MatchState, Parcel, ParcelFlow, ParcelQuery } from '../../api/types';
import { isProvincial, useUser } from '../../auth/context';
import { useServerTable } from '../../hooks/useServerTable';
import { useZones } from '../../hooks/useZones';
import { useT } from '../../i18n';
import { formatDateTime, orDash } from '../format';
import { useLabels } from '../labels';
import { CustomsStatusTag, MatchStateTag } from './ClearanceTags';
import { Amount, TradeMode } from './ParcelFields';

interface Filters {
  matchState?: MatchState;
  customsStatus: string[];
  flow?: ParcelFlow;
  q?: string;
  zoneCode?: string;
}

const mono = { fontFamily: 'monospace', whiteSpace: 'nowrap' } as const;

/**
 * The parcels in the caller's scope, paged and filtered on the server. With `customsStatus` (and
 * `revoked`) the list is preset to those statuses (the customs queue) and the match and status filters
 * are hidden.
 */
export function ParcelsTable({
  customsStatus,
  revoked,
}: {
  customsStatus?: readonly string[];
  revoked?: boolean | undefined;
}) {
  const t = useT();
  const user = useUser();
  const labels = useLabels();
  const { zoneShort, options: zoneOptions } = useZones();
  const provincial = isProvincial(user);
  const preset = customsStatus !== undefined;
  const [filters, setFilters] = useState<Filters>({ customsStatus: [] });

  const query = useMemo<ParcelQuery>(
    () => ({
      matchState: preset ? undefined : filters.matchState,
      customsStatus: (preset ? customsStatus : filters.customsStatus).join(',') || undefined,
      flow: filters.flow,
      q: filters.q,
      zoneCode: provincial ? filters.zoneCode : undefined,
      revoked: revoked === undefined ? undefined : revoked ? 'true' : 'false',
    }),
    [filters, provincial, preset, customsStatus, revoked],
  );
  const { tableProps } = useServerTable(api.clearance.parcels, query);
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  const columns: TableColumnsType<Parcel> = [
    {
      title: t('parcel.orderNo'),
      dataIndex: 'orderNo',
      width: 170,
      fixed: 'left',
      render: (orderNo: string | null, p) => (
        <Link to={`/parcels/${p.id}`} style={mono} data-testid={`parcel-link-${p.id}`}>
          {orderNo ?? p.id.slice(0, 8)}
        </Link>
      ),
    },
    {
      title: t('parcel.logisticsNo'),
      dataIndex: 'logisticsNo',
      width: 160,
      render: (v: string | null) => <span style={mono}>{orDash(v)}</span>,
    },
    {
      title: t('parcel.invtNo'),
      dataIndex: 'invtNo',
      width: 170,
      render: (v: string | null) => <span style={mono}>{orDash(v)}</span>,
    },
    {
      title: t('parcel.tradeMode'),
      dataIndex: 'tradeMode',
      width: 90,
      render: (m: string) => <TradeMode code={m} />,
    },
    { title: t('parcel.flow'), dataIndex: 'flow', width: 70, render: (f: ParcelFlow) => labels.flow(f) },
    // every parcel with customs was matched: the queue leaves the match out
    ...(preset
      ? []
      : [
          {
            title: t('parcel.matchState'),
            dataIndex: 'matchState',
            width: 190,
            render: (s: MatchState, p: Parcel) => <MatchStateTag state={s} missing={p.missing} />,
          },
        ]),
    {
      title: t('parcel.customsStatus'),
      dataIndex: 'customsStatus',
      width: 230,
      // Customs' last answer stays on a withdrawn parcel: the list says it was withdrawn (or deleted).
      render: (code: string | null, p) => (
        <Space size={4} wrap>
          <CustomsStatusTag code={code} text={p.customsStatusText} />
          {p.revokedAt && (
            <Tag data-testid="parcel-revoked-tag">
              {t(p.sentAt ? 'parcelEvent.revoked' : 'parcelEvent.deleted')}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: t('parcel.declaredValue'),
      dataIndex: 'declaredValue',
      width: 140,
      align: 'right',
      render: (v: string, p) => <Amount value={v} currency={p.currency} />,
    },
    ...(provincial
      ? [{ title: t('common.zone'), dataIndex: 'zoneCode', width: 120, render: (z: string) => zoneShort(z) }]
      : []),
    { title: t('common.updatedAt'), dataIndex: 'updatedAt', width: 140, render: formatDateTime },
  ];

  return (
    <>
      <Space wrap className="filter-bar">
        <Input.Search
          allowClear
          placeholder={t('parcel.searchPlaceholder')}
          style={{ width: 300 }}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          data-testid="parcels-q"
        />
        {!preset && (
          <Select
            allowClear
            placeholder={t('parcel.matchStatePlaceholder')}
            style={{ width: 150 }}
            options={labels.matchStateOptions}
            value={filters.matchState}
            onChange={(matchState?: MatchState) => set({ matchState })}
            data-testid="parcels-match-state"
          />
        )}
        {!preset && (
          <Select
            mode="multiple"
            allowClear
            placeholder={t('parcel.customsStatusPlaceholder')}
            style={{ minWidth: 220, maxWidth: 480 }}
            options={labels.customsStatusOptions}
            showSearch={{ optionFilterProp: 'label' }}
            value={filters.customsStatus}
            onChange={(status: string[]) => set({ customsStatus: status })}
            data-testid="parcels-customs-status"
          />
        )}
        <Select
          allowClear
          placeholder={t('parcel.flowPlaceholder')}
          style={{ width: 120 }}
          options={labels.flowOptions}
          value={filters.flow}
          onChange={(flow?: ParcelFlow) => set({ flow })}
          data-testid="parcels-flow"
        />
        {provincial && (
          <Select
            allowClear
            placeholder={t('parcel.zonePlaceholder')}
            style={{ width: 260 }}
            options={zoneOptions}
            value={filters.zoneCode}
            onChange={(zoneCode?: string) => set({ zoneCode })}
          />
        )}
      </Space>
      <Table<Parcel>
        rowKey="id"
        columns={columns}
        scroll={{ x: columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0) }}
        onRow={(p) => ({ 'data-testid': `parcel-row-${p.id}` }) as HTMLAttributes<HTMLElement>}
        {...tableProps}
        data-testid="parcels-table"
      />
    </>
  );
}
