import { createContext, useContext } from 'react';
import type { LoginInput, Permission, RegisterInput, User } from '../api/types';

export type AuthState =
  | { status: 'loading'; user: null }
  | { status: 'anonymous'; user: null; expired: boolean }
  | { status: 'signedIn'; user: User };

export interface Auth {
  state: AuthState;
  login: (input: LoginInput) => Promise<User>;
  register: (input: RegisterInput) => Promise<User>;
  logout: () => Promise<void>;
  /** Reads `GET /api/auth/me` again, e.g. after the user's enterprise changed. */
  refresh: () => Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/** The signed-in user; only for pages behind <RequireAuth>. */
export function useUser(): User {
  const { state } = useAuth();
  if (state.status !== 'signedIn') throw new Error('useUser needs a signed-in user');
  return state.user;
}

export function hasPermission(user: User | null, permission: Permission): boolean {
  return user?.permissions.includes(permission) ?? false;
}

export function isProvincial(user: User): boolean {
  return user.zoneCode === null;
}
