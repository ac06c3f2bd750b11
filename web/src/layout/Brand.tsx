import { useT } from '../i18n';

/** The emblem and the platform's name. */
export function Brand({ large = false }: { large?: boolean }) {
  const t = useT();
  return (
    <div className={large ? 'brand brand-large' : 'brand'}>
      <img src="/favicon.svg" alt="" className="brand-logo" />
      <div>
        <div className="brand-title" data-testid="app-title">
          {t('app.title')}
        </div>
        {large && <div className="brand-subtitle">{t('app.subtitle')}</div>}
      </div>
    </div>
  );
}
