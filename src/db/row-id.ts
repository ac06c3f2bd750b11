import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

/**
 * A new row id for the tables that grow by the million (the customs messages, their batches, the
 * clearance documents, parcels and their events): a UUIDv7 (RFC 9562), its first 48 bits the time.
 * Ids made one after another sort together, so each new row's primary key goes to the right edge of
 * its index instead of a random page of it; on a database growing through a bulk import, PostgreSQL
 * spent about a tenth less CPU per parcel than with random (v4) ids (docs/benchmarks.md § Clearance).
 * The other 74 bits are random, as unguessable as ever: no id grants access by itself.
 */
export const rowId = (): string => v7(options);

// uuid asks the Web Crypto API for 16 bytes an id, about a microsecond each; here a pool of random
// bytes is drawn from 256 ids at a time, as node:crypto's randomUUID does.
const POOL_BYTES = 16 * 256;
let pool = Buffer.alloc(0);
let used = POOL_BYTES;
const options = {
  rng: (): Uint8Array => {
    if (used === POOL_BYTES) {
      pool = randomFillSync(Buffer.allocUnsafe(POOL_BYTES));
      used = 0;
    }
    return pool.subarray(used, (used += 16));
  },
};
