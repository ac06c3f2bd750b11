/**
 * Masking of personal data on the way out (responses, exports, logs, the audit trail).
 * The shapes follow common practice for Chinese government systems (GB/T 35273 去标识化 examples).
 */

/** 430102199001011234 → 4301**********1234 */
export function maskResidentId(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** 13812345678 → 138****5678; landlines keep their last four digits. */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  const digits = phone.replace(/\s/g, '');
  if (digits.length <= 4) return '*'.repeat(digits.length);
  if (digits.length === 11 && digits.startsWith('1')) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`;
}

/** Keeps the first six characters of an address (province and city) and hides the rest. */
export function maskAddress(address: string | null): string | null {
  if (address === null) return null;
  const chars = [...address];
  if (chars.length <= 6) return `${chars.slice(0, 2).join('')}****`;
  return `${chars.slice(0, 6).join('')}****`;
}

/** Hides the local part of an email address but its first character. */
export function maskEmail(email: string | null): string | null {
  if (email === null) return null;
  const at = email.indexOf('@');
  if (at <= 0) return '****';
  return `${email[0] ?? ''}***${email.slice(at)}`;
}
