import { createHash, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { AppError } from '../../shared/app-error.js';
import { authorize, inZone } from '../../shared/authorize.js';
import { inTransaction, type Ctx } from '../../shared/context.js';
import { parseOrThrow } from '../../shared/validation.js';
import { appendAudit, canonicalJson } from '../audit/index.js';
import { exportersBefore, tradeTotals, type TradeTotal } from '../clearance/index.js';
import { listRegisterFacts } from '../enterprise/index.js';
import { planEvaluation, platformFacts, type ZoneId } from '../policy/index.js';
import { checkApplicationInput, draftApplicationRow, throwIfAny } from './application-input.js';
import { findEntitlement } from './entitlement-rules.js';
import { money, sum, yuan } from './money.js';
import { subsidyRepository, type ApplicationRow } from './subsidy.repository.js';
import type { ApprovedItem } from './subsidy-rules.js';
import { ZEntitlementRunInput } from './subsidy.schemas.js';

/** Enterprises per transaction: a failure loses one batch, and no transaction holds locks for long. */
const BATCH = 500;

export interface EntitlementProgress {
  readonly done: number;
  readonly total: number;
}

export interface EntitlementCounts {
  /** Approved enterprises of the zone evaluated. */
  enterprises: number;
  /** … with at least one eligible or undetermined payment item. */
  withItems: number;
  eligibleItems: number;
  undeterminedItems: number;
  /** Σ maximums of the eligible items, yuan. */
  totalMax: string;
  /** Drafts prepared by this run. */
  draftsPrepared: number;
  /** Entitlements linked to a draft the platform prepared (this run or an earlier one). */
  withDraft: number;
  /** Entitlements new or changed: the enterprise is told (again). */
  notified: number;
  /** Entitlements of earlier runs the data no longer supports, removed. */
  removed: number;
}

export interface EntitlementRunSummary {
  runId: string;
  zoneCode: string;
  year: number;
  startedAt: string;
  finishedAt: string;
  counts: EntitlementCounts;
  /** Milliseconds per stage: reading the platform's data (SQL aggregates), evaluating, writing. */
  stages: { readMs: number; evaluateMs: number; writeMs: number };
}

/**
 * Automatic entitlement (免申即享): for a zone and a year, derives every approved
 * enterprise's policy facts from the platform's own records (the register, the year's released trade,
 * earlier exports, earlier awards), evaluates them, and keeps each enterprise's likely payment items
 * with their maximums as its entitlement (the notification it reads). For an enterprise with eligible
 * items and no application of the year, a draft application is prepared, pre-filled with the items
 * and the facts: it reviews, adds evidence and submits it like its own. Idempotent: a re-run updates
 * the entitlements, tells only those whose items changed, and never prepares a second draft.
 */
export async function runEntitlement(
  ctx: Ctx,
  input: unknown,
  opts: { onProgress?: (p: EntitlementProgress) => void; batchSize?: number } = {},
): Promise<EntitlementRunSummary> {
  const actor = authorize(ctx, 'subsidy:entitle');
  const q = parseOrThrow(ZEntitlementRunInput, input);
  const zoneCode = q.zoneCode ?? actor.zoneCode;
  if (!zoneCode) throw AppError.field('zoneCode', 'required', { zh: '请指定综试区', en: 'Name the zone' });
  if (!inZone(actor, zoneCode)) throw AppError.notFound({ zh: '该综试区', en: 'Zone' });
  const now = ctx.clock.now();
  throwIfAny(checkApplicationInput(zoneCode, now, { year: q.year }));
  const year = q.year;
  const batchSize = Math.max(1, Math.min(5000, opts.batchSize ?? BATCH));
  const plan = planEvaluation(zoneCode as ZoneId, String(year));

  // ── read: the platform's records, each one query for the whole zone ──
  let t = performance.now();
  const register = (await listRegisterFacts(ctx, zoneCode)).filter((e) => e.approved);
  const trade = byEbc(await tradeTotals(ctx, { zoneCode, year }));
  const exporters = await exportersBefore(ctx, { zoneCode, year });
  const awards = priorAwardsOf(await subsidyRepository.priorAwards(ctx.db, zoneCode, year));
  const stages = { readMs: performance.now() - t, evaluateMs: 0, writeMs: 0 };

  const runId = randomUUID();
  const by = actor.via === 'system' ? null : actor.userId;
  t = performance.now();
  await inTransaction(ctx, (tx) =>
    subsidyRepository.insertEntitlementRun(tx.db, {
      id: runId,
      zone_code: zoneCode,
      year,
      started_at: now,
      finished_at: null,
      enterprises: 0,
      with_items: 0,
      by,
      counts: null,
    }),
  );
  stages.writeMs += performance.now() - t;

  const counts: EntitlementCounts = {
    enterprises: register.length,
    withItems: 0,
    eligibleItems: 0,
    undeterminedItems: 0,
    totalMax: '0.00',
    draftsPrepared: 0,
    withDraft: 0,
    notified: 0,
    removed: 0,
  };
  const totals: string[] = [];
  const drafts: string[] = [];

  for (let i = 0; i < register.length; i += batchSize) {
    const batch = register.slice(i, i + batchSize);
    t = performance.now();
    const found = batch.flatMap((e) => {
      const lines = (e.customsCode && trade.get(e.customsCode)) || [];
      const derived = platformFacts(year, {
        filing: { approved: true, kind: e.kind, roles: e.roles, shopsFiled: e.shopsOpen },
        trade: lines,
        exportedBefore: e.customsCode !== null && exporters.has(e.customsCode),
        priorAwards: awards.get(e.enterpriseId) ?? {},
      });
      const finding = findEntitlement(
        plan,
        derived,
        lines.some((l) => l.parcels > 0),
      );
      return finding.items.length ? [{ enterprise: e, finding }] : [];
    });
    stages.evaluateMs += performance.now() - t;

    t = performance.now();
    await inTransaction(ctx, async (tx) => {
      // Drafts are decided under the enterprises' year locks, on what is committed by now.
      const wanting = found
        .filter((f) => f.finding.eligibleRuleIds.length)
        .map((f) => f.enterprise.enterpriseId);
      const applied = await subsidyRepository.lockApplicants(tx.db, wanting, year);
      const held = new Map(
        (
          await subsidyRepository.entitlementsOf(
            tx.db,
            found.map((f) => f.enterprise.enterpriseId),
            year,
          )
        ).map((r) => [r.enterprise_id, r]),
      );
      const applications: ApplicationRow[] = [];
      const rows = found.map(({ enterprise: e, finding }) => {
        const before = held.get(e.enterpriseId);
        let applicationId = before?.application_id ?? null;
        if (!applicationId && finding.eligibleRuleIds.length && !applied.has(e.enterpriseId)) {
          const draft = draftApplicationRow({
            id: randomUUID(),
            zoneCode,
            enterprise: { id: e.enterpriseId, name: e.name },
            year,
            fund: 'municipal',
            // No amount: the application asks for the maximum its facts give.
            items: finding.eligibleRuleIds.map((ruleId) => ({ ruleId })),
            facts: finding.draftFacts,
            createdBy: by,
            now,
          });
          applications.push(draft);
          applicationId = draft.id;
        }
        // The enterprise is told when its entitlement is new or different, not on every run.
        const same = before && canonicalJson(before.items) === canonicalJson(finding.items);
        const fresh = !same || (applicationId !== null && applicationId !== before?.application_id);
        if (fresh) counts.notified++;
        if (applicationId) counts.withDraft++;
        counts.withItems++;
        counts.eligibleItems += finding.eligibleRuleIds.length;
        counts.undeterminedItems += finding.items.length - finding.eligibleRuleIds.length;
        totals.push(finding.totalMax);
        return {
          id: before?.id ?? randomUUID(),
          zone_code: zoneCode,
          enterprise_id: e.enterpriseId,
          year,
          run_id: runId,
          facts: finding.facts,
          items: finding.items,
          total_max: finding.totalMax,
          notes: finding.notes,
          application_id: applicationId,
          notified_at: fresh ? now : (before?.notified_at ?? now),
          read_at: fresh ? null : (before?.read_at ?? null),
          created_at: before?.created_at ?? now,
        };
      });
      // Drafts first: the entitlement references its draft.
      await subsidyRepository.insertDraftApplications(tx.db, applications);
      await subsidyRepository.insertSteps(
        tx.db,
        applications.map((a) => ({
          id: randomUUID(),
          application_id: a.id,
          action: 'prepare',
          from_status: null,
          to_status: 'draft',
          amount: null,
          reasons: null,
          note: `免申即享 / automatic entitlement run ${runId}`,
          reference: null,
          actor_id: by,
          actor_name: actor.displayName,
          role: actor.role,
          at: now,
        })),
      );
      await subsidyRepository.upsertEntitlements(tx.db, rows);
      counts.draftsPrepared += applications.length;
      drafts.push(...applications.map((a) => a.id));
    });
    stages.writeMs += performance.now() - t;
    opts.onProgress?.({ done: Math.min(i + batchSize, register.length), total: register.length });
  }
  counts.totalMax = yuan(sum(totals));

  // One audit record for the run, not one per enterprise: the counts and, by hash, the drafts prepared
  // (each draft's own history row names the run).
  t = performance.now();
  const finishedAt = ctx.clock.now();
  await inTransaction(ctx, async (tx) => {
    counts.removed = await subsidyRepository.deleteStaleEntitlements(tx.db, zoneCode, year, runId);
    await subsidyRepository.finishEntitlementRun(tx.db, runId, {
      finished_at: finishedAt,
      enterprises: counts.enterprises,
      with_items: counts.withItems,
      counts,
    });
    await appendAudit(tx, {
      action: 'subsidy_entitlement.run',
      entityType: 'subsidy_entitlement_run',
      entityId: runId,
      zoneCode,
      before: null,
      after: {
        year,
        counts,
        draftsSha256: createHash('sha256').update(drafts.sort().join('\n')).digest('hex'),
      },
    });
  });
  stages.writeMs += performance.now() - t;
  return {
    runId,
    zoneCode,
    year,
    startedAt: now.toISOString(),
    finishedAt: finishedAt.toISOString(),
    counts,
    stages: {
      readMs: Math.round(stages.readMs),
      evaluateMs: Math.round(stages.evaluateMs),
      writeMs: Math.round(stages.writeMs),
    },
  };
}

function byEbc(totals: readonly TradeTotal[]): Map<string, TradeTotal[]> {
  const out = new Map<string, TradeTotal[]>();
  for (const t of totals) {
    const lines = out.get(t.ebcCode);
    if (lines) lines.push(t);
    else out.set(t.ebcCode, [t]);
  }
  return out;
}

/** Σ approved amounts per enterprise and rule id over its disbursed applications (items refused at 0 left out). */
function priorAwardsOf(
  rows: readonly { enterprise_id: string; approved_items: unknown }[],
): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const r of rows) {
    const awards = out.get(r.enterprise_id) ?? {};
    for (const item of (r.approved_items as ApprovedItem[] | null) ?? []) {
      if (!money(item.amount).gt(0)) continue;
      awards[item.ruleId] = yuan(money(awards[item.ruleId]).plus(item.amount));
    }
    out.set(r.enterprise_id, awards);
  }
  return out;
}
