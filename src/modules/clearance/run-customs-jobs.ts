import type { Ctx } from '../../shared/context.js';
import type { CustomsGateway } from './gateway/customs-gateway.js';
import { dispatchToCustoms } from './gateway/dispatch-to-customs.js';
import { recordCustomsAnswers } from './gateway/record-customs-answers.js';
import { relayToCustoms } from './gateway/relay-to-customs.js';
import { countReleasedTrade } from './statistics/count-released-trade.js';

/**
 * One round of the customs jobs: pass on the messages customs hears of as they came (withdrawals,
 * returns, the site's reports), send what is matched, record what customs answered, add what was
 * released to the monthly trade sums. Each step is its own transaction and idempotent, so a round can be
 * repeated or interrupted at any point.
 */
export async function runCustomsJobs(
  ctx: Ctx,
  gateway: CustomsGateway,
): Promise<{
  relayed: number;
  sent: number;
  refused: number;
  answers: number;
  unmatched: number;
  counted: number;
}> {
  let relayed = 0;
  for (;;) {
    const r = await relayToCustoms(ctx, gateway);
    relayed += r.relayed;
    if (r.relayed === 0) break;
  }
  let sent = 0;
  let refused = 0;
  for (;;) {
    const r = await dispatchToCustoms(ctx, gateway);
    sent += r.sent;
    refused += r.refused;
    if (r.sent + r.refused === 0) break;
  }
  let answers = 0;
  let unmatched = 0;
  for (;;) {
    const r = await recordCustomsAnswers(ctx, gateway);
    answers += r.answers;
    unmatched += r.unmatched;
    if (r.answers === 0) break;
  }
  const counted = await countReleasedTrade(ctx);
  return { relayed, sent, refused, answers, unmatched, counted };
}

/** Runs the customs jobs every `intervalMs` in the serving process, never two rounds at once. */
export function scheduleCustomsJobs(
  ctx: () => Ctx,
  gateway: CustomsGateway,
  intervalMs: number,
  onError: (e: unknown) => void,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runCustomsJobs(ctx(), gateway)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
