import type { z } from 'zod';
import type { Bilingual } from '../../../../shared/app-error.js';
import { withRules, type Group, type NodeSpec, type Rule } from './nodes.js';

/** Which XSD declares the message (the two share a namespace but differ in content). */
export type Family = 'export' | 'import';

/** Outbound: enterprises (through the platform) to customs. Inbound: customs' answers. */
export type Direction = 'outbound' | 'inbound';

export interface SignatureSlot {
  /** ds:Signature comes before this root child, or last when null (export vs import XSD order). */
  readonly before: string | null;
  /** minOccurs="1" in the XSD (CEB621, CEB623, CEB625). */
  readonly xsdRequired: boolean;
  /** The spec requires a business signature whatever appStatus says (customs-ceb.md §3 Signature). */
  readonly specRequired: boolean;
}

export interface MessageSpec<T extends string = string, S extends z.ZodType = z.ZodType> {
  readonly type: T;
  readonly rootElement: string;
  readonly family: Family;
  readonly direction: Direction;
  readonly title: Bilingual;
  readonly root: Group<Record<string, NodeSpec>>;
  readonly signature: SignatureSlot | null;
  /** The root schema with the message's business rules. */
  readonly schema: S;
  /** The business rules alone, for the parser's fast path (the schema runs them too). */
  readonly rules: readonly Rule[];
}

export function message<const T extends string, S extends Record<string, NodeSpec>>(def: {
  type: T;
  family: Family;
  direction: Direction;
  title: Bilingual;
  root: Group<S>;
  signature: SignatureSlot | null;
  rules?: readonly Rule[];
}): MessageSpec<T, Group<S>['schema']> {
  return {
    type: def.type,
    rootElement: `${def.type}Message`,
    family: def.family,
    direction: def.direction,
    title: def.title,
    root: def.root,
    signature: def.signature,
    schema: withRules(def.root.schema, def.rules ?? []),
    rules: def.rules ?? [],
  };
}

/** Export XSD: …, BaseSubscribe, ds:Signature, ExtendMessage. */
export function exportSignature(specRequired: boolean): SignatureSlot {
  return { before: 'ExtendMessage', xsdRequired: false, specRequired };
}

/** Import XSD: …, BaseSubscribe, ExtendMessage, ds:Signature. */
export function importSignature(xsdRequired: boolean): SignatureSlot {
  return { before: null, xsdRequired, specRequired: xsdRequired };
}
