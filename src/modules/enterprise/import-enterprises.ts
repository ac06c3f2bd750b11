import { authorize } from '../../shared/authorize.js';
import { AppError, type FieldError } from '../../shared/app-error.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { enterpriseRepository } from './enterprise.repository.js';
import type { EnterpriseRole, FilingInput } from './enterprise.schemas.js';
import { newFilingRow, validateFiling } from './create-filing.js';
import { recordFilingStep } from './filing-support.js';
import type { ImportRow } from './import-file.js';

/** Chinese names of the roles, as the import file may give them. */
const ROLE_NAMES: Record<string, EnterpriseRole> = {
  电商企业: 'ebc',
  跨境电商企业: 'ebc',
  电商平台: 'ebp',
  物流企业: 'logistics',
  支付企业: 'payment',
  申报企业: 'declaring_agent',
  报关企业: 'declaring_agent',
  海外仓企业: 'overseas_warehouse',
  园区运营企业: 'park_operator',
  孵化机构: 'incubator',
  培训机构: 'training',
  银行保险机构: 'bank_insurer',
  综合服务企业: 'service_provider',
};
const KIND_NAMES: Record<string, string> = { 企业: 'enterprise', 个人: 'individual', 个人电商: 'individual' };

export interface ImportRowReport {
  row: number;
  ok: boolean;
  name: string | null;
  id: string | null;
  errors: FieldError[];
}

export interface ImportReport {
  total: number;
  imported: number;
  rejected: number;
  /** True when bad rows kept the whole file out (acceptValid was not set). */
  rolledBack: boolean;
  rows: ImportRowReport[];
}

/** Turns a file row's text into a filing input (Chinese names of kinds and roles accepted). */
function toInput(values: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = { ...values };
  input.kind =
    KIND_NAMES[values.kind ?? ''] ?? values.kind ?? (values.residentId ? 'individual' : 'enterprise');
  input.roles = (values.roles ?? '')
    .split(/[、,，;；\s]+/)
    .filter(Boolean)
    .map((r) => ROLE_NAMES[r] ?? r);
  return input;
}

function numberCellErrors(values: Record<string, string>): FieldError[] {
  return Object.entries(values)
    .filter(([, v]) => v.startsWith('#NUMBER:'))
    .map(([field]) => ({
      field,
      code: 'number_cell',
      message: {
        zh: '该单元格为数字格式，长数字已失真，请将该列设为文本格式后重新填写',
        en: 'This cell is a number and long numbers lose digits; format the column as text and retype it',
      },
    }));
}

/**
 * Bulk filing by the commerce bureau: every row is checked; a file with bad rows writes none
 * of them unless acceptValid is set, in which case the good rows are filed. Filings made by the reviewing
 * bureau enter the register approved. One transaction: a crash leaves nothing half-imported.
 */
export async function importEnterprises(
  ctx: Ctx,
  input: { rows: ImportRow[]; zoneCode?: string | undefined; acceptValid: boolean },
): Promise<ImportReport> {
  const actor = authorize(ctx, 'enterprise:import');
  const zoneCode = actor.zoneCode ?? input.zoneCode;
  if (!zoneCode) throw AppError.field('zoneCode', 'required', { zh: '请选择综试区', en: 'Choose the zone' });
  if (actor.zoneCode !== null && input.zoneCode && input.zoneCode !== actor.zoneCode)
    throw AppError.field('zoneCode', 'out_of_scope', {
      zh: '只能导入本综试区',
      en: 'You can only import into your own zone',
    });

  const reports: ImportRowReport[] = [];
  const good: { report: ImportRowReport; data: FilingInput }[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of input.rows) {
    const errors = numberCellErrors(values);
    const report: ImportRowReport = { row, ok: false, name: values.name ?? null, id: null, errors };
    reports.push(report);
    let data: FilingInput;
    try {
      data = validateFiling(zoneCode, toInput(values));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      errors.push(...e.errors.filter((f) => !errors.some((n) => n.field === f.field)));
      continue;
    }
    if (errors.length) continue;
    const key = data.kind === 'enterprise' ? data.uscc : ctx.protector.keyedHash(data.residentId);
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        field: data.kind === 'enterprise' ? 'uscc' : 'residentId',
        code: 'duplicate_in_file',
        message: { zh: `与第 ${first} 行重复`, en: `Same as row ${first}` },
      });
      continue;
    }
    seen.set(key, row);
    good.push({ report, data });
  }

  return inTransaction(ctx, async (tx) => {
    const usccs = good.flatMap((g) => (g.data.kind === 'enterprise' ? [g.data.uscc] : []));
    const hashes = good.flatMap((g) =>
      g.data.kind === 'individual' ? [ctx.protector.keyedHash(g.data.residentId)] : [],
    );
    const existing = await enterpriseRepository.existingIdentifiers(tx.db, usccs, hashes);
    const rows = [];
    for (const g of good) {
      try {
        const row = { ...newFilingRow(tx, zoneCode, g.data), status: 'approved' };
        const key = row.uscc ?? row.resident_id_hash!;
        if (existing.has(key)) {
          g.report.errors.push({
            field: row.uscc ? 'uscc' : 'residentId',
            code: 'duplicate',
            message: { zh: '已备案', en: 'already filed' },
          });
          continue;
        }
        rows.push({ report: g.report, row });
      } catch (e) {
        if (e instanceof AppError) g.report.errors.push(...e.errors);
        else throw e;
      }
    }
    const rejected = reports.filter((r) => r.errors.length > 0).length;
    if (rejected > 0 && !input.acceptValid) {
      return { total: reports.length, imported: 0, rejected, rolledBack: true, rows: reports };
    }
    const now = ctx.clock.now();
    for (const { report, row } of rows) {
      const filed = {
        ...row,
        submitted_at: now,
        approved_at: now,
        reviewed_by: actor.via === 'system' ? null : actor.userId,
      };
      await enterpriseRepository.insert(tx.db, filed);
      await recordFilingStep(tx, { action: 'import', before: null, after: filed });
      report.ok = true;
      report.id = row.id;
    }
    return { total: reports.length, imported: rows.length, rejected, rolledBack: false, rows: reports };
  });
}
