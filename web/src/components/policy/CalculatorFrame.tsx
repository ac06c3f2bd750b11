import { LoginOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Spin } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router-dom';
import { useAuth } from '../../auth/context';
import { LangSwitch } from '../LangSwitch';
import { useT } from '../../i18n';
import { AppLayout } from '../../layout/AppLayout';
import { Brand } from '../../layout/Brand';

const { Header, Content, Footer } = Layout;

/** The frame of a public page for visitors: the platform's name, the language switch, a way to log in. */
function PublicFrame() {
  const t = useT();
  return (
    <Layout className="app-shell" data-testid="public-frame">
      <Header className="app-header">
        <Brand />
        <Space size="middle" className="app-header-right">
          <LangSwitch light />
          <Link to="/login">
            <Button
              type="text"
              icon={<LoginOutlined />}
              className="app-header-text"
              data-testid="public-login"
            >
              {t('calc.login')}
            </Button>
          </Link>
        </Space>
      </Header>
      <Content className="app-content" style={{ width: '100%', maxWidth: 1440, margin: '0 auto' }}>
        <Suspense fallback={<Spin size="large" className="page-spin" />}>
          <Outlet />
        </Suspense>
      </Content>
      <Footer className="app-footer">{t('app.footer')}</Footer>
    </Layout>
  );
}

/**
 * Public pages (the policy calculator) open without login: a visitor sees them in the public frame,
 * a signed-in user inside the usual layout with the menu.
 */
export function CalculatorFrame() {
  const { state } = useAuth();
  if (state.status === 'loading') return <Spin size="large" className="page-spin" />;
  return state.status === 'signedIn' ? <AppLayout /> : <PublicFrame />;
}
