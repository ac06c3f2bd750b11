import { CalculatorOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ApiError } from '../api/client';
import type { LoginInput } from '../api/types';
import { useAuth } from '../auth/context';
import { useI18n } from '../i18n';
import { AuthFrame } from '../layout/AuthFrame';
import type { LoginState } from '../layout/guards';

/** Login; the server's refusal (wrong password, lockout) is shown in the current language. */
export function LoginPage() {
  const { t, pick } = useI18n();
  const { login } = useAuth();
  const location = useLocation();
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [busy, setBusy] = useState(false);
  const expired = (location.state as LoginState | null)?.expired === true;

  const submit = async (values: LoginInput) => {
    setBusy(true);
    setError(null);
    try {
      await login({ username: values.username.trim(), password: values.password });
      // <AnonymousOnly> takes the signed-in user on to their home page
    } catch (cause) {
      setError(cause instanceof Error ? cause : new Error(String(cause)));
      setBusy(false);
    }
  };

  const errorText = (e: ApiError | Error) => {
    if (!(e instanceof ApiError)) return { title: t('error.title'), detail: e.message };
    const { problem } = e;
    const detail = pick(problem.detail, problem.detailEn);
    const fields = (problem.errors ?? []).map((f) => pick(f.message, f.messageEn));
    return {
      title: pick(problem.title, problem.titleEn),
      detail: [detail, ...fields].filter(Boolean).join('；'),
    };
  };

  return (
    <AuthFrame>
      <Card
        className="auth-card"
        title={
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('auth.loginTitle')}
          </Typography.Title>
        }
      >
        {expired && !error && (
          <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            data-testid="login-error"
            title={errorText(error).title}
            description={errorText(error).detail}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<LoginInput>
          layout="vertical"
          size="large"
          onFinish={(v) => void submit(v)}
          requiredMark={false}
        >
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('auth.username') }),
              },
            ]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" data-testid="login-username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('common.required', { field: t('auth.password') }) }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('auth.login')}
          </Button>
        </Form>
        <div style={{ marginTop: 16, textAlign: 'center' }}>
          {t('auth.noAccount')}{' '}
          <Link to="/register" data-testid="register-link">
            {t('auth.registerLink')}
          </Link>
        </div>
        <div style={{ marginTop: 8, textAlign: 'center' }}>
          <Link to="/calculator" data-testid="calculator-link">
            <CalculatorOutlined /> {t('auth.calculatorLink')}
          </Link>
        </div>
      </Card>
    </AuthFrame>
  );
}
