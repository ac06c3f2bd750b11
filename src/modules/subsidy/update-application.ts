import { AppError } from '../../shared/app-error.js';
import { authorize } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { checkApplicationInput, requestedItems, throwIfAny } from './application-input.js';
import { subsidyRepository, type ApplicationRow } from './subsidy.repository.js';
import { ZUpdateApplication, type SubsidyStatus } from './subsidy.schemas.js';
import { EDITABLE } from './subsidy-status.js';
import { bumped, loadForChange, recordStep } from './subsidy-support.js';
import { toApplicationView, type ApplicationView } from './subsidy-view.js';

/** The enterprise edits its draft or returned (补正) application; under review nothing changes. */
export async function updateApplication(ctx: Ctx, id: string, input: unknown): Promise<ApplicationView> {
  const actor = authorize(ctx, 'subsidy:apply');
  const patch = parseOrThrow(ZUpdateApplication, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadForChange(tx, actor, id, patch.version);
    requireEditable(before);
    throwIfAny(checkApplicationInput(before.zone_code, ctx.clock.now(), patch));
    const changes: Partial<ApplicationRow> = { updated_at: ctx.clock.now() };
    if (patch.year !== undefined) changes.year = patch.year;
    if (patch.fund !== undefined) changes.fund = patch.fund;
    if (patch.items !== undefined) changes.items = requestedItems(patch.items);
    if (patch.facts !== undefined) changes.facts = patch.facts;
    await subsidyRepository.updateApplication(tx.db, id, changes);
    const after = bumped(before, changes);
    await recordStep(tx, { action: 'edit', before, after });
    return toApplicationView(actor, after);
  });
}

export function requireEditable(row: ApplicationRow): void {
  if (!EDITABLE.includes(row.status as SubsidyStatus))
    throw new AppError('invalid_transition', {
      zh: '申请已提交审核，审核退回补正前不能修改',
      en: 'The application is under review and cannot be changed unless it is returned for correction',
    });
}
