import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Modal, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/endpoints';
import { SUBSIDY_FUNDS, type SubsidyBudget, type SubsidyFund } from '../api/types';
import { hasPermission, useUser } from '../auth/context';
import { PageTitle } from '../components/PageTitle';
import { formatYuan } from '../components/policy/money';
import { isYuan, Yuan } from '../components/subsidy/common';
import { useProblem } from '../hooks/useProblem';
import { useRequest } from '../hooks/useRequest';
import { useZones } from '../hooks/useZones';
import { useI18n, type MessageKey } from '../i18n';

/** Available = total − reserved − committed − disbursed, exactly (decimal.js, never floats). */
const availableOf = (b: SubsidyBudget) =>
  new Yuan(b.total).minus(b.reserved).minus(b.committed).minus(b.disbursed).toFixed(2);

interface BudgetForm {
  fund: SubsidyFund;
  year: number;
  total: string;
  reason?: string;
}

/** Budgets per zone, fund and year; finance sets and adjusts them. */
export default function SubsidyBudgetsPage() {
  const { t, pick } = useI18n();
  const user = useUser();
  const report = useProblem();
  const { zoneShort } = useZones();
  const canEdit = hasPermission(user, 'subsidy:budget');
  const [year, setYear] = useState<number | undefined>();
  const list = useRequest((signal) => api.subsidy.budgets({ year }, signal), [year]);
  const [editing, setEditing] = useState<SubsidyBudget | 'new' | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<BudgetForm>();
  const thisYear = new Date().getFullYear();

  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      if (editing === 'new')
        await api.subsidy.createBudget({ fund: v.fund, year: v.year, total: v.total.trim() });
      else if (editing)
        await api.subsidy.adjustBudget(editing.id, {
          total: v.total.trim(),
          reason: v.reason ?? '',
          version: editing.version,
        });
      setEditing(null);
      list.reload();
    } catch (error) {
      report(error, form);
    } finally {
      setBusy(false);
    }
  };
  const money = (key: 'total' | 'reserved' | 'committed' | 'disbursed', label: MessageKey) => ({
    title: t(label),
    key,
    align: 'right' as const,
    render: (_: unknown, b: SubsidyBudget) => (
      <span data-testid={`budget-${key}`} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatYuan(b[key])}
      </span>
    ),
  });

  return (
    <div className="page-stack" data-testid="sub-budgets-page">
      <PageTitle
        extra={
          canEdit && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                form.resetFields();
                form.setFieldsValue({ fund: 'municipal', year: thisYear - 1 });
                setEditing('new');
              }}
              data-testid="budget-new"
            >
              {t('sub.budgetNew')}
            </Button>
          )
        }
      >
        {t('sub.budgetsTitle')}
      </PageTitle>
      <Card>
        <Flex gap={12} style={{ marginBottom: 16 }} align="center">
          <span>{t('sub.year')}</span>
          <InputNumber<number> min={2000} max={2100} value={year} onChange={(v) => setYear(v ?? undefined)} />
        </Flex>
        <Table<SubsidyBudget>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data ?? []}
          pagination={false}
          data-testid="budgets"
          columns={[
            { title: t('sub.zone'), key: 'zone', render: (_, b) => zoneShort(b.zoneCode) },
            { title: t('sub.fund'), key: 'fund', render: (_, b) => pick(b.fundName.zh, b.fundName.en) },
            { title: t('sub.year'), dataIndex: 'year', width: 80 },
            money('total', 'sub.budget.total'),
            money('reserved', 'sub.budget.reserved'),
            money('committed', 'sub.budget.committed'),
            money('disbursed', 'sub.budget.disbursed'),
            {
              title: t('sub.budget.available'),
              key: 'available',
              align: 'right',
              render: (_, b) => {
                const mine = availableOf(b);
                return (
                  <Typography.Text
                    strong
                    data-testid="budget-available"
                    type={mine === b.available ? undefined : 'danger'}
                  >
                    {formatYuan(mine)}
                  </Typography.Text>
                );
              },
            },
            ...(canEdit
              ? [
                  {
                    title: t('common.actions'),
                    key: 'edit',
                    width: 100,
                    render: (_: unknown, b: SubsidyBudget) => (
                      <Button
                        type="link"
                        onClick={() => {
                          form.setFieldsValue({ fund: b.fund, year: b.year, total: b.total, reason: '' });
                          setEditing(b);
                        }}
                      >
                        {t('sub.budgetAdjust')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('sub.budgetNew') : t('sub.budgetAdjust')}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        confirmLoading={busy}
        okButtonProps={{ 'data-testid': 'budget-save' }}
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="fund" label={t('sub.fund')} rules={[{ required: true }]}>
            <Select
              disabled={editing !== 'new'}
              options={SUBSIDY_FUNDS.map((f) => ({ value: f, label: t(`sub.fund.${f}` as MessageKey) }))}
              data-testid="budget-fund"
            />
          </Form.Item>
          <Form.Item name="year" label={t('sub.year')} rules={[{ required: true }]}>
            <InputNumber<number>
              min={2000}
              max={2100}
              disabled={editing !== 'new'}
              data-testid="budget-year"
            />
          </Form.Item>
          <Form.Item
            name="total"
            label={t('sub.budget.total')}
            rules={[
              {
                validator: (_, v: string | undefined) =>
                  v && isYuan(v) ? Promise.resolve() : Promise.reject(new Error(t('sub.amountInvalid'))),
              },
            ]}
          >
            <Input suffix={t('sub.yuan')} data-testid="budget-total" />
          </Form.Item>
          {editing !== 'new' && (
            <Form.Item name="reason" label={t('sub.budgetReason')} rules={[{ required: true, min: 2 }]}>
              <Input data-testid="budget-reason" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
