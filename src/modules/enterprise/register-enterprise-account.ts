import { AppError } from '../../shared/app-error.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { fieldErrorsFromZod } from '../../shared/validation.js';
import { checkPassword, insertUser, login, type LoginResult } from '../identity/index.js';
import { insertFiling } from './create-filing.js';
import { ZRegisterInput } from './enterprise.schemas.js';

/**
 * An enterprise or individual seller signs up at the single window: a draft filing and its first
 * enterprise user are created together, then the user is signed in to complete and submit the filing.
 */
export async function registerEnterpriseAccount(ctx: Ctx, input: unknown): Promise<LoginResult> {
  const parsed = ZRegisterInput.safeParse(input);
  const password = (input as { password?: unknown } | null)?.password;
  const weak = typeof password === 'string' ? checkPassword(password, ctx.config.passwordPolicy) : null;
  const errors = [
    ...(parsed.success ? [] : fieldErrorsFromZod(parsed.error.issues)),
    ...(weak ? [{ field: 'password', code: 'weak_password', message: weak }] : []),
  ];
  if (!parsed.success || errors.length) throw AppError.validation(errors);
  const data = parsed.data;
  await inTransaction({ ...ctx, actor: null }, async (tx) => {
    const row = await insertFiling(tx, data.zoneCode, { ...data.enterprise, roles: ['ebc'] });
    await insertUser(tx, {
      username: data.username,
      displayName: data.displayName,
      password: data.password,
      role: 'enterprise',
      zoneCode: data.zoneCode,
      enterpriseId: row.id,
    });
  });
  return login(ctx, { username: data.username, password: data.password });
}
