import { App, Form, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/endpoints';
import { useProblem } from '../../hooks/useProblem';
import { useT } from '../../i18n';
import { MonthPicker } from './common';

interface Values {
  enterpriseId: string;
  fromMonth: string;
  toMonth?: string | null;
}

/** Statuses of filings in the register: only these enterprises can be sampled. */
const IN_REGISTER = 'approved,change_submitted,change_returned';

/** The commerce bureau puts an approved enterprise of the zone on the sample list for a span of months. */
export function AddSampleModal({
  open,
  zoneCode,
  defaultMonth,
  onClose,
  onAdded,
}: {
  open: boolean;
  zoneCode: string;
  defaultMonth: string;
  onClose: () => void;
  onAdded: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const report = useProblem();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.enterprises
        .list(
          { zoneCode, status: IN_REGISTER, q: search || undefined, pageSize: 20, sort: 'name' },
          controller.signal,
        )
        .then((page) => setOptions(page.items.map((e) => ({ value: e.id, label: e.name }))))
        .catch((error: unknown) => {
          if (!controller.signal.aborted) report(error);
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, zoneCode, search, report]);

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      await api.sample.add({ ...values, toMonth: values.toMonth ?? null });
      void message.success(t('sample.added'));
      form.resetFields();
      onAdded();
    } catch (error) {
      report(error, form, ['enterpriseId', 'fromMonth', 'toMonth']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('sample.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('sample.add')}
      okButtonProps={{ loading: busy, 'data-testid': 'sample-add-submit' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('sample.addHint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ fromMonth: defaultMonth }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="enterpriseId"
          label={t('sample.enterprise')}
          rules={[{ required: true, message: t('sample.required') }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            placeholder={t('sample.enterpriseSearch')}
            options={options}
            data-testid="sample-add-enterprise"
          />
        </Form.Item>
        <Form.Item
          name="fromMonth"
          label={t('sample.fromMonth')}
          rules={[{ required: true, message: t('sample.required') }]}
        >
          <MonthPicker testId="sample-add-from" />
        </Form.Item>
        <Form.Item name="toMonth" label={t('sample.toMonth')} extra={t('sample.toMonthHint')}>
          <MonthPicker allowClear testId="sample-add-to" placeholder={t('sample.openEnded')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
