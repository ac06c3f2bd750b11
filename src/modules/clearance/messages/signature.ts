import type { FieldError } from '../../../shared/app-error.js';
import { docMsg, fieldError } from './errors.js';
import type { MessageSpec } from './spec/message.js';

/**
 * Whether a message must carry its ds:Signature: always for 509, 603, 605, 607, 701, 621, 623 and
 * 625, and for any message with a record declared with appStatus=2 ("填写2时,Signature节点必须填写",
 * customs-ceb.md §1 and §3 "Signature"). The platform never signs or re-signs here; it only checks
 * presence before a message leaves.
 */
export function signatureNeeded(spec: MessageSpec, message: unknown): boolean {
  if (!spec.signature) return false;
  return spec.signature.specRequired || declares(message, 0);
}

/** True when some record of the message has appStatus "2". Records sit at most three levels down. */
function declares(value: unknown, depth: number): boolean {
  if (depth > 3 || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((v) => declares(v, depth));
  const rec = value as Record<string, unknown>;
  if (rec.appStatus === '2') return true;
  return Object.values(rec).some((v) => declares(v, depth + 1));
}

export function signatureErrors(spec: MessageSpec, message: unknown, present: boolean): FieldError[] {
  return !present && signatureNeeded(spec, message)
    ? [fieldError('Signature', 'signature_required', docMsg.signatureRequired())]
    : [];
}
