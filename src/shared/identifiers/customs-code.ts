/**
 * 海关10位编码 (customs registration code): 4-digit region, economic-zone digit, enterprise-nature digit,
 * 4-character sequence that may contain letters. It has no check digit; existence is confirmed against
 * the single window's register, not here (shared/reference/rules.md §4.3).
 */
export const CUSTOMS_CODE_PATTERN = /^\d{4}[0-9A-Z]{6}$/;

export function isCustomsCode(value: string): boolean {
  return CUSTOMS_CODE_PATTERN.test(value);
}
