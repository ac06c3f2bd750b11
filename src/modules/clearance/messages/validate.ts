import type { FieldError } from '../../../shared/app-error.js';
import { fieldErrorsFromIssues } from './errors.js';
import { cebMessages, type CebMessage, type CebMessageType } from './registry.js';

export type ValidationResult<T extends CebMessageType> =
  | { readonly ok: true; readonly message: CebMessage<T> }
  | { readonly ok: false; readonly errors: FieldError[] };

/**
 * Validates a message given as JSON (the API's form of a CEB message, with the same field names and
 * the same nesting as the XML). The checks and the errors are the ones the XML parser reports for
 * the same content: both run the message type's schema.
 */
export function validateCebMessage<T extends CebMessageType>(type: T, json: unknown): ValidationResult<T> {
  const result = cebMessages[type].schema.safeParse(json);
  return result.success
    ? { ok: true, message: result.data as CebMessage<T> }
    : { ok: false, errors: fieldErrorsFromIssues(result.error.issues) };
}
