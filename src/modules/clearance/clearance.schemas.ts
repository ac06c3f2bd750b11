import { z } from 'zod';
import { ZPage } from '../../shared/validation.js';

/**
 * Withdrawn, or deleted before it was sent (`true`), or neither (`false`): a revoked parcel is no
 * longer customs' work, whatever customs last answered.
 */
const ZRevoked = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const ZParcelQuery = ZPage.extend({
  zoneCode: z.enum(['zhuzhou', 'chenzhou', 'hengyang']).optional(),
  matchState: z.enum(['incomplete', 'matched', 'mismatched']).optional(),
  customsStatus: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.string().regex(/^-?\d{1,6}$/)))
    .optional(),
  flow: z.enum(['import', 'export']).optional(),
  q: z.string().trim().max(100).optional(),
  revoked: ZRevoked,
});

/** The customs statuses to count (the queue's tabs but the released, whose count is history, not work). */
export const ZStatusCountQuery = z.object({
  zoneCode: z.enum(['zhuzhou', 'chenzhou', 'hengyang']).optional(),
  customsStatus: z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(
      z
        .array(z.string().regex(/^-?\d{1,6}$/))
        .min(1)
        .max(20),
    ),
  revoked: ZRevoked,
});
