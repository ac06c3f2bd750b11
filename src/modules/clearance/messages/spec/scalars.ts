import { z } from 'zod';
import type { Bilingual } from '../../../../shared/app-error.js';
import { checkUscc, isCustomsCode } from '../../../../shared/identifiers/index.js';
import { codeTableTitles, isCode, type CodeTableName } from '../code-tables/code-tables.js';
import { issueParams, msg, typeError } from '../errors.js';
import { isXmlText } from '../xml/chars.js';
import type { ScalarSpec, XsdFacets } from './nodes.js';

/**
 * The field types of the CEB messages. Each builder records the XSD facets exactly as the XSD has
 * them, and adds the checks the XSD leaves to prose (customs-ceb.md §1 "Codes and formats").
 */
export type ScalarKind =
  | { readonly kind: 'text' }
  /**
   * 36 characters of a serial number (XSD documentation of every guid: "36位唯一序号（英文字母大写）"):
   * letters, digits, "-" and "_". Lower-case letters are accepted with a warning (guidWarnings).
   */
  | { readonly kind: 'guid' }
  | { readonly kind: 'oneOf'; readonly values: readonly string[] }
  | { readonly kind: 'code'; readonly table: CodeTableName; readonly only?: readonly string[] }
  /** xs:decimal(19,5); kept as a decimal string, never a float. */
  | { readonly kind: 'decimal' }
  | { readonly kind: 'int'; readonly min: number; readonly max: number }
  | { readonly kind: 'dateTime14' }
  | { readonly kind: 'dateTime17' }
  | { readonly kind: 'date8' }
  /** 10-character customs code or 18-character USCC; some fields also take a fixed word ("无"). */
  | { readonly kind: 'enterpriseCode'; readonly alternatives: readonly string[] }
  | { readonly kind: 'customsDistrict' }
  | { readonly kind: 'hsCode' }
  | { readonly kind: 'digits'; readonly length: number };

/** The facets of an element as the XSD gives them; `collapse`, `default` and `fixed` included. */
export interface Lengths {
  readonly len?: number;
  readonly min?: number;
  readonly max?: number;
  readonly collapse?: true;
  readonly default?: string;
  readonly fixed?: string;
}

interface Fault {
  readonly code: string;
  readonly message: Bilingual;
}

export type StringScalar = ScalarSpec & { readonly schema: z.ZodString };
export type IntScalar = ScalarSpec & { readonly schema: z.ZodNumber };

/** XSD lengths count characters (code points), not UTF-16 units. */
function charLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

function lengthFault(value: string, xsd: XsdFacets): Fault | null {
  const n = charLength(value);
  if (xsd.length !== undefined && n !== xsd.length)
    return { code: 'wrong_length', message: msg.exactLength(xsd.length) };
  if (xsd.maxLength !== undefined && n > xsd.maxLength)
    return { code: 'too_long', message: msg.tooLong(xsd.maxLength) };
  if (xsd.minLength !== undefined && n < xsd.minLength)
    return { code: 'too_short', message: msg.tooShort(xsd.minLength) };
  return null;
}

const GUID = /^[0-9A-Za-z_-]{36}$/;
const LOWER_CASE = /[a-z]/;

/**
 * "英文字母大写" is the standard's wording, yet the enterprises' own systems (and the standard's own
 * sample messages) send lower-case UUIDs, and customs' XSD checks the length only. Such a guid is
 * accepted as sent — it is matched and relayed byte for byte — and the sender is told.
 */
export const isLowerCaseGuid = (guid: string) => LOWER_CASE.test(guid);
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const DIGITS = /^\d+$/;

/**
 * A real calendar date-time from its digits. The fraction digits of the 17-character receipt time are
 * milliseconds, any three digits.
 */
export function isRealDateTime(value: string, length: 8 | 14 | 17): boolean {
  if (value.length !== length || !DIGITS.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const mo = Number(value.slice(4, 6));
  const d = Number(value.slice(6, 8));
  if (y < 1900 || mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return false;
  if (length === 8) return true;
  const h = Number(value.slice(8, 10));
  const mi = Number(value.slice(10, 12));
  const s = Number(value.slice(12, 14));
  return h < 24 && mi < 60 && s < 60;
}

/** Lexical check of an amount against xs:decimal totalDigits/fractionDigits, digits as written. */
export function decimalFault(value: string, totalDigits: number, fractionDigits: number): Fault | null {
  const m = DECIMAL.exec(value);
  if (!m) return decimalFaultOf(totalDigits, fractionDigits);
  const intDigits = m[1]!.replace(/^0+(?=\d)/, '').length;
  const frac = m[2]?.length ?? 0;
  return frac > fractionDigits || intDigits + frac > totalDigits || intDigits > totalDigits - fractionDigits
    ? decimalFaultOf(totalDigits, fractionDigits)
    : null;
}

/**
 * The fault (and its two messages), made only for a wrong value: amounts are checked by the million,
 * and no closure is made per call.
 */
function decimalFaultOf(totalDigits: number, fractionDigits: number): Fault {
  return { code: 'invalid_decimal', message: msg.decimal(totalDigits - fractionDigits, fractionDigits) };
}

function kindFault(kind: ScalarKind, value: string): Fault | null {
  switch (kind.kind) {
    case 'text':
      return null;
    case 'guid':
      return GUID.test(value) ? null : { code: 'invalid_format', message: msg.guid() };
    case 'oneOf':
      return kind.values.includes(value) ? null : { code: 'invalid_value', message: msg.oneOf(kind.values) };
    case 'code':
      if (!isCode(kind.table, value))
        return { code: 'invalid_code', message: msg.code(codeTableTitles[kind.table], value) };
      return !kind.only || kind.only.includes(value)
        ? null
        : { code: 'invalid_value', message: msg.oneOf(kind.only) };
    case 'decimal':
      return decimalFault(value, 19, 5);
    case 'dateTime14':
      return isRealDateTime(value, 14) ? null : { code: 'invalid_date', message: msg.dateTime14() };
    case 'dateTime17':
      return isRealDateTime(value, 17) ? null : { code: 'invalid_date', message: msg.dateTime17() };
    case 'date8':
      return isRealDateTime(value, 8) ? null : { code: 'invalid_date', message: msg.date8() };
    case 'enterpriseCode': {
      if (kind.alternatives.includes(value)) return null;
      const ok = value.length === 10 ? isCustomsCode(value) : value.length === 18 && checkUscc(value).ok;
      return ok && value === value.toUpperCase()
        ? null
        : { code: 'invalid_format', message: msg.enterpriseCode(kind.alternatives) };
    }
    case 'customsDistrict':
      return /^\d{4}$/.test(value) ? null : { code: 'invalid_format', message: msg.customsDistrict() };
    case 'hsCode':
      return /^\d{10}$/.test(value) ? null : { code: 'invalid_format', message: msg.hsCode() };
    case 'digits':
      return value.length === kind.length && DIGITS.test(value)
        ? null
        : { code: 'invalid_format', message: msg.digits(kind.length) };
    case 'int':
      return null;
  }
}

function xsdOf(base: XsdFacets['base'], l: Lengths): XsdFacets {
  return {
    base,
    ...(l.len !== undefined && { length: l.len }),
    ...(l.min !== undefined && { minLength: l.min }),
    ...(l.max !== undefined && { maxLength: l.max }),
    ...(l.collapse && { whiteSpace: 'collapse' as const }),
    ...(l.default !== undefined && { default: l.default }),
    ...(l.fixed !== undefined && { fixed: l.fixed }),
  };
}

const XML_SPACES = /[ \t\r\n]+/g;
const XML_TRIM = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/** XSD whiteSpace="collapse" (XML Schema Part 2 §4.3.6). */
export function collapse(value: string): string {
  return value.replace(XML_SPACES, ' ').replace(XML_TRIM, '');
}

/**
 * How the XSD reads the text before checking it: collapsed where it says so (decimals always are),
 * and an empty element takes the default or fixed value. The parser and the JSON form both go
 * through this, so they see the same value.
 */
function normaliser(kind: ScalarKind, xsd: XsdFacets): ((value: string) => string) | null {
  const collapses = xsd.whiteSpace === 'collapse' || kind.kind === 'decimal';
  const fallback = xsd.default ?? xsd.fixed;
  if (!collapses && fallback === undefined) return null;
  return (value) => {
    const v = collapses ? collapse(value) : value;
    return v === '' && fallback !== undefined ? fallback : v;
  };
}

function push(ctx: z.core.ParsePayload, fault: Fault): void {
  ctx.issues.push({
    code: 'custom',
    input: ctx.value,
    message: fault.message.en,
    params: issueParams(fault.code, fault.message),
  });
}

interface StringOptions {
  /**
   * Inbound messages from customs (receipts, CEB792) are read as the XSD allows, so an empty required
   * element passes where the XSD lets it; what we send is held to "filled" (customs-ceb.md §3, M).
   */
  readonly emptyAllowed?: boolean;
}

/** A string field: XSD lengths, XML characters, then the kind's own rule. */
export function stringScalar(kind: ScalarKind, xsd: XsdFacets, options: StringOptions = {}): StringScalar {
  const emptyAllowed =
    options.emptyAllowed === true && xsd.length === undefined && (xsd.minLength ?? 0) === 0;
  const normalise = normaliser(kind, xsd);
  /**
   * The fault of a normalised value, if any: one function for the schema and the parser's fast path.
   * `charsChecked`: read from XML by saxes, which refuses every character XML 1.0 does not allow,
   * written or by reference; JSON can hold any.
   */
  const faultOf = (value: string, required: boolean, charsChecked = false): Fault | null => {
    // "" is "not filled": absent for an optional field, missing for a required one.
    if (value === '') return required && !emptyAllowed ? { code: 'required', message: msg.required() } : null;
    if (!charsChecked && !isXmlText(value)) return { code: 'invalid_character', message: msg.badCharacter() };
    return lengthFault(value, xsd) ?? kindFault(kind, value);
  };
  const build = (required: boolean) => {
    const base = z.string({ error: typeError(kind.kind === 'decimal' ? 'notDecimalString' : 'notString') });
    return (normalise ? base.overwrite(normalise) : base).check((ctx) => {
      const fault = faultOf(ctx.value, required);
      if (fault) push(ctx, fault);
    });
  };
  const read = (value: string | number, required: boolean) => {
    if (typeof value !== 'string') return undefined;
    const v = normalise ? normalise(value) : value;
    return faultOf(v, required, true) ? undefined : v;
  };
  return { node: 'scalar', kind, xsd, required: true, attribute: false, schema: build(true), build, read };
}

export function text(l: Lengths, options?: StringOptions): StringScalar {
  return stringScalar({ kind: 'text' }, xsdOf('string', l), options);
}

/** xs:int, with totalDigits where the XSD gives it. Numbers in the model, not strings. */
export function int(o: { digits?: number; min: number; max?: number }): IntScalar {
  const max = o.max ?? (o.digits !== undefined ? 10 ** o.digits - 1 : 2 ** 31 - 1);
  const kind: ScalarKind = { kind: 'int', min: o.min, max };
  const xsd: XsdFacets = { base: 'int', ...(o.digits !== undefined && { totalDigits: o.digits }) };
  const fits = (v: number) => Number.isInteger(v) && v >= o.min && v <= max;
  const build = () =>
    z.number({ error: typeError('notInteger') }).check((ctx) => {
      if (!fits(ctx.value)) push(ctx, { code: 'invalid_integer', message: msg.intRange(o.min, max) });
    });
  const read = (value: string | number) => (typeof value === 'number' && fits(value) ? value : undefined);
  return { node: 'scalar', kind, xsd, required: true, attribute: false, schema: build(), build, read };
}

export const f = {
  text,
  int,
  /** Head and message guid of what enterprises send: "36位唯一序号（英文字母大写）" (see GUID). */
  guid: () => stringScalar({ kind: 'guid' }, xsdOf('string', { len: 36 })),
  /** 1-新增 2-变更 3-删除 (customs-ceb.md §1 "Every head record"). */
  appType: (values: readonly string[] = ['1', '2', '3']) =>
    stringScalar({ kind: 'oneOf', values }, xsdOf('string', { len: 1 })),
  /** 1-暂存 2-申报; export XSDs give length 1 (some with a default), import XSDs 1..3. */
  appStatus: (l: Lengths) => stringScalar({ kind: 'oneOf', values: ['1', '2'] }, xsdOf('string', l)),
  oneOf: (values: readonly string[], l: Lengths) =>
    stringScalar({ kind: 'oneOf', values }, xsdOf('string', l)),
  code: (table: CodeTableName, l: Lengths, only?: readonly string[]) =>
    stringScalar({ kind: 'code', table, ...(only && { only }) }, xsdOf('string', l)),
  /** Import messages: "限定为人民币，填写142", fixed="142" in the import XSD. */
  cny: () =>
    stringScalar(
      { kind: 'code', table: 'currency', only: ['142'] },
      xsdOf('string', { len: 3, fixed: '142' }),
    ),
  decimal: (o: { default?: string } = {}) =>
    stringScalar({ kind: 'decimal' }, { base: 'decimal', totalDigits: 19, fractionDigits: 5, ...o }),
  dateTime14: () => stringScalar({ kind: 'dateTime14' }, xsdOf('string', { len: 14 })),
  date8: () => stringScalar({ kind: 'date8' }, xsdOf('string', { len: 8 })),
  dateTime17: () => stringScalar({ kind: 'dateTime17' }, xsdOf('string', { len: 17 })),
  enterpriseCode: (l: Lengths, alternatives: readonly string[] = []) =>
    stringScalar({ kind: 'enterpriseCode', alternatives }, xsdOf('string', l)),
  /** JGS/T 18 customs district, 4 digits: format only; the Hunan codes are not guessed. */
  customsDistrict: () => stringScalar({ kind: 'customsDistrict' }, xsdOf('string', { len: 4 })),
  /** 8-digit tariff line + 2-digit supplement (rules.md §4.4). */
  hsCode: () => stringScalar({ kind: 'hsCode' }, xsdOf('string', { len: 10 })),
  digits: (length: number, l: Lengths) => stringScalar({ kind: 'digits', length }, xsdOf('string', l)),
  /** What customs sends back, read as the XSD allows. */
  inbound: (l: Lengths) => text(l, { emptyAllowed: true }),
} as const;
