import { z } from 'zod';
import { AppError, type Bilingual, type FieldError } from './app-error.js';

/**
 * Turns zod issues into the platform's bilingual field errors. Custom refinements carry their own
 * messages in `params: { zh, en, code }`.
 */
export function fieldErrorsFromZod(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = base ? `${base}.${key}` : key;
        out.push({
          field,
          code: 'unknown_field',
          message: { zh: `不允许的字段：${key}`, en: `Unknown field: ${key}` },
        });
      }
      continue;
    }
    out.push({ field: base || '(body)', ...describe(issue) });
  }
  return out;
}

function describe(issue: z.core.$ZodIssue): { code: string; message: Bilingual } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { code: 'required', message: { zh: '必填', en: 'is required' } };
      return {
        code: 'invalid_type',
        message: { zh: `类型错误，应为 ${issue.expected}`, en: `must be of type ${issue.expected}` },
      };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) === 1
          ? { code: 'required', message: { zh: '不能为空', en: 'must not be empty' } }
          : {
              code: 'too_short',
              message: {
                zh: `至少 ${issue.minimum} 个字符`,
                en: `must have at least ${issue.minimum} characters`,
              },
            };
      }
      if (issue.origin === 'array')
        return {
          code: 'too_few',
          message: { zh: `至少选择 ${issue.minimum} 项`, en: `must have at least ${issue.minimum} item(s)` },
        };
      return {
        code: 'too_small',
        message: { zh: `不能小于 ${issue.minimum}`, en: `must be at least ${issue.minimum}` },
      };
    case 'too_big':
      if (issue.origin === 'string')
        return {
          code: 'too_long',
          message: {
            zh: `不能超过 ${issue.maximum} 个字符`,
            en: `must have at most ${issue.maximum} characters`,
          },
        };
      return {
        code: 'too_big',
        message: { zh: `不能大于 ${issue.maximum}`, en: `must be at most ${issue.maximum}` },
      };
    case 'invalid_value':
      return {
        code: 'invalid_value',
        message: {
          zh: `取值无效，可选：${issue.values.map(String).join('、')}`,
          en: `must be one of: ${issue.values.map(String).join(', ')}`,
        },
      };
    case 'invalid_format':
      return {
        code: 'invalid_format',
        message: { zh: `格式不正确（${issue.format}）`, en: `has an invalid format (${issue.format})` },
      };
    case 'invalid_union':
      // A discriminated union whose discriminator (e.g. kind) is missing or unknown.
      if (issue.input === undefined) return { code: 'required', message: { zh: '必填', en: 'is required' } };
      return { code: 'invalid_value', message: { zh: '取值无效', en: issue.message } };
    case 'custom': {
      const p = (issue.params ?? {}) as Partial<Bilingual & { code: string }>;
      return {
        code: p.code ?? 'invalid',
        message: { zh: p.zh ?? issue.message, en: p.en ?? issue.message },
      };
    }
    default:
      return { code: 'invalid', message: { zh: '取值无效', en: issue.message } };
  }
}

/** Parses input with a schema or throws a validation AppError listing every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.validation(fieldErrorsFromZod(result.error.issues, prefix));
  return result.data;
}

/** A zod refinement issue carrying bilingual text. */
export function bilingualIssue(
  code: string,
  message: Bilingual,
): { code: 'custom'; message: string; params: Bilingual & { code: string } } {
  return { code: 'custom', message: message.en, params: { ...message, code } };
}

/** Pagination shared by every list. */
export const ZPage = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A `sort` query parameter limited to the given fields: `name` ascending, `-name` descending. */
export function zSort<const F extends readonly [string, ...string[]]>(
  fields: F,
  fallback: `${'' | '-'}${F[number]}`,
) {
  const allowed = [...fields, ...fields.map((f) => `-${f}`)] as [string, ...string[]];
  return z.enum(allowed).default(fallback);
}

export function parseSort(sort: string): { field: string; direction: 'asc' | 'desc' } {
  return sort.startsWith('-')
    ? { field: sort.slice(1), direction: 'desc' }
    : { field: sort, direction: 'asc' };
}
