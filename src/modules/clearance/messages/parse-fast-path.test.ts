/**
 * The parser's fast path (every field checked as it is read, the schema skipped) gives exactly what the
 * schema gives: on valid messages of every type, on the official samples, and on messages with one
 * field spoiled, emptied, removed or repeated, where the schema must name the faults.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseCebMessage } from './parse.js';
import { produceCebMessage } from './produce.js';
import { cebMessageTypes } from './registry.js';
import { messageArbitrary } from './test-support/arbitraries.js';

const same = (xml: string) => {
  const fast = parseCebMessage(xml);
  assert.deepStrictEqual(fast, parseCebMessage(xml, { throughSchema: true }));
  // Where the signature is required (before anything goes to customs) too.
  assert.deepStrictEqual(
    parseCebMessage(xml, { requireSignature: true }),
    parseCebMessage(xml, { requireSignature: true, throughSchema: true }),
  );
  return fast;
};

/** Leaf elements: `<ceb:name>text</ceb:name>`. */
const LEAF = /<ceb:(\w+)>([^<]*)<\/ceb:\1>/g;

const SPOILED = [
  '',
  '   ',
  ' 1 ',
  '0',
  '-1',
  '1.123456',
  '99999999999999999999.5',
  'X',
  'abc',
  '2026022930000000',
  '\u0001',
  'A'.repeat(300),
  '142',
  '１',
];

type Mutation = { kind: 'text'; value: string } | { kind: 'remove' } | { kind: 'repeat' };

function mutate(xml: string, at: number, m: Mutation): string {
  const leaves = [...xml.matchAll(LEAF)];
  if (!leaves.length) return xml;
  const leaf = leaves[at % leaves.length]!;
  const start = leaf.index;
  const end = start + leaf[0].length;
  const text =
    m.kind === 'text'
      ? `<ceb:${leaf[1]}>${m.value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</ceb:${leaf[1]}>`
      : m.kind === 'remove'
        ? ''
        : leaf[0] + leaf[0];
  return xml.slice(0, start) + text + xml.slice(end);
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...SPOILED).map((value) => ({ kind: 'text' as const, value })),
  fc.constant({ kind: 'remove' as const }),
  fc.constant({ kind: 'repeat' as const }),
);

describe('parse: the fast path equals the schema', () => {
  it('the official samples', () => {
    const dir = new URL('./fixtures/ceb-202205/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.xml'));
    assert.ok(files.length >= 10);
    for (const f of files) same(readFileSync(new URL(f, dir), 'utf8'));
  });

  for (const type of cebMessageTypes)
    it(`${type}: valid, and with one field spoiled, removed or repeated`, () => {
      let refused = 0;
      fc.assert(
        fc.property(messageArbitrary(type), fc.nat(), mutation, (m, at, change) => {
          const xml = produceCebMessage(type, m);
          assert.equal(same(xml).ok, true);
          if (!same(mutate(xml, at, change)).ok) refused++;
        }),
        { numRuns: 30 },
      );
      // The mutations do reach faults the schema names (the comparison is not all of valid messages).
      assert.ok(refused > 0, `${type}: no mutation was refused`);
    });
});
