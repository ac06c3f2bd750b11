import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../api/endpoints';
import type { Enterprise, EnterpriseRole, FilingStatus } from '../api/types';
import { EnterpriseRoleTags } from '../components/EnterpriseRoleTags';
import { ReturnModal } from '../components/filing/ReturnModal';
import { ReviewButtons } from '../components/filing/ReviewButtons';
import { useReview } from '../components/filing/useReview';
import { formatDateTime, orDash } from '../components/format';
import { PageTitle } from '../components/PageTitle';
import { StatusTag } from '../components/StatusTag';
import { useServerTable } from '../hooks/useServerTable';
import { useZones } from '../hooks/useZones';
import { useT } from '../i18n';

const QUEUE = { status: 'submitted,change_submitted' } as const;

/** Filings and changes awaiting the commerce bureau's review, oldest first. */
export default function ReviewQueuePage() {
  const t = useT();
  const { districtName } = useZones();
  const { tableProps, reload, sortOrderOf } = useServerTable(api.enterprises.list, QUEUE, {
    defaultSort: 'submittedAt',
  });
  const { approve, startReturn, returnModalProps } = useReview(reload);

  const columns: TableColumnsType<Enterprise> = [
    {
      title: t('filing.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf('name'),
      width: 240,
      render: (name: string, e) => <Link to={`/enterprises/${e.id}`}>{name}</Link>,
    },
    {
      title: t('review.type'),
      dataIndex: 'status',
      key: 'type',
      render: (s: FilingStatus) =>
        s === 'change_submitted' ? (
          <Tag color="orange">{t('review.kindChange')}</Tag>
        ) : (
          <Tag color="blue">{t('review.kindNew')}</Tag>
        ),
    },
    {
      title: t('filing.identity'),
      key: 'identity',
      render: (_, e) => (
        <Typography.Text style={{ fontFamily: 'monospace' }}>
          {orDash(e.kind === 'individual' ? e.residentIdMasked : e.uscc)}
        </Typography.Text>
      ),
    },
    {
      title: t('filing.roles'),
      dataIndex: 'roles',
      render: (roles: EnterpriseRole[]) => <EnterpriseRoleTags roles={roles} />,
    },
    {
      title: t('filing.district'),
      dataIndex: 'district',
      render: (d: string | null) => orDash(districtName(d)),
    },
    { title: t('common.status'), dataIndex: 'status', render: (s: FilingStatus) => <StatusTag status={s} /> },
    {
      title: t('filing.submittedAt'),
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      sorter: true,
      sortOrder: sortOrderOf('submittedAt'),
      render: formatDateTime,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 190,
      render: (_, e) => (
        <ReviewButtons filing={e} size="small" onApprove={() => approve(e)} onReturn={() => startReturn(e)} />
      ),
    },
  ];

  return (
    <>
      <PageTitle
        extra={
          <Button icon={<ReloadOutlined />} onClick={reload}>
            {t('common.refresh')}
          </Button>
        }
      >
        {t('review.title')}
      </PageTitle>
      <Card>
        <Typography.Paragraph type="secondary">{t('review.intro')}</Typography.Paragraph>
        <Table<Enterprise>
          rowKey="id"
          columns={columns}
          scroll={{ x: 1200 }}
          locale={{ emptyText: t('review.empty') }}
          {...tableProps}
          data-testid="review-table"
        />
      </Card>
      <ReturnModal {...returnModalProps} />
    </>
  );
}
