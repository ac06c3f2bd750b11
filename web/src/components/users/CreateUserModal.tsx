import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import type { CreateUserInput, Role } from '../../api/types';
import { isProvincial, useUser } from '../../auth/context';
import { useProblem } from '../../hooks/useProblem';
import { useZones } from '../../hooks/useZones';
import { useT } from '../../i18n';
import { useLabels } from '../labels';

const FIELDS = ['username', 'displayName', 'password', 'role', 'zoneCode', 'enterpriseId'] as const;

interface CreateUserModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}

export function CreateUserModal({ open, onClose, onCreated }: CreateUserModalProps) {
  const t = useT();
  const labels = useLabels();
  const user = useUser();
  const report = useProblem();
  const { options: zoneOptions } = useZones();
  const [form] = Form.useForm<CreateUserInput>();
  const [saving, setSaving] = useState(false);
  const role: Role | undefined = Form.useWatch('role', form);
  const provincial = isProvincial(user);

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await api.users.create({
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        role: values.role,
        zoneCode: provincial ? values.zoneCode || undefined : (user.zoneCode ?? undefined),
        enterpriseId: values.role === 'enterprise' ? values.enterpriseId?.trim() : undefined,
      });
      onCreated();
    } catch (error) {
      report(error, form, FIELDS);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('users.create')}
      okText={<span data-testid="user-create-confirm">{t('common.confirm')}</span>}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<CreateUserInput>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ zoneCode: user.zoneCode ?? undefined }}
      >
        <Form.Item name="username" label={t('users.username')} rules={[{ required: true, whitespace: true }]}>
          <Input data-testid="user-username" autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input data-testid="user-display-name" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.password')}
          extra={t('auth.passwordHint')}
          rules={[{ required: true }]}
        >
          <Input.Password data-testid="user-password" autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
          <Select
            data-testid="user-role"
            options={labels.roleOptions}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          name="zoneCode"
          label={t('users.zone')}
          extra={provincial ? t('users.zoneProvincial') : undefined}
        >
          <Select data-testid="user-zone" allowClear options={zoneOptions} disabled={!provincial} />
        </Form.Item>
        {role === 'enterprise' && (
          <Form.Item
            name="enterpriseId"
            label={t('users.enterpriseId')}
            extra={t('users.enterpriseIdHint')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input data-testid="user-enterprise-id" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
