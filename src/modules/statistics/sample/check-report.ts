import { z } from 'zod';
import type { FieldError } from '../../../shared/app-error.js';
import { fieldErrorsFromZod } from '../../../shared/validation.js';
import { MONTH_PATTERN } from './months.js';
import { ZCount, ZReportInput, type ReportInput } from './sample.schemas.js';

export interface ReportContext {
  /** The current China month: only earlier months have ended and may be reported. */
  currentMonth: string;
  /** The enterprise's filed shops (open or closed: a shop closed since may have sold in the month). */
  shopIds: ReadonlySet<string>;
  /** Versions of the month already filed. */
  earlierVersions: number;
}

const isUuid = (v: unknown) => z.uuid().safeParse(v).success;

/**
 * Every fault of a report at once: its shape and values (the zod schema) and what depends on the
 * enterprise and the day (the month has ended, the shops are its own, a correction says why). Checks on
 * the context run on whatever parsed, so one answer lists every bad field.
 */
export function checkReport(
  input: unknown,
  ctx: ReportContext,
): { ok: true; data: ReportInput } | { ok: false; errors: FieldError[] } {
  const parsed = ZReportInput.safeParse(input);
  const errors: FieldError[] = parsed.success ? [] : fieldErrorsFromZod(parsed.error.issues);
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const month = typeof raw.month === 'string' ? raw.month.trim() : '';
  if (MONTH_PATTERN.test(month) && month >= ctx.currentMonth)
    errors.push({
      field: 'month',
      code: 'month_not_ended',
      message: {
        zh: `只能报送已结束的月份（当前为 ${ctx.currentMonth}）`,
        en: `Only a month that has ended can be reported (this is ${ctx.currentMonth})`,
      },
    });
  const staff = ZCount.safeParse(raw.staff);
  const cbecStaff = ZCount.safeParse(raw.cbecStaff);
  if (staff.success && cbecStaff.success && cbecStaff.data > staff.data)
    errors.push({
      field: 'cbecStaff',
      code: 'exceeds_staff',
      message: {
        zh: '跨境电商从业人员数不能大于从业人员数',
        en: 'Cross-border e-commerce staff cannot exceed the staff',
      },
    });
  if (Array.isArray(raw.shops)) {
    const seen = new Set<string>();
    raw.shops.forEach((line: unknown, i) => {
      const shopId = (line as { shopId?: unknown } | null)?.shopId;
      if (!isUuid(shopId)) return;
      const id = shopId as string;
      if (!ctx.shopIds.has(id))
        errors.push({
          field: `shops.${i}.shopId`,
          code: 'not_own_shop',
          message: { zh: '不是本企业备案的关联店铺', en: "Not one of the enterprise's filed shops" },
        });
      else if (seen.has(id))
        errors.push({
          field: `shops.${i}.shopId`,
          code: 'duplicate_shop',
          message: { zh: '同一店铺只能填报一行', en: 'A shop can have one line only' },
        });
      seen.add(id);
    });
  }
  const reason = typeof raw.correctionReason === 'string' ? raw.correctionReason.trim() : '';
  if (ctx.earlierVersions > 0 && reason === '' && !errors.some((e) => e.field === 'correctionReason'))
    errors.push({
      field: 'correctionReason',
      code: 'required',
      message: {
        zh: `该月已报送（第 ${ctx.earlierVersions} 版），更正须填写原因`,
        en: `The month was reported (version ${ctx.earlierVersions}); a correction needs a reason`,
      },
    });
  if (errors.length || !parsed.success) return { ok: false, errors };
  return { ok: true, data: parsed.data };
}
