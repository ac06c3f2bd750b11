import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, onUnauthenticated, setCsrfToken } from '../api/client';
import { api } from '../api/endpoints';
import type { LoginInput, RegisterInput, Session, User } from '../api/types';
import { AuthContext, type Auth, type AuthState } from './context';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading', user: null });

  const signIn = useCallback((session: Session): User => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signedIn', user: session.user });
    return session.user;
  }, []);

  const signOut = useCallback((expired: boolean) => {
    setCsrfToken(null);
    setState({ status: 'anonymous', user: null, expired });
  }, []);

  const refresh = useCallback(async () => {
    try {
      signIn(await api.auth.me());
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) signOut(false);
      else throw error;
    }
  }, [signIn, signOut]);

  useEffect(() => {
    refresh().catch(() => signOut(false));
  }, [refresh, signOut]);

  // a 401 from any later request means the session ended on the server
  useEffect(
    () =>
      onUnauthenticated(() =>
        setState((current) =>
          current.status === 'signedIn' ? { status: 'anonymous', user: null, expired: true } : current,
        ),
      ),
    [],
  );

  const value = useMemo<Auth>(
    () => ({
      state,
      refresh,
      login: async (input: LoginInput) => signIn(await api.auth.login(input)),
      register: async (input: RegisterInput) => signIn(await api.auth.register(input)),
      logout: async () => {
        // the session is gone either way: a failed logout (already expired) still signs out here
        await api.auth.logout().catch(() => undefined);
        signOut(false);
      },
    }),
    [state, refresh, signIn, signOut],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
