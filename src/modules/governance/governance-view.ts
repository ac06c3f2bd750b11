import { Decimal } from 'decimal.js';
import type { Actor } from '../../shared/context.js';
import type { IndicatorValueRow, ReportMeta, TaskRow } from './governance.repository.js';
import { effectiveStatus, type EffectiveStatus, type TaskStatus } from './task-status.js';
import { UNIT_OF_ROLE, type UnitCode } from './units.js';

export interface TaskView {
  id: string;
  zoneCode: string;
  key: string;
  document: string;
  article: string;
  number: number;
  heading: string;
  text: string;
  leadUnit: string;
  leadUnitCode: string;
  coUnits: string[];
  coUnitCodes: string[];
  dueDate: string | null;
  /** Stored status. */
  status: TaskStatus;
  /** As shown: overdue when the due date has passed and the task is not completed. */
  effectiveStatus: EffectiveStatus;
  progressPercent: number;
  /** Whether the caller may report on it (their unit is responsible, or they are the leading group office). */
  canReport: boolean;
  updatedAt: string;
}

export interface ReportView {
  id: string;
  unitCode: string;
  text: string;
  percent: number;
  fromStatus: string;
  toStatus: string;
  evidence: { fileName: string; contentType: string; size: number; sha256: string } | null;
  reportedBy: string | null;
  role: string;
  at: string;
}

export interface IndicatorValueView {
  id: string;
  zoneCode: string;
  indicator: string;
  period: number;
  value: string;
  sourceNote: string;
  reportedBy: string | null;
  at: string;
}

/** The unit the actor acts for on a task: its lead, a co-unit, or the coordinating office; null: none. */
export function actingUnit(actor: Actor, task: TaskRow): UnitCode | 'leading_group' | null {
  if (actor.role === 'leading_group') return 'leading_group';
  const unit = UNIT_OF_ROLE[actor.role];
  if (!unit) return null;
  return task.lead_unit_code === unit || task.co_unit_codes.includes(unit) ? unit : null;
}

export function toTaskView(actor: Actor, row: TaskRow, today: string): TaskView {
  const status = row.status as TaskStatus;
  return {
    id: row.id,
    zoneCode: row.zone_code,
    key: row.task_key,
    document: row.document,
    article: row.article,
    number: row.number,
    heading: row.heading,
    text: row.text,
    leadUnit: row.lead_unit,
    leadUnitCode: row.lead_unit_code,
    coUnits: row.co_units,
    coUnitCodes: row.co_unit_codes,
    dueDate: row.due_date,
    status,
    effectiveStatus: effectiveStatus(status, row.due_date, today),
    progressPercent: row.progress_percent,
    canReport: status !== 'completed' && actingUnit(actor, row) !== null,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toReportView(row: ReportMeta): ReportView {
  return {
    id: row.id,
    unitCode: row.unit_code,
    text: row.text,
    percent: row.percent,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    evidence:
      row.evidence_sha256 && row.evidence_name && row.evidence_type && row.evidence_size
        ? {
            fileName: row.evidence_name,
            contentType: row.evidence_type,
            size: row.evidence_size,
            sha256: row.evidence_sha256,
          }
        : null,
    reportedBy: row.reported_by_name,
    role: row.role,
    at: row.at.toISOString(),
  };
}

export function toIndicatorValueView(row: IndicatorValueRow): IndicatorValueView {
  return {
    id: row.id,
    zoneCode: row.zone_code,
    indicator: row.indicator,
    period: row.period,
    value: new Decimal(row.value).toFixed(),
    sourceNote: row.source_note,
    reportedBy: row.reported_by_name,
    at: row.at.toISOString(),
  };
}
