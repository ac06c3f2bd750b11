import { AppError } from '../../shared/app-error.js';
import { inZone } from '../../shared/authorize.js';
import type { Actor, Ctx } from '../../shared/context.js';
import { chinaDate } from './task-status.js';

export const taskEntity = { zh: '该任务', en: 'Task' };
export const zoneEntity = { zh: '该综试区', en: 'Zone' };

/** Today in China, the day due dates and goals are judged on. */
export function todayOf(ctx: Ctx): string {
  return chinaDate(ctx.clock.now());
}

/** A zone the actor may see; another zone is a 404, as if it did not exist. */
export function requireZone(actor: Actor, zoneCode: string): string {
  if (!inZone(actor, zoneCode)) throw AppError.notFound(zoneEntity);
  return zoneCode;
}
