/** Identity and access: accounts, roles, sessions, API tokens, zone and enterprise scoping. */
export { login, type LoginResult } from './login.js';
export { authenticateSession, authenticateToken, logout } from './authenticate.js';
export { getCurrentUser } from './get-current-user.js';
export { createUser, insertUser } from './create-user.js';
export { updateUser } from './update-user.js';
export { listUsers } from './list-users.js';
export { changePassword } from './change-password.js';
export { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.js';
export { authorize, requireActor, inZone, zoneScope } from '../../shared/authorize.js';
export { can, permissionsOf, PERMISSIONS, type Permission } from '../../shared/permissions.js';
export { checkPassword, type PasswordPolicy } from './password-policy.js';
export { hashPassword } from './password-hash.js';
export * from './identity.schemas.js';
export { claimIdempotencyKey, completeIdempotencyKey, type IdempotencyClaim } from './idempotency.js';
