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
  /**
   * Subsidies (奖补). Seeds: 衡政发〔2024〕4号 三、组织实施 (市商务局、市财政局通过项目申报组织实施，
   * 按程序报市人民政府批准后再拨付); 郴政办发〔2021〕3号 (分配方案由市商务局拟定，经市财政局、领导小组办公室审核，报市政府批准).
   * Applications are read by every role of the zone (an enterprise its own).
   */
  'subsidy:read': everyone,
  /** Apply for one's own enterprise: items, facts, evidence; correct and resubmit (补正). */
  'subsidy:apply': ['enterprise'],
  /** The commerce bureau reviews first: approve an amount, return for correction, or reject. */
  'subsidy:review-commerce': ['commerce'],
  /** The finance bureau reviews the commerce bureau's approval. */
  'subsidy:review-finance': ['finance'],
  /** The leading group office records the final approval (报市政府批准). */
  'subsidy:approve': ['leading_group'],
  /** Public notice (公示): publish, resolve objections, close. */
  'subsidy:notice': ['commerce'],
  /** Object to an application in a notice: signed-in users of the zone; auditors change nothing. */
  'subsidy:object': everyoneBut('auditor'),
  /** Record a disbursement (拨付). */
  'subsidy:disburse': ['finance'],
  /** Set and adjust budgets. */
  'subsidy:budget': ['finance'],
  /**
   * Run automatic entitlement (免申即享) over a zone's platform data: the commerce bureau
   * (it organises the applications) and the system (admin, scheduled runs).
   */
  'subsidy:entitle': ['commerce', 'admin'],
  'subsidy-budget:read': ['commerce', 'finance', 'leading_group', 'auditor'],
  /** Evidence files: the owner enterprise (scoped to itself) and the zone's reviewers. */
  'subsidy-evidence:read': ['enterprise', 'commerce', 'finance', 'leading_group', 'auditor'],
  /**
   * Governance: goals, the responsibility list and its tasks. Every bureau, the
   * leading group office, admins and auditors read their zone's; enterprises do not.
   */
  'governance:read': everyoneBut('enterprise'),
  /**
   * Report progress on tasks where one's unit is lead or co-responsible (责任单位). The leading group office
   * reports too: it acts for the municipal government (22 of the 34 tasks of 郴州 建设责任清单 name
   * 郴州市人民政府) and for units without platform accounts (发改委, 教育局…).
   */
  'governance:report': [
    'commerce',
    'finance',
    'customs',
    'tax',
    'fx',
    'market_regulation',
    'postal',
    'leading_group',
  ],
  /** Record reported figures for the goals (talents trained, leading enterprises recognised, pilots done). */
  'governance:indicator': ['commerce', 'leading_group'],
  /** Set due dates and load the catalogue: the leading group office, and the system (admin, demo seeding). */
  'governance:manage': ['leading_group', 'admin'],
  /**
   * Statistics monitoring (统计监测, seed 003 二(二)5; 郴州 责任清单 16): the zone's figures, index, dashboard
   * and monthly report. Every bureau, the leading group office, admins and auditors read their zone's;
   * an enterprise reads its own figures through its parcels and reports, not the zone's.
   */
  'statistics:read': everyoneBut('enterprise'),
  /** Keep the dated exchange-rate table (provincial users: one table serves every zone) and run the statistics jobs. */
  'statistics:manage': ['commerce', 'admin'],
  /** Keep the sample-enterprise list (样本企业, 株洲 实施意见 (十六)) and remind late reporters. */
  'sample:manage': ['commerce'],
  /** File and correct one's own enterprise's monthly report (sampled or with filed shops). */
  'sample:report': ['enterprise'],
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
