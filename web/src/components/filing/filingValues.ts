import type { Enterprise, EnterpriseKind, EnterpriseRole, FilingInput } from '../../api/types';

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

type TextField = Exclude<keyof FilingFormValues, 'kind' | 'roles'>;

/** Fields the server answers masked: their form value starts empty and is sent only when typed. */
export const MASKED_FIELDS = ['residentId', 'address', 'contactPhone', 'contactEmail'] as const;
type MaskedField = (typeof MASKED_FIELDS)[number];
const PLAIN_FIELDS = ['name', 'uscc', 'customsCode', 'district', 'park', 'contactName'] as const;

export const FORM_FIELDS: readonly string[] = ['kind', 'roles', ...MASKED_FIELDS, ...PLAIN_FIELDS];

/** The values a filing shows: the pending change, when there is one, laid over the current values. */
export function effectiveFiling(enterprise: Enterprise): Enterprise {
  if (!enterprise.pending) return enterprise;
  const merged: Enterprise = { ...enterprise };
  const pending = enterprise.pending;
  if (pending.kind) merged.kind = pending.kind;
  if (Array.isArray(pending.roles)) merged.roles = pending.roles;
  for (const field of PLAIN_FIELDS) {
    const value = pending[field];
    if (typeof value === 'string' || value === null) merged[field] = value;
  }
  return merged;
}

/** The masked value on file for a masked field, shown as a hint beside the empty input. */
export function maskedOnFile(enterprise: Enterprise | null, field: MaskedField): string | null {
  if (!enterprise) return null;
  const source = effectiveFiling(enterprise);
  const pending = enterprise.pending?.[field === 'residentId' ? 'residentIdMasked' : field];
  if (typeof pending === 'string' && pending) return pending;
  return field === 'residentId' ? source.residentIdMasked : source[field];
}

export function toFormValues(enterprise: Enterprise | null): FilingFormValues {
  if (!enterprise) return { kind: 'enterprise', name: '', roles: [] };
  const e = effectiveFiling(enterprise);
  return {
    kind: e.kind,
    name: e.name,
    uscc: e.uscc ?? undefined,
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

/** What the user changed, as a partial FilingInput for `PATCH /api/enterprises/:id`. */
export function changedFields(values: FilingFormValues, initial: FilingFormValues): Partial<FilingInput> {
  const changes: Partial<FilingInput> = {};
  if (values.kind !== initial.kind) changes.kind = values.kind;
  const roles = [...values.roles].sort();
  if (roles.join(',') !== [...initial.roles].sort().join(',')) changes.roles = values.roles;
  for (const field of MASKED_FIELDS) {
    const value = clean(values[field]);
    if (value !== undefined) changes[field] = value;
  }
  for (const field of PLAIN_FIELDS) {
    const value = clean(values[field]);
    if (value !== clean(initial[field])) setText(changes, field, value ?? '');
  }
  // an individual seller has no USCC, an enterprise no resident ID
  if (values.kind === 'individual') delete changes.uscc;
  else delete changes.residentId;
  return changes;
}

function setText(target: Partial<FilingInput>, field: TextField, value: string): void {
  target[field] = value;
}

/** A complete FilingInput for `POST /api/enterprises`. */
export function toFilingInput(values: FilingFormValues): FilingInput {
  const input: FilingInput = { kind: values.kind, name: values.name.trim(), roles: values.roles };
  for (const field of [...MASKED_FIELDS, ...PLAIN_FIELDS]) {
    const value = clean(values[field]);
    if (value !== undefined) setText(input, field, value);
  }
  if (values.kind === 'individual') delete input.uscc;
  else delete input.residentId;
  return input;
}
