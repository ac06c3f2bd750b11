import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { AppError, type FieldError } from '../../../shared/app-error.js';
import { fieldErrorsFromZod } from '../../../shared/validation.js';

/** One data row of a CSV table, with the file line it ends on (for error messages). */
export interface CsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * Reads a CSV table whose comment lines start with "#" (only at the start of a line: a "#" inside a
 * cell is text). Every problem is collected, never just the first, so whoever fixes a table sees all
 * its faults at once; they are thrown together as one `validation_failed` AppError whose fields read
 * "line 12: vat_rate".
 */
export function readCsvTable(
  csvText: string,
  columns: readonly string[],
  required: readonly string[],
): CsvRow[] {
  let rows: CsvRow[];
  let header: string[] = [];
  try {
    rows = parse<CsvRow, Record<string, string>>(csvText, {
      columns: (names: string[]) => (header = names),
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      on_record: (cells, context) => ({ line: context.lines, cells }),
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw AppError.validation([
      fileError('csv_syntax', { zh: `CSV 格式错误：${msg}`, en: `CSV syntax: ${msg}` }),
    ]);
  }
  const errors: FieldError[] = [];
  for (const c of required)
    if (!header.includes(c))
      errors.push(fieldError(0, c, 'missing_column', { zh: `缺少列 ${c}`, en: `column ${c} is missing` }));
  for (const c of header)
    if (!columns.includes(c))
      errors.push(fieldError(0, c, 'unknown_column', { zh: `未知的列 ${c}`, en: `unknown column ${c}` }));
  if (rows.length === 0)
    errors.push(fileError('empty', { zh: '表中没有数据行', en: 'the table has no data rows' }));
  if (errors.length) throw AppError.validation(errors);
  return rows;
}

/** An error about the whole file. */
export function fileError(code: string, message: { zh: string; en: string }): FieldError {
  return { field: '(file)', code, message };
}

/** A field error located at a CSV line (line 0: the header). */
export function fieldError(
  line: number,
  column: string,
  code: string,
  message: { zh: string; en: string },
): FieldError {
  const where = line > 0 ? { zh: `第 ${line} 行`, en: `line ${line}` } : { zh: '表头', en: 'header' };
  return {
    field: `${where.en}: ${column}`,
    code,
    message: { zh: `${where.zh} ${column}：${message.zh}`, en: `${where.en}, ${column}: ${message.en}` },
  };
}

/** Zod issues of one row's cells as field errors located at the row's line. */
export function rowIssues(line: number, issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return fieldErrorsFromZod(issues).map((e) => fieldError(line, e.field, e.code, e.message));
}
