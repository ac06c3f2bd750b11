/**
 * 统一社会信用代码 (USCC), GB 32100-2015: 18 characters from a 31-character set (no I, O, S, V, Z);
 * the 18th is a check character, C18 = 31 − (Σ Ci·Wi mod 31) with Wi = 3^(i−1) mod 31, and 31 maps to 0.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** Positions 3–8 are the registering authority's administrative division code (digits). */
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccCheck =
  | { ok: true; value: string }
  | { ok: false; reason: 'length' | 'charset' | 'check_character'; expected?: string };

/** The check character for the first 17 characters (which must be from the charset). */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17.charAt(i));
    if (v < 0) throw new RangeError(`Not a USCC character: ${first17.charAt(i)}`);
    sum += v * WEIGHTS[i]!;
  }
  const c = (31 - (sum % 31)) % 31;
  return USCC_CHARSET.charAt(c);
}

/** Validates a USCC; input is upper-cased and trimmed first. */
export function checkUscc(input: string): UsccCheck {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) return { ok: false, reason: 'length' };
  if (!SHAPE.test(value)) return { ok: false, reason: 'charset' };
  const expected = usccCheckCharacter(value.slice(0, 17));
  if (value.charAt(17) !== expected) return { ok: false, reason: 'check_character', expected };
  return { ok: true, value };
}
