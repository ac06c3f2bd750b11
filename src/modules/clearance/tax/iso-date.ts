import { z } from 'zod';

/**
 * A calendar day as `YYYY-MM-DD`. Days compare as strings, so no time zone ever shifts a legal
 * effective date (2019-01-01 is 2019-01-01 in Beijing and in the code).
 */
export const ZIsoDate = z.string().refine(isCalendarDate, {
  message: 'must be a real calendar date YYYY-MM-DD',
  params: {
    code: 'invalid_date',
    zh: '应为真实存在的日期，格式 YYYY-MM-DD',
    en: 'must be a real calendar date YYYY-MM-DD',
  },
});

export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The calendar year of a day: the annual limit counts per calendar year (rules.md §1.1 notes [M]). */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
