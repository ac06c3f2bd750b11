import { useMemo } from 'react';
import { ENTERPRISE_KINDS, ENTERPRISE_ROLES, FILING_STATUSES, ROLES } from '../api/types';
import { useT, type MessageKey } from '../i18n';
import { zh } from '../i18n/zh';

/** The audit actions the dictionary names (`enterprise.approve`, `user.create`, …). */
const AUDIT_ACTIONS: readonly string[] = Object.keys(zh)
  .filter((key) => key.startsWith('action.'))
  .map((key) => key.slice('action.'.length));

export interface Option<V extends string> {
  value: V;
  label: string;
}

/** Labels and select options for the platform's enumerations, in the current language. */
export function useLabels() {
  const t = useT();
  return useMemo(() => {
    const label = <V extends string>(prefix: string, value: V): string => {
      const key = `${prefix}.${value}` as MessageKey;
      const text = t(key);
      return text === key ? value : text;
    };
    const options = <V extends string>(prefix: string, values: readonly V[]): Option<V>[] =>
      values.map((value) => ({ value, label: label(prefix, value) }));
    return {
      status: (s: string) => label('status', s),
      role: (r: string) => label('role', r),
      entRole: (r: string) => label('entRole', r),
      kind: (k: string) => label('kind', k),
      /** An audit action (`enterprise.approve`); unknown codes show as they are. */
      action: (code: string) => label('action', code),
      statusOptions: options('status', FILING_STATUSES),
      roleOptions: options('role', ROLES),
      entRoleOptions: options('entRole', ENTERPRISE_ROLES),
      kindOptions: options('kind', ENTERPRISE_KINDS),
      actionOptions: options('action', AUDIT_ACTIONS),
    };
  }, [t]);
}
