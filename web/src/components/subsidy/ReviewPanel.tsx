import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import {
  SUBSIDY_FUNDS,
  type Problem,
  type SubsidyApplicationDetail,
  type SubsidyFund,
  type SubsidyPinnedItem,
} from '../../api/types';
import { useProblem } from '../../hooks/useProblem';
import { useI18n, type MessageKey } from '../../i18n';
import { TraceTimeline } from '../policy/CalculatorResultView';
import { formatYuan } from '../policy/money';
import { isYuan, Yuan } from './common';

/** The figures the engine pinned for one item at submission: maximum, tier, caps, reasons. */
export function PinnedFigures({ item }: { item: SubsidyPinnedItem }) {
  const { t, pick } = useI18n();
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('sub.maximum')}>
        <Typography.Text strong data-testid={`sub-maximum-${item.ruleId}`}>
          {formatYuan(item.maximum)}
        </Typography.Text>
        {item.basis && <Tag style={{ marginLeft: 8 }}>{t(`sub.basis.${item.basis}` as MessageKey)}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t('sub.requested')}>{formatYuan(item.requested)}</Descriptions.Item>
      {item.tier && (
        <Descriptions.Item label={t('calc.col.tier')}>
          {t('calc.tier', { index: item.tier.index, label: pick(item.tier.label.zh, item.tier.label.en) })}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('sub.computed')}>{formatYuan(item.computed)}</Descriptions.Item>
      {item.caps.length > 0 && (
        <Descriptions.Item label={t('calc.col.caps')}>
          {item.caps.map((c) => (
            <div key={`${c.kind}-${c.id}`} style={{ fontSize: 12 }}>
              {t(`calc.capKind.${c.kind}` as MessageKey)} {formatYuan(c.limit)}：{formatYuan(c.before)} →{' '}
              {formatYuan(c.after)}
            </div>
          ))}
        </Descriptions.Item>
      )}
      {item.enterpriseCaps.length > 0 && (
        <Descriptions.Item label={t('sub.enterpriseCaps')}>
          {item.enterpriseCaps.map((c) => (
            <div key={c.id} style={{ fontSize: 12 }}>
              {pick(c.label.zh, c.label.en)} {formatYuan(c.limit)}（{t('sub.earlier')} {formatYuan(c.earlier)}
              ）
              <Tag bordered={false} style={{ marginLeft: 4 }}>
                {c.citation}
              </Tag>
            </div>
          ))}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** Each pinned item with its figures and, beside them, the engine's trace; `extra` renders per item. */
export function PinnedItems({
  app,
  extra,
}: {
  app: SubsidyApplicationDetail;
  extra?: (item: SubsidyPinnedItem, index: number) => React.ReactNode;
}) {
  const { pick } = useI18n();
  if (!app.evaluation) return null;
  return (
    <Flex vertical gap={12}>
      {app.evaluation.items.map((item, n) => (
        <Card
          key={item.ruleId}
          size="small"
          title={
            <span>
              {pick(item.title.zh, item.title.en)}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.citation}
              </Typography.Text>
            </span>
          }
          data-testid={`sub-pinned-${item.ruleId}`}
        >
          <Row gutter={24}>
            <Col xs={24} lg={10}>
              <Flex vertical gap={12}>
                <PinnedFigures item={item} />
                {extra?.(item, n)}
              </Flex>
            </Col>
            <Col xs={24} lg={14}>
              <TraceTimeline trace={item.trace} testId={`sub-trace-${item.ruleId}`} />
            </Col>
          </Row>
        </Card>
      ))}
    </Flex>
  );
}

interface ApproveValues {
  items: { ruleId: string; amount: string }[];
  fund?: SubsidyFund;
  note?: string;
  reference?: string;
}

type Decision = 'return' | 'reject';

/**
 * The reviewer's side of an application: the pinned facts' evaluation with the trace beside each item,
 * and the actions the role has now (commerce: amount per item ≤ maximum; finance; leading group).
 */
export function ReviewPanel({ app, onDone }: { app: SubsidyApplicationDetail; onDone: () => void }) {
  const { t, pick } = useI18n();
  const report = useProblem();
  const [form] = Form.useForm<ApproveValues>();
  const [reasonsForm] = Form.useForm<{ reasons: string }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [decision, setDecision] = useState<Decision | null>(null);
  const commerce = app.actions.includes('commerce_review');
  const finance = app.actions.includes('finance_review');
  const leading = app.actions.includes('leading_group_decision');
  if (!commerce && !finance && !leading) return null;
  const evaluation = app.evaluation;

  const fail = (error: unknown, paths?: string[]) => {
    if (error instanceof ApiError) setProblem(error.problem);
    report(error, form, paths);
  };

  const approve = async (values: ApproveValues) => {
    setProblem(null);
    setBusy(true);
    try {
      if (commerce)
        await api.subsidy.commerceReview(app.id, {
          decision: 'approve',
          items: values.items.map((i) => ({ ruleId: i.ruleId, amount: i.amount.trim() })),
          ...(values.fund && values.fund !== app.fund ? { fund: values.fund } : {}),
          ...(values.note ? { note: values.note } : {}),
          version: app.version,
        });
      else if (finance)
        await api.subsidy.financeReview(app.id, {
          decision: 'approve',
          ...(values.note ? { note: values.note } : {}),
          version: app.version,
        });
      else
        await api.subsidy.leadingGroupDecision(app.id, {
          decision: 'approve',
          ...(values.reference ? { reference: values.reference } : {}),
          ...(values.note ? { note: values.note } : {}),
          version: app.version,
        });
      onDone();
    } catch (error) {
      fail(error, values.items?.map((_, n) => `items.${n}.amount`) ?? []);
    } finally {
      setBusy(false);
    }
  };

  const decide = async () => {
    if (!decision) return;
    const { reasons: text } = await reasonsForm.validateFields();
    const reasons = text
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean);
    setProblem(null);
    setBusy(true);
    try {
      const body = { decision, reasons, version: app.version };
      if (commerce) await api.subsidy.commerceReview(app.id, body);
      else if (finance) await api.subsidy.financeReview(app.id, body);
      else if (decision === 'reject') await api.subsidy.leadingGroupDecision(app.id, { ...body, decision });
      setDecision(null);
      reasonsForm.resetFields();
      onDone();
    } catch (error) {
      setDecision(null);
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const initialItems = (evaluation?.items ?? []).map((i) => {
    const requested = i.requested ?? i.maximum;
    return {
      ruleId: i.ruleId,
      amount: new Yuan(requested).lessThan(i.maximum) ? requested : i.maximum,
    };
  });
  const maximumOf = (n: number) => evaluation?.items[n]?.maximum ?? '0';
  const role = commerce ? 'commerce' : finance ? 'finance' : 'leading';

  return (
    <Card title={t(`sub.review.${role}` as MessageKey)} data-testid="sub-review">
      <Form<ApproveValues>
        form={form}
        layout="vertical"
        initialValues={{ items: initialItems, fund: app.fund }}
        onFinish={(v) => void approve({ ...v, items: form.getFieldValue('items') as ApproveValues['items'] })}
      >
        {problem && (
          <Alert
            type="error"
            showIcon
            closable
            onClose={() => setProblem(null)}
            title={pick(problem.title, problem.titleEn)}
            description={pick(problem.detail, problem.detailEn)}
            style={{ marginBottom: 12 }}
            data-testid="sub-review-problem"
          />
        )}
        <PinnedItems
          app={app}
          extra={(item, n) =>
            commerce ? (
              <Form.Item
                name={['items', n, 'amount']}
                label={t('sub.approveAmount')}
                rules={[
                  { required: true, message: t('sub.amountRequired') },
                  {
                    validator: (_, v: string | undefined) => {
                      if (!v) return Promise.resolve();
                      if (!isYuan(v)) return Promise.reject(new Error(t('sub.amountInvalid')));
                      if (new Yuan(v.trim()).greaterThan(maximumOf(n)))
                        return Promise.reject(
                          new Error(t('sub.amountAboveMax', { max: formatYuan(maximumOf(n)) })),
                        );
                      return Promise.resolve();
                    },
                  },
                ]}
                extra={t('sub.amountHint')}
              >
                <Input suffix={t('sub.yuan')} data-testid={`sub-approve-amount-${item.ruleId}`} />
              </Form.Item>
            ) : (
              app.items.find((i) => i.ruleId === item.ruleId)?.approved && (
                <Typography.Text>
                  {t('sub.approved')}：
                  <Typography.Text strong>
                    {formatYuan(app.items.find((i) => i.ruleId === item.ruleId)?.approved)}
                  </Typography.Text>
                </Typography.Text>
              )
            )
          }
        />
        <Row gutter={16} style={{ marginTop: 16 }}>
          {commerce && (
            <Col xs={24} md={8}>
              <Form.Item name="fund" label={t('sub.fund')}>
                <Select
                  options={SUBSIDY_FUNDS.map((f) => ({ value: f, label: t(`sub.fund.${f}` as MessageKey) }))}
                />
              </Form.Item>
            </Col>
          )}
          {leading && (
            <Col xs={24} md={8}>
              <Form.Item name="reference" label={t('sub.reference')}>
                <Input data-testid="sub-reference" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={commerce || leading ? 16 : 24}>
            <Form.Item name="note" label={t('sub.note')}>
              <Input data-testid="sub-note" />
            </Form.Item>
          </Col>
        </Row>
        <Flex gap={8} justify="end">
          {!leading && (
            <Button onClick={() => setDecision('return')} data-testid="sub-return">
              {t('sub.action.return')}
            </Button>
          )}
          <Button danger onClick={() => setDecision('reject')} data-testid="sub-reject">
            {t('sub.action.reject')}
          </Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="sub-approve">
            {t(`sub.action.approve.${role}` as MessageKey)}
          </Button>
        </Flex>
      </Form>
      <Modal
        open={decision !== null}
        title={decision ? t(`sub.action.${decision}` as MessageKey) : ''}
        onCancel={() => setDecision(null)}
        onOk={() => void decide()}
        confirmLoading={busy}
        okButtonProps={{ 'data-testid': 'sub-decision-ok' }}
        destroyOnHidden
      >
        <Form form={reasonsForm} layout="vertical">
          <Form.Item
            name="reasons"
            label={t('sub.reasonsLabel')}
            extra={t('sub.reasonsHint')}
            rules={[{ required: true, min: 2, message: t('sub.reasonsRequired') }]}
          >
            <Input.TextArea rows={4} data-testid="sub-reasons-input" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
