import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../i18n';

/** Labelled `English` while the UI is in Chinese and `中文` while it is in English. */
export function LangSwitch({ light = false }: { light?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Button
      data-testid="lang-switch"
      type={light ? 'text' : 'default'}
      icon={<GlobalOutlined />}
      style={light ? { color: '#fff' } : undefined}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
    >
      {t('lang.switch')}
    </Button>
  );
}
