import type { AwaitingRecord, CustomsAnswer, CustomsGateway, InFlightParcel } from './customs-gateway.js';
import {
  declarationKey,
  draw,
  sandboxLifecycle,
  sandboxReceipt,
  type SandboxRates,
} from './sandbox-customs.js';

/**
 * The built-in sandbox customs: it keeps no state of its own; each parcel's fate follows from the seed
 * and the parcel, and an answer "arrives" once its time after sending has passed.
 */
export function sandboxGateway(options: {
  seed: string;
  rates: (parcelId: string) => SandboxRates;
}): CustomsGateway {
  return {
    source: 'sandbox',
    transmitsBodies: false,
    async send() {
      // Nothing to transmit: the lifecycle is derived when answers are asked for.
    },
    async relay() {
      // Nothing to transmit: the receipts are derived when answers are asked for.
    },
    answersRelays: true,
    async answers(
      inFlight: InFlightParcel[],
      now: Date,
      awaiting: AwaitingRecord[] = [],
    ): Promise<CustomsAnswer[]> {
      const out: CustomsAnswer[] = [];
      for (const record of awaiting) {
        const receipt = sandboxReceipt(options.seed, record, options.rates);
        if (receipt && receipt.at <= now)
          out.push({
            receipt: { recordGuid: record.recordGuid, type: receipt.type },
            status: receipt.status,
            info: receipt.info,
            at: receipt.at,
          });
      }
      for (const p of inFlight) {
        // Each declaration meets its own fate: a parcel declared again is drawn anew.
        const steps = sandboxLifecycle(
          options.seed,
          declarationKey(p.parcelId, p.sentAt),
          options.rates(p.parcelId),
          p.inventoryGuid,
        );
        for (const step of steps.slice(p.recorded)) {
          const at = new Date(p.sentAt.getTime() + step.afterMs);
          if (at > now) break;
          out.push({
            parcelId: p.parcelId,
            status: step.status,
            info: step.info,
            at,
            invtNo: step.status === '120' ? sandboxInvtNo(options.seed, p.parcelId, p.sentAt) : undefined,
          });
        }
      }
      return out;
    },
  };
}

/** An inventory number shaped as customs makes them: district 4 + year 4 + I/E + 9-digit serial (§1). */
function sandboxInvtNo(seed: string, parcelId: string, sentAt: Date): string {
  const serial = String(Math.floor(draw(seed, declarationKey(parcelId, sentAt), 'invtNo') * 1e9)).padStart(
    9,
    '0',
  );
  return `4900${sentAt.getUTCFullYear()}I${serial}`;
}
