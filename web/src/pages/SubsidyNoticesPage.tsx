import { NotificationOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Pagination,
  Popconfirm,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api } from '../api/endpoints';
import {
  POLICY_ZONES,
  type SubsidyNotice,
  type SubsidyNoticeSummary,
  type SubsidyObjection,
  type User,
} from '../api/types';
import { hasPermission, useAuth } from '../auth/context';
import { PageTitle } from '../components/PageTitle';
import { formatYuan } from '../components/policy/money';
import { SubsidyStatusTag } from '../components/subsidy/common';
import { useProblem } from '../hooks/useProblem';
import { useRequest } from '../hooks/useRequest';
import { useZones } from '../hooks/useZones';
import { useI18n } from '../i18n';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** Commerce: the objections to a notice, to decide; and closing it once the period is over. */
function NoticeObjections({ notice, onChange }: { notice: SubsidyNoticeSummary; onChange: () => void }) {
  const { t } = useI18n();
  const report = useProblem();
  const review = useRequest((signal) => api.subsidy.noticeForReview(notice.id, signal), [notice.id]);
  const [resolving, setResolving] = useState<{
    o: SubsidyObjection;
    resolution: 'upheld' | 'dismissed';
  } | null>(null);
  const [note, setNote] = useState('');
  const objections = review.data?.objections ?? [];
  const periodOver = new Date(notice.objectionUntil).getTime() < Date.now();
  return (
    <Flex vertical gap={8} data-testid={`notice-objections-${notice.id}`}>
      <Typography.Text strong>{t('sub.objections', { count: objections.length })}</Typography.Text>
      {objections.map((o) => (
        <Card size="small" key={o.id}>
          <Flex justify="space-between" gap={12}>
            <span>
              {o.text}{' '}
              <Typography.Text type="secondary">
                — {o.filedByName} · {when(o.filedAt)}
              </Typography.Text>
              {o.resolution && (
                <Tag color={o.resolution === 'upheld' ? 'error' : 'default'} style={{ marginLeft: 8 }}>
                  {t(o.resolution === 'upheld' ? 'sub.upheld' : 'sub.dismissed')}：{o.resolutionNote}
                </Tag>
              )}
            </span>
            {!o.resolution && (
              <Flex gap={4}>
                <Button size="small" onClick={() => setResolving({ o, resolution: 'dismissed' })}>
                  {t('sub.dismiss')}
                </Button>
                <Button size="small" danger onClick={() => setResolving({ o, resolution: 'upheld' })}>
                  {t('sub.uphold')}
                </Button>
              </Flex>
            )}
          </Flex>
        </Card>
      ))}
      {notice.status === 'open' && (
        <Flex justify="end">
          <Popconfirm
            title={t('sub.closeConfirm')}
            onConfirm={() =>
              void api.subsidy
                .closeNotice(notice.id)
                .then(onChange)
                .catch((error: unknown) => report(error))
            }
          >
            <Button disabled={!periodOver} data-testid="notice-close">
              {periodOver
                ? t('sub.closeNotice')
                : t('sub.closeAfter', { until: when(notice.objectionUntil) })}
            </Button>
          </Popconfirm>
        </Flex>
      )}
      <Modal
        open={resolving !== null}
        title={resolving ? t(resolving.resolution === 'upheld' ? 'sub.uphold' : 'sub.dismiss') : ''}
        onCancel={() => setResolving(null)}
        onOk={() => {
          if (!resolving) return;
          api.subsidy
            .resolveObjection(notice.id, resolving.o.id, { resolution: resolving.resolution, note })
            .then(() => {
              setResolving(null);
              setNote('');
              review.reload();
              onChange();
            })
            .catch((error: unknown) => report(error));
        }}
      >
        <Input.TextArea
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('sub.note')}
        />
      </Modal>
    </Flex>
  );
}

/** One notice as published: enterprises, items and approved amounts, the objection deadline. */
function NoticeCard({
  notice,
  user,
  onChange,
}: {
  notice: SubsidyNoticeSummary;
  user: User | null;
  onChange: () => void;
}) {
  const { t, pick } = useI18n();
  const report = useProblem();
  const { zoneShort } = useZones();
  const detail = useRequest((signal) => api.subsidy.publicNotice(notice.id, signal), [notice.id]);
  const [objecting, setObjecting] = useState<string | null>(null);
  const [text, setText] = useState('');
  const open = notice.status === 'open' && new Date(notice.objectionUntil).getTime() > Date.now();
  const mayObject =
    !!user && open && hasPermission(user, 'subsidy:object') && user.zoneCode === notice.zoneCode;
  const commerce = !!user && hasPermission(user, 'subsidy:notice') && user.zoneCode === notice.zoneCode;
  return (
    <Card
      title={notice.title}
      extra={
        <Flex gap={8} align="center">
          <Tag>{zoneShort(notice.zoneCode)}</Tag>
          <Tag color={notice.status === 'open' ? 'processing' : 'default'}>
            {t(notice.status === 'open' ? 'sub.noticeOpen' : 'sub.noticeClosed')}
          </Tag>
        </Flex>
      }
      data-testid={`notice-${notice.id}`}
      className="sub-notice"
    >
      <Typography.Paragraph type="secondary">
        {t('sub.noticeMeta', {
          published: when(notice.publishedAt),
          until: when(notice.objectionUntil),
          days: notice.objectionDays,
          count: notice.itemCount,
          total: formatYuan(notice.total),
        })}
      </Typography.Paragraph>
      {detail.data ? (
        <Table<SubsidyNotice['items'][number]>
          size="small"
          rowKey="applicationId"
          pagination={false}
          dataSource={detail.data.items}
          data-testid="notice-items"
          columns={[
            { title: t('sub.enterprise'), dataIndex: 'enterpriseName' },
            { title: t('sub.year'), dataIndex: 'year', width: 70 },
            {
              title: t('sub.items'),
              key: 'items',
              render: (_, a) =>
                a.items.map((i) => (
                  <div key={i.ruleId}>
                    {pick(i.title.zh, i.title.en)}（{i.citation}）：{formatYuan(i.amount)}
                  </div>
                )),
            },
            {
              title: t('sub.approvedTotal'),
              key: 'total',
              align: 'right',
              render: (_, a) => <Typography.Text strong>{formatYuan(a.approvedTotal)}</Typography.Text>,
            },
            {
              title: t('common.status'),
              key: 'status',
              width: 130,
              render: (_, a) => <SubsidyStatusTag status={a.status} />,
            },
            ...(mayObject
              ? [
                  {
                    title: t('common.actions'),
                    key: 'object',
                    width: 110,
                    render: (_: unknown, a: SubsidyNotice['items'][number]) => (
                      <Button size="small" onClick={() => setObjecting(a.applicationId)}>
                        {t('sub.object')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : (
        <Skeleton active />
      )}
      {commerce && (
        <div style={{ marginTop: 12 }}>
          <NoticeObjections notice={notice} onChange={onChange} />
        </div>
      )}
      <Modal
        open={objecting !== null}
        title={t('sub.object')}
        onCancel={() => setObjecting(null)}
        onOk={() => {
          if (!objecting) return;
          api.subsidy
            .fileObjection(notice.id, { applicationId: objecting, text })
            .then(() => {
              setObjecting(null);
              setText('');
              onChange();
            })
            .catch((error: unknown) => report(error));
        }}
      >
        <Typography.Paragraph type="secondary">{t('sub.objectHint')}</Typography.Paragraph>
        <Input.TextArea rows={4} value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} />
      </Modal>
    </Card>
  );
}

/** Commerce publishes a notice: approved applications of the zone, the objection period in days. */
function PublishNotice({ onDone }: { onDone: () => void }) {
  const { t, pick } = useI18n();
  const report = useProblem();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ title: string; applicationIds: string[]; objectionDays: number }>();
  const approved = useRequest(
    (signal) =>
      open ? api.subsidy.list({ status: 'approved', pageSize: 100 }, signal) : Promise.resolve(null),
    [open],
  );
  return (
    <>
      <Button
        type="primary"
        icon={<NotificationOutlined />}
        onClick={() => setOpen(true)}
        data-testid="notice-publish"
      >
        {t('sub.publish')}
      </Button>
      <Modal
        open={open}
        width={760}
        title={t('sub.publish')}
        onCancel={() => setOpen(false)}
        confirmLoading={busy}
        okButtonProps={{ 'data-testid': 'notice-publish-ok' }}
        onOk={() => {
          void form.validateFields().then((v) => {
            setBusy(true);
            api.subsidy
              .publishNotice(v)
              .then(() => {
                setOpen(false);
                form.resetFields();
                onDone();
              })
              .catch((error: unknown) => report(error, form))
              .finally(() => setBusy(false));
          });
        }}
        forceRender
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            objectionDays: 7,
            title: t('sub.noticeDefaultTitle', { year: new Date().getFullYear() - 1 }),
          }}
        >
          <Form.Item name="title" label={t('sub.noticeTitle')} rules={[{ required: true }]}>
            <Input data-testid="notice-title" />
          </Form.Item>
          <Form.Item
            name="applicationIds"
            label={t('sub.noticeApplications')}
            rules={[{ required: true, message: t('sub.noticeChoose') }]}
          >
            <Select
              mode="multiple"
              loading={approved.loading}
              data-testid="notice-applications"
              options={(approved.data?.items ?? []).map((a) => ({
                value: a.id,
                label: `${a.enterpriseName} · ${a.year} · ${pick(a.fundName.zh, a.fundName.en)} · ${formatYuan(a.approvedTotal)}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="objectionDays" label={t('sub.objectionDays')} extra={t('sub.objectionDaysHint')}>
            <InputNumber min={5} max={30} precision={0} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** `/notices`, public (公示): the published subsidies per zone; signed-in users of the zone may object. */
export default function SubsidyNoticesPage() {
  const { t } = useI18n();
  const { state } = useAuth();
  const { zoneShort } = useZones();
  const user = state.status === 'signedIn' ? state.user : null;
  const [zone, setZone] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const list = useRequest(
    (signal) => api.subsidy.publicNotices({ zoneCode: zone, page, pageSize: 10 }, signal),
    [zone, page],
  );
  return (
    <div className="page-stack" data-testid="notices-page">
      <PageTitle
        extra={user && hasPermission(user, 'subsidy:notice') && <PublishNotice onDone={list.reload} />}
      >
        {t('sub.noticesTitle')}
      </PageTitle>
      <Card>
        <Typography.Paragraph type="secondary">{t('sub.noticesIntro')}</Typography.Paragraph>
        <Select<string>
          allowClear
          style={{ width: 220 }}
          placeholder={t('sub.allZones')}
          value={zone}
          onChange={(z) => {
            setZone(z);
            setPage(1);
          }}
          options={POLICY_ZONES.map((z) => ({ value: z, label: zoneShort(z) }))}
          data-testid="notices-zone"
        />
      </Card>
      {list.data && list.data.items.length === 0 && <Empty description={t('sub.noNotices')} />}
      {list.data?.items.map((n) => (
        <NoticeCard key={n.id} notice={n} user={user} onChange={list.reload} />
      ))}
      {list.data && list.data.total > 10 && (
        <Pagination current={page} pageSize={10} total={list.data.total} onChange={setPage} />
      )}
    </div>
  );
}
