import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import {
  residentIdCheckDigit,
  usccCheckCharacter,
  USCC_CHARSET,
} from '../../../../shared/identifiers/index.js';
import { codeTable } from '../code-tables/code-tables.js';
import { cebMessages, type CebMessage, type CebMessageType } from '../registry.js';
import type { GroupSpec, NodeSpec, ScalarSpec } from '../spec/nodes.js';
import type { ScalarKind } from '../spec/scalars.js';

/**
 * fast-check arbitraries of valid CEB messages, one per message type: the field values come from the
 * spec tree (lengths, code tables, formats), then a per-type fix-up makes the business rules hold
 * (line numbers, totals, conditional fields). Test support only.
 */

type Obj = Record<string, unknown>;

/** One code point per element, so XSD lengths (characters) are exact. Includes what XML must escape. */
function chars(whitespace: boolean): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...'ABCDEFGHXYZabcxyz0123456789-_/.()'.split('')) },
    { weight: 3, arbitrary: fc.constantFrom(...'株洲郴州衡阳海关跨境电商订单清单'.split('')) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '&',
        '<',
        '>',
        '"',
        "'",
        ']',
        ...(whitespace ? [' ', '\t', '\n', '\r'] : []),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('😀', '𠀀') },
  );
}

const anyChar = chars(true);
const visibleChar = chars(false);

/** Fields the XSD collapses get no whitespace, so what is generated is what is read back. */
function textArb(min: number, max: number, collapsed: boolean): fc.Arbitrary<string> {
  const upper = Math.min(max, min + 24);
  const length = fc.oneof(fc.constant(min), fc.constant(max), fc.integer({ min, max: upper }));
  const char = collapsed ? visibleChar : anyChar;
  return length.chain((n) => fc.array(char, { minLength: n, maxLength: n })).map((a) => a.join(''));
}

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));

const customsCode = fc.tuple(digits(4), fc.stringMatching(/^[0-9A-Z]{6}$/)).map(([a, b]) => a + b);

const uscc = fc
  .tuple(
    fc.constantFrom(...USCC_CHARSET.split('')),
    fc.constantFrom(...USCC_CHARSET.split('')),
    digits(6),
    fc.array(fc.constantFrom(...USCC_CHARSET.split('')), { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, region, rest]) => {
    const first17 = a + b + region + rest.join('');
    return first17 + usccCheckCharacter(first17);
  });

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const moment = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});

function stamp(d: Date, length: 8 | 14 | 17): string {
  const s =
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${pad(d.getUTCMilliseconds(), 3)}`;
  return s.slice(0, length);
}

export const residentId = fc
  .tuple(
    fc.integer({ min: 110000, max: 659999 }),
    fc.date({ min: new Date('1930-01-01'), max: new Date('2005-12-31'), noInvalidDate: true }),
    digits(3),
  )
  .map(([area, birth, seq]) => {
    const first17 = `${area}${stamp(birth, 8)}${seq}`;
    return first17 + residentIdCheckDigit(first17);
  });

/** Non-negative decimals with 0–5 fraction digits, written the many ways a sender may write them. */
const decimal = fc
  .tuple(
    fc.integer({ min: 0, max: 999_999 }),
    fc.integer({ min: 0, max: 5 }),
    fc.integer({ min: 0, max: 99_999 }),
  )
  .map(([int, frac, fraction]) => (frac === 0 ? String(int) : `${int}.${pad(fraction, 5).slice(0, frac)}`));

function codes(table: Parameters<typeof codeTable>[0], only?: readonly string[]): fc.Arbitrary<string> {
  return fc.constantFrom(...(only ?? [...codeTable(table).keys()]));
}

function kindArb(kind: ScalarKind, spec: ScalarSpec, required: boolean): fc.Arbitrary<string | number> {
  switch (kind.kind) {
    case 'text': {
      const x = spec.xsd;
      const emptyOk =
        required && (x.minLength ?? 0) === 0 && x.length === undefined && spec.schema.safeParse('').success;
      const min = x.length ?? Math.max(x.minLength ?? 0, emptyOk ? 0 : 1);
      return textArb(min, x.length ?? x.maxLength ?? 100, x.whiteSpace === 'collapse');
    }
    case 'guid':
      return fc.uuid().map((u) => u.toUpperCase());
    case 'oneOf':
      return fc.constantFrom(...kind.values);
    case 'code':
      return codes(kind.table, kind.only);
    case 'decimal':
      return decimal;
    case 'int':
      return fc.integer({ min: kind.min, max: Math.min(kind.max, 99_999) });
    case 'dateTime14':
      return moment.map((d) => stamp(d, 14));
    case 'dateTime17':
      return moment.map((d) => stamp(d, 17));
    case 'date8':
      return moment.map((d) => stamp(d, 8));
    case 'enterpriseCode':
      return fc.oneof(
        customsCode,
        uscc,
        ...(kind.alternatives.length ? [fc.constantFrom(...kind.alternatives)] : []),
      );
    case 'customsDistrict':
      return digits(4);
    case 'hsCode':
      return digits(10);
    case 'digits':
      return digits(kind.length);
  }
}

/** Fields whose generic value would break a rule of their own; generated right from the start. */
const byName: Record<string, fc.Arbitrary<string>> = {
  buyerIdNumber: residentId,
  payerIdNumber: residentId,
};

const fragments = fc.constantFrom(
  '',
  '<x:a xmlns:x="urn:example">t &amp; <x:b/></x:a>',
  '\n  <c d="1">z</c>\n',
  '<b/>',
);

function nodeArb(name: string, spec: NodeSpec): fc.Arbitrary<unknown> {
  switch (spec.node) {
    case 'scalar':
      return byName[name] ?? kindArb(spec.kind, spec, spec.required);
    case 'raw':
      return fragments;
    case 'one':
      return groupArb(spec.group);
    case 'many':
      return fc.array(groupArb(spec.group), {
        minLength: spec.min,
        maxLength: Math.max(spec.min, Math.min(spec.max, 3)),
      });
  }
}

const groupCache = new Map<GroupSpec, fc.Arbitrary<Obj>>();

function groupArb(group: GroupSpec): fc.Arbitrary<Obj> {
  let arb = groupCache.get(group);
  if (arb) return arb;
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const { name, spec } of [...group.attributes, ...group.children]) {
    model[name] = nodeArb(name, spec);
    if (spec.node === 'many' || spec.required) required.push(name);
  }
  arb = fc.record(model, { requiredKeys: required });
  groupCache.set(group, arb);
  return arb;
}

// ---- fix-ups: make the business rules of spec/rules.ts hold -------------------------------------------------------

const list = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
const fen = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

interface Shape {
  readonly entity: string;
  readonly head: string | null;
  readonly lists?: readonly string[];
}

function heads(m: Obj, s: Shape): Obj[] {
  return list(m[s.entity]).map((e) => (s.head === null ? e : (e[s.head] as Obj)));
}

/** Distinct guids, line numbers 1..n, totals that add up, msgSeqNo within msgCount. */
function common(m: Obj, s: Shape): void {
  heads(m, s).forEach((h, i) => {
    if (typeof h.guid === 'string') h.guid = h.guid.slice(0, 32) + pad(i, 4);
    if (typeof h.msgSeqNo === 'number' && typeof h.msgCount === 'number' && h.msgSeqNo > h.msgCount)
      [h.msgSeqNo, h.msgCount] = [h.msgCount, h.msgSeqNo];
  });
  for (const e of list(m[s.entity]))
    for (const name of s.lists ?? [])
      list(e[name]).forEach((line, j) => {
        line.gnum = j + 1;
        if (typeof line.price === 'string' && typeof line.qty === 'string' && 'totalPrice' in line)
          line.totalPrice = fen(new Decimal(line.price).times(line.qty));
      });
}

function fill(h: Obj, values: Obj): void {
  for (const [k, v] of Object.entries(values)) if (h[k] === undefined) h[k] = v;
}

const shapes: Partial<Record<CebMessageType, Shape>> = {
  CEB303: { entity: 'Order', head: 'OrderHead', lists: ['OrderList'] },
  CEB311: { entity: 'Order', head: 'OrderHead', lists: ['OrderList'] },
  CEB403: { entity: 'Receipts', head: null },
  CEB411: { entity: 'Payment', head: 'PaymentHead' },
  CEB505: { entity: 'Logistics', head: null },
  CEB511: { entity: 'Logistics', head: 'LogisticsHead' },
  CEB507: { entity: 'Arrival', head: 'ArrivalHead', lists: ['ArrivalList'] },
  CEB509: { entity: 'Departure', head: 'DepartureHead', lists: ['DepartureList'] },
  CEB603: { entity: 'Inventory', head: 'InventoryHead', lists: ['InventoryList'] },
  CEB605: { entity: 'InvtCancel', head: null },
  CEB607: { entity: 'WayBill', head: 'WayBillHead', lists: ['WayBillList'] },
  CEB701: { entity: 'SummaryApply', head: 'SummaryApplyHead' },
  CEB621: { entity: 'Inventory', head: 'InventoryHead', lists: ['InventoryList'] },
  CEB623: { entity: 'InvtCancel', head: null },
  CEB625: { entity: 'InvtRefund', head: 'InvtRefundHead', lists: ['InvtRefundList'] },
};

const special: Partial<Record<CebMessageType, (m: Obj) => void>> = {
  CEB311: (m) => {
    for (const h of heads(m, shapes.CEB311!)) {
      const sum = new Decimal(h.goodsValue as string).plus(h.freight as string).plus(h.taxTotal as string);
      if (sum.lessThan(h.discount as string)) h.discount = sum.toString();
      h.acturalPaid = fen(sum.minus(h.discount as string));
    }
  },
  CEB603: (m) => {
    for (const e of list(m.Inventory)) {
      const h = e.InventoryHead as Obj;
      if (h.tradeMode !== '1210' && h.tradeMode !== '1239') continue;
      fill(h, { iacCode: '4302960001', iacName: '株洲综保区仓储', emsNo: 'T4302W000001' });
      for (const line of list(e.InventoryList)) fill(line, { itemRecordNo: 'REC-0001' });
    }
  },
  CEB621: (m) => {
    for (const e of list(m.Inventory)) {
      const h = e.InventoryHead as Obj;
      if (h.tradeMode === '9610')
        fill(h, { trafNo: 'CZ3101', voyageNo: 'V20250101', billNo: '784-12345675' });
      else {
        fill(h, { emsNo: 'T4302W000001', areaCode: '4302960001', areaName: '株洲综保区仓储' });
        h.country = '142';
        for (const line of list(e.InventoryList)) fill(line, { itemRecordNo: 'REC-0001' });
      }
    }
  },
  CEB701: (m) => {
    for (const e of list(m.SummaryApply)) {
      const h = e.SummaryApplyHead as Obj;
      if ((h.startTime === undefined) !== (h.endTime === undefined)) {
        delete h.startTime;
        delete h.endTime;
      }
      if (typeof h.startTime === 'string' && typeof h.endTime === 'string' && h.endTime < h.startTime)
        [h.startTime, h.endTime] = [h.endTime, h.startTime];
      if (h.startTime === undefined && list(e.SummaryApplyList).length === 0)
        e.SummaryApplyList = [{ invtNo: '43022025E000000001' }];
    }
  },
};

/** Valid messages of one type. */
export function messageArbitrary<T extends CebMessageType>(type: T): fc.Arbitrary<CebMessage<T>> {
  const spec = cebMessages[type];
  const shape = shapes[type];
  return groupArb(spec.root).map((generated) => {
    const m = structuredClone(generated);
    if (shape) common(m, shape);
    special[type]?.(m);
    return m as CebMessage<T>;
  });
}
