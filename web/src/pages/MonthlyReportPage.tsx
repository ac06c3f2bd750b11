import { BellOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, List, Result, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/endpoints';
import type { MyReportMonth, SampleReminder } from '../api/types';
import { useUser } from '../auth/context';
import { formatDateTime } from '../components/format';
import { PageTitle } from '../components/PageTitle';
import { groupDigits } from '../components/format';
import { ReportingStatusTag } from '../components/sample/common';
import { MonthlyReportForm } from '../components/sample/MonthlyReportForm';
import { ReportHistoryDrawer, type HistoryTarget } from '../components/sample/ReportHistoryDrawer';
import { ReportUploadCard } from '../components/sample/ReportUploadCard';
import { useProblem } from '../hooks/useProblem';
import { useRequest } from '../hooks/useRequest';
import { useT } from '../i18n';

/** The bureau's in-app reminders to report, unread first; the enterprise acknowledges them. */
function Reminders({ reminders, onRead }: { reminders: SampleReminder[]; onRead: () => void }) {
  const t = useT();
  const report = useProblem();
  if (!reminders.length) return null;
  const unread = reminders.filter((r) => !r.readAt);
  const markRead = (id: string) => {
    api.sample.markReminderRead(id).then(onRead, report);
  };
  return (
    <Card
      title={
        <Space>
          <BellOutlined />
          {t('sample.remindersTitle')}
          {unread.length > 0 && <Tag color="error">{unread.length}</Tag>}
        </Space>
      }
      data-testid="report-reminders"
      data-unread={unread.length}
    >
      <List<SampleReminder>
        size="small"
        dataSource={[...unread, ...reminders.filter((r) => r.readAt)]}
        renderItem={(r) => (
          <List.Item
            data-testid="report-reminder"
            data-month={r.month}
            actions={
              r.readAt
                ? [
                    <Typography.Text key="read" type="secondary">
                      {t('sample.read')}
                    </Typography.Text>,
                  ]
                : [
                    <Button
                      key="read"
                      size="small"
                      onClick={() => markRead(r.id)}
                      data-testid="report-reminder-read"
                    >
                      {t('sample.markRead')}
                    </Button>,
                  ]
            }
          >
            <Typography.Text strong={!r.readAt}>
              {t('sample.reminderText', {
                sender: r.sentBy ?? '—',
                at: formatDateTime(r.sentAt),
                month: r.month,
              })}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The enterprise's monthly report: reminders, where each month stands, the form, the Excel upload. */
export default function MonthlyReportPage() {
  const t = useT();
  const user = useUser();
  const { data: mine, error, loading, reload } = useRequest((signal) => api.sample.mine(signal), []);
  const [month, setMonth] = useState<string | null>(null);
  const [history, setHistory] = useState<HistoryTarget | null>(null);

  if (!user.enterpriseId) return <Result status="info" title={t('sample.noEnterprise')} />;
  if (!mine) {
    if (error && !loading) return <Result status="warning" title={t('error.loadFailed')} />;
    return <Skeleton active />;
  }
  const current = month ?? mine.lastEndedMonth;
  const currentMonth = mine.months.find((m) => m.month === current);
  const sampledNow = mine.samples.filter((s) => s.state !== 'ended');
  const spans = sampledNow.map((s) => `${s.fromMonth} – ${s.toMonth ?? t('sample.openEnded')}`).join('、');

  return (
    <div className="page-stack">
      <PageTitle>{t('sample.myTitle')}</PageTitle>
      <Alert
        type={sampledNow.length ? 'warning' : 'info'}
        showIcon
        data-testid="report-sampled"
        data-sampled={sampledNow.length > 0}
        title={sampledNow.length ? t('sample.sampledSpans', { spans }) : t('sample.notSampled')}
        description={t('sample.myIntro', { day: mine.dueDay })}
      />
      <Reminders reminders={mine.reminders} onRead={reload} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <MonthlyReportForm
            key={`${current}-${currentMonth?.latestVersion ?? 0}`}
            mine={mine}
            month={current}
            onMonthChange={setMonth}
            onFiled={reload}
          />
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <ReportUploadCard
              month={current}
              corrects={(currentMonth?.latestVersion ?? null) !== null}
              disabled={!mine.inRegister}
              onFiled={reload}
            />
            <Card title={t('sample.months')}>
              <Table<MyReportMonth>
                size="small"
                rowKey="month"
                pagination={false}
                dataSource={mine.months}
                data-testid="report-months"
                onRow={(m) => ({ 'data-testid': `report-month-${m.month}` }) as object}
                columns={[
                  {
                    title: t('sample.month'),
                    dataIndex: 'month',
                    render: (m: string, row) => (
                      <Space size={4}>
                        <span>{m}</span>
                        {row.sampled && <Tag color="blue">{t('sample.sampled')}</Tag>}
                      </Space>
                    ),
                  },
                  {
                    title: t('common.status'),
                    dataIndex: 'status',
                    render: (s: MyReportMonth['status'], row) => (
                      <ReportingStatusTag status={s} testId={`report-month-status-${row.month}`} />
                    ),
                  },
                  {
                    title: t('sample.onlineValue'),
                    dataIndex: 'onlineValue',
                    align: 'right',
                    render: (v: string | null) => (v ? groupDigits(v) : '—'),
                  },
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    render: (_, row) => (
                      <Space size={0}>
                        <Button size="small" type="link" onClick={() => setMonth(row.month)}>
                          {row.latestVersion ? t('sample.correct') : t('sample.fill')}
                        </Button>
                        {row.latestVersion && (
                          <Button
                            size="small"
                            type="link"
                            onClick={() => setHistory({ enterpriseId: mine.enterpriseId, month: row.month })}
                            data-testid={`report-history-${row.month}`}
                          >
                            {t('sample.history')}（v{row.latestVersion}）
                          </Button>
                        )}
                      </Space>
                    ),
                  },
                ]}
              />
            </Card>
          </Space>
        </Col>
      </Row>
      <ReportHistoryDrawer target={history} onClose={() => setHistory(null)} />
    </div>
  );
}
