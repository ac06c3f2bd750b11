import { Card, Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Enterprise } from '../../api/types';
import { useT } from '../../i18n';
import { formatDateTime } from '../format';
import { StatusTag } from '../StatusTag';

/** The filing's name, status and dates, with room for action buttons. */
export function FilingHeader({ enterprise: e, extra }: { enterprise: Enterprise; extra?: ReactNode }) {
  const t = useT();
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space size="middle" wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="filing-name-title">
            {e.name}
          </Typography.Title>
          <StatusTag status={e.status} testId="filing-status" />
        </Space>
        <Space size="large" wrap>
          <Typography.Text type="secondary">
            {t('filing.submittedAt')}
            {t('common.colon')}
            {formatDateTime(e.submittedAt)}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('filing.approvedAt')}
            {t('common.colon')}
            {formatDateTime(e.approvedAt)}
          </Typography.Text>
          {extra}
        </Space>
      </Flex>
    </Card>
  );
}
