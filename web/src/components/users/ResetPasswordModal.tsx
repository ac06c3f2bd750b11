import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import type { ManagedUser } from '../../api/types';
import { useProblem } from '../../hooks/useProblem';
import { useT } from '../../i18n';

interface ResetPasswordModalProps {
  user: ManagedUser | null;
  onClose: () => void;
  onDone: () => void;
}

export function ResetPasswordModal({ user, onClose, onDone }: ResetPasswordModalProps) {
  const t = useT();
  const report = useProblem();
  const [form] = Form.useForm<{ password: string }>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (!user) return;
    const { password } = await form.validateFields();
    setSaving(true);
    try {
      await api.users.update(user.id, { password });
      onDone();
    } catch (error) {
      report(error, form, ['password']);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={user !== null}
      title={`${t('users.resetPassword')}${t('common.colon')}${user?.displayName ?? ''}`}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="password"
          label={t('users.newPassword')}
          extra={t('auth.passwordHint')}
          rules={[{ required: true }]}
        >
          <Input.Password data-testid="user-new-password" autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
