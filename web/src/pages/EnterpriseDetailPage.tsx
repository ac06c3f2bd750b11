import { ArrowLeftOutlined, EditOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Drawer, Popconfirm, Result, Row, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import { EnterpriseDescriptions } from '../components/filing/EnterpriseDescriptions';
import { FilingAlerts } from '../components/filing/FilingAlerts';
import { FilingForm } from '../components/filing/FilingForm';
import { FilingHeader } from '../components/filing/FilingHeader';
import { HistoryTimeline } from '../components/filing/HistoryTimeline';
import { ReturnModal } from '../components/filing/ReturnModal';
import { ReviewButtons } from '../components/filing/ReviewButtons';
import { ShopsCard } from '../components/filing/ShopsCard';
import { useReview } from '../components/filing/useReview';
import { PageTitle } from '../components/PageTitle';
import { useProblem } from '../hooks/useProblem';
import { useRequest } from '../hooks/useRequest';
import { useT } from '../i18n';

/** One filing as a bureau sees it: its values, pending change, shops, history and the allowed actions. */
export default function EnterpriseDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const report = useProblem();
  const [editing, setEditing] = useState(false);
  const { data, error, loading, reload } = useRequest(() => api.enterprises.get(id), [id]);
  const { approve, startReturn, returnModalProps } = useReview(reload);

  if (!data) {
    if (error instanceof ApiError && error.status === 404) {
      return (
        <Result
          status="404"
          title={t('error.notFound')}
          extra={<Link to="/enterprises">{t('common.back')}</Link>}
        />
      );
    }
    if (error && !loading) return <Result status="warning" title={t('error.loadFailed')} />;
    return <Skeleton active />;
  }

  const submit = async () => {
    try {
      await api.enterprises.submit(data.id);
      message.success(t('filing.submitDone'));
      reload();
    } catch (cause) {
      report(cause);
    }
  };

  const actions = (
    <Space wrap>
      <ReviewButtons filing={data} onApprove={() => approve(data)} onReturn={() => startReturn(data)} />
      {data.actions.includes('submit') && (
        <Popconfirm
          title={t('filing.submitConfirm')}
          onConfirm={() => void submit()}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
        >
          <Button icon={<SendOutlined />} data-testid="detail-submit">
            {t('common.submit')}
          </Button>
        </Popconfirm>
      )}
      {data.actions.includes('edit') && (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="detail-edit">
          {t('common.edit')}
        </Button>
      )}
    </Space>
  );

  return (
    <div className="page-stack">
      <PageTitle
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
            {t('common.back')}
          </Button>
        }
      >
        {t('filing.detailTitle')}
      </PageTitle>
      <FilingHeader enterprise={data} extra={actions} />
      <FilingAlerts enterprise={data} />
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('filing.basic')}>
              <EnterpriseDescriptions enterprise={data} />
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
      <ReturnModal {...returnModalProps} />
      <Drawer
        title={t('filing.editTitle')}
        size="large"
        open={editing}
        onClose={() => setEditing(false)}
        destroyOnHidden
      >
        <FilingForm
          enterprise={data}
          zoneCode={data.zoneCode}
          onChanged={() => {
            setEditing(false);
            reload();
          }}
        />
      </Drawer>
    </div>
  );
}
