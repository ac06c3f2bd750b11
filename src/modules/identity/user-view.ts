import type { Actor, Role } from '../../shared/context.js';
import type { UserRow } from './identity.repository.js';
import type { UserView } from './identity.schemas.js';
import { permissionsOf } from '../../shared/permissions.js';

export function toUserView(u: UserRow, now: Date): UserView {
  const locked = u.locked_until && u.locked_until > now ? u.locked_until.toISOString() : null;
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role as Role,
    zoneCode: u.zone_code,
    enterpriseId: u.enterprise_id,
    disabled: u.disabled,
    lockedUntil: locked,
    createdAt: u.created_at.toISOString(),
    permissions: permissionsOf(u.role as Role),
  };
}

export function toActor(u: UserRow, via: Actor['via']): Actor {
  return {
    userId: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role as Role,
    zoneCode: u.zone_code,
    enterpriseId: u.enterprise_id,
    via,
  };
}

/** The user as the audit trail records it: never the password hash. */
export function auditedUser(
  u: Pick<UserRow, 'username' | 'display_name' | 'role' | 'zone_code' | 'enterprise_id' | 'disabled'>,
) {
  return {
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    zoneCode: u.zone_code,
    enterpriseId: u.enterprise_id,
    disabled: u.disabled,
  };
}
