import { Button, Result } from 'antd';
import { useRouteError } from 'react-router-dom';
import { useT } from '../i18n';

/** Shown instead of a page that failed to render. */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  return (
    <Result
      status="error"
      title={t('error.crashed')}
      subTitle={
        <>
          <div>{t('error.crashedHint')}</div>
          {error instanceof Error && <code style={{ fontSize: 12 }}>{error.message.slice(0, 200)}</code>}
        </>
      }
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </Button>
      }
    />
  );
}
