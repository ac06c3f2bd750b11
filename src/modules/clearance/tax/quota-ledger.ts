import { z } from 'zod';
import { parseOrThrow } from '../../../shared/validation.js';
import { amount, Dec, sum, ZMoney } from './decimal.js';

/**
 * The annual quota of each buyer as an event-sourced pure core. The database version will mirror it:
 * one row per inventory key (primary key), `released` a flag, the balance a SUM over live rows.
 *
 * The rules, one per line:
 *  1. `consume` counts an inventory's amount toward its buyer's calendar year (财关税〔2018〕49号 第二条
 *     "交易额计入年度交易总额"; annual = calendar year per ID number, rules.md §1.1 notes [M]).
 *  2. An inventory key counts at most once: a resent `consume` is ignored (customs refuses a duplicate
 *     declaration too: -621004, customs-ceb.md §2.4).
 *  3. `release` (revocation CEB623, or a return within 30 days, 财关税〔2016〕18号 第四条) takes the
 *     inventory out of the total for good; a release after a release changes nothing.
 *  4. A release is final, even if it arrives before its consume: a consume of a released key is
 *     ignored. Re-declaring goods means a new inventory key.
 *  5. Hence balance(buyer, year) = Σ amount over keys consumed and never released: the order in
 *     which events arrive, and how often each is repeated, does not matter.
 *  6. A resend must repeat the original buyer, year and amount; one that differs is a conflict, reported
 *     and ignored (the first stays). Correcting an amount is a release and a new inventory key.
 * Partial returns (one line of a multi-line inventory) are not modelled: a release is the whole
 * inventory.
 */
export const ZConsume = z.object({
  type: z.literal('consume'),
  inventoryKey: z.string().min(1),
  /** Whose quota: the buyer's identity document number (or a key derived from it). */
  buyerKey: z.string().min(1),
  year: z.number().int().min(2016).max(9999),
  amount: ZMoney,
});
export const ZRelease = z.object({ type: z.literal('release'), inventoryKey: z.string().min(1) });
export const ZQuotaEvent = z.discriminatedUnion('type', [ZConsume, ZRelease]);
export type QuotaEvent = z.infer<typeof ZQuotaEvent>;
export type ConsumeEvent = z.infer<typeof ZConsume>;

/** What the ledger knows about one inventory key. */
export interface QuotaEntry {
  /** Present once a consume has been seen: to whom and how much it counts. */
  readonly consumed: { readonly buyerKey: string; readonly year: number; readonly amount: string } | null;
  readonly released: boolean;
}

export interface QuotaLedger {
  readonly entries: ReadonlyMap<string, QuotaEntry>;
}

export type QuotaEffect =
  | 'counted'
  | 'duplicate_ignored'
  | 'conflict_ignored'
  | 'consume_after_release_ignored'
  | 'released'
  | 'release_before_consume'
  | 'release_repeated_ignored';

export const EMPTY_LEDGER: QuotaLedger = { entries: new Map() };

/** Rules 1–4 and 6 for one inventory key: the next entry and what happened. */
export function step(
  entry: QuotaEntry | undefined,
  event: QuotaEvent,
): { entry: QuotaEntry; effect: QuotaEffect } {
  const current: QuotaEntry = entry ?? { consumed: null, released: false };
  if (event.type === 'release') {
    if (current.released) return { entry: current, effect: 'release_repeated_ignored' };
    return {
      entry: { ...current, released: true },
      effect: current.consumed ? 'released' : 'release_before_consume',
    };
  }
  const c = current.consumed;
  if (c) {
    const same = c.buyerKey === event.buyerKey && c.year === event.year && new Dec(c.amount).eq(event.amount);
    return { entry: current, effect: same ? 'duplicate_ignored' : 'conflict_ignored' };
  }
  // The consume is recorded even after a release, so a later conflicting resend is still detected,
  // but a released entry never counts (rule 4).
  return {
    entry: {
      ...current,
      consumed: { buyerKey: event.buyerKey, year: event.year, amount: amount(new Dec(event.amount)) },
    },
    effect: current.released ? 'consume_after_release_ignored' : 'counted',
  };
}

/** Applies one event; the ledger given is not changed. */
export function applyQuotaEvent(
  ledger: QuotaLedger,
  event: QuotaEvent,
): { ledger: QuotaLedger; effect: QuotaEffect } {
  const e = parseOrThrow(ZQuotaEvent, event);
  const { entry, effect } = step(ledger.entries.get(e.inventoryKey), e);
  const entries = new Map(ledger.entries);
  entries.set(e.inventoryKey, entry);
  return { ledger: { entries }, effect };
}

/** Replays a stream of events from the empty ledger. */
export function replayQuotaEvents(events: readonly QuotaEvent[]): QuotaLedger {
  const entries = new Map<string, QuotaEntry>();
  for (const event of events) {
    const e = parseOrThrow(ZQuotaEvent, event);
    entries.set(e.inventoryKey, step(entries.get(e.inventoryKey), e).entry);
  }
  return { entries };
}

/** Rule 5: what a buyer has used in a calendar year, "0.00" if nothing. */
export function balance(ledger: QuotaLedger, buyerKey: string, year: number): string {
  const live = [...ledger.entries.values()].flatMap(({ consumed, released }) =>
    !released && consumed && consumed.buyerKey === buyerKey && consumed.year === year
      ? [new Dec(consumed.amount)]
      : [],
  );
  return amount(sum(live));
}

/**
 * A consume applied only if the year's total stays within `annualLimit` (≤, as 超过 is the breach).
 * A resend of an already counted key is never refused: it changes nothing. Used with the limits check
 * before it, this is the guard the database version runs inside its transaction.
 */
export function consumeWithinLimit(
  ledger: QuotaLedger,
  event: ConsumeEvent,
  annualLimit: string,
): { ledger: QuotaLedger; effect: QuotaEffect | 'refused_over_limit'; balanceAfter: string } {
  const e = parseOrThrow(ZConsume, event);
  const existing = ledger.entries.get(e.inventoryKey);
  const wouldCount = !existing || (existing.consumed === null && !existing.released);
  if (wouldCount && new Dec(balance(ledger, e.buyerKey, e.year)).plus(e.amount).gt(annualLimit))
    return { ledger, effect: 'refused_over_limit', balanceAfter: balance(ledger, e.buyerKey, e.year) };
  const r = applyQuotaEvent(ledger, e);
  return { ...r, balanceAfter: balance(r.ledger, e.buyerKey, e.year) };
}
