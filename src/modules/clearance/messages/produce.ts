import { AppError } from '../../../shared/app-error.js';
import { docMsg, fieldErrorsFromIssues } from './errors.js';
import { cebMessages, type CebMessageInput, type CebMessageType } from './registry.js';
import type { GroupSpec } from './spec/nodes.js';
import type { MessageSpec } from './spec/message.js';
import { escapeAttribute, escapeText } from './xml/chars.js';
import { checkSignatureBlock } from './xml/fragment.js';
import { CEB_NS } from './xml/namespaces.js';

export interface ProduceOptions {
  /**
   * A ds:Signature block to carry into the document, e.g. `signature.raw` from parseCebMessage. It is
   * put where the XSD wants it and never changed; this layer does not sign.
   */
  readonly signature?: string;
}

type Obj = Readonly<Record<string, unknown>>;

/**
 * Writes a CEB message as the official 202205 XSD wants it: `ceb:` prefixed elements in the XSD's
 * sequence order, root `guid` and `version` attributes, BaseTransfer, and the signature slot (before
 * ExtendMessage in the export XSD, last in the import XSD).
 *
 * The message is validated first with the same schema the parser uses; an invalid message throws
 * AppError `validation_failed` listing every bad field, so nothing invalid is ever written.
 */
export function produceCebMessage<T extends CebMessageType>(
  type: T,
  message: CebMessageInput<T>,
  options: ProduceOptions = {},
): string {
  const spec: MessageSpec = cebMessages[type];
  const result = spec.schema.safeParse(message);
  if (!result.success) throw AppError.validation(fieldErrorsFromIssues(result.error.issues));
  const signature = options.signature;
  if (signature !== undefined) {
    const fault = spec.signature ? checkSignatureBlock(signature) : 'this message type has no signature';
    if (fault !== null)
      throw AppError.field('Signature', 'invalid_signature_block', docMsg.signatureInvalid(fault));
  }
  return writeDocument(spec, result.data as Obj, signature);
}

function writeDocument(spec: MessageSpec, message: Obj, signature: string | undefined): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n', `<ceb:${spec.rootElement}`];
  for (const a of spec.root.attributes) {
    const value = message[a.name];
    if (value !== undefined) out.push(` ${a.name}="${escapeAttribute(scalarText(value))}"`);
  }
  out.push(` xmlns:ceb="${CEB_NS}">\n`);
  const slot = signature !== undefined && spec.signature ? spec.signature.before : undefined;
  writeGroup(out, spec.root, message, '\t', (before) => {
    if (signature !== undefined && slot === before) out.push('\t', signature, '\n');
  });
  out.push(`</ceb:${spec.rootElement}>\n`);
  return out.join('');
}

/** `slotBefore(name)` is called before each child and with null after the last. */
function writeGroup(
  out: string[],
  group: GroupSpec,
  obj: Obj,
  indent: string,
  slotBefore?: (name: string | null) => void,
): void {
  for (const { name, spec } of group.children) {
    slotBefore?.(name);
    const value = obj[name];
    if (value === undefined) continue;
    switch (spec.node) {
      case 'scalar':
        if (value === '' && !spec.required) continue;
        out.push(indent, `<ceb:${name}>`, escapeText(scalarText(value)), `</ceb:${name}>\n`);
        break;
      case 'raw':
        out.push(indent, `<ceb:${name}>`, value as string, `</ceb:${name}>\n`);
        break;
      case 'one':
        writeElement(out, name, spec.group, value as Obj, indent);
        break;
      case 'many':
        for (const item of value as Obj[]) writeElement(out, name, spec.group, item, indent);
        break;
    }
  }
  slotBefore?.(null);
}

/** Validated scalars are strings, or numbers for xs:int. */
function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new TypeError(`not a scalar value: ${typeof value}`);
}

function writeElement(out: string[], name: string, group: GroupSpec, obj: Obj, indent: string): void {
  out.push(indent, `<ceb:${name}>\n`);
  writeGroup(out, group, obj, `${indent}\t`);
  out.push(indent, `</ceb:${name}>\n`);
}
