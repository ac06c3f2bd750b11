import { AppError } from '../../../shared/app-error.js';
import { authorize } from '../../../shared/authorize.js';
import type { Ctx } from '../../../shared/context.js';
import { fileMonthlyReport } from './file-report.js';
import { readReportWorkbook, toCellError } from './report-excel.js';
import type { ReportView } from './sample-view.js';

/** An uploaded report is one small sheet. */
export const MAX_REPORT_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Files the monthly report from the Excel template. Every cell is checked as the form's fields are; a
 * fault anywhere answers with every bad cell (field = the cell, e.g. `B6`) and files nothing.
 * `correctionReason`, when given beside the file, stands for the sheet's row.
 */
export async function uploadMonthlyReport(
  ctx: Ctx,
  file: { fileName: string; body: Uint8Array } | undefined,
  fields: { correctionReason?: string | undefined } = {},
): Promise<ReportView> {
  authorize(ctx, 'sample:report');
  if (!file)
    throw AppError.field('file', 'required', { zh: '请选择要上传的文件', en: 'Choose a file to upload' });
  if (file.body.length === 0)
    throw AppError.field('file', 'empty', { zh: '文件为空', en: 'The file is empty' });
  if (!file.fileName.toLowerCase().endsWith('.xlsx'))
    throw AppError.field('file', 'unsupported_type', {
      zh: '请上传 .xlsx 格式的月度报表模板',
      en: 'Upload the monthly report template as .xlsx',
    });
  const { input, cells } = await readReportWorkbook(file.body);
  const reason = fields.correctionReason?.trim();
  if (reason) input.correctionReason = reason;
  try {
    return await fileMonthlyReport(ctx, input, 'excel');
  } catch (e) {
    if (e instanceof AppError && e.code === 'validation_failed')
      throw AppError.validation(e.errors.map((err) => toCellError(err, cells)));
    throw e;
  }
}
