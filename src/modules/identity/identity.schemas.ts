import { z } from 'zod';
import { ROLES } from '../../shared/context.js';
import { ZPage } from '../../shared/validation.js';

export const ZRole = z.enum(ROLES);
export const ZZoneCode = z.enum(['zhuzhou', 'chenzhou', 'hengyang']);
export const ZUsername = z
  .string()
  .regex(/^[A-Za-z0-9_.@-]{3,64}$/, 'Username: 3–64 letters, digits or _ . @ -');

export const ZLoginInput = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const ZCreateUserInput = z.strictObject({
  username: ZUsername,
  displayName: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(256),
  role: ZRole,
  zoneCode: ZZoneCode.nullable().optional(),
  enterpriseId: z.uuid().optional(),
});
export type CreateUserInput = z.infer<typeof ZCreateUserInput>;

export const ZUpdateUserInput = z.strictObject({
  displayName: z.string().trim().min(1).max(100).optional(),
  disabled: z.boolean().optional(),
  unlock: z.literal(true).optional(),
  password: z.string().min(1).max(256).optional(),
});
export type UpdateUserInput = z.infer<typeof ZUpdateUserInput>;

export const ZChangePasswordInput = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const ZUserQuery = ZPage.extend({
  zoneCode: ZZoneCode.optional(),
  role: ZRole.optional(),
  q: z.string().trim().max(100).optional(),
});
export type UserQuery = z.infer<typeof ZUserQuery>;

export const ZCreateTokenInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export const ZUserView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: ZRole,
  zoneCode: z.string().nullable(),
  enterpriseId: z.string().nullable(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  permissions: z.array(z.string()),
});
export type UserView = z.infer<typeof ZUserView>;

export const ZApiTokenView = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiTokenView = z.infer<typeof ZApiTokenView>;
