import type { FieldError } from '../../shared/app-error.js';

/**
 * Evidence of a progress report (a meeting minute, a notice, a photo of a site): small on purpose, it
 * travels in the report's row. Larger material stays with the unit and the report names it.
 */
export const MAX_REPORT_EVIDENCE_BYTES = 2 * 1024 * 1024;

const TYPES: readonly { contentType: string; extensions: readonly string[]; magic: readonly number[] }[] = [
  { contentType: 'application/pdf', extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  { contentType: 'image/png', extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** A stored file name: no directories, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (clean || 'evidence').slice(-200);
}

/** The file's type from its content (the declared type is not trusted); the extension must agree. */
export function reportEvidenceType(
  name: string,
  body: Uint8Array,
): { contentType: string } | { error: FieldError } {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const type = TYPES.find((t) => t.magic.every((x, i) => body[i] === x));
  if (!type || !type.extensions.includes(ext))
    return {
      error: {
        field: 'file',
        code: 'unsupported_type',
        message: {
          zh: '证明材料仅支持 pdf、jpg、png 格式，且扩展名与内容一致',
          en: 'Evidence is a pdf, jpg or png file whose name matches its content',
        },
      },
    };
  return { contentType: type.contentType };
}
