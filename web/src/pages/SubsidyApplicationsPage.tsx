import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api/endpoints';
import type { SubsidyApplication } from '../api/types';
import { PageTitle } from '../components/PageTitle';
import { formatYuan } from '../components/policy/money';
import { SubsidyStatusTag } from '../components/subsidy/common';
import { EntitlementsCard } from '../components/subsidy/Entitlements';
import { useRequest } from '../hooks/useRequest';
import { useI18n } from '../i18n';

/** The enterprise's own subsidy applications. */
export default function SubsidyApplicationsPage() {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const list = useRequest((signal) => api.subsidy.list({ pageSize: 100 }, signal), []);
  return (
    <div className="page-stack" data-testid="sub-applications-page">
      <PageTitle
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/subsidies/new')}
            data-testid="sub-new"
          >
            {t('sub.new')}
          </Button>
        }
      >
        {t('sub.myTitle')}
      </PageTitle>
      <EntitlementsCard />
      <Card>
        <Table<SubsidyApplication>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          data-testid="sub-applications"
          columns={[
            { title: t('sub.year'), dataIndex: 'year', width: 80 },
            { title: t('sub.fund'), key: 'fund', render: (_, a) => pick(a.fundName.zh, a.fundName.en) },
            {
              title: t('sub.items'),
              key: 'items',
              render: (_, a) =>
                a.items.map((i) => (i.title ? pick(i.title.zh, i.title.en) : i.ruleId)).join('；'),
            },
            {
              title: t('common.status'),
              key: 'status',
              width: 140,
              render: (_, a) => <SubsidyStatusTag status={a.status} />,
            },
            {
              title: t('sub.approvedTotal'),
              key: 'approved',
              align: 'right',
              render: (_, a) => formatYuan(a.approvedTotal),
            },
            {
              title: t('common.actions'),
              key: 'open',
              width: 100,
              render: (_, a) => (
                <Link to={`/subsidies/${a.id}`} data-testid="sub-open">
                  {t('common.view')}
                </Link>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
