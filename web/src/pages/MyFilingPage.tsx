import { Alert, Card, Col, Result, Row, Skeleton, Space } from 'antd';
import { api } from '../api/endpoints';
import { useAuth, useUser } from '../auth/context';
import { FilingAlerts } from '../components/filing/FilingAlerts';
import { FilingForm } from '../components/filing/FilingForm';
import { FilingHeader } from '../components/filing/FilingHeader';
import { HistoryTimeline } from '../components/filing/HistoryTimeline';
import { ShopsCard } from '../components/filing/ShopsCard';
import { PageTitle } from '../components/PageTitle';
import { useRequest } from '../hooks/useRequest';
import { useT } from '../i18n';

/** The enterprise user's own filing: the form, its status, shops and history. */
export default function MyFilingPage() {
  const t = useT();
  const user = useUser();
  const { refresh } = useAuth();

  if (!user.enterpriseId) {
    return (
      <>
        <PageTitle>{t('filing.myTitle')}</PageTitle>
        <Card>
          <Alert type="info" showIcon title={t('filing.none')} style={{ marginBottom: 16 }} />
          <FilingForm enterprise={null} zoneCode={user.zoneCode} onChanged={() => void refresh()} />
        </Card>
      </>
    );
  }
  return <OwnFiling enterpriseId={user.enterpriseId} />;
}

function OwnFiling({ enterpriseId }: { enterpriseId: string }) {
  const t = useT();
  const { data, error, loading, reload } = useRequest(
    () => api.enterprises.get(enterpriseId),
    [enterpriseId],
  );

  if (!data) {
    if (error && !loading) return <Result status="warning" title={t('error.loadFailed')} />;
    return <Skeleton active />;
  }
  return (
    <div className="page-stack">
      <PageTitle>{t('filing.myTitle')}</PageTitle>
      <FilingHeader enterprise={data} />
      <FilingAlerts enterprise={data} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card>
              <FilingForm enterprise={data} zoneCode={data.zoneCode} onChanged={reload} />
            </Card>
            <ShopsCard
              enterpriseId={data.id}
              shops={data.shops}
              canManage={data.actions.includes('addShop')}
              onChanged={reload}
            />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <HistoryTimeline history={data.history} />
        </Col>
      </Row>
    </div>
  );
}
