import { ConfigProvider } from 'antd';
import type { ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext, type I18n, type Lang, type Params } from './context';
import { en } from './en';
import { zh, type Dictionary, type MessageKey } from './zh';

const STORAGE_KEY = 'cbec.lang';
const dictionaries: Record<Lang, Dictionary> = { zh, en };

/** Users who ask their system for less motion get no animations (WCAG 2.3.3). */
const reducedMotion =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

const theme: ThemeConfig = {
  token: {
    motion: !reducedMotion,
    colorPrimary: '#1d4f91',
    colorInfo: '#1d4f91',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#163d73', siderBg: '#ffffff', bodyBg: '#f0f2f5' },
    Menu: { itemSelectedBg: '#e6eef9', itemSelectedColor: '#1d4f91', itemBorderRadius: 4 },
  },
};

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage may be unavailable (private mode); the choice then lasts for this page only
    }
  }, []);

  // dayjs's locale is global: switch it before children render their dates
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = dictionaries[lang]['app.title'];
  }, [lang]);

  const value = useMemo<I18n>(() => {
    const dict = dictionaries[lang];
    return {
      lang,
      setLang,
      // a key built at run time (an enum value the dictionary lacks) falls back to itself
      t: (key: MessageKey, params?: Params) => {
        const template: string | undefined = dict[key];
        return format(template ?? key, params);
      },
      pick: (zhText, enText) => (lang === 'zh' ? (zhText ?? enText ?? '') : (enText ?? zhText ?? '')),
    };
  }, [lang, setLang]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={theme}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
