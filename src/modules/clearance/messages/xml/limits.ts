import type { FieldError } from '../../../../shared/app-error.js';
import { docMsg, fieldError } from '../errors.js';

/**
 * Limits that keep hostile XML from costing memory or time. The defaults fit the largest message the
 * XSDs allow: 100 inventories × 99 items × ~23 fields ≈ 230,000 elements, four levels deep
 * (the signature reaches seven).
 */
export interface XmlLimits {
  /** Bytes of UTF-8. Default 10 MiB. */
  readonly maxBytes: number;
  /** Element nesting. Default 32. */
  readonly maxDepth: number;
  /** Elements in the document. Default 250,000. */
  readonly maxElements: number;
}

export const defaultLimits: XmlLimits = { maxBytes: 10 * 1024 * 1024, maxDepth: 32, maxElements: 250_000 };

export function resolveLimits(partial: Partial<XmlLimits> = {}): XmlLimits {
  return { ...defaultLimits, ...partial };
}

/** Thrown from inside the saxes handlers to stop at once; caught by the reader. */
export class XmlRefusal extends Error {
  constructor(readonly error: FieldError) {
    super(error.message.en);
  }
}

export const DOCUMENT = '(document)';

export function refuse(code: string, message: FieldError['message']): never {
  throw new XmlRefusal(fieldError(DOCUMENT, code, message));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The document as a string, BOM removed, or the refusal. The size is checked before decoding, so a
 * huge input costs nothing.
 */
export function decodeDocument(input: string | Uint8Array, maxBytes: number): string | FieldError {
  if (typeof input === 'string') {
    // Every UTF-16 unit is at least one UTF-8 byte, so a long string is refused without measuring.
    if (input.length > maxBytes || Buffer.byteLength(input, 'utf8') > maxBytes)
      return fieldError(DOCUMENT, 'too_large', docMsg.tooLarge(maxBytes));
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  if (input.byteLength > maxBytes) return fieldError(DOCUMENT, 'too_large', docMsg.tooLarge(maxBytes));
  try {
    return utf8.decode(input); // strips a BOM
  } catch {
    return fieldError(DOCUMENT, 'invalid_encoding', docMsg.invalidEncoding());
  }
}
