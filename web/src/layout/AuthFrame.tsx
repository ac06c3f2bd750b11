import { AuditOutlined, BarChartOutlined, GiftOutlined, GlobalOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { LangSwitch } from '../components/LangSwitch';
import { useT } from '../i18n';
import { Brand } from './Brand';

/** The frame of the login and registration pages: the platform's name and a card. */
export function AuthFrame({ children }: { children: ReactNode }) {
  const t = useT();
  const features = [
    { icon: <AuditOutlined />, text: t('auth.feature.filing') },
    { icon: <GlobalOutlined />, text: t('auth.feature.clearance') },
    { icon: <GiftOutlined />, text: t('auth.feature.policy') },
    { icon: <BarChartOutlined />, text: t('auth.feature.statistics') },
  ];
  return (
    <div className="auth-page">
      <div className="auth-topbar">
        <LangSwitch light />
      </div>
      <div className="auth-body">
        <div className="auth-intro">
          <Brand large />
          <p>{t('auth.loginIntro')}</p>
          <div className="auth-features">
            {features.map((f) => (
              <div key={f.text} className="auth-feature">
                {f.icon}
                <span>{f.text}</span>
              </div>
            ))}
          </div>
        </div>
        {children}
      </div>
      <div className="auth-footer">{t('app.footer')}</div>
    </div>
  );
}
