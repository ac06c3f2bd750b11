import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { cebMessages, cebMessageTypes } from './registry.js';
import type { Family, MessageSpec } from './spec/message.js';
import type { GroupSpec, XsdFacets } from './spec/nodes.js';

/**
 * The message specs in families/ are a transcription of the official 202205 XSDs. This test reads
 * the XSDs themselves and checks, for every message type, every element: name, order, minOccurs,
 * maxOccurs, simple type, length and digit facets, whiteSpace, default and fixed values, the root
 * attributes and the place of ds:Signature.
 */

interface XsdNode {
  readonly tag: string;
  readonly attrs: Record<string, string>;
  readonly children: XsdNode[];
}

const XS = 'http://www.w3.org/2001/XMLSchema';

function readXsd(file: string): Map<string, XsdNode> {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XsdNode[] = [{ tag: '#doc', attrs: {}, children: [] }];
  parser.on('opentag', (t) => {
    const node: XsdNode = {
      tag: t.uri === XS ? t.local : `{${t.uri}}${t.local}`,
      attrs: Object.fromEntries(Object.values(t.attributes).map((a) => [a.name, a.value])),
      children: [],
    };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(fs.readFileSync(file, 'utf8')).close();
  const schema = stack[0]!.children[0]!;
  return new Map(schema.children.filter((c) => c.tag === 'element').map((c) => [c.attrs.name!, c]));
}

const dir = new URL('./fixtures/ceb-202205/xsd/', import.meta.url);
const xsds: Record<Family, Map<string, XsdNode>> = {
  export: readXsd(fileURLToPath(new URL('海关跨境出口业务节点报文定义202205.xsd', dir))),
  import: readXsd(fileURLToPath(new URL('海关跨境进口业务节点报文定义202205.xsd', dir))),
};

/** A comparable description of an element, from either side. */
interface Described {
  name: string;
  min: number;
  max: number | 'unbounded';
  facets?: Record<string, string | number>;
  children?: Described[];
  attributes?: Described[];
  other?: 'signature' | 'any';
}

const child = (n: XsdNode, tag: string) => n.children.find((c) => c.tag === tag);

function occurs(n: XsdNode): Pick<Described, 'min' | 'max'> {
  const max = n.attrs.maxOccurs ?? '1';
  return { min: Number(n.attrs.minOccurs ?? '1'), max: max === 'unbounded' ? 'unbounded' : Number(max) };
}

function simpleFacets(n: XsdNode): Record<string, string | number> {
  const facets: Record<string, string | number> = {};
  if (n.attrs.type === 'xs:int') facets.base = 'int';
  const restriction = child(child(n, 'simpleType') ?? n, 'restriction');
  if (restriction) {
    facets.base = restriction.attrs.base!.replace('xs:', '');
    for (const f of restriction.children)
      facets[f.tag] = /^\d+$/.test(f.attrs.value!) ? Number(f.attrs.value) : f.attrs.value!;
  }
  if (n.attrs.default !== undefined) facets.default = n.attrs.default;
  if (n.attrs.fixed !== undefined) facets.fixed = n.attrs.fixed;
  return facets;
}

function describeXsd(n: XsdNode, globals: Map<string, XsdNode>): Described {
  const ref = n.attrs.ref;
  if (ref === 'ds:Signature') return { name: 'Signature', ...occurs(n), other: 'signature' };
  const target = ref ? globals.get(ref.replace('ceb:', ''))! : n;
  const name = target.attrs.name!;
  if (target.attrs.type === 'ceb:XMLElement') return { name, ...occurs(n), other: 'any' };
  const complex = child(target, 'complexType');
  if (!complex) return { name, ...occurs(n), facets: simpleFacets(target) };
  const sequence = child(complex, 'sequence')!;
  const attributes = complex.children
    .filter((c) => c.tag === 'attribute')
    .map((a) => ({
      name: a.attrs.name!,
      min: a.attrs.use === 'required' ? 1 : 0,
      max: 1,
      facets: simpleFacets(a),
    }));
  return {
    name,
    ...occurs(n),
    children: sequence.children.map((c) => describeXsd(c, globals)),
    ...(attributes.length && { attributes }),
  };
}

function facetsOf(x: XsdFacets): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const keys = [
    'base',
    'length',
    'minLength',
    'maxLength',
    'totalDigits',
    'fractionDigits',
    'whiteSpace',
  ] as const;
  for (const k of keys) if (x[k] !== undefined) out[k] = x[k];
  if (x.default !== undefined) out.default = x.default;
  if (x.fixed !== undefined) out.fixed = x.fixed;
  return out;
}

function describeGroup(g: GroupSpec, signature?: MessageSpec['signature']): Described[] {
  const out: Described[] = [];
  for (const { name, spec } of g.children) {
    if (signature && signature.before === name) out.push(sig(signature.xsdRequired));
    switch (spec.node) {
      case 'scalar':
        out.push({ name, min: spec.required ? 1 : 0, max: 1, facets: facetsOf(spec.xsd) });
        break;
      case 'raw':
        out.push({ name, min: 1, max: 1, other: 'any' });
        break;
      case 'one':
        out.push({ name, min: spec.required ? 1 : 0, max: 1, children: describeGroup(spec.group) });
        break;
      case 'many':
        out.push({
          name,
          min: spec.min,
          max: Number.isFinite(spec.max) ? spec.max : 'unbounded',
          children: describeGroup(spec.group),
        });
        break;
    }
  }
  if (signature && signature.before === null) out.push(sig(signature.xsdRequired));
  return out;
}

const sig = (required: boolean): Described => ({
  name: 'Signature',
  min: required ? 1 : 0,
  max: 1,
  other: 'signature',
});

function describeSpec(spec: MessageSpec): Described {
  const attributes = spec.root.attributes.map(({ name, spec: s }) => ({
    name,
    min: 1,
    max: 1,
    facets: facetsOf((s as { xsd: XsdFacets }).xsd),
  }));
  return {
    name: spec.rootElement,
    min: 1,
    max: 1,
    children: describeGroup(spec.root, spec.signature),
    attributes,
  };
}

describe('message specs match the official 202205 XSDs', () => {
  for (const type of cebMessageTypes) {
    it(type, () => {
      const spec = cebMessages[type];
      const globals = xsds[spec.family];
      const root = globals.get(spec.rootElement);
      assert.ok(root, `${spec.rootElement} is declared in the ${spec.family} XSD`);
      assert.deepStrictEqual(describeSpec(spec), describeXsd(root, globals));
    });
  }

  it('covers the messages of the brief and every receipt the XSDs pair with them', () => {
    const wanted = [
      '303',
      '304',
      '403',
      '404',
      '505',
      '506',
      '507',
      '508',
      '509',
      '510',
      '603',
      '604',
      '605',
      '606',
    ];
    const more = [
      '607',
      '608',
      '701',
      '702',
      '792',
      '311',
      '312',
      '411',
      '412',
      '511',
      '512',
      '621',
      '622',
      '623',
      '624',
      '625',
      '626',
    ];
    assert.deepEqual([...cebMessageTypes].sort(), [...wanted, ...more].map((n) => `CEB${n}`).sort());
  });
});
