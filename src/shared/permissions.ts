import { ROLES, type Role } from './context.js';

/**
 * What each role may do. Authorization is checked on the server for every route (this table) and every
 * row (zone and enterprise scoping in the repositories).
 */
const everyone: readonly Role[] = ROLES;
const everyoneBut = (...excluded: Role[]): readonly Role[] => ROLES.filter((r) => !excluded.includes(r));

export const PERMISSIONS = {
  /** Read the shared register of filed enterprises (信息共享): every bureau of the zone reads it. */
  'enterprise:read': everyone,
  /** File and change one's own enterprise and its shops. */
  'enterprise:write-own': ['enterprise'],
  /** File on an enterprise's behalf (the commerce bureau's window). */
  'enterprise:write': ['commerce'],
  /** Approve or return filings (seed 004 责任清单 1: the commerce department runs the platform). */
  'enterprise:review': ['commerce'],
  'enterprise:import': ['commerce', 'admin'],
  'audit:read': ['auditor', 'admin', 'commerce', 'leading_group'],
  'audit:verify': ['auditor', 'admin'],
  'user:manage': ['admin'],
  /** Send CEB messages through the single window: enterprises, for themselves (seed 003 二(一)1). */
  'clearance:submit': ['enterprise'],
  /** Read parcels and their lifecycle: the enterprise its own, customs and the bureaus the zone's. */
  'clearance:read': everyone,
  /** Group released export inventories into summary declarations: declaring agents, customs, the bureau. */
  'clearance:summarize': ['enterprise', 'customs', 'commerce', 'admin'],
  /** API tokens act for their owner; auditors, read-only, have no integrations to run. */
  'token:manage': everyoneBut('auditor'),
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
