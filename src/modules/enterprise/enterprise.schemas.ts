import { z } from 'zod';
import { countryCodes } from '../../shared/code-tables.js';
import { checkResidentId, checkUscc, isCustomsCode } from '../../shared/identifiers/index.js';
import { bilingualIssue, ZPage, zSort } from '../../shared/validation.js';

/** The roles an enterprise files for (seed 004 二(二)1: the shared register covers all of them). */
export const ENTERPRISE_ROLES = [
  'ebc', // 电商企业 e-commerce enterprise
  'ebp', // 电商平台 e-commerce platform
  'logistics', // 物流企业
  'payment', // 支付企业
  'declaring_agent', // 申报企业 / 报关企业
  'overseas_warehouse', // 海外仓企业
  'park_operator', // 园区运营企业
  'incubator', // 孵化机构
  'training', // 培训机构
  'bank_insurer', // 银行 / 保险机构
  'service_provider', // 综合服务企业
] as const;
export type EnterpriseRole = (typeof ENTERPRISE_ROLES)[number];

export const FILING_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'change_submitted',
  'change_returned',
] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const ZZone = z.enum(['zhuzhou', 'chenzhou', 'hengyang']);

export const ZUscc = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const r = checkUscc(v);
    if (r.ok) return r.value;
    if (r.reason === 'check_character') {
      ctx.addIssue(
        bilingualIssue('check_character', {
          zh: `统一社会信用代码校验位错误：第18位应为 ${r.expected}`,
          en: `Wrong USCC check character: the 18th character should be ${r.expected}`,
        }),
      );
    } else {
      ctx.addIssue(
        bilingualIssue(r.reason === 'length' ? 'length' : 'charset', {
          zh: '统一社会信用代码应为18位，由数字和大写字母（不含 I、O、Z、S、V）组成',
          en: 'A USCC has 18 characters: digits and capital letters other than I, O, Z, S, V',
        }),
      );
    }
    return z.NEVER;
  });

export const ZResidentId = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const r = checkResidentId(v);
    if (r.ok) return r.value;
    const messages = {
      format: {
        zh: '身份证号码应为18位（最后一位可为 X）',
        en: 'A resident ID number has 18 characters (the last may be X)',
      },
      birth_date: {
        zh: '身份证号码中的出生日期无效',
        en: 'The birth date inside the resident ID number is not valid',
      },
      check_digit: {
        zh: `身份证号码校验码错误：第18位应为 ${r.expected ?? ''}`,
        en: `Wrong resident ID check digit: the 18th character should be ${r.expected ?? ''}`,
      },
    } as const;
    ctx.addIssue(bilingualIssue(r.reason, messages[r.reason]));
    return z.NEVER;
  });

export const ZCustomsCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCustomsCode, {
    ...bilingualIssue('invalid_format', {
      zh: '海关编码应为10位：前4位数字，后6位数字或大写字母',
      en: 'A customs code has 10 characters: 4 digits, then 6 digits or capital letters',
    }),
  });

const ZPhone = z
  .string()
  .trim()
  .refine((v) => /^1[3-9]\d{9}$/.test(v) || /^0\d{2,3}-?\d{7,8}$/.test(v), {
    ...bilingualIssue('invalid_format', {
      zh: '请填写11位手机号码或带区号的固定电话',
      en: 'Enter an 11-digit mobile number or a landline with its area code',
    }),
  });

export const ZCountryCode = z
  .string()
  .trim()
  .refine((v) => countryCodes().has(v), {
    ...bilingualIssue('unknown_code', {
      zh: '国家（地区）代码应为海关3位数字代码，如 502 美国',
      en: 'Use the 3-digit customs country code, e.g. 502 for the USA',
    }),
  });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

/** The fields of a filing an enterprise fills in; kind decides whether USCC or resident ID applies. */
const filingFields = {
  name: z.string().trim().min(1).max(200),
  roles: z.array(z.enum(ENTERPRISE_ROLES)).min(1).max(ENTERPRISE_ROLES.length),
  customsCode: ZCustomsCode.nullable().optional(),
  district: optionalText(50),
  park: optionalText(100),
  address: optionalText(200),
  contactName: optionalText(50),
  contactPhone: ZPhone.nullable().optional(),
  contactEmail: z.email().max(200).nullable().optional(),
};

export const ZFilingInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('enterprise'), uscc: ZUscc, zoneCode: ZZone.optional(), ...filingFields }),
  z.strictObject({
    kind: z.literal('individual'),
    residentId: ZResidentId,
    zoneCode: ZZone.optional(),
    ...filingFields,
  }),
]);
export type FilingInput = z.infer<typeof ZFilingInput>;

/** A change to a filing: any of the fields; the kind, identifier and zone of a filing never change. */
export const ZFilingPatch = z.strictObject({
  name: filingFields.name.optional(),
  roles: filingFields.roles.optional(),
  customsCode: filingFields.customsCode,
  district: filingFields.district,
  park: filingFields.park,
  address: filingFields.address,
  contactName: filingFields.contactName,
  contactPhone: filingFields.contactPhone,
  contactEmail: filingFields.contactEmail,
});
export type FilingPatch = z.infer<typeof ZFilingPatch>;

export const ZReturnInput = z.strictObject({ reason: z.string().trim().min(2).max(1000) });

export const ZShopInput = z.strictObject({
  platform: z.string().trim().min(1).max(100),
  shopName: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }).max(500),
  siteCountry: ZCountryCode,
});
export type ShopInput = z.infer<typeof ZShopInput>;

const statusList = z
  .string()
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(z.enum(FILING_STATUSES)));

export const ZEnterpriseQuery = ZPage.extend({
  zoneCode: ZZone.optional(),
  status: statusList.optional(),
  role: z.enum(ENTERPRISE_ROLES).optional(),
  kind: z.enum(['enterprise', 'individual']).optional(),
  district: z.string().trim().max(50).optional(),
  q: z.string().trim().max(100).optional(),
  sort: zSort(['name', 'createdAt', 'updatedAt', 'submittedAt'], '-updatedAt'),
});
export type EnterpriseQuery = z.infer<typeof ZEnterpriseQuery>;

export const ZRegisterInput = z.strictObject({
  zoneCode: ZZone,
  username: z.string().regex(/^[A-Za-z0-9_.@-]{3,64}$/),
  password: z.string().min(1).max(256),
  displayName: z.string().trim().min(1).max(100),
  enterprise: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('enterprise'), name: filingFields.name, uscc: ZUscc }),
    z.strictObject({ kind: z.literal('individual'), name: filingFields.name, residentId: ZResidentId }),
  ]),
});
