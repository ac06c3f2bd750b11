import { z } from 'zod';
import type { Bilingual } from '../../../../shared/app-error.js';
import { issueParams, typeError, type Path } from '../errors.js';
import type { ScalarKind } from './scalars.js';

/**
 * A message is declared once, as a tree of nodes in the XSD's element order. Each node carries its
 * zod schema (validation, shared by XML and JSON input), its XSD facts (checked against the official
 * XSD by xsd-conformance.test.ts) and what the streaming parser and the producer need.
 */

/** The facets of an element's simple type as the 202205 XSD states them. */
export interface XsdFacets {
  readonly base: 'string' | 'decimal' | 'int';
  readonly length?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly totalDigits?: number;
  readonly fractionDigits?: number;
  /** whiteSpace="collapse": the value is read with runs of spaces collapsed and the ends trimmed. */
  readonly whiteSpace?: 'collapse';
  /** An empty element takes this value (XSD `default`, or `fixed`, which also must match). */
  readonly default?: string;
  readonly fixed?: string;
}

export interface ScalarSpec {
  readonly node: 'scalar';
  readonly kind: ScalarKind;
  readonly xsd: XsdFacets;
  readonly required: boolean;
  /** Root `guid` and `version` are XML attributes; every other scalar is an element. */
  readonly attribute: boolean;
  readonly schema: z.ZodType;
  /** Builds the schema again for `required` (an optional field accepts "" as "not filled"). */
  readonly build: (required: boolean) => z.ZodType;
  /**
   * The schema's check without zod, for the parser's fast path: the value as the schema outputs it
   * (normalised), or undefined where the schema would report an issue. Only for values saxes read, whose
   * characters it has checked already.
   */
  readonly read: (value: string | number, required: boolean) => string | number | undefined;
}

/** One child group (BaseTransfer, OrderHead), required or optional. */
export interface OneSpec {
  readonly node: 'one';
  readonly group: GroupSpec;
  readonly required: boolean;
  readonly schema: z.ZodType;
}

/** A repeated child group (Order 1..100, OrderList 1..100, ArrivalList 0..n). Always an array. */
export interface ManySpec {
  readonly node: 'many';
  readonly group: GroupSpec;
  readonly min: number;
  readonly max: number;
  readonly schema: z.ZodType;
}

/** Opaque XML carried through verbatim: ExtendMessage/Message (xs:any, processContents="skip"). */
export interface RawSpec {
  readonly node: 'raw';
  readonly required: true;
  readonly schema: z.ZodType;
}

export type NodeSpec = ScalarSpec | OneSpec | ManySpec | RawSpec;

export interface ChildSpec {
  readonly name: string;
  readonly spec: NodeSpec;
  /** Position in the XSD sequence, for the order check. */
  readonly position: number;
}

export interface GroupSpec {
  readonly node: 'group';
  /** Element children in XSD order (attributes excluded). */
  readonly children: readonly ChildSpec[];
  readonly byName: ReadonlyMap<string, ChildSpec>;
  readonly attributes: readonly ChildSpec[];
  readonly schema: z.ZodType;
}

type SchemaShape<S extends Record<string, NodeSpec>> = { -readonly [K in keyof S]: S[K]['schema'] };

export type Group<S extends Record<string, NodeSpec>> = GroupSpec & {
  readonly shape: S;
  readonly schema: z.ZodObject<SchemaShape<S>, z.core.$strict>;
};

/** A record in XSD sequence order: the object's key order is the element order. */
export function group<const S extends Record<string, NodeSpec>>(shape: S): Group<S> {
  const children: ChildSpec[] = [];
  const attributes: ChildSpec[] = [];
  const schemas: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(shape)) {
    schemas[name] = spec.schema;
    if (spec.node === 'scalar' && spec.attribute) attributes.push({ name, spec, position: -1 });
    else children.push({ name, spec, position: children.length });
  }
  const schema = z.strictObject(schemas, { error: typeError('notObject') }) as z.ZodObject<
    SchemaShape<S>,
    z.core.$strict
  >;
  return {
    node: 'group',
    shape,
    children,
    attributes,
    byName: new Map(children.map((c) => [c.name, c])),
    schema,
  };
}

export function one<G extends GroupSpec>(
  g: G,
): OneSpec & { readonly group: G; readonly schema: G['schema'] } {
  return { node: 'one', group: g, required: true, schema: g.schema };
}

type ArraySchema<G extends GroupSpec> = z.ZodArray<G['schema']>;

/**
 * A repeated element. Absent and empty are the same thing in XML, so a list that may be empty
 * defaults to [] and the model always holds an array.
 */
export function many<G extends GroupSpec>(
  g: G,
  min: 0,
  max: number,
): ManySpec & { readonly schema: z.ZodDefault<ArraySchema<G>> };
export function many<G extends GroupSpec>(
  g: G,
  min: number,
  max: number,
): ManySpec & { readonly schema: ArraySchema<G> };
export function many<G extends GroupSpec>(g: G, min: number, max: number): ManySpec {
  let array = z.array(g.schema, { error: typeError('notList') });
  if (min > 0) array = array.min(min);
  if (Number.isFinite(max)) array = array.max(max);
  const schema = min === 0 ? array.default(() => []) : array;
  return { node: 'many', group: g, min, max, schema };
}

type Optional<T extends ScalarSpec | OneSpec> = Omit<T, 'schema' | 'required'> & {
  readonly required: false;
  readonly schema: z.ZodOptional<T['schema']>;
};

/** minOccurs="0". */
export function opt<T extends ScalarSpec | OneSpec>(spec: T): Optional<T> {
  const inner = spec.node === 'scalar' ? spec.build(false) : spec.schema;
  return { ...spec, required: false, schema: inner.optional() };
}

/** A root attribute (guid, version). */
export function attr<T extends ScalarSpec>(spec: T): T {
  return { ...spec, attribute: true };
}

export function raw(schema: z.ZodString): RawSpec & { readonly schema: z.ZodString } {
  return { node: 'raw', required: true, schema };
}

/** Reports one broken business rule at a path of the message. */
export type Report = (path: Path, code: string, message: Bilingual) => void;

/**
 * A business rule over a whole message. It runs even when some fields failed their own checks, so
 * it must read the message defensively (see rules.ts): the value is only shaped like the model.
 */
export type Rule = (message: unknown, report: Report) => void;

/** Runs the rules as one zod refinement, so XML and JSON input get the same errors. */
export function withRules<S extends z.ZodObject>(schema: S, rules: readonly Rule[]): S {
  if (rules.length === 0) return schema;
  return schema.superRefine(
    (value, ctx) => {
      const report: Report = (path, code, message) =>
        ctx.addIssue({
          code: 'custom',
          path: [...path],
          message: message.en,
          params: issueParams(code, message),
        });
      for (const rule of rules) rule(value, report);
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
}
