import { createHash } from 'node:crypto';

/** The hash that starts the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit record that its hash covers, in the form they are stored. */
export interface HashedAuditFields {
  seq: string;
  at: string; // ISO 8601 with milliseconds, UTC
  actorId: string | null;
  actorName: string | null;
  role: string | null;
  zoneCode: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
}

/**
 * JSON with object keys sorted at every depth, so a value hashes the same after a round trip through
 * jsonb (which reorders keys).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  // Already in canonical order throughout (a document's facts are built so, message-documents.ts):
  // V8's own serialiser writes the same text, in about a third of the time.
  if (inCanonicalOrder(value)) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  // One string built in place: this runs for every document received (its content hash), not only audits.
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    const v = object[key];
    if (v === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

/**
 * Whether JSON.stringify writes `value` exactly as canonicalJson does: only JSON's scalars, plain arrays
 * without holes and plain objects (nothing with a toJSON or a prototype of its own), each object's keys
 * already in sorted order (the order JSON.stringify writes them in is the order Object.keys gives).
 */
export function inCanonicalOrder(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'undefined':
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value)) {
    if (proto !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) if (!(i in value) || !inCanonicalOrder(value[i])) return false;
    return true;
  }
  if (proto !== Object.prototype && proto !== null) return false;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  // The keys first: an object out of order is told before its values are walked, which canonicalJson
  // then walks again.
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1]! < keys[i]!)) return false;
  for (const key of keys) if (!inCanonicalOrder(object[key])) return false;
  return true;
}

/** SHA-256 over the canonical form of the record, its predecessor's hash included. */
export function auditHash(fields: HashedAuditFields): string {
  return createHash('sha256').update(canonicalJson(fields), 'utf8').digest('hex');
}

export type ChainBreak = { seq: string; reason: 'hash_mismatch' | 'prev_hash_mismatch' };

/**
 * Checks records one at a time in seq order and names the first that does not hold: its own hash does
 * not match its content (edited), or its prev_hash is not the previous record's hash (a record deleted or
 * inserted). Streaming, so the trail is never held in memory whole.
 */
export class ChainVerifier {
  #prev = GENESIS_HASH;
  #checked = 0;

  get checked(): number {
    return this.#checked;
  }

  /** Returns the break this record reveals, or undefined when it holds. */
  push(record: HashedAuditFields & { hash: string }): ChainBreak | undefined {
    const { hash, ...fields } = record;
    if (fields.prevHash !== this.#prev) return { seq: fields.seq, reason: 'prev_hash_mismatch' };
    if (auditHash(fields) !== hash) return { seq: fields.seq, reason: 'hash_mismatch' };
    this.#prev = hash;
    this.#checked++;
    return undefined;
  }
}
