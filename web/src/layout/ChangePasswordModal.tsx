import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../api/endpoints';
import type { ChangePasswordInput } from '../api/types';
import { useProblem } from '../hooks/useProblem';
import { useT } from '../i18n';

interface Values extends ChangePasswordInput {
  confirm: string;
}

/** The signed-in user changes their own password. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const report = useProblem();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const { currentPassword, newPassword } = await form.validateFields();
    setSaving(true);
    try {
      await api.auth.changePassword({ currentPassword, newPassword });
      message.success(t('auth.passwordChanged'));
      onClose();
    } catch (error) {
      report(error, form, ['currentPassword', 'newPassword']);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('auth.changePassword')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="currentPassword" label={t('auth.currentPassword')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.newPassword')}
          extra={t('auth.passwordHint')}
          rules={[{ required: true }]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.passwordConfirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
