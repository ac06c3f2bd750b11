import { CalculatorOutlined, SaveOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Form,
  Select,
  Skeleton,
  Steps,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/endpoints';
import {
  POLICY_ZONES,
  SUBSIDY_FUNDS,
  type CalculatorResult,
  type PolicyZone,
  type SubsidyApplicationInput,
  type SubsidyFund,
} from '../../api/types';
import { useProblem } from '../../hooks/useProblem';
import { useRequest } from '../../hooks/useRequest';
import { useI18n, type MessageKey } from '../../i18n';
import { CalculatorResultView } from '../policy/CalculatorResultView';
import { FactsSections } from '../policy/FactsSections';
import {
  formFieldPaths,
  fromFacts,
  layoutFacts,
  toFacts,
  type CalculatorFormValues,
} from '../policy/factsForm';

export interface EditorInitial {
  year: number;
  fund: SubsidyFund;
  ruleIds: string[];
  facts: Record<string, unknown>;
}

/**
 * Steps 1 and 2 of an application: the year, the fund and the items (the zone's payment items the
 * server lists), then the facts in the calculator's own form, with the engine's estimate on demand.
 */
export function ApplicationEditor({
  zone,
  initial,
  onSave,
  saveLabel,
}: {
  zone: string;
  initial: EditorInitial;
  onSave: (input: SubsidyApplicationInput) => Promise<void>;
  saveLabel: MessageKey;
}) {
  const { t, pick } = useI18n();
  const report = useProblem();
  const policyZone: PolicyZone | undefined = POLICY_ZONES.find((z) => z === zone);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2020 + 1 }, (_, i) => thisYear - i);
  const [step, setStep] = useState(0);
  const [year, setYear] = useState(initial.year);
  const [fund, setFund] = useState<SubsidyFund>(initial.fund);
  const [ruleIds, setRuleIds] = useState<string[]>(initial.ruleIds);
  const [estimate, setEstimate] = useState<CalculatorResult | null>(null);
  const [busy, setBusy] = useState(false);

  const items = useRequest((signal) => api.subsidy.items(year, signal), [year]);
  const vocab = useRequest((signal) => api.policy.facts(signal), []);
  const catalogue = useRequest(
    (signal) => (policyZone ? api.policy.documents(policyZone, signal) : Promise.resolve(null)),
    [policyZone],
  );
  const [form] = Form.useForm<CalculatorFormValues>();
  const applicantKind = Form.useWatch(['facts', 'applicantKind'], form) as string | undefined;
  const layout = useMemo(
    () =>
      vocab.data && catalogue.data
        ? layoutFacts(vocab.data, catalogue.data, applicantKind ?? (initial.facts.applicantKind as string))
        : null,
    [vocab.data, catalogue.data, applicantKind, initial.facts.applicantKind],
  );
  const initialValues = useMemo(
    () => (vocab.data ? { facts: fromFacts(initial.facts, vocab.data.facts) } : undefined),
    [vocab.data, initial.facts],
  );
  // The facts arrive with the vocabulary: put them on the form once it can read them.
  useEffect(() => {
    if (initialValues) form.setFieldsValue(initialValues);
  }, [form, initialValues]);
  const [moreOpen, setMoreOpen] = useState(false);

  const payable = new Set((items.data ?? []).flatMap((d) => d.items.map((i) => i.ruleId)));
  const chosen = ruleIds.filter((r) => payable.has(r));

  const facts = () =>
    layout ? toFacts((form.getFieldsValue(true) as CalculatorFormValues).facts, layout.zoneFacts) : {};
  const paths = () =>
    layout ? formFieldPaths((form.getFieldsValue(true) as CalculatorFormValues).facts, layout.zoneFacts) : [];

  const runEstimate = async () => {
    if (!policyZone) return;
    setBusy(true);
    try {
      setEstimate(await api.policy.calculate({ zone: policyZone, year: String(year), facts: facts() }));
    } catch (error) {
      report(error, form, paths());
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    setBusy(true);
    try {
      await onSave({ year, fund, items: chosen.map((ruleId) => ({ ruleId })), facts: facts() });
    } catch (error) {
      report(error, form, paths());
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16} data-testid="sub-editor">
      <Steps
        size="small"
        current={step}
        onChange={setStep}
        items={[{ title: t('sub.step.items') }, { title: t('sub.step.facts') }]}
      />
      <Card style={{ display: step === 0 ? undefined : 'none' }}>
        <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }}>
          <Form.Item label={t('sub.year')}>
            <Select<number>
              style={{ width: 120 }}
              value={year}
              onChange={setYear}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              data-testid="sub-year"
            />
          </Form.Item>
          <Form.Item label={t('sub.fund')}>
            <Select<SubsidyFund>
              style={{ width: 280 }}
              value={fund}
              onChange={setFund}
              options={SUBSIDY_FUNDS.map((f) => ({ value: f, label: t(`sub.fund.${f}` as MessageKey) }))}
              data-testid="sub-fund"
            />
          </Form.Item>
        </Form>
        {items.loading && !items.data ? (
          <Skeleton active />
        ) : (
          (items.data ?? []).map((doc) => (
            <div key={doc.key} style={{ marginBottom: 16 }} data-testid={`sub-doc-${doc.key}`}>
              <Typography.Text strong>{doc.citeAs}</Typography.Text>{' '}
              <Typography.Text type="secondary">{doc.title}</Typography.Text>{' '}
              {doc.governsYear === false && <Tag color="warning">{t('sub.notGoverning', { year })}</Tag>}
              {doc.stage === 'draft' && <Tag>{t('sub.draftDoc')}</Tag>}
              <Checkbox.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 4, marginTop: 8 }}
                value={ruleIds}
                onChange={(v) =>
                  setRuleIds([...ruleIds.filter((r) => !doc.items.some((i) => i.ruleId === r)), ...v])
                }
                options={doc.items.map((i) => ({
                  value: i.ruleId,
                  disabled: doc.governsYear === false || doc.stage === 'draft',
                  label: (
                    <span data-testid={`sub-item-${i.ruleId}`}>
                      {pick(i.title.zh, i.title.en)}{' '}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {i.citation}
                      </Typography.Text>
                    </span>
                  ),
                }))}
              />
            </div>
          ))
        )}
        <Flex justify="end" gap={8}>
          <Typography.Text type="secondary">{t('sub.chosen', { count: chosen.length })}</Typography.Text>
          <Button
            type="primary"
            disabled={chosen.length === 0}
            onClick={() => setStep(1)}
            data-testid="sub-next"
          >
            {t('sub.next')}
          </Button>
        </Flex>
      </Card>
      <div style={{ display: step === 1 ? undefined : 'none' }}>
        <Form<CalculatorFormValues> form={form} layout="vertical" initialValues={initialValues}>
          <Card title={t('sub.step.facts')}>
            <Typography.Paragraph type="secondary">{t('sub.factsHint')}</Typography.Paragraph>
            {layout && vocab.data && catalogue.data && initialValues ? (
              <FactsSections
                layout={layout}
                vocab={vocab.data}
                catalogue={catalogue.data}
                moreOpen={moreOpen}
                onMoreOpen={setMoreOpen}
              />
            ) : (
              <Skeleton active />
            )}
            <Flex gap={8} justify="end" style={{ marginTop: 16 }}>
              <Button onClick={() => setStep(0)}>{t('sub.back')}</Button>
              <Button
                icon={<CalculatorOutlined />}
                loading={busy}
                onClick={() => void runEstimate()}
                data-testid="sub-estimate"
              >
                {t('sub.estimate')}
              </Button>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                loading={busy}
                disabled={chosen.length === 0 || !layout}
                onClick={() => void save()}
                data-testid="sub-save"
              >
                {t(saveLabel)}
              </Button>
            </Flex>
          </Card>
        </Form>
        {chosen.length === 0 && (
          <Alert type="warning" showIcon title={t('sub.noItems')} style={{ marginTop: 12 }} />
        )}
      </div>
      {step === 1 &&
        (estimate && vocab.data ? (
          <CalculatorResultView result={estimate} vocab={vocab.data} zoneLabel={zone} stale={false} />
        ) : (
          <Empty description={t('sub.estimateHint')} />
        ))}
    </Flex>
  );
}
