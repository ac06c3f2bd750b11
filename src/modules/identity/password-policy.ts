import type { Bilingual } from '../../shared/app-error.js';

export interface PasswordPolicy {
  readonly minLength: number;
  /** How many of the four kinds (lower case, upper case, digits, symbols) a password must mix. */
  readonly minClasses: number;
}

/** Checks a password against the policy; returns the reason in both languages, or null when it passes. */
export function checkPassword(password: string, policy: PasswordPolicy): Bilingual | null {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if ([...password].length < policy.minLength || classes < policy.minClasses) {
    return {
      zh: `密码至少 ${policy.minLength} 位，且包含大写字母、小写字母、数字、符号中的至少 ${policy.minClasses} 种`,
      en: `The password needs at least ${policy.minLength} characters mixing at least ${policy.minClasses} of: lower case, upper case, digits, symbols`,
    };
  }
  if (password.length > 256) return { zh: '密码过长', en: 'The password is too long' };
  return null;
}
