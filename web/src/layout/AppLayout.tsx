import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth, useUser } from '../auth/context';
import { LangSwitch } from '../components/LangSwitch';
import { useLabels } from '../components/labels';
import { useZones } from '../hooks/useZones';
import { useT } from '../i18n';
import { Brand } from './Brand';
import { ChangePasswordModal } from './ChangePasswordModal';
import { visibleNav } from './navigation';

const { Header, Sider, Content, Footer } = Layout;

export function AppLayout() {
  const t = useT();
  const user = useUser();
  const { logout } = useAuth();
  const labels = useLabels();
  const { zoneName, zoneShort } = useZones();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [changingPassword, setChangingPassword] = useState(false);

  const nav = visibleNav(user);
  const selected = nav.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`));

  return (
    <Layout className="app-shell">
      <Header className="app-header">
        <Brand />
        <Space size="middle" className="app-header-right">
          <Tooltip title={user.zoneCode ? zoneName(user.zoneCode) : undefined}>
            <Typography.Text className="app-header-zone" data-testid="header-zone">
              {user.zoneCode ? zoneShort(user.zoneCode) : t('app.province')}
            </Typography.Text>
          </Tooltip>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [{ key: 'password', icon: <KeyOutlined />, label: t('auth.changePassword') }],
              onClick: () => setChangingPassword(true),
            }}
          >
            <Space size={4} className="app-header-user" data-testid="header-user-menu">
              <UserOutlined />
              <Typography.Text className="app-header-text" data-testid="header-user">
                {user.displayName}
              </Typography.Text>
              <Tag color="gold" data-testid="header-role">
                {labels.role(user.role)}
              </Tag>
            </Space>
          </Dropdown>
          <LangSwitch light />
          <Button
            type="text"
            icon={<LogoutOutlined />}
            className="app-header-text"
            data-testid="logout"
            onClick={() => void logout().then(() => navigate('/login', { replace: true }))}
          >
            {t('auth.logout')}
          </Button>
        </Space>
      </Header>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
      <Layout>
        <Sider width={220} breakpoint="lg" collapsedWidth={64} theme="light" className="app-sider">
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected.key] : []}
            style={{ borderInlineEnd: 0, paddingTop: 8 }}
            onClick={({ key }) => {
              const item = nav.find((i) => i.key === key);
              if (item) void navigate(item.path);
            }}
            items={nav.map((item) => ({
              key: item.key,
              icon: item.icon,
              label: <span data-testid={item.testId}>{t(item.label)}</span>,
            }))}
          />
        </Sider>
        <Layout className="app-main">
          <Content className="app-content">
            <Suspense fallback={<Spin size="large" className="page-spin" />}>
              <Outlet />
            </Suspense>
          </Content>
          <Footer className="app-footer">{t('app.footer')}</Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
