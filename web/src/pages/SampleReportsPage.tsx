import { BellOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Modal, Row, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { api } from '../api/endpoints';
import { REPORTING_STATUSES, type SampleEntry, type SampleStatusRow } from '../api/types';
import { useUser } from '../auth/context';
import { formatDateTime } from '../components/format';
import { PageTitle } from '../components/PageTitle';
import { AddSampleModal } from '../components/sample/AddSampleModal';
import { ClimateCard } from '../components/sample/ClimateCard';
import {
  canManageSamples,
  lastEndedMonth,
  monthEnded,
  MonthPicker,
  ReportingStatusTag,
  useSampleZone,
} from '../components/sample/common';
import { ReportHistoryDrawer, type HistoryTarget } from '../components/sample/ReportHistoryDrawer';
import { ShopSalesCard } from '../components/sample/ShopSalesCard';
import { useProblem } from '../hooks/useProblem';
import { useRequest } from '../hooks/useRequest';
import { useT, type MessageKey } from '../i18n';

const STATE_COLORS = { active: 'success', scheduled: 'processing', ended: 'default' } as const;
const LIST_PAGE = 20;

/** Ends a span after a month chosen in a small dialog. */
function EndSampleButton({ entry, onEnded }: { entry: SampleEntry; onEnded: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const report = useProblem();
  const [open, setOpen] = useState(false);
  const [toMonth, setToMonth] = useState<string | null>(entry.toMonth ?? lastEndedMonth());
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!toMonth) return;
    setBusy(true);
    try {
      await api.sample.end(entry.id, toMonth);
      void message.success(t('sample.ended'));
      setOpen(false);
      onEnded();
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)} data-testid={`sample-end-${entry.id}`}>
        {t('sample.end')}
      </Button>
      <Modal
        open={open}
        title={t('sample.endTitle')}
        onCancel={() => setOpen(false)}
        onOk={() => void save()}
        okButtonProps={{ loading: busy, disabled: !toMonth }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('sample.endHint')}</Typography.Paragraph>
        <Space>
          <span>{entry.enterpriseName}</span>
          <span>{entry.fromMonth} –</span>
          <MonthPicker value={toMonth} onChange={setToMonth} testId="sample-end-month" />
        </Space>
      </Modal>
    </>
  );
}

/**
 * The bureau's page of the sample enterprises (株洲 实施意见 (十六) 运营监测): who reported the month, who is
 * late (with reminders), the business-climate index, the shops' online sales, and the sample list.
 */
export default function SampleReportsPage() {
  const t = useT();
  const user = useUser();
  const { message } = App.useApp();
  const report = useProblem();
  const manage = canManageSamples(user);
  const { zoneCode, selector } = useSampleZone();
  const [month, setMonth] = useState(lastEndedMonth());
  const [adding, setAdding] = useState(false);
  const [history, setHistory] = useState<HistoryTarget | null>(null);
  const [listPage, setListPage] = useState(1);
  const [busy, setBusy] = useState<string | null>(null);

  const status = useRequest((signal) => api.sample.status({ zoneCode, month }, signal), [zoneCode, month]);
  const list = useRequest(
    (signal) => api.sample.list({ zoneCode, page: listPage, pageSize: LIST_PAGE }, signal),
    [zoneCode, listPage],
  );
  const reloadAll = () => {
    status.reload();
    list.reload();
  };

  const remind = async (row: SampleStatusRow) => {
    setBusy(row.enterpriseId);
    try {
      const r = await api.sample.remind(row.enterpriseId, month);
      void message.success(t(r.created ? 'sample.reminded' : 'sample.remindedToday'));
      status.reload();
    } catch (error) {
      report(error);
    } finally {
      setBusy(null);
    }
  };
  const remindLate = async () => {
    setBusy('all');
    try {
      const r = await api.sample.remindLate(month, zoneCode);
      void message.success(t('sample.remindLateDone', { late: r.late, sent: r.sent }));
      status.reload();
    } catch (error) {
      report(error);
    } finally {
      setBusy(null);
    }
  };

  const statusColumns: TableColumnsType<SampleStatusRow> = [
    { title: t('sample.enterprise'), dataIndex: 'enterpriseName' },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 120,
      render: (s: SampleStatusRow['status'], row) => (
        <ReportingStatusTag status={s} testId="sample-status" enterprise={row.enterpriseName} />
      ),
    },
    {
      title: t('sample.firstReportedAt'),
      dataIndex: 'firstReportedAt',
      width: 150,
      render: formatDateTime,
    },
    {
      title: t('sample.version'),
      dataIndex: 'latestVersion',
      width: 90,
      align: 'right',
      render: (v: number | null, row) =>
        v === null ? (
          '—'
        ) : (
          <Button
            size="small"
            type="link"
            onClick={() => setHistory({ enterpriseId: row.enterpriseId, month })}
            data-testid="sample-history-open"
          >
            v{v}
          </Button>
        ),
    },
    {
      title: t('sample.reminders'),
      key: 'reminders',
      width: 220,
      render: (_, row) =>
        row.reminders
          ? t('sample.remindersCount', {
              count: row.reminders,
              at: formatDateTime(row.lastReminderAt),
              by: row.lastReminderBy ?? '—',
            })
          : '—',
    },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, row: SampleStatusRow) =>
              (row.status === 'late' || row.status === 'awaiting') && monthEnded(month) ? (
                <Button
                  size="small"
                  icon={<BellOutlined />}
                  danger={row.status === 'late'}
                  loading={busy === row.enterpriseId}
                  onClick={() => void remind(row)}
                  data-testid="sample-remind"
                  data-enterprise={row.enterpriseName}
                >
                  {t('sample.remind')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  const listColumns: TableColumnsType<SampleEntry> = [
    { title: t('sample.enterprise'), dataIndex: 'enterpriseName' },
    { title: t('sample.fromMonth'), dataIndex: 'fromMonth', width: 110 },
    {
      title: t('sample.toMonth'),
      dataIndex: 'toMonth',
      width: 110,
      render: (m: string | null) => m ?? t('sample.openEnded'),
    },
    {
      title: t('common.status'),
      dataIndex: 'state',
      width: 100,
      render: (s: SampleEntry['state']) => (
        <Tag color={STATE_COLORS[s]}>{t(`sample.state.${s}` as MessageKey)}</Tag>
      ),
    },
    {
      title: t('sample.addedBy'),
      key: 'added',
      width: 220,
      render: (_, e) => `${e.addedBy ?? '—'} · ${formatDateTime(e.addedAt)}`,
    },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, e: SampleEntry) =>
              e.state === 'ended' ? null : <EndSampleButton entry={e} onEnded={reloadAll} />,
          },
        ]
      : []),
  ];

  const st = status.data;
  return (
    <div className="page-stack">
      <PageTitle
        extra={
          <Space wrap>
            {selector}
            <MonthPicker value={month} onChange={(m) => m && setMonth(m)} testId="sample-month" />
          </Space>
        }
      >
        {t('sample.title')}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t('sample.intro')}</Typography.Paragraph>
      <Card
        title={t('sample.statusTitle')}
        data-testid="sample-status-card"
        extra={
          st && (
            <Space wrap>
              <Typography.Text type="secondary">{t('sample.dueDate', { date: st.dueDate })}</Typography.Text>
              {manage && st.monthEnded && (
                <Button
                  icon={<BellOutlined />}
                  disabled={!st.counts.late}
                  loading={busy === 'all'}
                  onClick={() => void remindLate()}
                  data-testid="sample-remind-late"
                >
                  {t('sample.remindLate')}
                </Button>
              )}
            </Space>
          )
        }
      >
        {st && (
          <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="sample-counts">
            {REPORTING_STATUSES.map((s) => (
              <Space key={s} size={4} data-status={s} data-count={st.counts[s]}>
                <ReportingStatusTag status={s} />
                <strong>{st.counts[s]}</strong>
              </Space>
            ))}
            {st.otherReporters > 0 && (
              <Typography.Text type="secondary">
                {t('sample.otherReporters', { count: st.otherReporters })}
              </Typography.Text>
            )}
          </Flex>
        )}
        <Table<SampleStatusRow>
          size="small"
          rowKey="sampleId"
          loading={status.loading}
          columns={statusColumns}
          dataSource={st?.rows ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('sample.noSamplesInMonth') }}
          scroll={{ x: 800 }}
          onRow={(row) =>
            ({
              'data-testid': 'sample-status-row',
              'data-enterprise': row.enterpriseName,
            }) as HTMLAttributes<HTMLElement>
          }
          data-testid="sample-status-table"
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ClimateCard zoneCode={zoneCode} month={month} />
        </Col>
        <Col xs={24} xl={12}>
          <ShopSalesCard zoneCode={zoneCode} month={month} />
        </Col>
      </Row>
      <Card
        title={t('sample.list')}
        extra={
          manage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="sample-add-open"
            >
              {t('sample.add')}
            </Button>
          )
        }
      >
        <Table<SampleEntry>
          size="small"
          rowKey="id"
          loading={list.loading}
          columns={listColumns}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 800 }}
          pagination={{
            current: listPage,
            pageSize: LIST_PAGE,
            total: list.data?.total ?? 0,
            onChange: setListPage,
            showSizeChanger: false,
            hideOnSinglePage: true,
          }}
          onRow={(e) =>
            ({
              'data-testid': 'sample-row',
              'data-enterprise': e.enterpriseName,
            }) as HTMLAttributes<HTMLElement>
          }
          data-testid="sample-list-table"
        />
      </Card>
      <AddSampleModal
        open={adding}
        zoneCode={zoneCode}
        defaultMonth={lastEndedMonth()}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          reloadAll();
        }}
      />
      <ReportHistoryDrawer target={history} onClose={() => setHistory(null)} />
    </div>
  );
}
