import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';
import type { Enterprise } from '../../api/types';
import { useT } from '../../i18n';

interface ReviewButtonsProps {
  filing: Pick<Enterprise, 'id' | 'name' | 'actions'>;
  onApprove: () => Promise<void>;
  onReturn: () => void;
  size?: 'small' | 'middle';
}

/** Approve (with a confirmation) and Return buttons, shown as the filing's `actions` allow. */
export function ReviewButtons({ filing, onApprove, onReturn, size = 'middle' }: ReviewButtonsProps) {
  const t = useT();
  const canApprove = filing.actions.includes('approve');
  const canReturn = filing.actions.includes('return');
  if (!canApprove && !canReturn) return null;
  return (
    <Space size="small">
      {canApprove && (
        <Popconfirm
          title={t('review.approveConfirm', { name: filing.name })}
          okText={<span data-testid={`review-approve-confirm-${filing.id}`}>{t('review.approve')}</span>}
          cancelText={t('common.cancel')}
          onConfirm={() => void onApprove()}
        >
          <Button
            type="primary"
            size={size}
            icon={<CheckOutlined />}
            data-testid={`review-approve-${filing.id}`}
          >
            {t('review.approve')}
          </Button>
        </Popconfirm>
      )}
      {canReturn && (
        <Button
          danger
          size={size}
          icon={<RollbackOutlined />}
          onClick={onReturn}
          data-testid={`review-return-${filing.id}`}
        >
          {t('review.return')}
        </Button>
      )}
    </Space>
  );
}
