import { useMemo } from 'react';
import {
  CUSTOMS_STATUSES,
  ENTERPRISE_KINDS,
  ENTERPRISE_ROLES,
  FILING_STATUSES,
  MATCH_STATES,
  PARCEL_FLOWS,
  ROLES,
} from '../api/types';
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
      /** A document of a parcel: 订单, 支付单, 收款单, 运单, 清单. */
      docKind: (k: string) => label('docKind', k),
      /** Several document kinds, joined as the language joins a list: 支付单、运单 / Payment, Waybill. */
      docKinds: (kinds: readonly string[]) =>
        kinds.map((k) => label('docKind', k)).join(t('common.listSeparator')),
      matchState: (s: string) => label('matchState', s),
      flow: (f: string) => label('flow', f),
      /** A status of a parcel's lifecycle: a customs code (`800` 放行) or a platform event (`received`). */
      parcelStatus: (code: string) =>
        /^-?\d+$/.test(code) ? label('customsStatus', code) : label('parcelEvent', code),
      eventSource: (s: string) => label('eventSource', s),
      messageOutcome: (o: string) => label('outcome', o),
      documentOutcome: (o: string) => label('docOutcome', o),
      appType: (a: string) => label('appType', a),
      /** The name of a trade mode code, or '' when the dictionary does not know it. */
      tradeMode: (m: string) => {
        const text = label('tradeMode', m);
        return text === m ? '' : text;
      },
      /** A customs currency code as its name (`142` → 人民币 / CNY); unknown codes show as they are. */
      currency: (c: string) => label('currency', c),
      matchStateOptions: options('matchState', MATCH_STATES),
      flowOptions: options('flow', PARCEL_FLOWS),
      customsStatusOptions: CUSTOMS_STATUSES.map((code) => ({
        value: code,
        label: `${code} ${label('customsStatus', code)}`,
      })),
    };
  }, [t]);
}
