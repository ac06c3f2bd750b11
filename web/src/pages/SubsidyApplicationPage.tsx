import { SendOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Result,
  Skeleton,
  Steps,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/endpoints';
import type { SubsidyApplicationDetail, SubsidyApplicationItem } from '../api/types';
import { useUser } from '../auth/context';
import { PageTitle } from '../components/PageTitle';
import { formatYuan } from '../components/policy/money';
import { ApplicationEditor, type EditorInitial } from '../components/subsidy/ApplicationEditor';
import { DisbursePanel, EvidencePanel, StepHistory } from '../components/subsidy/ApplicationParts';
import { clearHandoff, readHandoff, SubsidyStatusTag } from '../components/subsidy/common';
import { PinnedItems, ReviewPanel } from '../components/subsidy/ReviewPanel';
import { useProblem } from '../hooks/useProblem';
import { useRequest } from '../hooks/useRequest';
import { useI18n } from '../i18n';

/** A new application: steps 1–2 (items, facts), pre-filled from the calculator when it handed figures on. */
function NewApplication() {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const initial = useMemo<EditorInitial>(() => {
    const h = readHandoff();
    const fromCalc = h && h.zone === user.zoneCode ? h : null;
    return {
      year: fromCalc ? Number(fromCalc.year) : new Date().getFullYear() - 1,
      fund: 'municipal',
      ruleIds: fromCalc?.ruleIds ?? [],
      facts: fromCalc?.facts ?? { applicantKind: 'enterprise' },
    };
  }, [user.zoneCode]);
  const prefilled = initial.ruleIds.length > 0;
  return (
    <div className="page-stack" data-testid="sub-new-page">
      <PageTitle>{t('sub.newTitle')}</PageTitle>
      {prefilled && <Alert type="info" showIcon title={t('sub.prefilled')} data-testid="sub-prefilled" />}
      <ApplicationEditor
        zone={user.zoneCode ?? ''}
        initial={initial}
        saveLabel="sub.saveDraft"
        onSave={async (input) => {
          const created = await api.subsidy.create(input);
          clearHandoff();
          void navigate(`/subsidies/${created.id}`, { replace: true });
        }}
      />
    </div>
  );
}

function ItemsTable({ app }: { app: SubsidyApplicationDetail }) {
  const { t, pick } = useI18n();
  return (
    <Table<SubsidyApplicationItem>
      size="small"
      rowKey="ruleId"
      pagination={false}
      dataSource={app.items}
      data-testid="sub-items"
      columns={[
        {
          title: t('sub.item'),
          key: 'item',
          render: (_, i) => (
            <span>
              {i.title ? pick(i.title.zh, i.title.en) : i.ruleId}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {i.citation}
              </Typography.Text>
            </span>
          ),
        },
        { title: t('sub.requested'), key: 'r', align: 'right', render: (_, i) => formatYuan(i.requested) },
        { title: t('sub.maximum'), key: 'm', align: 'right', render: (_, i) => formatYuan(i.maximum) },
        {
          title: t('sub.approved'),
          key: 'a',
          align: 'right',
          render: (_, i) => <span data-testid={`sub-approved-${i.ruleId}`}>{formatYuan(i.approved)}</span>,
        },
      ]}
    />
  );
}

function ApplicationDetail({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const report = useProblem();
  const user = useUser();
  const request = useRequest((signal) => api.subsidy.get(id, signal), [id]);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const app = request.data;
  if (request.error && !app) return <Result status="404" title={t('sub.notFound')} />;
  if (!app) return <Skeleton active />;

  const editable = app.actions.includes('edit');
  const reviewing = app.actions.some((a) =>
    ['commerce_review', 'finance_review', 'leading_group_decision'].includes(a),
  );
  const submit = async () => {
    setBusy(true);
    try {
      await api.subsidy.submit(app.id, app.version);
      request.reload();
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };
  const wizardStep = editing ? 0 : app.evidence.length === 0 ? 2 : 3;

  return (
    <div className="page-stack" data-testid="sub-detail-page">
      <PageTitle
        extra={
          <Link to={user.role === 'enterprise' ? '/subsidies' : '/subsidy-review'}>
            {t('sub.backToList')}
          </Link>
        }
      >
        {t('sub.detailTitle', { name: app.enterpriseName, year: app.year })}
      </PageTitle>
      <Card>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('common.status')}>
            <SubsidyStatusTag status={app.status} testId="sub-status" />
          </Descriptions.Item>
          <Descriptions.Item label={t('sub.year')}>{app.year}</Descriptions.Item>
          <Descriptions.Item label={t('sub.fund')}>
            {pick(app.fundName.zh, app.fundName.en)}
          </Descriptions.Item>
          <Descriptions.Item label={t('sub.maximumTotal')}>{formatYuan(app.maximumTotal)}</Descriptions.Item>
          <Descriptions.Item label={t('sub.approvedTotal')}>
            <span data-testid="sub-approved-total">{formatYuan(app.approvedTotal)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('sub.submittedAt')}>
            {app.submittedAt ? new Date(app.submittedAt).toLocaleString() : '—'}
          </Descriptions.Item>
          {app.notice && (
            <Descriptions.Item label={t('sub.notice')}>
              <Link to="/notices">{app.notice.title}</Link>（{t('sub.objectionUntil')}{' '}
              {new Date(app.notice.objectionUntil).toLocaleString()}）
            </Descriptions.Item>
          )}
          {app.disbursement && (
            <Descriptions.Item label={t('sub.disbursed')}>
              {formatYuan(app.disbursement.amount)} · {app.disbursement.bankReference}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {app.reasons && app.reasons.length > 0 && (
        <Alert
          type={app.status === 'rejected' ? 'error' : 'warning'}
          showIcon
          title={app.status === 'returned' ? t('sub.returnedReasons') : t('sub.reasons')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {app.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          }
          data-testid="sub-reasons"
        />
      )}
      {editable && (
        <Steps
          current={wizardStep}
          items={[
            { title: t('sub.step.items') },
            { title: t('sub.step.facts') },
            { title: t('sub.step.evidence') },
            { title: t('sub.step.submit') },
          ]}
        />
      )}
      {editable && editing ? (
        <ApplicationEditor
          zone={app.zoneCode}
          initial={{
            year: app.year,
            fund: app.fund,
            ruleIds: app.items.map((i) => i.ruleId),
            facts: app.facts,
          }}
          saveLabel="common.save"
          onSave={async (input) => {
            await api.subsidy.update(app.id, { ...input, version: app.version });
            setEditing(false);
            request.reload();
          }}
        />
      ) : (
        <Card
          title={t('sub.items')}
          extra={
            editable && (
              <Button onClick={() => setEditing(true)} data-testid="sub-edit">
                {t('sub.editContent')}
              </Button>
            )
          }
        >
          <ItemsTable app={app} />
        </Card>
      )}
      {(editable || app.evidence.length > 0) && <EvidencePanel app={app} onChange={request.reload} />}
      {editable && !editing && (
        <Card>
          <Flex justify="space-between" align="center" gap={12}>
            <Typography.Text type="secondary">{t('sub.submitHint')}</Typography.Text>
            <Popconfirm
              title={t('sub.submitConfirm')}
              onConfirm={() => void submit()}
              okButtonProps={{ 'data-testid': 'sub-submit-confirm' }}
            >
              <Button type="primary" icon={<SendOutlined />} loading={busy} data-testid="sub-submit">
                {app.status === 'returned' ? t('sub.resubmit') : t('sub.submit')}
              </Button>
            </Popconfirm>
          </Flex>
        </Card>
      )}
      {reviewing ? (
        <ReviewPanel app={app} onDone={request.reload} />
      ) : (
        app.evaluation &&
        user.role !== 'enterprise' && (
          <Card title={t('sub.evaluation')}>
            <PinnedItems app={app} />
          </Card>
        )
      )}
      <DisbursePanel app={app} onDone={request.reload} />
      <StepHistory app={app} />
    </div>
  );
}

/** `/subsidies/new` (the wizard) and `/subsidies/:id` (the application: wizard, review, history). */
export default function SubsidyApplicationPage() {
  const { id } = useParams();
  return id ? <ApplicationDetail key={id} id={id} /> : <NewApplication />;
}
