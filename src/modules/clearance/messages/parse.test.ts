import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FieldError } from '../../../shared/app-error.js';
import { parseCebMessage, type ParseResult } from './parse.js';
import { produceCebMessage } from './produce.js';
import {
  exportOrder,
  importInventory,
  importOrder,
  importPayment,
  importWaybill,
} from './test-support/examples.js';
import { validateCebMessage } from './validate.js';

/** `field code` of each error, in order. */
function faults(r: ParseResult | { ok: boolean; errors?: FieldError[] }): string[] {
  return r.ok ? [] : (r.errors ?? []).map((e) => `${e.field} ${e.code}`);
}

/** The produced XML of a valid example, with one piece of text replaced. */
function edited(xml: string, from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  assert.notEqual(out, xml, `the edit ${String(from)} applies`);
  return out;
}

const order303 = () => produceCebMessage('CEB303', exportOrder());
const order311 = () => produceCebMessage('CEB311', importOrder());

describe('parsing valid messages', () => {
  it('the example parcel (311, 411, 511, 621) and an export order parse to what was written', () => {
    const cases = [
      ['CEB311', importOrder()],
      ['CEB411', importPayment()],
      ['CEB511', importWaybill()],
      ['CEB621', importInventory()],
      ['CEB303', exportOrder()],
    ] as const;
    for (const [type, m] of cases) {
      const r = parseCebMessage(produceCebMessage(type, m));
      assert.deepEqual(faults(r), [], type);
      assert.ok(r.ok);
      assert.equal(r.type, type);
      assert.deepStrictEqual(r.message, m);
      assert.deepEqual(r.signature, { present: false });
    }
  });

  it('amounts stay the decimal strings they were written as; line numbers are numbers', () => {
    const r = parseCebMessage(
      edited(order311(), '<ceb:price>99.90</ceb:price>', '<ceb:price> 099.90 </ceb:price>'),
    );
    assert.ok(r.ok && r.type === 'CEB311');
    const line = r.message.Order[0]!.OrderList[0]!;
    assert.equal(line.price, '099.90');
    assert.equal(line.gnum, 1);
  });

  it('reads CDATA, character references and comments in values as XML defines them', () => {
    const xml = edited(
      order311(),
      '<ceb:itemName>婴儿配方奶粉</ceb:itemName>',
      '<ceb:itemName><![CDATA[A&B]]>&#x4E2D;<!-- c --></ceb:itemName>',
    );
    const r = parseCebMessage(xml);
    assert.ok(r.ok && r.type === 'CEB311');
    assert.equal(r.message.Order[0]!.OrderList[0]!.itemName, 'A&B中');
  });

  it('applies the XSD: an empty element takes its default; collapsed fields are collapsed', () => {
    // CEB303 freight default="0", appStatus default="1" (export XSD).
    let xml = edited(order303(), '<ceb:freight>0</ceb:freight>', '<ceb:freight/>');
    xml = edited(xml, '<ceb:appStatus>2</ceb:appStatus>', '<ceb:appStatus></ceb:appStatus>');
    const r = parseCebMessage(xml);
    assert.ok(r.ok && r.type === 'CEB303');
    assert.equal(r.message.Order[0]!.OrderHead.freight, '0');
    assert.equal(r.message.Order[0]!.OrderHead.appStatus, '1');
    // An empty optional element is "not filled".
    const noNote = parseCebMessage(
      edited(
        order303(),
        '</ceb:currency>\n\t\t</ceb:OrderHead>',
        '</ceb:currency>\n<ceb:note></ceb:note></ceb:OrderHead>',
      ),
    );
    assert.ok(noNote.ok && noNote.type === 'CEB303');
    assert.equal('note' in noNote.message.Order[0]!.OrderHead, false);
  });

  it('accepts the default namespace, other prefixes and xsi:schemaLocation', () => {
    const xml = order311()
      .replace(/ceb:/g, 'c:')
      .replace(
        'xmlns:ceb=',
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="x y" xmlns:c=',
      );
    assert.deepEqual(faults(parseCebMessage(xml)), []);
    const plain = order311().replace(/ceb:/g, '').replace('xmlns:ceb=', 'xmlns=');
    assert.deepEqual(faults(parseCebMessage(plain)), []);
  });
});

describe('field errors name the field', () => {
  it('line numbering: Order[0].OrderList[2].gnum', () => {
    const xml = edited(order303(), '<ceb:gnum>3</ceb:gnum>', '<ceb:gnum>5</ceb:gnum>');
    const r = parseCebMessage(xml);
    assert.deepEqual(faults(r), ['Order[0].OrderList[2].gnum gnum_sequence']);
    assert.ok(!r.ok);
    assert.deepEqual(r.errors[0]!.message, {
      zh: '序号应从 1 起连续编号，此处应为 3',
      en: 'Line numbers must run 1, 2, 3… without gaps; this one must be 3',
    });
  });

  it('every fault at once, each with its path and a bilingual message', () => {
    let xml = order311();
    xml = edited(
      xml,
      '<ceb:orderNo>ZZ202506180001</ceb:orderNo>',
      `<ceb:orderNo>${'N'.repeat(61)}</ceb:orderNo>`,
    );
    xml = edited(xml, /<ceb:ebcName>[^<]*<\/ceb:ebcName>/, '');
    xml = edited(
      xml,
      '<ceb:appTime>20250618093015</ceb:appTime>',
      '<ceb:appTime>20250230093015</ceb:appTime>',
    );
    xml = edited(xml, '<ceb:unit>122</ceb:unit>', '<ceb:unit>999</ceb:unit>');
    xml = edited(xml, '<ceb:price>60</ceb:price>', '<ceb:price>60.123456</ceb:price>');
    xml = edited(xml, '<ceb:gnum>2</ceb:gnum>', '<ceb:gnum>2.0</ceb:gnum>');
    xml = edited(xml, '<ceb:currency>142</ceb:currency>', '<ceb:currency>502</ceb:currency>');
    const r = parseCebMessage(xml);
    assert.deepEqual(faults(r), [
      'Order[0].OrderHead.appTime invalid_date',
      'Order[0].OrderHead.orderNo too_long',
      'Order[0].OrderHead.ebcName required',
      'Order[0].OrderHead.currency invalid_value',
      'Order[0].OrderList[0].unit invalid_code',
      'Order[0].OrderList[1].gnum invalid_type',
      'Order[0].OrderList[1].price invalid_decimal',
    ]);
    assert.ok(!r.ok);
    for (const e of r.errors) assert.ok(e.message.zh.length > 0 && e.message.en.length > 0);
    assert.equal(r.errors.find((e) => e.code === 'too_long')!.message.zh, '不能超过 60 个字符');
  });

  it('amount rules: line total, and acturalPaid = goodsValue + freight + taxTotal − discount', () => {
    let xml = edited(
      order311(),
      '<ceb:totalPrice>199.80</ceb:totalPrice>',
      '<ceb:totalPrice>199.70</ceb:totalPrice>',
    );
    xml = edited(
      xml,
      '<ceb:acturalPaid>273.44</ceb:acturalPaid>',
      '<ceb:acturalPaid>283.44</ceb:acturalPaid>',
    );
    const r = parseCebMessage(xml);
    assert.deepEqual(faults(r), [
      'Order[0].OrderList[0].totalPrice total_mismatch',
      'Order[0].OrderHead.acturalPaid amount_mismatch',
    ]);
    assert.ok(!r.ok);
    assert.match(r.errors[0]!.message.en, /\(199\.80\)/);
    // Sub-fen rounding is not a fault: 3 × 3.333 = 9.999 ≈ 10.00.
    const close = importOrder();
    const line = close.Order[0]!.OrderList[1]!;
    Object.assign(line, { qty: '3', price: '3.333', totalPrice: '10' });
    Object.assign(close.Order[0]!.OrderHead, { goodsValue: '209.80', acturalPaid: '223.44' });
    assert.deepEqual(faults(validateCebMessage('CEB311', close)), []);
  });

  it('conditional fields: 9610 import needs the conveyance, bonded import its account book and 142', () => {
    const direct = importInventory();
    delete direct.Inventory[0]!.InventoryHead.voyageNo;
    assert.deepEqual(faults(validateCebMessage('CEB621', direct)), [
      'Inventory[0].InventoryHead.voyageNo required',
    ]);
    const bonded = importInventory();
    bonded.Inventory[0]!.InventoryHead.tradeMode = '1210';
    const r = validateCebMessage('CEB621', bonded);
    assert.deepEqual(faults(r), [
      'Inventory[0].InventoryHead.emsNo required',
      'Inventory[0].InventoryHead.areaCode required',
      'Inventory[0].InventoryHead.areaName required',
      'Inventory[0].InventoryList[0].itemRecordNo required',
      'Inventory[0].InventoryList[1].itemRecordNo required',
      'Inventory[0].InventoryHead.country invalid_value',
    ]);
    assert.ok(!r.ok);
    assert.equal(r.errors[0]!.message.zh, '保税进口（1210/1239）时必填');
  });

  it('structure: unknown, out-of-order, repeated, stray text and attributes, foreign namespaces', () => {
    let xml = order303();
    xml = edited(
      xml,
      '<ceb:orderType>E</ceb:orderType>',
      '<ceb:orderType x="1">E</ceb:orderType><ceb:foo>1</ceb:foo>',
    );
    xml = edited(
      xml,
      /(<ceb:ebcCode>[^<]*<\/ceb:ebcCode>)(\s*)(<ceb:ebcName>[^<]*<\/ceb:ebcName>)/,
      '$3$2$1',
    );
    xml = edited(
      xml,
      '<ceb:itemNo>HC-01</ceb:itemNo>',
      '<ceb:itemNo>HC-01<b/></ceb:itemNo>stray<x:y xmlns:x="urn:x"/>',
    );
    xml = edited(xml, /(<ceb:BaseTransfer>[\s\S]*?<\/ceb:BaseTransfer>)/, '$1$1');
    assert.deepEqual(faults(parseCebMessage(xml)), [
      'Order[0].OrderHead.orderType.@x unknown_attribute',
      'Order[0].OrderHead.foo unknown_field',
      'Order[0].OrderHead.ebcCode element_order',
      'Order[0].OrderList[0].itemNo.b unexpected_element',
      'Order[0].OrderList[0] unexpected_text',
      'Order[0].OrderList[0].y unknown_namespace',
      'BaseTransfer duplicate_element',
    ]);
  });

  it('a single element given twice is a duplicate wherever it stands in its group, early or late', () => {
    let xml = produceCebMessage('CEB621', importInventory());
    // Positions 3, 32 and 45 of the inventory head's 47: the first one straight again, the others
    // after another element.
    xml = edited(xml, /(<ceb:appType>[^<]*<\/ceb:appType>)/, '$1$1');
    xml = edited(xml, /(<ceb:trafMode>[^<]*<\/ceb:trafMode>)(<ceb:trafNo>[^<]*<\/ceb:trafNo>)?/, '$1$2$1');
    xml = edited(xml, /(<ceb:netWeight>[^<]*<\/ceb:netWeight>)/, '$1<ceb:note>x</ceb:note>$1');
    assert.deepEqual(faults(parseCebMessage(xml)), [
      'Inventory[0].InventoryHead.appType duplicate_element',
      'Inventory[0].InventoryHead.trafMode duplicate_element',
      'Inventory[0].InventoryHead.netWeight duplicate_element',
    ]);
  });

  it('JSON gets the same errors as XML for the same content', () => {
    const bad = exportOrder();
    bad.Order[0]!.OrderList[2]!.gnum = 5;
    bad.Order[0]!.OrderHead.currency = 'USD';
    const fromJson = validateCebMessage('CEB303', bad);
    let xml = edited(order303(), '<ceb:gnum>3</ceb:gnum>', '<ceb:gnum>5</ceb:gnum>');
    xml = edited(
      xml,
      '<ceb:currency>502</ceb:currency>\n\t\t</ceb:OrderHead>',
      '<ceb:currency>USD</ceb:currency>\n\t\t</ceb:OrderHead>',
    );
    const fromXml = parseCebMessage(xml);
    assert.ok(!fromJson.ok && !fromXml.ok);
    assert.deepStrictEqual(fromJson.errors, fromXml.errors);
    assert.deepEqual(faults(fromJson), [
      'Order[0].OrderHead.currency invalid_code',
      'Order[0].OrderList[2].gnum gnum_sequence',
    ]);
  });

  it('JSON-only faults: amounts as numbers, unknown keys, wrong shapes', () => {
    const m = importOrder() as unknown as {
      Order: { OrderHead: Record<string, unknown>; OrderList: unknown }[];
    };
    m.Order[0]!.OrderHead.goodsValue = 259.8;
    m.Order[0]!.OrderHead.colour = 'red';
    m.Order[0]!.OrderList = {};
    const r = validateCebMessage('CEB311', m);
    assert.deepEqual(faults(r), [
      'Order[0].OrderHead.goodsValue invalid_type',
      'Order[0].OrderHead.colour unknown_field',
      'Order[0].OrderList invalid_type',
    ]);
    assert.ok(!r.ok);
    assert.match(r.errors[0]!.message.en, /decimal strings/);
    assert.deepEqual(faults(validateCebMessage('CEB311', null)), ['(message) invalid_type']);
  });
});

describe('signatures', () => {
  const block =
    '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo/><ds:SignatureValue>AA==</ds:SignatureValue></ds:Signature>';

  it('are carried verbatim, in the XSD slot: before ExtendMessage (export), last (import)', () => {
    const m = {
      ...exportOrder(),
      ExtendMessage: { name: 'ext', version: '1', Message: '<e:x xmlns:e="urn:e"/>' },
    };
    const xml = produceCebMessage('CEB303', m, { signature: block });
    assert.ok(xml.indexOf('<ds:Signature') < xml.indexOf('<ceb:ExtendMessage>'));
    const r = parseCebMessage(xml);
    assert.ok(r.ok);
    assert.deepEqual(r.signature, { present: true, raw: block });
    assert.deepStrictEqual(r.message, m);
    const imported = produceCebMessage(
      'CEB311',
      { ...importOrder(), ExtendMessage: m.ExtendMessage },
      { signature: block },
    );
    assert.ok(imported.indexOf('<ds:Signature') > imported.indexOf('</ceb:ExtendMessage>'));
    assert.deepEqual(faults(parseCebMessage(imported)), []);
  });

  it('a prefix declared on the root is declared again on the carried block, so it means the same', () => {
    const xml = order311()
      .replace('xmlns:ceb=', 'xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:ceb=')
      .replace('</ceb:CEB311Message>', '<ds:Signature><ds:SignedInfo/></ds:Signature></ceb:CEB311Message>');
    const r = parseCebMessage(xml);
    assert.ok(r.ok);
    assert.equal(
      r.signature.raw,
      '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo/></ds:Signature>',
    );
  });

  it('out of place, twice, or in a receipt: reported', () => {
    const signed = produceCebMessage('CEB303', exportOrder(), { signature: block });
    const misplaced = signed.replace(block, '').replace('<ceb:BaseTransfer>', `${block}<ceb:BaseTransfer>`);
    assert.deepEqual(faults(parseCebMessage(misplaced)), ['BaseTransfer element_order']);
    const twice = signed.replace(block, block + block);
    assert.deepEqual(faults(parseCebMessage(twice)), ['Signature duplicate_element']);
    const receipt = `<ceb:CEB312Message guid="A" version="1" xmlns:ceb="http://www.chinaport.gov.cn/ceb">${block}</ceb:CEB312Message>`;
    assert.ok(faults(parseCebMessage(receipt)).includes('Signature unknown_namespace'));
  });

  it('requireSignature: where the spec asks for one (621 always, 303 when declared with appStatus 2)', () => {
    const options = { requireSignature: true };
    assert.deepEqual(faults(parseCebMessage(produceCebMessage('CEB621', importInventory()), options)), [
      'Signature signature_required',
    ]);
    assert.deepEqual(faults(parseCebMessage(order303(), options)), ['Signature signature_required']);
    const draft = exportOrder();
    draft.Order[0]!.OrderHead.appStatus = '1';
    assert.deepEqual(faults(parseCebMessage(produceCebMessage('CEB303', draft), options)), []);
    const signed = produceCebMessage('CEB621', importInventory(), { signature: block });
    assert.deepEqual(faults(parseCebMessage(signed, options)), []);
  });

  it('the producer refuses a block that is not one ds:Signature element', () => {
    for (const bad of [
      '<Signature/>',
      `${block}${block}`,
      '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">',
      'text',
    ]) {
      assert.throws(() => produceCebMessage('CEB303', exportOrder(), { signature: bad }), {
        code: 'validation_failed',
      });
    }
    assert.throws(() =>
      produceCebMessage(
        'CEB304',
        { guid: 'x'.repeat(36), version: '1', OrderReturn: [] },
        { signature: block },
      ),
    );
  });
});

describe('the producer', () => {
  it('refuses an invalid message, listing every bad field, and writes nothing', () => {
    const bad = exportOrder();
    bad.Order[0]!.OrderHead.orderType = 'X';
    bad.Order[0]!.OrderList[0]!.qty = '-1';
    assert.throws(
      () => produceCebMessage('CEB303', bad),
      (e: { code: string; errors: FieldError[] }) => {
        assert.equal(e.code, 'validation_failed');
        assert.deepEqual(faults({ ok: false, errors: e.errors }), [
          'Order[0].OrderHead.orderType invalid_value',
          'Order[0].OrderList[0].qty invalid_decimal',
        ]);
        return true;
      },
    );
  });

  it('writes the namespace, root attributes and the XSD order', () => {
    const xml = order303();
    assert.match(
      xml,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<ceb:CEB303Message guid="A1B2C3D4-0000-4000-8000-000000000303" version="1.0" xmlns:ceb="http:\/\/www.chinaport.gov.cn\/ceb">/,
    );
    const order = [
      '<ceb:Order>',
      '<ceb:OrderHead>',
      '<ceb:guid>',
      '<ceb:appType>',
      '<ceb:OrderList>',
      '<ceb:BaseTransfer>',
    ];
    const positions = order.map((t) => xml.indexOf(t));
    assert.deepEqual(
      [...positions].sort((a, b) => a - b),
      positions,
    );
  });
});
