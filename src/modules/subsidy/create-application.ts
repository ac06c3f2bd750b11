import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { fieldErrorsFromZod } from '../../shared/validation.js';
import { getEnterprise } from '../enterprise/index.js';
import { checkApplicationInput, draftApplicationRow } from './application-input.js';
import { subsidyRepository } from './subsidy.repository.js';
import { ZCreateApplication } from './subsidy.schemas.js';
import { recordStep } from './subsidy-support.js';
import { toApplicationView, type ApplicationView } from './subsidy-view.js';

/** Filings in the shared register (an approved one, possibly with a change under review). */
const IN_REGISTER = ['approved', 'change_submitted', 'change_returned'];

/**
 * An enterprise user opens a draft application for its own enterprise: a year, the fund, items chosen
 * from its zone's policy items, and its facts. The zone is the enterprise's.
 */
export async function createApplication(ctx: Ctx, input: unknown): Promise<ApplicationView> {
  const actor = authorize(ctx, 'subsidy:apply');
  const { enterpriseId, zoneCode } = actor;
  if (!enterpriseId || !zoneCode) throw new AppError('forbidden');
  const now = ctx.clock.now();
  const parsed = ZCreateApplication.safeParse(input);
  // The schema's faults and the policy's together, so one answer names every bad field.
  const errors = parsed.success
    ? checkApplicationInput(zoneCode, now, parsed.data)
    : fieldErrorsFromZod(parsed.error.issues);
  if (!parsed.success) {
    const raw = (input ?? {}) as { items?: unknown; facts?: unknown };
    const items = Array.isArray(raw.items) ? validItems(raw.items) : undefined;
    const more = checkApplicationInput(zoneCode, now, { items, facts: raw.facts });
    errors.push(...more.filter((e) => !errors.some((z) => z.field === e.field)));
  }
  if (!parsed.success || errors.length) throw AppError.validation(errors);
  const data = parsed.data;
  return inTransaction(ctx, async (tx) => {
    const enterprise = await getEnterprise(tx, enterpriseId);
    if (!IN_REGISTER.includes(enterprise.status))
      throw new AppError('invalid_transition', {
        zh: '企业备案审核通过后才能申请奖补',
        en: 'An enterprise applies for subsidies once its filing is approved',
      });
    const row = draftApplicationRow({
      id: randomUUID(),
      zoneCode,
      enterprise,
      year: data.year,
      fund: data.fund,
      items: data.items,
      facts: data.facts,
      createdBy: actor.userId,
      now,
    });
    await subsidyRepository.insertApplication(tx.db, row);
    await recordStep(tx, { action: 'create', before: null, after: row });
    return toApplicationView(actor, row);
  });
}

function validItems(items: unknown[]) {
  return items.filter(
    (i): i is { ruleId: string } =>
      typeof i === 'object' && i !== null && typeof (i as { ruleId?: unknown }).ruleId === 'string',
  );
}
