import { ReconciliationOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Radio, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import type { ListQuery, Summary, SummaryFlag } from '../api/types';
import { hasPermission, isProvincial, useUser } from '../auth/context';
import { TradeMode } from '../components/clearance/ParcelFields';
import { Code, Party, SummaryFlagTag, SummaryPeriod } from '../components/clearance/SummaryFields';
import { formatDateTime } from '../components/format';
import { useLabels } from '../components/labels';
import { PageTitle } from '../components/PageTitle';
import { useProblem } from '../hooks/useProblem';
import { useServerTable } from '../hooks/useServerTable';
import { useZones } from '../hooks/useZones';
import { useT } from '../i18n';

interface BuildValues {
  period: [Dayjs, Dayjs];
  summaryFlag: SummaryFlag;
  zoneCode?: string;
}

/** The form's fields; the server's `from` and `to` both belong to the period. */
const FIELDS = ['period', 'summaryFlag', 'zoneCode'] as const;
const NO_FILTERS: ListQuery = {};

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** The currencies of a summary's goods, in order of first appearance. */
const currenciesOf = (s: Summary) => [...new Set(s.items.map((i) => i.currency))];

/**
 * The period is picked with both days included; the server takes `to` exclusive, so the day after the
 * last is sent, and its errors on `from` or `to` are shown on the period.
 */
function onPeriod(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fieldErrors.length) return error;
  return new ApiError({
    ...error.problem,
    errors: error.fieldErrors.map((e) =>
      e.field === 'from' || e.field === 'to' ? { ...e, field: 'period' } : e,
    ),
  });
}

/** Builds the summary declarations of a period and shows how many were made. */
function BuildCard({ onBuilt }: { onBuilt: () => void }) {
  const t = useT();
  const user = useUser();
  const report = useProblem();
  const { options: zoneOptions } = useZones();
  const [form] = Form.useForm<BuildValues>();
  const [busy, setBusy] = useState(false);
  const [built, setBuilt] = useState<Summary[] | null>(null);
  const provincial = isProvincial(user);
  const thisMonth: [Dayjs, Dayjs] = [dayjs().startOf('month'), dayjs().endOf('month').startOf('day')];
  const lastMonth = dayjs().subtract(1, 'month');

  const build = async (values: BuildValues) => {
    const [start, end] = values.period;
    setBusy(true);
    setBuilt(null);
    try {
      const summaries = await api.clearance.buildSummaries({
        from: day(start),
        to: day(end.add(1, 'day')),
        summaryFlag: values.summaryFlag,
        zoneCode: provincial ? values.zoneCode : undefined,
      });
      setBuilt(summaries);
      if (summaries.length) onBuilt();
    } catch (error) {
      report(onPeriod(error), form, FIELDS);
    } finally {
      setBusy(false);
    }
  };

  const inventories = built?.reduce((n, s) => n + s.inventoryCount, 0) ?? 0;
  return (
    <Card title={t('summary.build')} data-testid="summary-build">
      <Typography.Paragraph type="secondary">
        {t(user.role === 'enterprise' ? 'summary.buildIntroEnterprise' : 'summary.buildIntro')}
      </Typography.Paragraph>
      <Form<BuildValues>
        form={form}
        layout="inline"
        initialValues={{ period: thisMonth, summaryFlag: '2' }}
        onFinish={(values) => void build(values)}
        onValuesChange={() => setBuilt(null)}
        data-testid="summary-build-form"
        style={{ rowGap: 12 }}
      >
        <Form.Item
          name="period"
          label={t('summary.period')}
          tooltip={t('summary.periodHint')}
          rules={[{ required: true, message: t('summary.periodRequired') }]}
        >
          <DatePicker.RangePicker
            allowClear={false}
            presets={[
              { label: t('summary.thisMonth'), value: thisMonth },
              {
                label: t('summary.lastMonth'),
                value: [lastMonth.startOf('month'), lastMonth.endOf('month').startOf('day')],
              },
            ]}
            data-testid="summary-build-period"
          />
        </Form.Item>
        <Form.Item name="summaryFlag" label={t('summary.flag')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: '2', label: t('summary.flag.2') },
              { value: '1', label: t('summary.flag.1') },
            ]}
            data-testid="summary-build-flag"
          />
        </Form.Item>
        {provincial && (
          <Form.Item
            name="zoneCode"
            label={t('common.zone')}
            rules={[{ required: true, message: t('common.required', { field: t('common.zone') }) }]}
          >
            <Select
              style={{ width: 260 }}
              options={zoneOptions}
              placeholder={t('common.zone')}
              data-testid="summary-build-zone"
            />
          </Form.Item>
        )}
        <Form.Item>
          {/* not a submit button: Enter confirms a typed date in the picker, it must not build yet */}
          <Button
            type="primary"
            onClick={() => form.submit()}
            icon={<ReconciliationOutlined />}
            loading={busy}
            data-testid="summary-build-submit"
          >
            {t('summary.submit')}
          </Button>
        </Form.Item>
      </Form>
      {built && (
        <Alert
          style={{ marginTop: 16 }}
          type={built.length ? 'success' : 'info'}
          showIcon
          data-testid="summary-build-result"
          data-built={built.length}
          data-inventories={inventories}
          title={
            built.length ? t('summary.built', { count: built.length, inventories }) : t('summary.builtNone')
          }
          description={
            built.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {built.map((s) => (
                  <li key={s.id}>
                    <Link to={`/summaries/${s.id}`} data-testid={`summary-built-link-${s.id}`}>
                      {s.head.ebcName}
                    </Link>{' '}
                    <Typography.Text type="secondary">
                      {t('summary.builtLine', {
                        country: s.head.country,
                        customs: s.head.portCode,
                        inventories: s.inventoryCount,
                      })}
                    </Typography.Text>
                  </li>
                ))}
              </ul>
            )
          }
        />
      )}
    </Card>
  );
}

/** The summary declarations of the caller's zone (all zones for provincial users), newest first. */
export default function SummariesPage() {
  const t = useT();
  const user = useUser();
  const labels = useLabels();
  const { zoneShort } = useZones();
  const provincial = isProvincial(user);
  const { tableProps, reload } = useServerTable(api.clearance.summaries, NO_FILTERS);

  const columns: TableColumnsType<Summary> = [
    {
      title: t('summary.period'),
      key: 'period',
      width: 210,
      fixed: 'left',
      render: (_, s) => (
        <Link to={`/summaries/${s.id}`} data-testid={`summary-link-${s.id}`}>
          <SummaryPeriod summary={s} />
        </Link>
      ),
    },
    {
      title: t('summary.flag'),
      dataIndex: 'summaryFlag',
      width: 190,
      render: (flag: SummaryFlag) => <SummaryFlagTag flag={flag} />,
    },
    {
      title: t('summary.inventoryCount'),
      dataIndex: 'inventoryCount',
      width: 90,
      align: 'right',
      render: (n: number, s) => <span data-testid={`summary-count-${s.id}`}>{n}</span>,
    },
    {
      title: t('summary.ebc'),
      key: 'ebc',
      width: 220,
      render: (_, s) => <Party name={s.head.ebcName} code={s.head.ebcCode} />,
    },
    {
      title: t('summary.agent'),
      key: 'agent',
      width: 220,
      render: (_, s) => <Party name={s.head.agentName} code={s.head.agentCode} />,
    },
    {
      title: t('summary.customs'),
      key: 'customs',
      width: 130,
      render: (_, s) => (
        <>
          <Code value={s.head.customsCode} /> / <Code value={s.head.portCode} />
        </>
      ),
    },
    {
      title: t('summary.tradeMode'),
      key: 'tradeMode',
      width: 90,
      render: (_, s) => <TradeMode code={s.head.tradeMode} />,
    },
    {
      title: t('summary.trafMode'),
      key: 'trafMode',
      width: 90,
      render: (_, s) => <Code value={s.head.trafMode} />,
    },
    {
      title: t('summary.country'),
      key: 'country',
      width: 90,
      render: (_, s) => <Code value={s.head.country} />,
    },
    {
      title: t('summary.currency'),
      key: 'currency',
      width: 100,
      render: (_, s) =>
        currenciesOf(s)
          .map((c) => labels.currency(c))
          .join(t('common.listSeparator')) || '—',
    },
    ...(provincial
      ? [{ title: t('common.zone'), dataIndex: 'zoneCode', width: 120, render: (z: string) => zoneShort(z) }]
      : []),
    { title: t('common.createdAt'), dataIndex: 'createdAt', width: 140, render: formatDateTime },
  ];

  return (
    <div className="page-stack">
      <PageTitle>{t('summary.listTitle')}</PageTitle>
      {hasPermission(user, 'clearance:summarize') && <BuildCard onBuilt={reload} />}
      <Card>
        <Typography.Paragraph type="secondary">
          {t(
            provincial
              ? 'summary.introProvince'
              : user.role === 'enterprise'
                ? 'summary.introEnterprise'
                : 'summary.introZone',
          )}
        </Typography.Paragraph>
        <Table<Summary>
          rowKey="id"
          columns={columns}
          scroll={{ x: columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0) }}
          onRow={(s) => ({ 'data-testid': `summary-row-${s.id}` }) as HTMLAttributes<HTMLElement>}
          {...tableProps}
          data-testid="summaries-table"
        />
      </Card>
    </div>
  );
}
