import type { z } from 'zod';
import type { Bilingual, FieldError } from '../../../shared/app-error.js';

/**
 * The bilingual catalogue of every fault the CEB message layer reports, and the conversion of zod
 * issues into the platform's FieldError with paths like `Order[0].OrderList[2].gnum`.
 *
 * Values are never echoed back except code-table codes: buyer names, ID and phone numbers travel in
 * these messages and must not reach logs through an error text.
 */

/** A path into a message: object keys and array indexes, as zod reports them. */
export type Path = readonly PropertyKey[];

/** `['Order', 0, 'OrderList', 2, 'gnum']` → `Order[0].OrderList[2].gnum`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(message)' : out;
}

export function fieldError(path: Path | string, code: string, message: Bilingual): FieldError {
  return { field: typeof path === 'string' ? path : formatPath(path), code, message };
}

/** Messages for faults found in the text of a field; each takes what the message needs to say. */
export const msg = {
  required: (): Bilingual => ({ zh: '必填', en: 'is required' }),
  tooLong: (max: number): Bilingual => ({
    zh: `不能超过 ${max} 个字符`,
    en: `must have at most ${max} characters`,
  }),
  tooShort: (min: number): Bilingual => ({
    zh: `至少 ${min} 个字符`,
    en: `must have at least ${min} characters`,
  }),
  exactLength: (len: number): Bilingual => ({
    zh: `长度应为 ${len} 个字符`,
    en: `must have exactly ${len} characters`,
  }),
  badCharacter: (): Bilingual => ({
    zh: '含有 XML 不允许的控制字符',
    en: 'contains a control character that XML does not allow',
  }),
  notString: (): Bilingual => ({ zh: '应为文本', en: 'must be a string' }),
  notInteger: (): Bilingual => ({ zh: '应为整数', en: 'must be an integer' }),
  notDecimalString: (): Bilingual => ({
    zh: '金额和数量应以十进制字符串表示（如 "12.50"），不能用浮点数',
    en: 'amounts and quantities must be decimal strings (e.g. "12.50"), never floating-point numbers',
  }),
  notObject: (): Bilingual => ({ zh: '应为对象', en: 'must be an object' }),
  notList: (): Bilingual => ({ zh: '应为列表', en: 'must be a list' }),
  intRange: (min: number, max: number): Bilingual => ({
    zh: `应为 ${min} 至 ${max} 之间的整数`,
    en: `must be an integer from ${min} to ${max}`,
  }),
  decimal: (intDigits: number, fractionDigits: number): Bilingual => ({
    zh: `应为非负十进制数，整数部分最多 ${intDigits} 位、小数最多 ${fractionDigits} 位`,
    en: `must be a non-negative decimal with at most ${intDigits} integer and ${fractionDigits} fraction digits`,
  }),
  oneOf: (values: readonly string[]): Bilingual => ({
    zh: `取值无效，可选：${values.join('、')}`,
    en: `must be one of: ${values.join(', ')}`,
  }),
  code: (table: Bilingual, code: string): Bilingual => ({
    zh: `“${code}”不在${table.zh}中`,
    en: `"${code}" is not in the ${table.en}`,
  }),
  dateTime14: (): Bilingual => ({
    zh: '应为真实的日期时间，格式 yyyyMMddHHmmss',
    en: 'must be a real date and time in the form yyyyMMddHHmmss',
  }),
  dateTime17: (): Bilingual => ({
    zh: '应为真实的日期时间，格式 yyyyMMddHHmmssSSS',
    en: 'must be a real date and time in the form yyyyMMddHHmmssSSS',
  }),
  date8: (): Bilingual => ({
    zh: '应为真实的日期，格式 yyyyMMdd',
    en: 'must be a real date in the form yyyyMMdd',
  }),
  guid: (): Bilingual => ({
    zh: '应为 36 位唯一序号，由字母、数字、“-”或“_”组成（如 4CDE1CFD-EDED-46B1-946C-B8022E42FC94）',
    en: 'must be a 36-character unique number of letters, digits, "-" or "_" (e.g. 4CDE1CFD-EDED-46B1-946C-B8022E42FC94)',
  }),
  guidLowerCase: (): Bilingual => ({
    zh: '报文标准要求 guid 的英文字母大写；已照原样接收，并照原样转发海关',
    en: 'The message standard asks for upper-case letters in a guid; accepted as sent, and passed on to customs as sent',
  }),
  enterpriseCode: (alternatives: readonly string[]): Bilingual => ({
    zh:
      '应为 10 位海关编码或 18 位统一社会信用代码（校验位正确）' +
      (alternatives.length ? `，或填“${alternatives.join('”“')}”` : ''),
    en:
      'must be a 10-character customs code or an 18-character USCC with a valid check character' +
      (alternatives.length ? `, or "${alternatives.join('", "')}"` : ''),
  }),
  customsDistrict: (): Bilingual => ({
    zh: '应为 4 位数字的海关关区代码',
    en: 'must be a 4-digit customs district code',
  }),
  hsCode: (): Bilingual => ({ zh: '应为 10 位数字的商品编码', en: 'must be a 10-digit HS code' }),
  digits: (len: number): Bilingual => ({ zh: `应为 ${len} 位数字`, en: `must be ${len} digits` }),
  tooFew: (min: number): Bilingual => ({ zh: `至少 ${min} 项`, en: `must have at least ${min} item(s)` }),
  tooMany: (max: number): Bilingual => ({ zh: `最多 ${max} 项`, en: `must have at most ${max} item(s)` }),
  unknownField: (name: string): Bilingual => ({
    zh: `报文标准中没有该字段：${name}`,
    en: `The message standard has no field ${name}`,
  }),
} as const;

/** Faults of the document or its structure, found while streaming it. */
export const docMsg = {
  tooLarge: (max: number): Bilingual => ({
    zh: `报文超过 ${max} 字节上限`,
    en: `The document is larger than the ${max}-byte limit`,
  }),
  invalidEncoding: (): Bilingual => ({
    zh: '报文不是有效的 UTF-8 编码',
    en: 'The document is not valid UTF-8',
  }),
  unsupportedEncoding: (encoding: string): Bilingual => ({
    zh: `不支持的字符编码 ${encoding}，报文应为 UTF-8`,
    en: `Unsupported encoding ${encoding}; CEB messages are UTF-8`,
  }),
  doctype: (): Bilingual => ({
    zh: '报文不得包含 DOCTYPE 或实体声明',
    en: 'A DOCTYPE or entity declaration is not allowed',
  }),
  tooDeep: (max: number): Bilingual => ({
    zh: `元素嵌套超过 ${max} 层`,
    en: `Elements are nested deeper than ${max} levels`,
  }),
  tooManyElements: (max: number): Bilingual => ({
    zh: `元素数量超过 ${max} 个`,
    en: `The document has more than ${max} elements`,
  }),
  malformed: (line: number, column: number, detail: string): Bilingual => ({
    zh: `XML 格式错误（第 ${line} 行第 ${column} 列）：${detail}`,
    en: `Malformed XML at line ${line}, column ${column}: ${detail}`,
  }),
  unknownNamespace: (uri: string): Bilingual => ({
    zh: `未知的命名空间“${uri}”，海关跨境报文应使用 http://www.chinaport.gov.cn/ceb`,
    en: `Unknown namespace "${uri}"; CEB messages use http://www.chinaport.gov.cn/ceb`,
  }),
  unknownMessageType: (name: string): Bilingual => ({
    zh: `不是海关跨境电商报文：${name}`,
    en: `Not a CEB message: ${name}`,
  }),
  unsupportedMessageType: (name: string): Bilingual => ({
    zh: `暂不支持的报文类型：${name}`,
    en: `Message type not supported yet: ${name}`,
  }),
  duplicate: (name: string): Bilingual => ({
    zh: `${name} 只能出现一次`,
    en: `${name} may appear only once`,
  }),
  order: (name: string): Bilingual => ({
    zh: `${name} 的位置不符合报文标准（XSD）规定的顺序`,
    en: `${name} is out of the order the message standard (XSD) prescribes`,
  }),
  unexpectedText: (): Bilingual => ({ zh: '此处不应有文本内容', en: 'Text is not allowed here' }),
  unexpectedElement: (name: string): Bilingual => ({
    zh: `字段内不应包含元素 ${name}`,
    en: `A field may not contain the element ${name}`,
  }),
  unknownAttribute: (name: string): Bilingual => ({
    zh: `不允许的属性：${name}`,
    en: `Attribute not allowed: ${name}`,
  }),
  signatureRequired: (): Bilingual => ({
    zh: '该报文须加签（ds:Signature），申报（appStatus=2）的报文亦须加签',
    en: 'This message needs its ds:Signature, as does any message declared with appStatus=2',
  }),
  signatureInvalid: (detail: string): Bilingual => ({
    zh: `签名块不是 ds:Signature 元素：${detail}`,
    en: `The signature block is not a ds:Signature element: ${detail}`,
  }),
  fragment: (detail: string): Bilingual => ({
    zh: `不是格式正确、自带命名空间声明的 XML 片段：${detail}`,
    en: `Not a well-formed, self-contained XML fragment: ${detail}`,
  }),
} as const;

/**
 * zod's own issue texts are English only; the schemas built in spec/ raise custom issues carrying
 * `params: { code, zh, en }`, and type faults carry a sentinel message naming the catalogue entry.
 */
const SENTINEL = 'ceb:';
export type TypeFault = 'notString' | 'notInteger' | 'notDecimalString' | 'notObject' | 'notList';

/**
 * A zod error map for a schema's type check: a missing value is `required`, a value of the wrong
 * type is `fault`. Other issues of the schema (array sizes) keep their own codes.
 */
export function typeError(fault: TypeFault) {
  return (issue: { code?: string; input?: unknown }): string | undefined => {
    if (issue.code !== 'invalid_type') return undefined;
    return issue.input === undefined ? `${SENTINEL}required` : `${SENTINEL}${fault}`;
  };
}

export interface IssueParams {
  code: string;
  zh: string;
  en: string;
}

export function issueParams(code: string, message: Bilingual): IssueParams {
  return { code, zh: message.zh, en: message.en };
}

/** Converts zod issues (from the schemas in spec/) into field errors. */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[], prefix: Path = []): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push(fieldError([...path, key], 'unknown_field', msg.unknownField(key)));
      continue;
    }
    out.push(fieldError(path, ...describe(issue)));
  }
  return out;
}

function describe(issue: z.core.$ZodIssue): [string, Bilingual] {
  if (issue.code === 'custom') {
    const p = issue.params as Partial<IssueParams> | undefined;
    if (p?.code && p.zh && p.en) return [p.code, { zh: p.zh, en: p.en }];
  }
  if (issue.message.startsWith(SENTINEL)) {
    const key = issue.message.slice(SENTINEL.length);
    if (key === 'required') return ['required', msg.required()];
    if (key in msg) return ['invalid_type', msg[key as TypeFault]()];
  }
  if (issue.code === 'too_small' && issue.origin === 'array')
    return ['too_few', msg.tooFew(Number(issue.minimum))];
  if (issue.code === 'too_big' && issue.origin === 'array')
    return ['too_many', msg.tooMany(Number(issue.maximum))];
  // Not expected from the schemas in spec/; kept readable rather than dropped.
  return ['invalid', { zh: '取值无效', en: issue.message }];
}
