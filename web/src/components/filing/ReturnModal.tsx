import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useProblem } from '../../hooks/useProblem';
import { useT } from '../../i18n';

interface ReturnModalProps {
  /** The filing's name, shown in the title; null keeps the modal closed. */
  name: string | null;
  onCancel: () => void;
  /** Sends the return; rejects with the server's error to keep the modal open. */
  onReturn: (reason: string) => Promise<void>;
}

/** Asks the reviewer for the reason a filing is returned (a reason is required). */
export function ReturnModal({ name, onCancel, onReturn }: ReturnModalProps) {
  const t = useT();
  const report = useProblem();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);

  const confirm = async () => {
    const { reason } = await form.validateFields();
    setSaving(true);
    try {
      await onReturn(reason.trim());
      form.resetFields();
    } catch (error) {
      report(error, form, ['reason']);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={name !== null}
      title={t('review.returnTitle', { name: name ?? '' })}
      onCancel={onCancel}
      onOk={() => void confirm().catch(() => undefined)}
      confirmLoading={saving}
      okText={<span data-testid="return-confirm">{t('review.return')}</span>}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('review.reason')}
          rules={[
            { required: true, whitespace: true, message: t('review.reasonRequired') },
            { min: 2, message: t('review.reasonRequired') },
          ]}
        >
          <Input.TextArea
            data-testid="return-reason"
            rows={4}
            maxLength={500}
            showCount
            placeholder={t('review.reasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
