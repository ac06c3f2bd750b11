import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Divider, Form, Input, Popconfirm, Radio, Row, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/endpoints';
import type { Enterprise } from '../../api/types';
import { useProblem } from '../../hooks/useProblem';
import { useZones } from '../../hooks/useZones';
import { useT, type MessageKey } from '../../i18n';
import { useLabels } from '../labels';
import {
  changedFields,
  FORM_FIELDS,
  maskedOnFile,
  toFilingInput,
  toFormValues,
  type FilingFormValues,
} from './filingValues';

interface FilingFormProps {
  /** The zone whose districts the district field offers. */
  zoneCode: string | null;
  /** The filing to edit, or null to create the caller's own filing. */
  enterprise: Enterprise | null;
  /** Called with the filing after it was created, saved or submitted. */
  onChanged: (enterprise: Enterprise) => void;
}

type Busy = 'save' | 'submit' | null;

/** The filing form with Save (PATCH) and Submit buttons, shown as the filing's `actions` allow. */
export function FilingForm({ enterprise, zoneCode, onChanged }: FilingFormProps) {
  const t = useT();
  const labels = useLabels();
  const report = useProblem();
  const { districtOptions } = useZones();
  const { message } = App.useApp();
  const [form] = Form.useForm<FilingFormValues>();
  const [busy, setBusy] = useState<Busy>(null);
  const kind = Form.useWatch('kind', form) ?? enterprise?.kind ?? 'enterprise';

  const initial = useMemo(() => toFormValues(enterprise), [enterprise]);
  useEffect(() => form.resetFields(), [form, initial]);

  const creating = enterprise === null;
  // kind and identifier are fixed once the filing exists
  const actions = enterprise?.actions ?? [];
  const canEdit = creating || actions.includes('edit');
  const canSubmit = creating || actions.includes('submit');
  const isChange =
    enterprise !== null && ['approved', 'change_returned', 'change_submitted'].includes(enterprise.status);

  const maskedExtra = (field: 'address' | 'contactPhone' | 'contactEmail') => {
    const value = maskedOnFile(enterprise, field);
    if (!value) return undefined;
    return t(canEdit ? 'filing.maskedKeep' : 'filing.masked', { value });
  };

  /** Saves the form; answers the filing after saving (unchanged when nothing was edited). */
  const save = async (): Promise<Enterprise | null> => {
    const values = await form.validateFields();
    if (creating) return api.enterprises.create(toFilingInput(values));
    const changes = changedFields(values, initial);
    if (Object.keys(changes).length === 0) return enterprise;
    return api.enterprises.update(enterprise.id, changes);
  };

  const run = async (which: Exclude<Busy, null>) => {
    setBusy(which);
    try {
      const saved = await save();
      if (!saved) return;
      if (which === 'submit') {
        const submitted = await api.enterprises.submit(saved.id);
        message.success(t('filing.submitDone'));
        onChanged(submitted);
      } else {
        message.success(t(creating ? 'filing.createDone' : 'filing.saveDone'));
        onChanged(saved);
      }
    } catch (error) {
      // a failed client-side validation has already marked its fields
      if (isValidationFailure(error)) return;
      report(error, form, FORM_FIELDS);
    } finally {
      setBusy(null);
    }
  };

  const required = (key: MessageKey) => ({
    required: true,
    message: t('common.required', { field: t(key) }),
  });

  return (
    <>
      <Form<FilingFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        disabled={!canEdit || busy !== null}
        requiredMark
        data-testid="filing-form"
      >
        {isChange && canEdit && (
          <Alert type="info" showIcon title={t('filing.changeHint')} style={{ marginBottom: 16 }} />
        )}
        <Divider titlePlacement="start">{t('filing.basic')}</Divider>
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('filing.kind')} rules={[required('filing.kind')]}>
              <Radio.Group
                disabled={!creating}
                data-testid="filing-kind"
                optionType="button"
                buttonStyle="solid"
                options={labels.kindOptions}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label={t(kind === 'individual' ? 'filing.nameIndividual' : 'filing.nameEnterprise')}
              rules={[required('filing.name'), { max: 200 }]}
            >
              <Input data-testid="filing-name" maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {kind === 'individual' ? (
              <Form.Item
                name="residentId"
                label={t('filing.residentId')}
                rules={creating ? [required('filing.residentId')] : []}
              >
                <Input
                  data-testid="filing-resident-id"
                  maxLength={18}
                  autoComplete="off"
                  disabled={!creating}
                />
              </Form.Item>
            ) : (
              <Form.Item
                name="uscc"
                label={t('filing.uscc')}
                rules={creating ? [required('filing.uscc')] : []}
                normalize={(v: string | undefined) => v?.toUpperCase()}
              >
                <Input data-testid="filing-uscc" maxLength={18} disabled={!creating} />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="customsCode" label={t('filing.customsCode')}>
              <Input data-testid="filing-customs-code" maxLength={10} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="roles"
              label={t('filing.roles')}
              rules={[{ ...required('filing.roles'), type: 'array' }]}
            >
              <Select
                data-testid="filing-roles"
                mode="multiple"
                allowClear
                options={labels.entRoleOptions}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="district" label={t('filing.district')} required>
              <Select
                data-testid="filing-district"
                allowClear
                options={districtOptions(enterprise?.zoneCode ?? zoneCode)}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="park" label={t('filing.park')}>
              <Input data-testid="filing-park" maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="address" label={t('filing.address')} extra={maskedExtra('address')} required>
              <Input data-testid="filing-address" maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('filing.contact')}</Divider>
        <Row gutter={24}>
          <Col xs={24} md={8}>
            <Form.Item name="contactName" label={t('filing.contactName')} required>
              <Input data-testid="filing-contact-name" maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="contactPhone"
              label={t('filing.contactPhone')}
              extra={maskedExtra('contactPhone')}
              required
            >
              <Input data-testid="filing-contact-phone" maxLength={20} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="contactEmail"
              label={t('filing.contactEmail')}
              extra={maskedExtra('contactEmail')}
              rules={[{ type: 'email' }]}
            >
              <Input data-testid="filing-contact-email" maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {(canEdit || canSubmit) && (
        <Space>
          {canEdit && (
            <Button
              data-testid="filing-save"
              icon={<SaveOutlined />}
              loading={busy === 'save'}
              onClick={() => void run('save')}
            >
              {t('common.save')}
            </Button>
          )}
          {canSubmit && (
            <Popconfirm
              title={t('filing.submitConfirm')}
              okText={<span data-testid="filing-submit-confirm">{t('common.confirm')}</span>}
              cancelText={t('common.cancel')}
              onConfirm={() => void run('submit')}
              disabled={busy !== null}
            >
              <Button
                data-testid="filing-submit"
                type="primary"
                icon={<SendOutlined />}
                loading={busy === 'submit'}
                disabled={busy !== null}
              >
                {t('common.submit')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      {!canEdit && !canSubmit && <Alert type="info" showIcon title={t('filing.readOnly')} />}
    </>
  );
}

function isValidationFailure(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'errorFields' in error;
}
