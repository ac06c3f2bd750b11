import assert from 'node:assert/strict';
import { runCustomsJobs } from '../../src/modules/clearance/index.js';
import { sandboxGateway } from '../../src/modules/clearance/gateway/sandbox-gateway.js';
import { EXPORT_CODES, exportParcel, xmlOf } from './ceb.js';
import type { Session } from './http.js';
import type { TestPlatform } from './platform.js';

/**
 * Files `count` consistent 9610 export parcels (order, receipt, waybill, inventory; 45.50 USD each) from
 * the e-commerce enterprise, logistics enterprise and declaring agent of EXPORT_CODES, and lets the
 * sandbox customs (no rejection, no inspection) release them at the platform's clock.
 */
export async function releaseExportParcels(
  p: TestPlatform,
  s: { ebc: Session; logistics: Session; agent: Session },
  count: number,
  first = 1,
): Promise<void> {
  for (let n = first; n < first + count; n++) {
    const m = exportParcel(n);
    for (const [session, xml] of [
      [s.ebc, xmlOf('CEB303', m.order, EXPORT_CODES.ebc)],
      [s.ebc, xmlOf('CEB403', m.receipt, EXPORT_CODES.ebc)],
      [s.logistics, xmlOf('CEB505', m.waybill, EXPORT_CODES.logistics)],
      [s.agent, xmlOf('CEB603', m.inventory, EXPORT_CODES.agent)],
    ] as const) {
      const r = await session.request('POST', '/api/clearance/messages', xml, {
        'content-type': 'application/xml',
      });
      assert.equal(r.statusCode, 200, r.body);
    }
  }
  const gateway = sandboxGateway({ seed: 's', rates: () => ({ rejection: 0, inspection: 0 }) });
  await runCustomsJobs(p.systemCtx('jobs'), gateway);
  p.clock.advance(10_000);
  await runCustomsJobs(p.systemCtx('jobs'), gateway);
}
