import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8} className="page-title-bar">
      <Typography.Title level={4} className="page-title" style={{ marginBottom: 0 }} data-testid="page-title">
        {children}
      </Typography.Title>
      {extra}
    </Flex>
  );
}
