import { App, Button, Card, Divider, Form, Input, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { EnterpriseKind, RegisterInput } from '../api/types';
import { useAuth } from '../auth/context';
import { useLabels } from '../components/labels';
import { useProblem } from '../hooks/useProblem';
import { useZones } from '../hooks/useZones';
import { useT, type MessageKey } from '../i18n';
import { AuthFrame } from '../layout/AuthFrame';

interface RegisterValues extends RegisterInput {
  passwordConfirm: string;
}

const FORM_FIELDS = [
  'zoneCode',
  'username',
  'password',
  'displayName',
  'enterprise.kind',
  'enterprise.name',
  'enterprise.uscc',
  'enterprise.residentId',
] as const;

/** Enterprise self-registration: an account plus a draft filing for the enterprise or individual seller. */
export default function RegisterPage() {
  const t = useT();
  const labels = useLabels();
  const { register } = useAuth();
  const { options: zoneOptions } = useZones();
  const { message } = App.useApp();
  const report = useProblem();
  const [form] = Form.useForm<RegisterValues>();
  const [busy, setBusy] = useState(false);
  const kind: EnterpriseKind = Form.useWatch(['enterprise', 'kind'], form) ?? 'enterprise';

  const required = (key: MessageKey) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field: t(key) }),
  });

  const submit = async (values: RegisterValues) => {
    setBusy(true);
    try {
      const e = values.enterprise;
      await register({
        zoneCode: values.zoneCode,
        username: values.username.trim(),
        password: values.password,
        displayName: values.displayName.trim(),
        enterprise:
          e.kind === 'individual'
            ? { kind: e.kind, name: e.name.trim(), residentId: e.residentId?.trim() }
            : { kind: e.kind, name: e.name.trim(), uscc: e.uscc?.trim().toUpperCase() },
      });
      // signed in now: <AnonymousOnly> takes the new enterprise user to its filing
      message.success(t('auth.registered'));
    } catch (error) {
      report(error, form, FORM_FIELDS);
      setBusy(false);
    }
  };

  return (
    <AuthFrame>
      <Card
        className="auth-card auth-card-wide"
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('auth.registerTitle')}
          </Typography.Title>
        }
      >
        <Typography.Paragraph type="secondary">{t('auth.registerIntro')}</Typography.Paragraph>
        <Form<RegisterValues>
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{ enterprise: { kind: 'enterprise' } }}
          disabled={busy}
        >
          <Form.Item name="zoneCode" label={t('auth.zone')} rules={[required('auth.zone')]}>
            <Select options={zoneOptions} data-testid="register-zone" />
          </Form.Item>
          <Divider titlePlacement="start" plain>
            {t('auth.enterpriseInfo')}
          </Divider>
          <Form.Item name={['enterprise', 'kind']} label={t('filing.kind')}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={labels.kindOptions}
              data-testid="register-kind"
            />
          </Form.Item>
          <Form.Item
            name={['enterprise', 'name']}
            label={t(kind === 'individual' ? 'filing.nameIndividual' : 'filing.nameEnterprise')}
            rules={[required('filing.name')]}
          >
            <Input data-testid="register-enterprise-name" maxLength={200} />
          </Form.Item>
          {kind === 'individual' ? (
            <Form.Item
              name={['enterprise', 'residentId']}
              label={t('filing.residentId')}
              rules={[required('filing.residentId')]}
            >
              <Input data-testid="register-resident-id" maxLength={18} autoComplete="off" />
            </Form.Item>
          ) : (
            <Form.Item
              name={['enterprise', 'uscc']}
              label={t('filing.uscc')}
              rules={[required('filing.uscc')]}
            >
              <Input data-testid="register-uscc" maxLength={18} />
            </Form.Item>
          )}
          <Divider titlePlacement="start" plain>
            {t('auth.accountInfo')}
          </Divider>
          <Form.Item name="username" label={t('auth.username')} rules={[required('auth.username')]}>
            <Input data-testid="register-username" autoComplete="username" maxLength={64} />
          </Form.Item>
          <Form.Item name="displayName" label={t('auth.displayName')} rules={[required('auth.displayName')]}>
            <Input data-testid="register-display-name" maxLength={100} />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            extra={t('auth.passwordHint')}
            rules={[required('auth.password')]}
          >
            <Input.Password data-testid="register-password" autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="passwordConfirm"
            label={t('auth.passwordConfirm')}
            dependencies={['password']}
            rules={[
              required('auth.passwordConfirm'),
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  !value || getFieldValue('password') === value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('auth.passwordMismatch'))),
              }),
            ]}
          >
            <Input.Password data-testid="register-password-confirm" autoComplete="new-password" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={busy}
            data-testid="register-submit"
          >
            {t('auth.register')}
          </Button>
        </Form>
        <div style={{ marginTop: 16, textAlign: 'center' }}>
          {t('auth.haveAccount')} <Link to="/login">{t('auth.loginLink')}</Link>
        </div>
      </Card>
    </AuthFrame>
  );
}
