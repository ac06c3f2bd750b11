import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCebMessage, type ParseResult } from './parse.js';
import { produceCebMessage } from './produce.js';
import { importInventory, importOrder } from './test-support/examples.js';

/**
 * Hostile XML is refused before it costs anything: no entity is ever expanded (any DOCTYPE is
 * refused), size is checked before parsing, depth and element count are bounded.
 */

function refusal(r: ParseResult): string {
  assert.equal(r.ok, false);
  assert.equal(r.errors.length, 1, JSON.stringify(r.errors));
  assert.equal(r.errors[0]!.field, '(document)');
  return r.errors[0]!.code;
}

/** Runs `fn`, asserting it returns within `ms` milliseconds and that the heap did not balloon. */
function quickly<T>(ms: number, fn: () => T): T {
  global.gc?.();
  const heap = process.memoryUsage().heapUsed;
  const start = performance.now();
  const out = fn();
  const elapsed = performance.now() - start;
  assert.ok(elapsed < ms, `took ${elapsed.toFixed(0)} ms, limit ${ms} ms`);
  assert.ok(process.memoryUsage().heapUsed - heap < 200 * 1024 * 1024, 'heap grew by more than 200 MB');
  return out;
}

const CEB = 'xmlns:ceb="http://www.chinaport.gov.cn/ceb"';

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<ceb:CEB311Message guid="A" version="1.0" ${CEB}><ceb:Order><ceb:OrderHead><ceb:note>&lol9;</ceb:note></ceb:OrderHead></ceb:Order></ceb:CEB311Message>`;

describe('hostile XML', () => {
  it('billion laughs: refused at the DOCTYPE, nothing expanded', () => {
    assert.equal(
      quickly(100, () => refusal(parseCebMessage(billionLaughs))),
      'doctype_forbidden',
    );
  });

  it('external entity (XXE) and external DTD: refused, nothing fetched or read', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<ceb:CEB311Message guid="A" version="1.0" ${CEB}><ceb:Order>&xxe;</ceb:Order></ceb:CEB311Message>`;
    const r = parseCebMessage(xxe);
    assert.equal(refusal(r), 'doctype_forbidden');
    assert.ok(!JSON.stringify(r).includes('root:'));
    const dtd = `<!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd"><ceb:CEB311Message ${CEB}/>`;
    assert.equal(refusal(parseCebMessage(dtd)), 'doctype_forbidden');
  });

  it('an entity reference without a DOCTYPE is malformed XML, not an expansion', () => {
    const r = parseCebMessage(`<ceb:CEB311Message ${CEB}><ceb:Order>&xxe;</ceb:Order></ceb:CEB311Message>`);
    assert.equal(refusal(r), 'malformed_xml');
    assert.match(r.ok ? '' : r.errors[0]!.message.en, /undefined entity/);
  });

  it('deep nesting: refused at the limit without walking the rest', () => {
    const depth = 200_000;
    const xml = `<ceb:CEB311Message ${CEB}>${'<ceb:Order>'.repeat(depth)}${'</ceb:Order>'.repeat(depth)}</ceb:CEB311Message>`;
    assert.equal(
      quickly(200, () => refusal(parseCebMessage(xml))),
      'too_deep',
    );
    // A real message is four levels deep: a limit of 3 refuses it, the default of 32 does not.
    const valid = produceCebMessage('CEB311', importOrder());
    assert.equal(refusal(parseCebMessage(valid, { maxDepth: 3 })), 'too_deep');
    assert.equal(parseCebMessage(valid).ok, true);
  });

  it('a huge document: refused by its size before parsing, as a string or as bytes', () => {
    const huge = `<ceb:CEB311Message ${CEB}>${'<!-- padding -->'.repeat(700_000)}</ceb:CEB311Message>`;
    assert.ok(huge.length > 10 * 1024 * 1024);
    assert.equal(
      quickly(100, () => refusal(parseCebMessage(huge))),
      'too_large',
    );
    assert.equal(
      quickly(100, () => refusal(parseCebMessage(Buffer.from(huge)))),
      'too_large',
    );
    // Multi-byte text: 4 MB of characters is 12 MB of UTF-8.
    const wide = '海'.repeat(4 * 1024 * 1024);
    assert.equal(refusal(parseCebMessage(wide)), 'too_large');
    const valid = produceCebMessage('CEB311', importOrder());
    assert.equal(refusal(parseCebMessage(valid, { maxBytes: 1000 })), 'too_large');
  });

  it('too many elements: refused at the limit', () => {
    const xml = `<ceb:CEB311Message ${CEB}>${'<ceb:Order/>'.repeat(300_000)}</ceb:CEB311Message>`;
    assert.equal(
      quickly(1000, () => refusal(parseCebMessage(xml))),
      'too_many_elements',
    );
    const valid = produceCebMessage('CEB311', importOrder());
    assert.equal(refusal(parseCebMessage(valid, { maxElements: 20 })), 'too_many_elements');
  });

  it('unknown namespaces and message types: refused with a clear code', () => {
    const bare = `<CEB311Message guid="A" version="1.0"><Order/></CEB311Message>`;
    assert.equal(refusal(parseCebMessage(bare)), 'unknown_namespace');
    const other = `<x:CEB311Message xmlns:x="http://example.com/ceb"/>`;
    assert.equal(refusal(parseCebMessage(other)), 'unknown_namespace');
    assert.equal(refusal(parseCebMessage(`<ceb:CEB999Message ${CEB}/>`)), 'unsupported_message_type');
    assert.equal(refusal(parseCebMessage(`<ceb:Order ${CEB}/>`)), 'unknown_message_type');
    assert.equal(refusal(parseCebMessage(`<ceb:CEB216Message ${CEB}/>`)), 'unsupported_message_type');
  });

  it('malformed XML and bad encodings: refused with where and why', () => {
    const r = parseCebMessage(`<ceb:CEB311Message ${CEB}><ceb:Order></ceb:CEB311Message>`);
    assert.equal(refusal(r), 'malformed_xml');
    assert.match(r.ok ? '' : r.errors[0]!.message.en, /^Malformed XML at line 1, column \d+: [a-z]/);
    assert.equal(refusal(parseCebMessage('')), 'malformed_xml');
    assert.equal(refusal(parseCebMessage(Buffer.from([0x3c, 0xff, 0xfe, 0x3e]))), 'invalid_encoding');
    const gbk = `<?xml version="1.0" encoding="GBK"?><ceb:CEB311Message ${CEB}/>`;
    assert.equal(refusal(parseCebMessage(gbk)), 'unsupported_encoding');
    assert.equal(
      refusal(parseCebMessage(`<ceb:CEB311Message ${CEB}/><ceb:CEB311Message ${CEB}/>`)),
      'malformed_xml',
    );
  });

  it('the largest message the XSD allows (621: 100 inventories × 99 items) fits the default limits', () => {
    const m = importInventory();
    const inventory = m.Inventory[0]!;
    const line = inventory.InventoryList[0]!;
    inventory.InventoryList = Array.from({ length: 99 }, (_, j) => ({ ...line, gnum: j + 1 }));
    m.Inventory = Array.from({ length: 100 }, (_, i) => {
      const copy = structuredClone(inventory);
      copy.InventoryHead.guid = copy.InventoryHead.guid.slice(0, 32) + String(i).padStart(4, '0');
      return copy;
    });
    const r = quickly(5000, () => parseCebMessage(produceCebMessage('CEB621', m)));
    assert.equal(r.ok, true);
  });

  it('a UTF-8 BOM, as the official samples carry, is accepted', () => {
    const xml = produceCebMessage('CEB311', importOrder());
    assert.equal(parseCebMessage(`\uFEFF${xml}`).ok, true);
    assert.equal(
      parseCebMessage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)])).ok,
      true,
    );
  });
});
