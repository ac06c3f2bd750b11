import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import type { Shop } from '../../api/types';
import { useProblem } from '../../hooks/useProblem';
import { useI18n, type MessageKey } from '../../i18n';
import { formatDateTime } from '../format';
import { AddShopModal } from './AddShopModal';
import { SITE_COUNTRIES } from './countries';

interface ShopsCardProps {
  enterpriseId: string;
  shops: Shop[];
  canManage: boolean;
  onChanged: () => void;
}

/** The filing's linked shops (关联店铺), with add and close when the caller may. */
export function ShopsCard({ enterpriseId, shops, canManage, onChanged }: ShopsCardProps) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const report = useProblem();
  const [adding, setAdding] = useState(false);

  const close = async (shop: Shop) => {
    try {
      await api.enterprises.closeShop(enterpriseId, shop.id);
      message.success(t('shop.closed'));
      onChanged();
    } catch (error) {
      report(error);
    }
  };

  const countryName = (code: string) => {
    const country = SITE_COUNTRIES.find((c) => c.code === code);
    return country ? `${code} ${lang === 'zh' ? country.zh : country.en}` : code;
  };

  const columns: TableColumnsType<Shop> = [
    { title: t('shop.platform'), dataIndex: 'platform' },
    { title: t('shop.shopName'), dataIndex: 'shopName' },
    {
      title: t('shop.url'),
      dataIndex: 'url',
      ellipsis: true,
      render: (url: string) => (
        <Typography.Link href={url} target="_blank" rel="noopener noreferrer">
          {url}
        </Typography.Link>
      ),
    },
    { title: t('shop.siteCountry'), dataIndex: 'siteCountry', render: countryName },
    {
      title: t('shop.status'),
      dataIndex: 'status',
      render: (status: string) => {
        const key = `shop.status.${status}` as MessageKey;
        const text = t(key);
        return <Tag color={status === 'active' ? 'green' : 'default'}>{text === key ? status : text}</Tag>;
      },
    },
    { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, shop) =>
        shop.status === 'closed' ? null : (
          <Popconfirm
            title={t('shop.closeConfirm', { name: shop.shopName })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => void close(shop)}
          >
            <Button type="link" danger size="small" data-testid={`shop-close-${shop.id}`}>
              {t('shop.close')}
            </Button>
          </Popconfirm>
        ),
    });
  }

  return (
    <Card
      title={t('shop.title')}
      extra={
        canManage && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="shop-add">
            {t('shop.add')}
          </Button>
        )
      }
    >
      <Table<Shop>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={shops}
        pagination={false}
        locale={{ emptyText: t('shop.empty') }}
        data-testid="shops-table"
      />
      <AddShopModal
        enterpriseId={enterpriseId}
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          message.success(t('shop.added'));
          onChanged();
        }}
      />
    </Card>
  );
}
