import type { Ctx } from '../../../shared/context.js';
import { inTransaction } from '../../../shared/context.js';
import { appendAudit } from '../../audit/index.js';
import { clearanceRepository } from '../clearance.repository.js';
import type { CustomsGateway } from './customs-gateway.js';

/**
 * Passes on to customs, as they came, the messages the platform accepted and acted on itself:
 * withdrawals (CEB605/623), returns (CEB625) and the customs site's reports (CEB507/509). They were
 * queued in the transaction that accepted them; a batch is marked relayed in the transaction that
 * writes it, so a crash before the commit relays it again (file exchange overwrites the same file).
 */
export async function relayToCustoms(
  ctx: Ctx,
  gateway: CustomsGateway,
  batchSize = 200,
): Promise<{ relayed: number }> {
  return inTransaction(ctx, async (tx) => {
    const queued = await clearanceRepository.relayQueue(
      tx.db,
      batchSize,
      gateway.transmitsBodies ? (b) => ctx.protector.openBytes(b) : null,
    );
    if (!queued.length) return { relayed: 0 };
    await clearanceRepository.markRelayed(
      tx.db,
      queued.map((m) => m.id),
      ctx.clock.now(),
    );
    // Within the transaction: if writing to the exchange fails, nothing is marked relayed.
    await gateway.relay(queued.map((m) => ({ guid: m.guid, type: m.type, xml: m.body?.toString('utf8') })));
    await appendAudit(tx, {
      action: 'clearance.relay',
      entityType: 'ceb_message',
      entityId: null,
      zoneCode: null,
      after: {
        relayed: queued.length,
        gateway: gateway.source,
        guids: queued.slice(0, 100).map((m) => m.guid),
      },
    });
    return { relayed: queued.length };
  });
}
