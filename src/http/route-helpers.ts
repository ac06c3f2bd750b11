import type { z } from 'zod';
import { AppError, type Bilingual } from '../shared/app-error.js';

/** A route parameter parsed by its schema; a malformed id or code is simply something that does not exist. */
export function paramOrNotFound<T extends z.ZodType>(
  schema: T,
  params: unknown,
  entity: Bilingual,
): z.output<T> {
  const r = schema.safeParse(params);
  if (!r.success) throw AppError.notFound(entity);
  return r.data;
}

/** RFC 6266 attachment: an ASCII fallback name and the real one in UTF-8. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
