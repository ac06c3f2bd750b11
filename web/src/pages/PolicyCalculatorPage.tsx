import { CalculatorOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Empty, Flex, Form, Result, Select, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import { POLICY_ZONES, type CalculatorResult, type PolicyZone } from '../api/types';
import { hasPermission, useAuth } from '../auth/context';
import { PageTitle } from '../components/PageTitle';
import { CalculatorResultView } from '../components/policy/CalculatorResultView';
import { FactsSections } from '../components/policy/FactsSections';
import {
  formFieldPaths,
  layoutFacts,
  toFacts,
  type CalculatorFormValues,
  type FactSection,
} from '../components/policy/factsForm';
import { PolicyDocuments } from '../components/policy/PolicyDocuments';
import { saveHandoff } from '../components/subsidy/common';
import { useProblem } from '../hooks/useProblem';
import { useRequest } from '../hooks/useRequest';
import { useZones } from '../hooks/useZones';
import { useI18n } from '../i18n';

const asZone = (value: string | null | undefined): PolicyZone | undefined =>
  POLICY_ZONES.find((z) => z === value);

const FIRST_YEAR = 2020;
const INITIAL: CalculatorFormValues = { facts: { applicantKind: 'enterprise' } };

/** True when a field path (`facts.x`, `facts.x.0.y`) is one of the facts of the folded section. */
function inSections(field: string, sections: readonly FactSection[]): boolean {
  return sections.some((s) =>
    s.facts.some((f) => field === `facts.${f.id}` || field.startsWith(`facts.${f.id}.`)),
  );
}

/**
 * The public policy calculator (no login): choose a zone and a year, enter figures, and see what the
 * enterprise may get and why, with the articles quoted. Zone, year and drafts live in the address
 * (?zone=hengyang&year=2025&drafts=1) so a result can be shared; the figures stay in this page only.
 */
export default function PolicyCalculatorPage() {
  const { t } = useI18n();
  const { state } = useAuth();
  const { zoneShort } = useZones();
  const report = useProblem();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();

  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => String(thisYear + 1 - i));
  const userZone = state.status === 'signedIn' ? state.user.zoneCode : null;
  const zone = asZone(params.get('zone')) ?? asZone(userZone);
  const yearParam = params.get('year') ?? '';
  const year = /^20\d{2}$/.test(yearParam) ? yearParam : String(thisYear - 1);
  const includeDrafts = params.get('drafts') === '1';
  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const vocab = useRequest((signal) => api.policy.facts(signal), []);
  const catalogueRequest = useRequest(
    (signal) => (zone ? api.policy.documents(zone, signal) : Promise.resolve(null)),
    [zone],
  );
  const catalogue = catalogueRequest.data?.zone === zone ? catalogueRequest.data : null;
  const draft = catalogue?.documents.find((d) => d.stage === 'draft');

  const [form] = Form.useForm<CalculatorFormValues>();
  const applicantKind = Form.useWatch(['facts', 'applicantKind'], form) as string | undefined;
  const layout = useMemo(
    () => (vocab.data && catalogue ? layoutFacts(vocab.data, catalogue, applicantKind) : null),
    [vocab.data, catalogue, applicantKind],
  );
  const [moreOpen, setMoreOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  // A result belongs to the zone, year and drafts choice it was computed for.
  const [answer, setAnswer] = useState<{ key: string; result: CalculatorResult } | null>(null);
  const [stale, setStale] = useState(false);
  const resultsRef = useRef<HTMLDivElement>(null);
  const answerKey = `${zone ?? ''}|${year}|${includeDrafts ? 1 : 0}`;
  const result = answer?.key === answerKey ? answer.result : null;
  // Each new answer is brought into view once it is on the page.
  useEffect(() => {
    if (answer) resultsRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [answer]);

  const calculate = async () => {
    if (!zone || !layout) return;
    const values = form.getFieldsValue(true) as CalculatorFormValues;
    setBusy(true);
    try {
      const r = await api.policy.calculate({
        zone,
        year,
        facts: toFacts(values.facts, layout.zoneFacts),
        ...(includeDrafts ? { includeDrafts: true } : {}),
      });
      setAnswer({ key: answerKey, result: r });
      setStale(false);
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.some((e) => inSections(e.field, layout.more)))
        setMoreOpen(true);
      report(error, form, formFieldPaths(values.facts, layout.zoneFacts));
    } finally {
      setBusy(false);
    }
  };

  // An enterprise of the zone (or a visitor, after logging in) may apply with these figures.
  const signedIn = state.status === 'signedIn' ? state.user : null;
  const mayApply = signedIn
    ? hasPermission(signedIn, 'subsidy:apply') && signedIn.zoneCode === result?.zone
    : state.status === 'anonymous';
  const applyWithFigures = () => {
    if (!result || !layout) return;
    const values = form.getFieldsValue(true) as CalculatorFormValues;
    saveHandoff({
      zone: result.zone,
      year: result.year,
      facts: toFacts(values.facts, layout.zoneFacts),
      ruleIds: result.items
        .filter((i) => i.status === 'eligible' && i.kind === 'payment' && i.amount !== null && !i.draft)
        .map((i) => i.ruleId),
    });
    if (signedIn) void navigate('/subsidies/new');
    else void navigate('/login', { state: { from: '/subsidies/new' } });
  };

  if (vocab.error && !vocab.data) return <Result status="warning" title={t('error.loadFailed')} />;

  return (
    <div className="page-stack" data-testid="calculator-page">
      <PageTitle>{t('calc.title')}</PageTitle>
      <Card>
        <Typography.Paragraph type="secondary">{t('calc.intro')}</Typography.Paragraph>
        <Form layout="inline" style={{ rowGap: 12 }}>
          <Form.Item label={t('calc.zone')}>
            <Select<PolicyZone>
              style={{ width: 220 }}
              placeholder={t('calc.zonePlaceholder')}
              value={zone}
              onChange={(z) => setParam('zone', z)}
              options={POLICY_ZONES.map((z) => ({ value: z, label: zoneShort(z) }))}
              data-testid="calc-zone"
            />
          </Form.Item>
          <Form.Item label={t('calc.year')}>
            <Select<string>
              style={{ width: 120 }}
              value={year}
              onChange={(y) => setParam('year', y)}
              options={years.map((y) => ({ value: y, label: y }))}
              data-testid="calc-year"
            />
          </Form.Item>
          {draft && (
            <Form.Item
              extra={t('calc.includeDraftsHint', { from: draft.draftAssumedFrom ?? '—' })}
              style={{ maxWidth: 520 }}
            >
              <Checkbox
                checked={includeDrafts}
                onChange={(e) => setParam('drafts', e.target.checked ? '1' : null)}
                data-testid="calc-include-drafts"
              >
                {t('calc.includeDrafts')}
              </Checkbox>
            </Form.Item>
          )}
        </Form>
        {catalogue && vocab.data && (
          <div style={{ marginTop: 16 }}>
            <PolicyDocuments catalogue={catalogue} vocab={vocab.data} />
          </div>
        )}
      </Card>

      <Form<CalculatorFormValues>
        form={form}
        layout="vertical"
        initialValues={INITIAL}
        onFinish={() => void calculate()}
        onFinishFailed={({ errorFields }) => {
          if (layout && errorFields.some((e) => inSections(e.name.join('.'), layout.more))) setMoreOpen(true);
        }}
        onValuesChange={() => {
          if (result) setStale(true);
        }}
        scrollToFirstError
      >
        <Card title={t('calc.facts')}>
          <Typography.Paragraph type="secondary">{t('calc.factsHint')}</Typography.Paragraph>
          {layout && vocab.data && catalogue ? (
            <FactsSections
              layout={layout}
              vocab={vocab.data}
              catalogue={catalogue}
              moreOpen={moreOpen}
              onMoreOpen={setMoreOpen}
            />
          ) : zone ? (
            <Skeleton active />
          ) : (
            <Empty description={t('calc.chooseZone')} />
          )}
          <Flex
            gap={8}
            justify="end"
            style={{
              position: 'sticky',
              bottom: 0,
              zIndex: 3,
              background: '#fff',
              padding: '12px 0',
              marginTop: 16,
              borderTop: '1px solid #f0f0f0',
            }}
          >
            <Button
              onClick={() => {
                form.resetFields();
                setAnswer(null);
              }}
              data-testid="calc-clear"
            >
              {t('calc.clearForm')}
            </Button>
            <Button
              type="primary"
              htmlType="submit"
              icon={<CalculatorOutlined />}
              loading={busy}
              disabled={!layout}
              data-testid="calc-submit"
            >
              {t('calc.calculate')}
            </Button>
          </Flex>
        </Card>
      </Form>

      <div ref={resultsRef} style={{ scrollMarginTop: 80 }}>
        {result && mayApply && !stale && (
          <Flex justify="end" style={{ marginBottom: 12 }}>
            <Button
              type="primary"
              icon={<FormOutlined />}
              onClick={applyWithFigures}
              data-testid="calc-apply"
            >
              {signedIn ? t('calc.apply') : t('calc.applyLogin')}
            </Button>
          </Flex>
        )}
        {result && vocab.data ? (
          <CalculatorResultView
            result={result}
            vocab={vocab.data}
            zoneLabel={zoneShort(result.zone)}
            stale={stale}
          />
        ) : (
          layout && <Empty description={t('calc.empty')} style={{ padding: 24 }} />
        )}
      </div>
    </div>
  );
}
