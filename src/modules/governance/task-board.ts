import { authorize } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { governanceRepository } from './governance.repository.js';
import { requireZone, todayOf } from './governance-support.js';
import { EFFECTIVE_STATUSES, type EffectiveStatus } from './task-status.js';

export interface BoardRow {
  /** The lead unit as the document names it. */
  unit: string;
  unitCode: string;
  counts: Record<EffectiveStatus, number>;
  total: number;
}

export interface TaskBoard {
  zoneCode: string;
  asOf: string;
  rows: BoardRow[];
  totals: Record<EffectiveStatus, number>;
  total: number;
}

const zeros = (): Record<EffectiveStatus, number> =>
  Object.fromEntries(EFFECTIVE_STATUSES.map((s) => [s, 0])) as Record<EffectiveStatus, number>;

/**
 * The leading group office's board: the zone's tasks counted by lead unit × status as shown (overdue
 * included). Each task is counted once, under its lead unit and in one status, so the board adds up to
 * the number of tasks.
 */
export async function taskBoard(ctx: Ctx, zoneCode: string): Promise<TaskBoard> {
  const actor = authorize(ctx, 'governance:read');
  requireZone(actor, zoneCode);
  const today = todayOf(ctx);
  const groups = await governanceRepository.board(ctx.db, zoneCode, today);
  const rows = new Map<string, BoardRow>();
  const totals = zeros();
  for (const g of groups) {
    const row = rows.get(g.lead_unit) ?? {
      unit: g.lead_unit,
      unitCode: g.lead_unit_code,
      counts: zeros(),
      total: 0,
    };
    const n = Number(g.n);
    row.counts[g.status] += n;
    row.total += n;
    totals[g.status] += n;
    rows.set(g.lead_unit, row);
  }
  const list = [...rows.values()];
  return { zoneCode, asOf: today, rows: list, totals, total: list.reduce((s, r) => s + r.total, 0) };
}
