export { I18nProvider } from './I18nProvider';
export { useI18n, useT, type Lang, type Translate } from './context';
export type { MessageKey } from './zh';
