import type { Bilingual } from '../../../../shared/app-error.js';
import { checkResidentId } from '../../../../shared/identifiers/index.js';
import type { Path } from '../errors.js';
import type { Rule } from './nodes.js';
import { productMismatch, sumMismatch } from './fen.js';
import { decimalFault, isRealDateTime } from './scalars.js';

/**
 * Business rules the XSD does not enforce (customs-ceb.md §3, §4.2 and the XSD documentation
 * text). Rules run even when fields failed their own checks, so every read here is defensive:
 * a value that is not what the model says is skipped, its field already has its own error.
 */

type Rec = Readonly<Record<string, unknown>>;

function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function listOf(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

function strOf(rec: Rec, key: string): string | undefined {
  const v = rec[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function intOf(rec: Rec, key: string): number | undefined {
  const v = rec[key];
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** A valid decimal string; anything else is left to the field's own check. */
function decOf(rec: Rec, key: string): string | undefined {
  const v = strOf(rec, key);
  return v !== undefined && decimalFault(v, 19, 5) === null ? v : undefined;
}

/** Where a record sits: the entity (Order[i]) and, for entities with a head, the head inside it. */
export interface Site {
  readonly entity: string;
  /** OrderHead, InventoryHead…; null where the entity is itself the record (Receipts, InvtCancel). */
  readonly head: string | null;
}

/** Calls `fn` with each head record and its path. */
export function eachHead(m: unknown, site: Site, fn: (head: Rec, path: Path, entity: Rec) => void): void {
  if (!isRec(m)) return;
  listOf(m[site.entity]).forEach((entity, i) => {
    if (!isRec(entity)) return;
    const head = site.head === null ? entity : entity[site.head];
    if (isRec(head)) fn(head, site.head === null ? [site.entity, i] : [site.entity, i, site.head], entity);
  });
}

function eachLine(
  m: unknown,
  site: Site,
  list: string,
  fn: (line: Rec, path: Path, j: number) => void,
): void {
  if (!isRec(m)) return;
  listOf(m[site.entity]).forEach((entity, i) => {
    if (!isRec(entity)) return;
    listOf(entity[list]).forEach((line, j) => {
      if (isRec(line)) fn(line, [site.entity, i, list, j], j);
    });
  });
}

/** "从1开始连续序号" / "从1开始的递增序号": gnum of line j is j + 1. */
export function gnumSequence(site: Site, list: string, field = 'gnum'): Rule {
  return (m, report) =>
    eachLine(m, site, list, (line, path, j) => {
      const gnum = intOf(line, field);
      if (gnum !== undefined && gnum !== j + 1)
        report([...path, field], 'gnum_sequence', {
          zh: `序号应从 1 起连续编号，此处应为 ${j + 1}`,
          en: `Line numbers must run 1, 2, 3… without gaps; this one must be ${j + 1}`,
        });
    });
}

/** CEB625 "对应原清单表体序号": not a sequence, but one line per original item. */
export function gnumUnique(site: Site, list: string): Rule {
  return (m, report) => {
    if (!isRec(m)) return;
    listOf(m[site.entity]).forEach((entity, i) => {
      if (!isRec(entity)) return;
      const seen = new Set<number>();
      listOf(entity[list]).forEach((line, j) => {
        if (!isRec(line)) return;
        const gnum = intOf(line, 'gnum');
        if (gnum === undefined) return;
        if (seen.has(gnum))
          report([site.entity, i, list, j, 'gnum'], 'duplicate_gnum', {
            zh: `序号 ${gnum} 重复`,
            en: `Line number ${gnum} appears twice`,
          });
        seen.add(gnum);
      });
    });
  };
}

/** totalPrice = price × qty, to the fen ("商品总价，等于单价乘以数量", CEB311 XSD; §3 CEB603). */
export function lineTotals(site: Site, list: string): Rule {
  return (m, report) =>
    eachLine(m, site, list, (line, path) => {
      const qty = decOf(line, 'qty');
      const price = decOf(line, 'price');
      const total = decOf(line, 'totalPrice');
      if (!qty || !price || !total) return;
      // Compared to the fen (see README, ⚠ tolerance).
      const expected = productMismatch(price, qty, total);
      if (expected !== null)
        report([...path, 'totalPrice'], 'total_mismatch', {
          zh: `总价应等于单价×数量（${expected}）`,
          en: `totalPrice must equal price × qty (${expected})`,
        });
    });
}

/**
 * CEB311 acturalPaid = goodsValue + freight + taxTotal − discount ("商品价格+运杂费+代扣税款-非现金抵扣金额，
 * 与支付凭证的支付金额一致", XSD; customs-ceb.md §4.2 "Amount").
 */
export function actualPaid(site: Site): Rule {
  return (m, report) =>
    eachHead(m, site, (head, path) => {
      const [goods, freight, tax, discount, paid] = [
        'goodsValue',
        'freight',
        'taxTotal',
        'discount',
        'acturalPaid',
      ].map((k) => decOf(head, k));
      if (!goods || !freight || !tax || !discount || !paid) return;
      const expected = sumMismatch([goods, freight, tax], [discount], paid);
      if (expected !== null)
        report([...path, 'acturalPaid'], 'amount_mismatch', {
          zh: `实际支付金额应等于商品价格+运杂费+代扣税款-非现金抵扣金额（${expected}）`,
          en: `acturalPaid must equal goodsValue + freight + taxTotal − discount (${expected})`,
        });
    });
}

/** "拆分的报文需要连续编号": msgSeqNo lies within 1..msgCount. */
export function messageSequence(site: Site): Rule {
  return (m, report) =>
    eachHead(m, site, (head, path) => {
      const count = intOf(head, 'msgCount');
      const seq = intOf(head, 'msgSeqNo');
      if (count !== undefined && seq !== undefined && seq > count)
        report([...path, 'msgSeqNo'], 'msg_sequence', {
          zh: `报文序号不能大于报文总数 ${count}`,
          en: `msgSeqNo must not exceed msgCount (${count})`,
        });
    });
}

/** Fields the spec makes mandatory under a condition, e.g. "保税模式必填". */
export function requiredWhen(
  site: Site,
  when: (head: Rec) => boolean,
  fields: readonly string[],
  reason: Bilingual,
  list?: string,
): Rule {
  const message: Bilingual = { zh: `${reason.zh}时必填`, en: `is required ${reason.en}` };
  return (m, report) =>
    eachHead(m, site, (head, path, entity) => {
      if (!when(head)) return;
      if (list === undefined) {
        for (const field of fields)
          if (strOf(head, field) === undefined) report([...path, field], 'required', message);
        return;
      }
      listOf(entity[list]).forEach((line, j) => {
        if (!isRec(line)) return;
        for (const field of fields)
          if (strOf(line, field) === undefined)
            report([...path.slice(0, -1), list, j, field], 'required', message);
      });
    });
}

/** A field that must hold one value under a condition, e.g. bonded import country "142". */
export function fixedWhen(
  site: Site,
  when: (head: Rec) => boolean,
  field: string,
  value: string,
  reason: Bilingual,
): Rule {
  return (m, report) =>
    eachHead(m, site, (head, path) => {
      const v = strOf(head, field);
      if (when(head) && v !== undefined && v !== value)
        report([...path, field], 'invalid_value', {
          zh: `${reason.zh}时应填“${value}”`,
          en: `must be "${value}" ${reason.en}`,
        });
    });
}

export function headValueIn(field: string, values: readonly string[]): (head: Rec) => boolean {
  return (head) => {
    const v = strOf(head, field);
    return v !== undefined && values.includes(v);
  };
}

/**
 * The buyer's (or payer's) ID number when the ID type is 1 (身份证): GB 11643 structure and check
 * character. "限定为身份证，填写1" (CEB311/621 XSD) makes the number a resident ID.
 */
export function residentIdWhenType1(site: Site, typeField: string, numberField: string): Rule {
  // A fixed far-future "today" keeps the check pure; only format, date and check digit matter here.
  const farFuture = new Date(Date.UTC(9999, 11, 31));
  return (m, report) =>
    eachHead(m, site, (head, path) => {
      const number = strOf(head, numberField);
      if (strOf(head, typeField) !== '1' || number === undefined) return;
      if (!checkResidentId(number, farFuture).ok)
        report([...path, numberField], 'invalid_id_number', {
          zh: '证件类型为身份证（1）时，应为有效的 18 位公民身份号码',
          en: 'With ID type 1 (resident ID card) this must be a valid 18-character resident ID number',
        });
    });
}

/** "36位系统唯一序号": the heads of one message do not share a guid. */
export function uniqueGuids(site: Site): Rule {
  return (m, report) => {
    const seen = new Set<string>();
    eachHead(m, site, (head, path) => {
      const guid = strOf(head, 'guid');
      if (guid === undefined) return;
      if (seen.has(guid))
        report([...path, 'guid'], 'duplicate_guid', {
          zh: '同一报文内的唯一序号不能重复',
          en: 'Each record of a message needs its own guid',
        });
      seen.add(guid);
    });
  };
}

/**
 * CEB701 startTime/endTime: "填写须成对，结束时间须大于等于开始时间。如指定时间范围将忽略表体数据" — and
 * without a time range the list of inventories is what is summarised, so it may not be empty.
 */
export function summaryWindow(site: Site, list: string): Rule {
  return (m, report) =>
    eachHead(m, site, (head, path, entity) => {
      const start = strOf(head, 'startTime');
      const end = strOf(head, 'endTime');
      if ((start === undefined) !== (end === undefined)) {
        report([...path, start === undefined ? 'startTime' : 'endTime'], 'required', {
          zh: '汇总开始时间和结束时间须成对填写',
          en: 'startTime and endTime go together',
        });
        return;
      }
      if (start !== undefined && end !== undefined) {
        if (isRealDateTime(start, 14) && isRealDateTime(end, 14) && end < start)
          report([...path, 'endTime'], 'time_range', {
            zh: '结束时间须大于等于开始时间',
            en: 'endTime must not be before startTime',
          });
        return;
      }
      if (listOf(entity[list]).length === 0)
        report([...path.slice(0, -1), list], 'too_few', {
          zh: '未指定时间范围时，须列出要汇总的清单',
          en: 'Without a time range, list the inventories to summarise',
        });
    });
}
