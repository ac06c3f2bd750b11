import { Card, Flex, Select, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/endpoints';
import { SUBSIDY_STATUSES, type SubsidyApplication, type SubsidyStatus } from '../api/types';
import { hasPermission, useUser } from '../auth/context';
import { PageTitle } from '../components/PageTitle';
import { formatYuan } from '../components/policy/money';
import { defaultQueue, SubsidyStatusTag } from '../components/subsidy/common';
import { EntitlementRunCard } from '../components/subsidy/Entitlements';
import { useRequest } from '../hooks/useRequest';
import { useI18n, type MessageKey } from '../i18n';

/**
 * The reviewers' queue: by default the applications waiting for the user's role (commerce: submitted,
 * and approved ones to publish; finance: approved by commerce, and ready to pay; leading group: approved
 * by finance). The review itself is on the application's page, the trace beside each figure.
 */
export default function SubsidyReviewPage() {
  const { t, pick } = useI18n();
  const user = useUser();
  const [statuses, setStatuses] = useState<SubsidyStatus[]>(() => defaultQueue(user));
  const [page, setPage] = useState(1);
  const list = useRequest(
    (signal) =>
      api.subsidy.list({ status: statuses.join(','), page, pageSize: 20, sort: '-updatedAt' }, signal),
    [statuses.join(','), page],
  );
  return (
    <div className="page-stack" data-testid="sub-review-page">
      <PageTitle>{t('sub.reviewTitle')}</PageTitle>
      {hasPermission(user, 'subsidy:entitle') && <EntitlementRunCard />}
      <Card>
        <Flex gap={12} style={{ marginBottom: 16 }} align="center">
          <span>{t('common.status')}</span>
          <Select<SubsidyStatus[]>
            mode="multiple"
            allowClear
            style={{ minWidth: 420 }}
            value={statuses}
            onChange={(v) => {
              setStatuses(v);
              setPage(1);
            }}
            placeholder={t('common.all')}
            options={SUBSIDY_STATUSES.map((s) => ({ value: s, label: t(`sub.status.${s}` as MessageKey) }))}
            data-testid="sub-queue-status"
          />
        </Flex>
        <Table<SubsidyApplication>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          data-testid="sub-queue"
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            { title: t('sub.enterprise'), dataIndex: 'enterpriseName' },
            { title: t('sub.year'), dataIndex: 'year', width: 80 },
            { title: t('sub.fund'), key: 'fund', render: (_, a) => pick(a.fundName.zh, a.fundName.en) },
            { title: t('sub.items'), key: 'n', width: 80, render: (_, a) => a.items.length },
            {
              title: t('sub.maximumTotal'),
              key: 'max',
              align: 'right',
              render: (_, a) => formatYuan(a.maximumTotal),
            },
            {
              title: t('sub.approvedTotal'),
              key: 'appr',
              align: 'right',
              render: (_, a) => formatYuan(a.approvedTotal),
            },
            {
              title: t('common.status'),
              key: 'status',
              width: 140,
              render: (_, a) => <SubsidyStatusTag status={a.status} />,
            },
            {
              title: t('common.actions'),
              key: 'open',
              width: 100,
              render: (_, a) => (
                <Link to={`/subsidies/${a.id}`} data-testid="sub-open">
                  {a.actions.some(
                    (x) => x.endsWith('review') || x === 'leading_group_decision' || x === 'disburse',
                  )
                    ? t('sub.reviewAction')
                    : t('common.view')}
                </Link>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
