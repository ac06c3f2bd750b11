import type { AppConfig } from '../config/config.js';
import type { Db } from '../db/database.js';
import type { StatisticsUpkeep } from '../db/statistics-upkeep.js';
import type { Clock } from './clock.js';
import type { DataProtector } from './crypto.js';

/** Roles of the platform's users (identity and access). */
export const ROLES = [
  'enterprise',
  'commerce',
  'finance',
  'customs',
  'tax',
  'fx',
  'market_regulation',
  'postal',
  'leading_group',
  'admin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting. A null zone means a provincial user who reads every zone. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly zoneCode: string | null;
  readonly enterpriseId: string | null;
  /** How the request was authenticated; API tokens skip CSRF. */
  readonly via: 'session' | 'token' | 'system';
}

/** Everything a use case needs, built only by adapters (HTTP, CLI, jobs). */
export interface Ctx {
  readonly db: Db;
  readonly actor: Actor | null;
  readonly clock: Clock;
  readonly requestId: string;
  readonly config: AppConfig;
  readonly protector: DataProtector;
  /** Told of rows written in bulk, to keep the planner's statistics of their tables up to date. */
  readonly statistics: StatisticsUpkeep;
}

/** Runs work in one transaction: the change and its audit record commit or roll back together. */
export async function inTransaction<T>(ctx: Ctx, work: (txCtx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  return ctx.db.transaction().execute((tx) => work({ ...ctx, db: tx }));
}

/** The system actor, used by the CLI and jobs for work that no user started. */
export function systemActor(name = 'system'): Actor {
  return {
    userId: '00000000-0000-0000-0000-000000000000',
    username: name,
    displayName: name,
    role: 'admin',
    zoneCode: null,
    enterpriseId: null,
    via: 'system',
  };
}
