import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../i18n';

export default function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('error.notFound')}
      subTitle={t('error.notFoundHint')}
      extra={
        <Link to="/">
          <Button type="primary">{t('error.backHome')}</Button>
        </Link>
      }
    />
  );
}
