import { EditOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api } from '../api/endpoints';
import { REPORTED_INDICATORS, type GoalAssessment, type ReportedIndicator } from '../api/types';
import { hasPermission, isProvincial, useUser } from '../auth/context';
import { groupDigits } from '../components/format';
import { GoalStatusTag, useGovernanceZone } from '../components/governance/common';
import { PageTitle } from '../components/PageTitle';
import { useProblem } from '../hooks/useProblem';
import { useRequest } from '../hooks/useRequest';
import { useI18n, type MessageKey } from '../i18n';

const STROKE: Record<GoalAssessment['status'], string | undefined> = {
  achieved: '#52c41a',
  on_track: '#1677ff',
  behind: '#ff4d4f',
  no_data: undefined,
};

function useAmount() {
  const { t } = useI18n();
  return (value: string, unit: GoalAssessment['unit']) => {
    const suffix =
      unit === 'yuan' ? t('gov.unitYuan') : unit === 'usd' ? t('gov.unitUsd') : t('gov.unitCount');
    return `${groupDigits(value)} ${suffix}`;
  };
}

function GoalCard({ goal }: { goal: GoalAssessment }) {
  const { t, pick, lang } = useI18n();
  const amount = useAmount();
  const share = goal.share;
  return (
    <Card
      title={
        <Typography.Text strong style={{ whiteSpace: 'normal' }}>
          {goal.source.words}
        </Typography.Text>
      }
      extra={<GoalStatusTag status={goal.status} testId={`goal-status-${goal.goalId}`} />}
      data-testid={`goal-${goal.goalId}`}
      data-goal={goal.goalId}
      style={{ height: '100%' }}
    >
      <Row gutter={16} align="middle" wrap={false}>
        <Col flex="none">
          <Progress
            type="dashboard"
            size={120}
            percent={share === null ? 0 : Math.min(100, share * 100)}
            strokeColor={STROKE[goal.status]}
            format={() => (share === null ? '—' : `${(share * 100).toFixed(2)}%`)}
            data-testid={`goal-share-${goal.goalId}`}
          />
        </Col>
        <Col flex="auto">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('gov.target')}>
              {goal.comparison === 'gt' ? '> ' : '≥ '}
              {amount(goal.target, goal.unit)}
            </Descriptions.Item>
            <Descriptions.Item label={t('gov.current')}>
              <span data-testid={`goal-value-${goal.goalId}`}>
                {goal.value === null ? t('gov.noValue') : amount(goal.value, goal.unit)}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('gov.expected')}>
              {amount(goal.expected, goal.unit)}
            </Descriptions.Item>
            <Descriptions.Item label={t('gov.year')}>
              {goal.year}
              {lang === 'zh' ? '年' : ''} · {t('gov.deadline')} {goal.deadlineYear}
            </Descriptions.Item>
          </Descriptions>
        </Col>
      </Row>
      <Typography.Paragraph style={{ marginTop: 12 }} data-testid={`goal-statement-${goal.goalId}`}>
        {pick(goal.statement.zh, goal.statement.en)}
      </Typography.Paragraph>
      {goal.note && (
        <Typography.Paragraph type="secondary">
          {t('gov.note')}：{pick(goal.note.zh, goal.note.en)}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
        {goal.source.document} {goal.source.article}
      </Typography.Paragraph>
    </Card>
  );
}

interface IndicatorValues {
  indicator: ReportedIndicator;
  period: number;
  value: number;
  sourceNote: string;
}

function IndicatorModal({
  zoneCode,
  open,
  onClose,
  onSaved,
}: {
  zoneCode: string;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const user = useUser();
  const { message } = App.useApp();
  const report = useProblem();
  const [form] = Form.useForm<IndicatorValues>();
  const [busy, setBusy] = useState(false);
  const save = async (values: IndicatorValues) => {
    setBusy(true);
    try {
      await api.governance.recordIndicator({
        ...values,
        value: String(values.value),
        zoneCode: isProvincial(user) ? zoneCode : undefined,
      });
      void message.success(t('gov.indicatorSaved'));
      form.resetFields();
      onSaved();
    } catch (error) {
      report(error, form, ['indicator', 'period', 'value', 'sourceNote']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('gov.recordIndicator')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: busy, 'data-testid': 'gov-indicator-save' }}
      forceRender
    >
      <Form<IndicatorValues>
        form={form}
        layout="vertical"
        initialValues={{ period: new Date().getFullYear() }}
        onFinish={(values) => void save(values)}
        data-testid="gov-indicator-form"
      >
        <Form.Item name="indicator" label={t('gov.indicator')} rules={[{ required: true }]}>
          <Select
            options={REPORTED_INDICATORS.map((i) => ({
              value: i,
              label: t(`gov.indicator.${i}` as MessageKey),
            }))}
            data-testid="gov-indicator-indicator"
          />
        </Form.Item>
        <Form.Item name="period" label={t('gov.period')} rules={[{ required: true }]}>
          <InputNumber
            min={2000}
            max={2100}
            precision={0}
            style={{ width: 160 }}
            data-testid="gov-indicator-period"
          />
        </Form.Item>
        <Form.Item name="value" label={t('gov.value')} rules={[{ required: true }]}>
          <InputNumber min={0} precision={0} style={{ width: 200 }} data-testid="gov-indicator-value" />
        </Form.Item>
        <Form.Item
          name="sourceNote"
          label={t('gov.sourceNote')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="gov-indicator-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The zone's development goals, assessed from the platform's data and reported figures. */
export default function GoalsPage() {
  const { t } = useI18n();
  const user = useUser();
  const { zoneCode, selector } = useGovernanceZone();
  const [open, setOpen] = useState(false);
  const { data, loading, reload } = useRequest(
    (signal) => api.governance.goals(zoneCode, signal),
    [zoneCode],
  );
  const canRecord = hasPermission(user, 'governance:indicator');

  return (
    <div className="page-stack">
      <PageTitle
        extra={
          <Space wrap>
            {selector}
            {canRecord && (
              <Button icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="gov-indicator-open">
                {t('gov.recordIndicator')}
              </Button>
            )}
          </Space>
        }
      >
        {t('gov.goalsTitle')}
      </PageTitle>
      <Card loading={loading && !data}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('gov.goalsIntro')} {data && t('gov.asOf', { date: data.asOf })}
        </Typography.Paragraph>
      </Card>
      {data && data.goals.length === 0 && <Empty description={t('gov.noGoals')} />}
      <Row gutter={[16, 16]} data-testid="gov-goals">
        {data?.goals.map((goal) => (
          <Col key={goal.goalId} xs={24} lg={12}>
            <GoalCard goal={goal} />
          </Col>
        ))}
      </Row>
      {canRecord && (
        <IndicatorModal
          zoneCode={zoneCode}
          open={open}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            reload();
          }}
        />
      )}
    </div>
  );
}
