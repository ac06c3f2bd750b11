import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import {
  CLIMATE_QUESTIONS,
  type ClimateAnswer,
  type ClimateQuestion,
  type MyReporting,
  type SampleReportInput,
} from '../../api/types';
import { useProblem } from '../../hooks/useProblem';
import { useT, type MessageKey } from '../../i18n';
import { CLIMATE_ANSWERS, MonthPicker } from './common';

interface ShopValues {
  salesValue?: string;
  orders?: number | null;
}

interface Values {
  month: string;
  onlineValue: string;
  orders: number;
  activeShops: number;
  staff: number;
  cbecStaff: number;
  climate: Record<ClimateQuestion, ClimateAnswer>;
  shops: ShopValues[];
  correctionReason?: string;
}

const MONEY = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

/**
 * The enterprise's monthly report: its own totals, the climate questions, and one line per open filed
 * shop (a shop left empty had no sales). Filing a reported month again is a correction with its reason.
 */
export function MonthlyReportForm({
  mine,
  month,
  onMonthChange,
  onFiled,
}: {
  mine: MyReporting;
  month: string;
  onMonthChange: (month: string) => void;
  onFiled: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const report = useProblem();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const shops = mine.shops.filter((s) => s.status !== 'closed');
  const reported = mine.months.find((m) => m.month === month)?.latestVersion ?? null;

  useEffect(() => {
    form.setFieldValue('month', month);
  }, [form, month]);

  const submit = async (values: Values) => {
    // Only the shops with a figure are sent; remember which form row each line came from.
    const rows = shops
      .map((s, i) => ({ shop: s, i, v: values.shops[i] ?? {} }))
      .filter((r) => (r.v.salesValue ?? '').trim() !== '' || (r.v.orders ?? null) !== null);
    const input: SampleReportInput = {
      month: values.month,
      onlineValue: values.onlineValue.trim(),
      orders: values.orders,
      activeShops: values.activeShops,
      staff: values.staff,
      cbecStaff: values.cbecStaff,
      climate: values.climate,
      shops: rows.map((r) => ({
        shopId: r.shop.id,
        salesValue: (r.v.salesValue ?? '').trim(),
        orders: r.v.orders as number,
      })),
      ...(values.correctionReason?.trim() ? { correctionReason: values.correctionReason.trim() } : {}),
    };
    setBusy(true);
    try {
      const filed = await api.sample.file(input);
      void message.success(t('sample.filed', { version: filed.version }));
      form.resetFields(['correctionReason']);
      onFiled();
    } catch (error) {
      if (error instanceof ApiError) {
        // `shops.2.orders` of the request is a row of the form's shop table.
        const errors = error.fieldErrors.map((e) => {
          const m = /^shops\.(\d+)\.(\w+)$/.exec(e.field);
          const row = m ? rows[Number(m[1])] : undefined;
          return row ? { ...e, field: `shops.${row.i}.${m![2] === 'shopId' ? 'salesValue' : m![2]}` } : e;
        });
        const fields = [
          'month',
          'onlineValue',
          'orders',
          'activeShops',
          'staff',
          'cbecStaff',
          'correctionReason',
          ...CLIMATE_QUESTIONS.map((q) => `climate.${q}`),
          ...shops.flatMap((_, i) => [`shops.${i}.salesValue`, `shops.${i}.orders`]),
        ];
        report(new ApiError({ ...error.problem, errors }), form, fields);
      } else report(error);
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, message: t('sample.required') };
  return (
    <Card title={t('sample.formTitle', { month })} data-testid="report-form">
      {!mine.inRegister && <Alert type="warning" showIcon title={t('sample.cannotReport')} />}
      {reported !== null && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('sample.correctionHint', { version: reported })}
          data-testid="report-correction-hint"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={!mine.inRegister}
        initialValues={{
          month,
          activeShops: shops.length,
          climate: Object.fromEntries(CLIMATE_QUESTIONS.map((q) => [q, 'flat'])),
          shops: shops.map(() => ({})),
        }}
        onFinish={(values) => void submit(values)}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="month" label={t('sample.month')} rules={[required]}>
              <MonthPicker
                maxMonth={mine.lastEndedMonth}
                onChange={(m) => m && onMonthChange(m)}
                testId="report-month"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="onlineValue"
              label={t('sample.onlineValue')}
              extra={t('sample.onlineValueHint')}
              rules={[required, { pattern: MONEY, message: t('sample.moneyFormat') }]}
            >
              <Input inputMode="decimal" data-testid="report-online-value" />
            </Form.Item>
          </Col>
          {(['orders', 'activeShops', 'staff', 'cbecStaff'] as const).map((name) => (
            <Col xs={12} md={6} key={name}>
              <Form.Item name={name} label={t(`sample.${name}` as MessageKey)} rules={[required]}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid={`report-${name}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>

        <Typography.Title level={5}>{t('sample.climateQuestions')}</Typography.Title>
        <Row gutter={16}>
          {CLIMATE_QUESTIONS.map((q) => (
            <Col xs={24} md={12} key={q}>
              <Form.Item name={['climate', q]} label={t(`sample.q.${q}` as MessageKey)} rules={[required]}>
                <Radio.Group
                  optionType="button"
                  data-testid={`report-climate-${q}`}
                  options={CLIMATE_ANSWERS.map((a) => ({
                    value: a,
                    label: t(`sample.answer.${a}` as MessageKey),
                  }))}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>

        <Typography.Title level={5}>{t('sample.shopLines')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('sample.shopsHint')}</Typography.Paragraph>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={shops.map((s, i) => ({ ...s, i }))}
          locale={{ emptyText: t('sample.noShops') }}
          style={{ marginBottom: 16 }}
          columns={[
            { title: t('sample.platform'), dataIndex: 'platform', width: 140 },
            { title: t('sample.shop'), dataIndex: 'shopName' },
            {
              title: t('sample.salesValue'),
              key: 'salesValue',
              width: 220,
              render: (_, s) => (
                <Form.Item
                  name={['shops', s.i, 'salesValue']}
                  style={{ margin: 0 }}
                  rules={[{ pattern: MONEY, message: t('sample.moneyFormat') }]}
                >
                  <Input inputMode="decimal" data-testid={`report-shop-value-${s.id}`} />
                </Form.Item>
              ),
            },
            {
              title: t('sample.orders'),
              key: 'orders',
              width: 160,
              render: (_, s) => (
                <Form.Item name={['shops', s.i, 'orders']} style={{ margin: 0 }}>
                  <InputNumber
                    min={0}
                    precision={0}
                    style={{ width: '100%' }}
                    data-testid={`report-shop-orders-${s.id}`}
                  />
                </Form.Item>
              ),
            },
          ]}
        />

        {reported !== null && (
          <Form.Item
            name="correctionReason"
            label={t('sample.correctionReason')}
            rules={[{ required: true, whitespace: true, message: t('sample.reasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={500} showCount data-testid="report-correction-reason" />
          </Form.Item>
        )}
        <Button
          type="primary"
          htmlType="submit"
          icon={<SendOutlined />}
          loading={busy}
          data-testid="report-submit"
        >
          {t('sample.submit')}
        </Button>
      </Form>
    </Card>
  );
}
