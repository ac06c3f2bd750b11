import type { Enterprise, EnterpriseKind, EnterpriseRole, FilingInput, FilingPatch } from '../../api/types';

/** The filing form's values. Masked fields (resident ID, address, phone, e-mail) start empty. */
export interface FilingFormValues {
  kind: EnterpriseKind;
  name: string;
  uscc?: string;
  residentId?: string;
  roles: EnterpriseRole[];
  customsCode?: string;
  district?: string;
  park?: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
}

/** Fields the server answers masked: their input starts empty and is sent only when typed. */
const MASKED_FIELDS = ['address', 'contactPhone', 'contactEmail'] as const;
type MaskedField = (typeof MASKED_FIELDS)[number];
/** Optional text fields the server answers as they are. */
const PLAIN_FIELDS = ['customsCode', 'district', 'park', 'contactName'] as const;

/** Names of the form's fields, for placing the server's field errors. */
export const FORM_FIELDS: readonly string[] = [
  'kind',
  'name',
  'uscc',
  'residentId',
  'roles',
  ...MASKED_FIELDS,
  ...PLAIN_FIELDS,
];

/** The values a filing shows: the pending change, when there is one, laid over the current values. */
export function effectiveFiling(enterprise: Enterprise): Enterprise {
  const pending = enterprise.pending;
  if (!pending) return enterprise;
  const merged: Enterprise = { ...enterprise };
  if (typeof pending.name === 'string') merged.name = pending.name;
  if (Array.isArray(pending.roles)) merged.roles = pending.roles;
  for (const field of [...PLAIN_FIELDS, ...MASKED_FIELDS]) {
    const value = pending[field];
    if (value !== undefined) merged[field] = value;
  }
  return merged;
}

/** The masked value on file (or in the pending change) for a masked field, shown beside its empty input. */
export function maskedOnFile(enterprise: Enterprise | null, field: MaskedField): string | null {
  if (!enterprise) return null;
  return effectiveFiling(enterprise)[field];
}

export function toFormValues(enterprise: Enterprise | null): FilingFormValues {
  if (!enterprise) return { kind: 'enterprise', name: '', roles: [] };
  const e = effectiveFiling(enterprise);
  return {
    kind: e.kind,
    name: e.name,
    uscc: e.uscc ?? undefined,
    // shown masked and read-only: the identifier of an existing filing never changes
    residentId: e.residentIdMasked ?? undefined,
    roles: e.roles,
    customsCode: e.customsCode ?? undefined,
    district: e.district ?? undefined,
    park: e.park ?? undefined,
    contactName: e.contactName ?? undefined,
  };
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * What the user changed, as a FilingPatch: a masked field only when typed, an emptied field as null.
 * Kind and identifier are fixed once a filing exists, so they are never part of a change.
 */
export function changedFields(values: FilingFormValues, initial: FilingFormValues): FilingPatch {
  const patch: FilingPatch = {};
  const name = clean(values.name);
  if (name !== undefined && name !== initial.name) patch.name = name;
  if ([...values.roles].sort().join(',') !== [...initial.roles].sort().join(',')) patch.roles = values.roles;
  for (const field of MASKED_FIELDS) {
    const value = clean(values[field]);
    if (value !== undefined) patch[field] = value;
  }
  for (const field of PLAIN_FIELDS) {
    const value = clean(values[field]);
    if (value !== clean(initial[field])) patch[field] = value ?? null;
  }
  return patch;
}

/** A complete FilingInput for `POST /api/enterprises`. */
export function toFilingInput(values: FilingFormValues): FilingInput {
  const input: FilingInput = { kind: values.kind, name: values.name.trim(), roles: values.roles };
  if (values.kind === 'individual') input.residentId = clean(values.residentId);
  else input.uscc = clean(values.uscc)?.toUpperCase();
  for (const field of [...MASKED_FIELDS, ...PLAIN_FIELDS]) {
    const value = clean(values[field]);
    if (value !== undefined) input[field] = value;
  }
  return input;
}
