import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit } from '../audit/index.js';
import { authorize } from '../../shared/authorize.js';
import { identityRepository } from './identity.repository.js';
import { ZCreateUserInput, type CreateUserInput, type UserView } from './identity.schemas.js';
import { hashPassword } from './password-hash.js';
import { checkPassword } from './password-policy.js';
import { auditedUser, toUserView } from './user-view.js';

/** An administrator adds a user of their zone (a provincial administrator: of any zone, or provincial). */
export async function createUser(ctx: Ctx, input: unknown): Promise<UserView> {
  const actor = authorize(ctx, 'user:manage');
  const data = parseOrThrow(ZCreateUserInput, input);
  const zoneCode = actor.zoneCode ?? data.zoneCode ?? null;
  if (actor.zoneCode !== null && data.zoneCode !== undefined && data.zoneCode !== actor.zoneCode) {
    throw AppError.field('zoneCode', 'out_of_scope', {
      zh: '只能为本综试区创建用户',
      en: 'You can only add users of your own zone',
    });
  }
  return insertUser(ctx, { ...data, zoneCode });
}

/**
 * Inserts a validated user; shared by the admin use case, self-registration and the CLI.
 * The database refuses an enterprise user whose enterprise is not in the user's zone.
 */
export async function insertUser(
  ctx: Ctx,
  data: Omit<CreateUserInput, 'zoneCode'> & { zoneCode: string | null },
): Promise<UserView> {
  const problems = [];
  const weak = checkPassword(data.password, ctx.config.passwordPolicy);
  if (weak) problems.push({ field: 'password', code: 'weak_password', message: weak });
  if (data.role === 'enterprise' && !data.enterpriseId)
    problems.push({
      field: 'enterpriseId',
      code: 'required',
      message: { zh: '企业用户须绑定一家企业', en: 'An enterprise user must be bound to an enterprise' },
    });
  if (data.role !== 'enterprise' && data.enterpriseId)
    problems.push({
      field: 'enterpriseId',
      code: 'not_allowed',
      message: { zh: '只有企业用户可以绑定企业', en: 'Only enterprise users are bound to an enterprise' },
    });
  if (data.role === 'enterprise' && data.zoneCode === null)
    problems.push({
      field: 'zoneCode',
      code: 'required',
      message: { zh: '企业用户须属于一个综试区', en: 'An enterprise user belongs to a zone' },
    });
  if (problems.length) throw AppError.validation(problems);

  const now = ctx.clock.now();
  const row = {
    id: randomUUID(),
    username: data.username,
    display_name: data.displayName,
    role: data.role,
    zone_code: data.zoneCode,
    enterprise_id: data.enterpriseId ?? null,
    password_hash: await hashPassword(data.password),
    created_at: now,
    updated_at: now,
    password_changed_at: now,
  };
  return inTransaction(ctx, async (tx) => {
    if (await identityRepository.findUserByUsername(tx.db, data.username)) {
      throw AppError.field('username', 'taken', { zh: '用户名已被使用', en: 'This username is taken' });
    }
    try {
      await identityRepository.insertUser(tx.db, row);
    } catch (e) {
      if ((e as { code?: string }).code === '23503')
        throw AppError.field('enterpriseId', 'not_found', {
          zh: '本综试区内未找到该企业',
          en: 'No such enterprise in the zone',
        });
      if ((e as { code?: string }).code === '23505')
        throw AppError.field('username', 'taken', { zh: '用户名已被使用', en: 'This username is taken' });
      throw e;
    }
    await appendAudit(tx, {
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      zoneCode: row.zone_code,
      after: auditedUser({ ...row, disabled: false }),
    });
    return toUserView({ ...row, failed_attempts: 0, locked_until: null, disabled: false }, now);
  });
}
