import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { ApiTokenTable, AppUserTable } from './identity.tables.js';

export type UserRow = Selectable<AppUserTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;

export interface UserFilter {
  zoneCode?: string | null | undefined;
  /** Restricts to users of one zone (the caller's) unless the caller is provincial. */
  scopeZone: string | null;
  role?: string | undefined;
  q?: string | undefined;
}

export const identityRepository = {
  findUserByUsername(db: Executor, username: string) {
    return db
      .selectFrom('app_user')
      .selectAll()
      .where(sql<string>`lower(username)`, '=', username.toLowerCase())
      .executeTakeFirst();
  },

  findUserById(db: Executor, id: string) {
    return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async insertUser(db: Executor, row: Omit<UserRow, 'failed_attempts' | 'disabled' | 'locked_until'>) {
    await db.insertInto('app_user').values(row).execute();
  },

  async updateUser(db: Executor, id: string, changes: Partial<Omit<UserRow, 'id'>>) {
    await db.updateTable('app_user').set(changes).where('id', '=', id).execute();
  },

  /** Counts a failed login and locks the account once the threshold is reached, atomically. */
  async recordFailedLogin(db: Executor, id: string, threshold: number, lockUntil: Date, now: Date) {
    return db
      .updateTable('app_user')
      .set({
        failed_attempts: sql<number>`case when locked_until is not null and locked_until <= ${now} then 1 else failed_attempts + 1 end`,
        locked_until: sql<Date | null>`case
          when (case when locked_until is not null and locked_until <= ${now} then 1 else failed_attempts + 1 end) >= ${threshold}
          then ${lockUntil}::timestamptz else null end`,
        updated_at: now,
      })
      .where('id', '=', id)
      .returning(['failed_attempts', 'locked_until'])
      .executeTakeFirstOrThrow();
  },

  async listUsers(db: Executor, filter: UserFilter, page: { page: number; pageSize: number }) {
    let q = db.selectFrom('app_user');
    if (filter.scopeZone !== null) q = q.where('zone_code', '=', filter.scopeZone);
    else if (filter.zoneCode) q = q.where('zone_code', '=', filter.zoneCode);
    if (filter.role) q = q.where('role', '=', filter.role);
    if (filter.q) {
      const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) => eb.or([eb('username', 'ilike', like), eb('display_name', 'ilike', like)]));
    }
    const [items, count] = await Promise.all([
      q
        .selectAll()
        .orderBy('username')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute(),
      q.select(sql<string>`count(*)::text`.as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(count.n) };
  },

  async insertSession(
    db: Executor,
    row: { token_hash: string; user_id: string; csrf_token: string; created_at: Date; expires_at: Date },
  ) {
    await db
      .insertInto('user_session')
      .values({ ...row, last_seen_at: row.created_at })
      .execute();
  },

  findSession(db: Executor, tokenHash: string) {
    return db
      .selectFrom('user_session as s')
      .innerJoin('app_user as u', 'u.id', 's.user_id')
      .select(['s.token_hash', 's.csrf_token', 's.expires_at', 's.last_seen_at'])
      .selectAll('u')
      .where('s.token_hash', '=', tokenHash)
      .executeTakeFirst();
  },

  async touchSession(db: Executor, tokenHash: string, now: Date, expiresAt: Date) {
    await db
      .updateTable('user_session')
      .set({ last_seen_at: now, expires_at: expiresAt })
      .where('token_hash', '=', tokenHash)
      .execute();
  },

  async deleteSession(db: Executor, tokenHash: string) {
    await db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
  },

  /** Ends a user's sessions, but the one given (the session that changed the password). */
  async deleteSessionsOfUser(db: Executor, userId: string, exceptTokenHash?: string) {
    await db
      .deleteFrom('user_session')
      .where('user_id', '=', userId)
      .$if(exceptTokenHash !== undefined, (q) => q.where('token_hash', '<>', exceptTokenHash!))
      .execute();
  },

  /** Housekeeping at each login: the user's expired sessions go. */
  async deleteExpiredSessions(db: Executor, userId: string, now: Date) {
    await db.deleteFrom('user_session').where('user_id', '=', userId).where('expires_at', '<', now).execute();
  },

  async insertToken(db: Executor, row: Omit<ApiTokenRow, 'last_used_at' | 'revoked_at'>) {
    await db.insertInto('api_token').values(row).execute();
  },

  findToken(db: Executor, tokenHash: string) {
    return db
      .selectFrom('api_token as t')
      .innerJoin('app_user as u', 'u.id', 't.user_id')
      .select(['t.id as token_id', 't.expires_at as token_expires_at', 't.revoked_at', 't.last_used_at'])
      .selectAll('u')
      .where('t.token_hash', '=', tokenHash)
      .executeTakeFirst();
  },

  async touchToken(db: Executor, id: string, now: Date) {
    await db.updateTable('api_token').set({ last_used_at: now }).where('id', '=', id).execute();
  },

  listTokens(db: Executor, userId: string) {
    return db
      .selectFrom('api_token')
      .select(['id', 'name', 'prefix', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .execute();
  },

  findTokenOfUser(db: Executor, id: string, userId: string) {
    return db
      .selectFrom('api_token')
      .selectAll()
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  },

  async revokeToken(db: Executor, id: string, now: Date) {
    await db.updateTable('api_token').set({ revoked_at: now }).where('id', '=', id).execute();
  },

  findIdempotent(db: Executor, userId: string, key: string) {
    return db
      .selectFrom('idempotency_key')
      .selectAll()
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .executeTakeFirst();
  },

  /** Returns false when another request stored the key first. */
  async insertIdempotent(
    db: Executor,
    row: {
      key: string;
      user_id: string;
      request_hash: string;
      status_code: number;
      response: unknown;
      created_at: Date;
    },
  ): Promise<boolean> {
    const r = await db
      .insertInto('idempotency_key')
      .values({ ...row, response: JSON.stringify(row.response) })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
  },

  async completeIdempotent(db: Executor, userId: string, key: string, statusCode: number, response: unknown) {
    await db
      .updateTable('idempotency_key')
      .set({ status_code: statusCode, response: JSON.stringify(response ?? null) })
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .execute();
  },

  async deleteIdempotent(db: Executor, userId: string, key: string) {
    await db.deleteFrom('idempotency_key').where('user_id', '=', userId).where('key', '=', key).execute();
  },
};
