import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import type { ProblemFieldError } from '../../api/types';
import { useProblem } from '../../hooks/useProblem';
import { useI18n } from '../../i18n';

/**
 * The same report as an Excel file: the template lists the enterprise's shops; an upload with any bad
 * cell files nothing and lists every bad cell.
 */
export function ReportUploadCard({
  month,
  corrects,
  disabled,
  onFiled,
}: {
  month: string;
  /** The month already has a version: the upload is a correction. */
  corrects: boolean;
  disabled: boolean;
  onFiled: () => void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const report = useProblem();
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<ProblemFieldError[]>([]);

  const upload = async (file: File) => {
    setBusy(true);
    setErrors([]);
    try {
      const filed = await api.sample.upload(file, reason.trim() || undefined);
      void message.success(t('sample.filed', { version: filed.version }));
      setReason('');
      onFiled();
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length) setErrors(error.fieldErrors);
      else report(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('sample.upload')} data-testid="report-upload-card">
      <Typography.Paragraph type="secondary">{t('sample.uploadHint')}</Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <a href={api.sample.templateUrl(month)} download data-testid="report-template">
          <DownloadOutlined /> {t('sample.template')}
        </a>
        {corrects && (
          <Input.TextArea
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('sample.uploadReason')}
            data-testid="report-upload-reason"
          />
        )}
        <Upload
          accept=".xlsx"
          maxCount={1}
          showUploadList={false}
          disabled={disabled || busy}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy} disabled={disabled} data-testid="report-upload">
            {t('sample.chooseFile')}
          </Button>
        </Upload>
        {errors.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={t('sample.uploadErrors')}
            data-testid="report-upload-errors"
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {errors.map((e) => (
                  <li key={`${e.field}-${e.code}`} data-field={e.field}>
                    {pick(e.message, e.messageEn)}
                  </li>
                ))}
              </ul>
            }
          />
        )}
      </Space>
    </Card>
  );
}
