import { AppError } from '../../../shared/app-error.js';
import { authorize, inZone, requireActor } from '../../../shared/authorize.js';
import type { Actor, Ctx } from '../../../shared/context.js';
import { getEnterprise } from '../../enterprise/index.js';
import { chinaDay } from './months.js';

export const zoneEntity = { zh: '该综试区', en: 'Zone' };
export const enterpriseEntity = { zh: '该企业', en: 'Enterprise' };
export const sampleEntity = { zh: '该样本企业记录', en: 'Sample list entry' };
export const reportEntity = { zh: '该月度报表', en: 'Monthly report' };
export const reminderEntity = { zh: '该催报提醒', en: 'Reminder' };

/** Today in China: the day due days are judged on and reminders are counted by. */
export function todayOf(ctx: Ctx): string {
  return chinaDay(ctx.clock.now());
}

/**
 * The zone a per-zone figure or list is for: a zone's users get their own (naming another is a 404, as if
 * it did not exist); provincial users must name one.
 */
export function zoneFor(actor: Actor, requested: string | undefined): string {
  if (actor.zoneCode !== null) {
    if (requested !== undefined && requested !== actor.zoneCode) throw AppError.notFound(zoneEntity);
    return actor.zoneCode;
  }
  if (!requested) throw AppError.field('zoneCode', 'required', { zh: '请选择综试区', en: 'Choose the zone' });
  return requested;
}

/** A zone the actor may see; another zone is a 404. */
export function requireZone(actor: Actor, zoneCode: string): string {
  if (!inZone(actor, zoneCode)) throw AppError.notFound(zoneEntity);
  return zoneCode;
}

/**
 * Who may read monthly reports: an enterprise user its own enterprise's (sample:report), the bureaus their
 * zone's (statistics:read). Checked before anything is read.
 */
export function authorizeReportRead(ctx: Ctx): Actor {
  const actor = requireActor(ctx);
  return authorize(ctx, actor.role === 'enterprise' ? 'sample:report' : 'statistics:read');
}

/** The enterprise of an enterprise user; an account bound to no filing has nothing to report. */
export function ownEnterprise(actor: Actor): string {
  if (!actor.enterpriseId) throw AppError.notFound(enterpriseEntity);
  return actor.enterpriseId;
}

/** Filings in the register: approved, or approved with a change under review. */
const IN_REGISTER = ['approved', 'change_submitted', 'change_returned'];

export interface FiledEnterprise {
  id: string;
  zoneCode: string;
  name: string;
  inRegister: boolean;
  shops: { id: string; platform: string; shopName: string; status: string }[];
}

/**
 * An enterprise as the register holds it, read through the enterprise module's front door in the
 * caller's scope (outside it: 404). Contact data is not taken from it.
 */
export async function filedEnterprise(ctx: Ctx, enterpriseId: string): Promise<FiledEnterprise> {
  const e = await getEnterprise(ctx, enterpriseId);
  return {
    id: e.id,
    zoneCode: e.zoneCode,
    name: e.name,
    inRegister: IN_REGISTER.includes(e.status),
    shops: e.shops.map((s) => ({ id: s.id, platform: s.platform, shopName: s.shopName, status: s.status })),
  };
}
