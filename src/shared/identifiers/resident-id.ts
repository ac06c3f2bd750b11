/**
 * 公民身份号码 (resident ID number), GB 11643-1999: 6-digit address code, 8-digit birth date,
 * 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

export type ResidentIdCheck =
  | { ok: true; value: string; birthDate: string }
  | { ok: false; reason: 'format' | 'birth_date' | 'check_digit'; expected?: string };

export function residentIdCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * WEIGHTS[i]!;
  return CHECK.charAt(sum % 11);
}

/** Validates an 18-character resident ID; a lower-case x is accepted as X. */
export function checkResidentId(input: string, today: Date = new Date()): ResidentIdCheck {
  const value = input.trim().toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(value)) return { ok: false, reason: 'format' };
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (!real || y < 1900 || date.getTime() > today.getTime()) return { ok: false, reason: 'birth_date' };
  const expected = residentIdCheckDigit(value.slice(0, 17));
  if (value.charAt(17) !== expected) return { ok: false, reason: 'check_digit', expected };
  return { ok: true, value, birthDate: value.slice(6, 14) };
}
