import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import type { User } from '../api/types';
import { useAuth } from '../auth/context';
import { useT } from '../i18n';
import { homePath } from './navigation';

export interface LoginState {
  from?: string;
  expired?: boolean;
}

/** Shows its routes to signed-in users; others go to the login page (and come back afterwards). */
export function RequireAuth() {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <Spin size="large" className="page-spin" />;
  if (state.status === 'anonymous') {
    // only an ended session comes back to where it was; after a logout the next user starts at home
    const back = state.expired ? { from: location.pathname + location.search, expired: true } : undefined;
    return <Navigate to="/login" replace state={back} />;
  }
  return <Outlet />;
}

/** For the login and registration pages: a signed-in user goes home. */
export function AnonymousOnly({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <Spin size="large" className="page-spin" />;
  if (state.status === 'signedIn') {
    const from = (location.state as LoginState | null)?.from;
    return <Navigate to={from ?? homePath(state.user)} replace />;
  }
  return children;
}

export function Allow({ when, children }: { when: (user: User) => boolean; children: ReactNode }) {
  const { state } = useAuth();
  const t = useT();
  if (state.status !== 'signedIn') return null;
  if (!when(state.user)) {
    return (
      <Result
        status="403"
        title={t('error.forbidden')}
        subTitle={t('error.forbiddenHint')}
        extra={
          <Link to="/">
            <Button type="primary">{t('error.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  return children;
}

export function HomeRedirect() {
  const { state } = useAuth();
  if (state.status !== 'signedIn') return null;
  return <Navigate to={homePath(state.user)} replace />;
}
