import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import type { FactFieldUnit, FactsVocabulary, PolicyCatalogue, PolicyFact } from '../../api/types';
import { useI18n } from '../../i18n';
import type { I18n } from '../../i18n/context';
import { emptyRow, readByArticles } from './factsForm';
import { AREA, normalizeDecimal, YUAN } from './money';

/**
 * A yes/no fact has three states: yes, no, and not given (which leaves the items reading it
 * undetermined rather than refused). The switch shows yes or no; "not given" is said beside it.
 */
function FactSwitch({
  id,
  value,
  onChange,
  testId,
}: {
  id?: string;
  value?: boolean;
  onChange?: (value: boolean | undefined) => void;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <Space size={8}>
      <Switch
        id={id}
        checked={value === true}
        onChange={(checked) => onChange?.(checked)}
        checkedChildren={t('common.yes')}
        unCheckedChildren={value === false ? t('common.no') : undefined}
        style={value === undefined ? { opacity: 0.55 } : undefined}
        data-testid={testId}
        data-state={value === undefined ? 'unset' : String(value)}
      />
      {value === undefined ? (
        <Typography.Text type="secondary">{t('calc.notGiven')}</Typography.Text>
      ) : (
        <Button type="link" size="small" onClick={() => onChange?.(undefined)} style={{ padding: 0 }}>
          {t('calc.clearValue')}
        </Button>
      )}
    </Space>
  );
}

function useDecimalRule() {
  const { t } = useI18n();
  return (unit: 'yuan' | 'm2'): Rule => ({
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value === '') return;
      const s = normalizeDecimal(value);
      if (s === '' || (unit === 'yuan' ? YUAN : AREA).test(s)) return;
      throw new Error(t(unit === 'yuan' ? 'calc.invalidYuan' : 'calc.invalidArea'));
    },
  });
}

/**
 * The input of one value by its unit, as an element Form.Item gives its value and onChange to;
 * `testId` marks the control for tests.
 */
function valueInput(
  unit: FactFieldUnit | 'level' | 'applicant_kind',
  vocab: FactsVocabulary,
  testId: string,
  { pick, t }: Pick<I18n, 'pick' | 't'>,
): ReactNode {
  switch (unit) {
    case 'yuan':
      return (
        <Input
          allowClear
          inputMode="decimal"
          suffix={pick(vocab.units.yuan.zh, vocab.units.yuan.en)}
          data-testid={testId}
        />
      );
    case 'm2':
      return <Input allowClear inputMode="decimal" suffix="m²" data-testid={testId} />;
    case 'count':
      return <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid={testId} />;
    case 'year':
      return (
        <InputNumber
          min={2000}
          max={2099}
          precision={0}
          placeholder="YYYY"
          style={{ width: '100%' }}
          data-testid={testId}
        />
      );
    case 'date':
      return <DatePicker style={{ width: '100%' }} data-testid={testId} />;
    case 'boolean':
      return <FactSwitch testId={testId} />;
    case 'level':
      return (
        <Select
          allowClear
          placeholder={t('calc.notGiven')}
          options={vocab.levels.map((l) => ({ value: l.value, label: pick(l.zh, l.en) }))}
          data-testid={testId}
        />
      );
    case 'applicant_kind':
      return (
        <Select
          allowClear
          placeholder={t('calc.notGiven')}
          options={vocab.applicantKinds.map((k) => ({ value: k.value, label: pick(k.zh, k.en) }))}
          data-testid={testId}
        />
      );
  }
}

/** One fact of the vocabulary as a form field: label in the current language, unit, help. */
export function FactField({
  fact,
  vocab,
  catalogue,
}: {
  fact: PolicyFact;
  vocab: FactsVocabulary;
  catalogue: PolicyCatalogue;
}) {
  const i18n = useI18n();
  const { pick, t, lang } = i18n;
  const decimalRule = useDecimalRule();
  const label = pick(fact.zh, fact.en);
  const readBy = readByArticles(fact, catalogue);
  const tooltip = [
    lang === 'zh' ? fact.en : fact.zh,
    pick(vocab.periods[fact.period].zh, vocab.periods[fact.period].en),
    pick(vocab.sources[fact.source].zh, vocab.sources[fact.source].en),
    fact.note,
  ]
    .filter(Boolean)
    .join(' · ');
  const extra = readBy ? t('calc.readBy', { items: readBy }) : undefined;
  const name = ['facts', fact.id];
  const testId = `fact-${fact.id}`;

  if (fact.unit === 'records')
    return <RecordsField fact={fact} vocab={vocab} label={label} tooltip={tooltip} extra={extra} />;
  if (fact.unit === 'awards')
    return <AwardsField fact={fact} catalogue={catalogue} label={label} tooltip={tooltip} />;

  const rules = fact.unit === 'yuan' || fact.unit === 'm2' ? [decimalRule(fact.unit)] : undefined;
  return (
    <Form.Item name={name} label={label} tooltip={tooltip} extra={extra} rules={rules}>
      {valueInput(fact.unit, vocab, testId, i18n)}
    </Form.Item>
  );
}

/** A list fact (each warehouse, each loan, each event): rows of fields, added and removed. */
function RecordsField({
  fact,
  vocab,
  label,
  tooltip,
  extra,
}: {
  fact: PolicyFact;
  vocab: FactsVocabulary;
  label: string;
  tooltip: string;
  extra: string | undefined;
}) {
  const i18n = useI18n();
  const { pick, t } = i18n;
  const decimalRule = useDecimalRule();
  const fields = fact.fields ?? [];
  return (
    <Form.Item label={label} tooltip={tooltip} extra={extra}>
      <Form.List name={['facts', fact.id]}>
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row) => (
              <Flex key={row.key} gap={8} wrap align="end" className="calc-record-row">
                {fields.map((f) => {
                  const fieldLabel = pick(f.zh, f.en);
                  const rules: Rule[] =
                    f.unit === 'boolean'
                      ? []
                      : [
                          {
                            required: true,
                            message: t('calc.requiredField', { field: fieldLabel }),
                          },
                          ...(f.unit === 'yuan' || f.unit === 'm2' ? [decimalRule(f.unit)] : []),
                        ];
                  return (
                    <Form.Item
                      key={f.id}
                      name={[row.name, f.id]}
                      label={fieldLabel}
                      rules={rules}
                      valuePropName={f.unit === 'boolean' ? 'checked' : 'value'}
                      style={{ marginBottom: 0, minWidth: 180, flex: '1 1 180px' }}
                    >
                      {f.unit === 'boolean' ? (
                        <Switch data-testid={`fact-${fact.id}-${row.name}-${f.id}`} />
                      ) : (
                        valueInput(f.unit, vocab, `fact-${fact.id}-${row.name}-${f.id}`, i18n)
                      )}
                    </Form.Item>
                  );
                })}
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('calc.removeRow')}
                  title={t('calc.removeRow')}
                  onClick={() => remove(row.name)}
                />
              </Flex>
            ))}
            <div>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add(emptyRow(fact))}
                data-testid={`fact-${fact.id}-add`}
              >
                {t('calc.addRow')}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** Earlier awards or other policies' awards: amounts per item of the zone. */
function AwardsField({
  fact,
  catalogue,
  label,
  tooltip,
}: {
  fact: PolicyFact;
  catalogue: PolicyCatalogue;
  label: string;
  tooltip: string;
}) {
  const { pick, t } = useI18n();
  const decimalRule = useDecimalRule();
  const options = catalogue.documents.flatMap((d) =>
    d.items
      .filter((i) => i.kind === 'payment')
      .map((i) => ({ value: i.id, label: `${i.articleLabel} ${pick(i.title.zh, i.title.en)}` })),
  );
  return (
    <Form.Item label={label} tooltip={tooltip}>
      <Form.List name={['facts', fact.id]}>
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row) => (
              <Flex key={row.key} gap={8} wrap align="end">
                <Form.Item
                  name={[row.name, 'ruleId']}
                  label={t('calc.awardItem')}
                  rules={[
                    { required: true, message: t('calc.requiredField', { field: t('calc.awardItem') }) },
                  ]}
                  style={{ marginBottom: 0, flex: '2 1 260px' }}
                >
                  <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'amount']}
                  label={t('calc.awardAmount')}
                  rules={[
                    { required: true, message: t('calc.requiredField', { field: t('calc.awardAmount') }) },
                    decimalRule('yuan'),
                  ]}
                  style={{ marginBottom: 0, flex: '1 1 160px' }}
                >
                  <Input inputMode="decimal" />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('calc.removeRow')}
                  title={t('calc.removeRow')}
                  onClick={() => remove(row.name)}
                />
              </Flex>
            ))}
            <div>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('calc.addRow')}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
