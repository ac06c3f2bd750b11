import { AutoComplete, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import type { ShopInput } from '../../api/types';
import { useProblem } from '../../hooks/useProblem';
import { useI18n } from '../../i18n';
import { PLATFORMS, SITE_COUNTRIES } from './countries';

interface AddShopModalProps {
  enterpriseId: string;
  open: boolean;
  onClose: () => void;
  onAdded: () => void;
}

const SHOP_FIELDS = ['platform', 'shopName', 'url', 'siteCountry'] as const;

export function AddShopModal({ enterpriseId, open, onClose, onAdded }: AddShopModalProps) {
  const { t, lang } = useI18n();
  const report = useProblem();
  const [form] = Form.useForm<ShopInput>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await api.enterprises.addShop(enterpriseId, {
        platform: values.platform.trim(),
        shopName: values.shopName.trim(),
        url: values.url.trim(),
        siteCountry: values.siteCountry.trim(),
      });
      form.resetFields();
      onAdded();
    } catch (error) {
      report(error, form, SHOP_FIELDS);
    } finally {
      setSaving(false);
    }
  };

  const countryOptions = SITE_COUNTRIES.map((c) => ({
    value: c.code,
    label: `${c.code} ${lang === 'zh' ? c.zh : c.en}`,
  }));

  return (
    <Modal
      open={open}
      title={t('shop.add')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      okButtonProps={{ htmlType: 'submit' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="platform" label={t('shop.platform')} rules={[{ required: true, whitespace: true }]}>
          <AutoComplete
            data-testid="shop-platform"
            options={PLATFORMS.map((p) => ({ value: p }))}
            showSearch={{
              filterOption: (input, option) =>
                (option?.value ?? '').toLowerCase().includes(input.toLowerCase()),
            }}
          />
        </Form.Item>
        <Form.Item name="shopName" label={t('shop.shopName')} rules={[{ required: true, whitespace: true }]}>
          <Input data-testid="shop-name" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="url"
          label={t('shop.url')}
          rules={[{ required: true }, { pattern: /^https?:\/\/\S+$/i, message: t('shop.urlInvalid') }]}
        >
          <Input data-testid="shop-url" placeholder="https://" maxLength={500} />
        </Form.Item>
        <Form.Item
          name="siteCountry"
          label={t('shop.siteCountry')}
          extra={t('shop.siteCountryHint')}
          rules={[{ required: true }, { pattern: /^\d{3}$/, message: t('shop.countryInvalid') }]}
        >
          <AutoComplete
            data-testid="shop-site-country"
            options={countryOptions}
            showSearch={{
              filterOption: (input, option) =>
                (option?.label ?? '').toLowerCase().includes(input.toLowerCase()),
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
