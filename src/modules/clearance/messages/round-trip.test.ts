import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseCebMessage } from './parse.js';
import { produceCebMessage } from './produce.js';
import { cebMessageTypes } from './registry.js';
import { messageArbitrary } from './test-support/arbitraries.js';
import { validateCebMessage } from './validate.js';

describe('parse(produce(m)) = m for every message type (property)', () => {
  for (const type of cebMessageTypes) {
    it(type, () => {
      fc.assert(
        fc.property(messageArbitrary(type), (m) => {
          const valid = validateCebMessage(type, m);
          assert.deepEqual(valid.ok ? [] : valid.errors, [], 'the arbitrary yields valid messages');
          const parsed = parseCebMessage(produceCebMessage(type, m));
          assert.deepEqual(parsed.ok ? [] : parsed.errors, []);
          assert.equal(parsed.ok && parsed.type, type);
          assert.deepStrictEqual(parsed.ok && parsed.message, m);
        }),
        { numRuns: 40 },
      );
    });
  }
});
