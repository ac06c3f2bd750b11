import type { FieldError } from '../../../shared/app-error.js';
import { fieldErrorsFromIssues } from './errors.js';
import { specForRootElement, type CebMessage, type CebMessageType } from './registry.js';
import type { MessageSpec } from './spec/message.js';
import { signatureErrors } from './signature.js';
import { decodeDocument, resolveLimits, XmlRefusal, type XmlLimits } from './xml/limits.js';
import { readDocument } from './xml/reader.js';

export interface ParseOptions extends Partial<XmlLimits> {
  /**
   * Report a missing ds:Signature where the spec requires one (see signature.ts). Off by default:
   * messages reach the platform unsigned to be signed afterwards; the gateway turns it on before
   * anything is sent to customs.
   */
  readonly requireSignature?: boolean;
  /**
   * Validate with the message's schema even when every field passed its check as it was read. The
   * result is the same either way (parse-fast-path.test.ts holds them equal); for that test.
   */
  readonly throughSchema?: boolean;
}

/** The ds:Signature block: present or not, and its text when present (carried through, never re-signed). */
export interface SignatureInfo {
  readonly present: boolean;
  readonly raw?: string;
}

export type ParseSuccess<T extends CebMessageType = CebMessageType> = {
  [K in T]: {
    readonly ok: true;
    readonly type: K;
    readonly message: CebMessage<K>;
    readonly signature: SignatureInfo;
  };
}[T];

export interface ParseFailure {
  readonly ok: false;
  /** Known once the root element was read, so a failed receipt can still be routed. */
  readonly type?: CebMessageType;
  readonly errors: FieldError[];
}

export type ParseResult = ParseSuccess | ParseFailure;

/**
 * Parses a CEB business message (the bare `CEB…Message` XML, customs-ceb.md §1) into its typed model.
 * Every fault is returned with the path of the field, e.g. `Order[0].OrderList[2].gnum`.
 */
export function parseCebMessage(xml: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const limits = resolveLimits(options);
  const source = decodeDocument(xml, limits.maxBytes);
  if (typeof source !== 'string') return { ok: false, errors: [source] };
  let outcome;
  try {
    outcome = readDocument(source, limits, specForRootElement);
  } catch (e) {
    if (e instanceof XmlRefusal) return { ok: false, errors: [e.error] };
    throw e;
  }
  const spec = outcome.spec as NonNullable<ReturnType<typeof specForRootElement>>;
  // The fast path: every field was checked as it was read, so only the business rules are left. Any
  // fault at all, and the schema runs over the whole message to name every one.
  if (!options.throughSchema && outcome.checked && !outcome.errors.length && rulesHold(spec, outcome.value)) {
    const signatureErrs = options.requireSignature
      ? signatureErrors(spec, outcome.value, outcome.signature !== undefined)
      : [];
    if (!signatureErrs.length)
      return {
        ok: true,
        type: spec.type,
        message: outcome.value as CebMessage,
        signature: signatureOf(outcome.signature),
      } as ParseSuccess;
  }
  const result = spec.schema.safeParse(outcome.value);
  const errors = [...outcome.errors, ...(result.success ? [] : fieldErrorsFromIssues(result.error.issues))];
  if (options.requireSignature)
    errors.push(...signatureErrors(spec, outcome.value, outcome.signature !== undefined));
  if (errors.length > 0 || !result.success) return { ok: false, type: spec.type, errors };
  return {
    ok: true,
    type: spec.type,
    message: result.data,
    signature: signatureOf(outcome.signature),
  } as ParseSuccess;
}

function signatureOf(raw: string | undefined): SignatureInfo {
  return raw === undefined ? { present: false } : { present: true, raw };
}

/** The message's business rules over a value that passed every field check: true when none is broken. */
function rulesHold(spec: MessageSpec, value: unknown): boolean {
  let broken = false;
  const report = () => {
    broken = true;
  };
  for (const rule of spec.rules) {
    rule(value, report);
    if (broken) return false;
  }
  return true;
}
