import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { NamespaceScopes, type ResolvedElement } from './scopes.js';

/**
 * NamespaceScopes resolves names over saxes's plain mode as saxes's namespace mode would: the same
 * documents refused with the same message, the same URIs, prefixes, local names and declarations for
 * the others. saxes's own namespace mode is the oracle.
 */

type Seen = { name: string; prefix: string; local: string; uri: string; ns: Record<string, string> };
type Verdict = { ok: true; elements: Seen[]; attributes: string[] } | { ok: false; message: string };

const seen = (t: SaxesTagNS | ResolvedElement): Seen => ({
  name: t.name,
  prefix: t.prefix,
  local: t.local,
  uri: t.uri,
  ns: { ...t.ns },
});

/** What saxes's namespace mode makes of a document. */
function oracle(xml: string): Verdict {
  const p = new SaxesParser({ xmlns: true });
  const elements: Seen[] = [];
  const attributes: string[] = [];
  p.on('opentag', (t) => {
    elements.push(seen(t));
    for (const a of Object.values(t.attributes)) attributes.push(`${a.name}={${a.uri}}${a.local}=${a.value}`);
  });
  try {
    p.write(xml).close();
    return { ok: true, elements, attributes };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

/** What saxes's plain mode and NamespaceScopes make of it. */
function scoped(xml: string): Verdict {
  const p = new SaxesParser();
  const scopes = new NamespaceScopes(p);
  const elements: Seen[] = [];
  const attributes: string[] = [];
  p.on('opentag', (t) => {
    const e = scopes.open(t.name, t.attributes);
    elements.push(seen(e));
    for (const a of e.attributes) attributes.push(`${a.name}={${a.uri}}${a.local}=${a.value}`);
  });
  p.on('closetag', () => scopes.close());
  try {
    p.write(xml).close();
    return { ok: true, elements, attributes };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

const same = (xml: string) => {
  const want = oracle(xml);
  const got = scoped(xml);
  if (want.ok && got.ok) {
    assert.deepEqual(got.elements, want.elements, xml);
    assert.deepEqual(got.attributes.sort(), want.attributes.sort(), xml);
  } else {
    // The same fault, at the same line; saxes names it at the attribute, these scopes at the tag's end.
    const fault = (v: Verdict) => (v.ok ? '' : v.message.replace(/^(\d+):\d+: /, '$1: '));
    assert.deepEqual([got.ok, fault(got)], [want.ok, fault(want)], xml);
  }
  return got;
};

const CEB = 'http://www.chinaport.gov.cn/ceb';

describe('namespaces resolved beside saxes', () => {
  it('resolves as saxes does: prefixes, the default namespace, redeclaration, attributes', () => {
    for (const xml of [
      `<ceb:A xmlns:ceb="${CEB}"><ceb:B/><ceb:C>t</ceb:C></ceb:A>`,
      `<A xmlns="${CEB}"><B xmlns=""/><C/></A>`,
      `<a:A xmlns:a="urn:1"><a:B xmlns:a="urn:2"><a:C/></a:B><a:D/></a:A>`,
      `<A xmlns:x="urn:x" x:y="1" y="2" xml:lang="zh"><B/></A>`,
      `<ceb:A xmlns:ceb="${CEB}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="a b"/>`,
      `<A xmlns:toString="urn:t"><toString:B/></A>`,
      `<A><B/></A>`,
      `<A xmlns:xml="http://www.w3.org/XML/1998/namespace"/>`,
      `<A xmlns:x="  urn:x  "><x:B/></A>`,
    ])
      assert.equal(same(xml).ok, true, xml);
  });

  it('refuses what saxes refuses, with its message', () => {
    for (const xml of [
      `<a:A/>`,
      `<A><b:B/></A>`,
      `<A b:c="1"/>`,
      `<A xmlns:a="urn:1" xmlns:b="urn:1" a:x="1" b:x="2"/>`,
      `<xmlns:A/>`,
      `<A xmlns:xml="urn:not-xml"/>`,
      `<A xmlns:x="http://www.w3.org/XML/1998/namespace"/>`,
      `<A xmlns="http://www.w3.org/XML/1998/namespace"/>`,
      `<A xmlns:x="http://www.w3.org/2000/xmlns/"/>`,
      `<A xmlns="http://www.w3.org/2000/xmlns/"/>`,
      `<A xmlns:x=""/>`,
      `<a:b:C xmlns:a="urn:a"/>`,
      `<A xmlns:a="urn:a"><a:/></A>`,
      `<A :b="1"/>`,
      `<A xmlns:a="urn:a"><B><a:C/></B></A><!-- -->`,
      `<A><B xmlns:a="urn:a"/><a:C/></A>`,
      `<A xmlns:toString="urn:t"><valueOf:B/></A>`,
    ]) {
      const got = same(xml);
      if (xml.includes('<!--')) assert.equal(got.ok, true);
      else assert.equal(got.ok, false, xml);
    }
  });

  it('agrees with saxes on generated documents of declarations, prefixes and attributes', () => {
    const prefix = fc.constantFrom('', 'a', 'b', 'xml', 'xmlns', 'ceb');
    const uri = fc.constantFrom(
      '',
      'urn:1',
      'urn:2',
      CEB,
      'http://www.w3.org/XML/1998/namespace',
      'http://www.w3.org/2000/xmlns/',
    );
    const qname = fc.tuple(prefix, fc.constantFrom('x', 'y', 'Order')).map(([p, l]) => (p ? `${p}:${l}` : l));
    const attribute = fc.oneof(
      fc.tuple(prefix, uri).map(([p, u]) => (p ? `xmlns:${p}="${u}"` : `xmlns="${u}"`)),
      fc.tuple(qname, fc.constantFrom('1', '2')).map(([n, v]) => `${n}="${v}"`),
    );
    type Node = { name: string; attributes: string[]; children: Node[] };
    // Three levels deep at most: enough for a declaration to reach a grandchild.
    const level = (depth: number): fc.Arbitrary<Node> =>
      fc.record({
        name: qname,
        attributes: fc.array(attribute, { maxLength: 3 }),
        children: depth ? fc.array(level(depth - 1), { maxLength: 3 }) : fc.constant([]),
      });
    const node = level(3);
    const xml = (n: Node): string => {
      // One attribute of a name: a repeated name is saxes's plain mode's own fault, not a namespace one.
      const attributes = [...new Map(n.attributes.map((a) => [a.split('=')[0], a])).values()];
      const open = [n.name, ...attributes].join(' ');
      return n.children.length ? `<${open}>${n.children.map(xml).join('')}</${n.name}>` : `<${open}/>`;
    };
    fc.assert(
      fc.property(node, (n) => void same(xml(n))),
      { numRuns: 2000 },
    );
  });
});
