import { AppError } from './app-error.js';
import type { Actor, Ctx } from './context.js';
import { can, type Permission } from './permissions.js';

/** The acting user, or a 401 when nobody is signed in. */
export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError('unauthenticated');
  return ctx.actor;
}

/** The acting user when their role holds the permission; otherwise 401 or 403. */
export function authorize(ctx: Ctx, permission: Permission): Actor {
  const actor = requireActor(ctx);
  if (!can(actor.role, permission)) throw new AppError('forbidden');
  return actor;
}

/** True when the actor may see rows of the zone: their own, or any for provincial users. */
export function inZone(actor: Actor, zoneCode: string): boolean {
  return actor.zoneCode === null || actor.zoneCode === zoneCode;
}

/** The zone a list is limited to: the actor's, or the requested one (or all) for provincial users. */
export function zoneScope(actor: Actor, requested?: string | null): string | null {
  return actor.zoneCode ?? requested ?? null;
}
