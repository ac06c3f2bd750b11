import type { FieldError } from '../../shared/app-error.js';

/** Largest evidence file accepted (a scanned contract or invoice bundle fits; the HTTP limit is 20 MiB). */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
/** Evidence files per application. */
export const MAX_EVIDENCE_FILES = 30;

interface FileType {
  readonly contentType: string;
  readonly extensions: readonly string[];
  readonly sniff: (b: Uint8Array) => boolean;
}

const startsWith = (b: Uint8Array, bytes: readonly number[]) => bytes.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An Office Open XML package is a ZIP whose entry names (stored in clear) include its main part. */
const hasEntry = (b: Uint8Array, name: string) => Buffer.from(b).includes(name, 0, 'latin1');

export const EVIDENCE_TYPES: readonly FileType[] = [
  {
    contentType: 'application/pdf',
    extensions: ['pdf'],
    sniff: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]),
  },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], sniff: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  {
    contentType: 'image/png',
    extensions: ['png'],
    sniff: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    sniff: (b) => startsWith(b, ZIP) && hasEntry(b, 'xl/'),
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    sniff: (b) => startsWith(b, ZIP) && hasEntry(b, 'word/'),
  },
];

/** A file name as stored and offered back: no directories, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'evidence').slice(-200);
}

/**
 * The type of an evidence file, decided by its content (the declared type is the browser's guess and is
 * not trusted); the name's extension must agree, so a file opens as what it says it is.
 */
export function evidenceType(
  name: string,
  body: Uint8Array,
): { contentType: string } | { error: FieldError } {
  const allowed = EVIDENCE_TYPES.flatMap((t) => t.extensions).join(', ');
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const type = EVIDENCE_TYPES.find((t) => t.sniff(body));
  if (!type)
    return {
      error: {
        field: 'file',
        code: 'unsupported_type',
        message: {
          zh: `证明材料仅支持 ${allowed} 格式`,
          en: `Evidence must be one of: ${allowed}`,
        },
      },
    };
  if (!type.extensions.includes(ext))
    return {
      error: {
        field: 'file',
        code: 'extension_mismatch',
        message: {
          zh: `文件内容为 ${type.extensions[0]!.toUpperCase()}，但文件名扩展名为 .${ext || '（无）'}`,
          en: `The file is a ${type.extensions[0]!.toUpperCase()} but its name ends in .${ext || '(none)'}`,
        },
      },
    };
  return { contentType: type.contentType };
}
