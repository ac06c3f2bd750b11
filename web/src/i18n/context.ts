import { createContext, useContext } from 'react';
import type { MessageKey } from './zh';

export type Lang = 'zh' | 'en';
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** Chooses the Chinese or English one of a bilingual pair sent by the server. */
  pick: (zh: string | null | undefined, en: string | null | undefined) => string;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}

export function useT(): Translate {
  return useI18n().t;
}
