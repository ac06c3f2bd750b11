import dayjs, { type Dayjs } from 'dayjs';
import type {
  BilingualText,
  FactFieldUnit,
  FactsVocabulary,
  PolicyCatalogue,
  PolicyFact,
} from '../../api/types';
import { normalizeDecimal } from './money';

/** The calculator form: one value per fact id, in the shape its input keeps it. */
export type RowValue = Record<string, string | number | boolean | Dayjs | null | undefined>;
export interface AwardRow {
  ruleId?: string;
  amount?: string;
}
export type FactFormValue = string | number | boolean | Dayjs | null | undefined | RowValue[] | AwardRow[];
export interface CalculatorFormValues {
  facts?: Record<string, FactFormValue>;
}

/** Facts kept for the expert section: what earlier years and other policies paid. */
const AWARDS = new Set(['priorAwards', 'otherPolicyAwards']);

export interface FactSection {
  group: { id: string } & BilingualText;
  facts: PolicyFact[];
}

export interface FactsLayout {
  /** Every fact some item of the zone reads, in the vocabulary's order. */
  zoneFacts: PolicyFact[];
  /** Read by every item: the kind of applicant, the document's 支持范围. */
  basic: PolicyFact[];
  /** Read by the items for the chosen kind of applicant, by group. */
  main: FactSection[];
  /** Everything else the zone reads (other applicants' items, earlier awards), by group. */
  more: FactSection[];
}

function bySection(vocab: FactsVocabulary, facts: PolicyFact[]): FactSection[] {
  return vocab.groups
    .map((group) => ({ group, facts: facts.filter((f) => f.group === group.id) }))
    .filter((s) => s.facts.length > 0);
}

/**
 * Which facts the form shows first: the ones every item reads, then those the items for the chosen
 * kind of applicant read (an enterprise sees no park-operator figures), then the rest folded away.
 */
export function layoutFacts(
  vocab: FactsVocabulary,
  catalogue: PolicyCatalogue,
  applicantKind: string | undefined,
): FactsLayout {
  const zoneFacts = vocab.facts.filter((f) => f.usedBy.some((u) => u.zone === catalogue.zone));
  const common = new Set(catalogue.documents.flatMap((d) => d.commonFacts));
  const forKind = new Set(
    catalogue.documents.flatMap((d) =>
      d.items
        .filter((i) => !applicantKind || i.beneficiaries.some((b) => b === applicantKind))
        .flatMap((i) => i.facts),
    ),
  );
  const basic = zoneFacts.filter((f) => common.has(f.id));
  const main = zoneFacts.filter((f) => !common.has(f.id) && !AWARDS.has(f.id) && forKind.has(f.id));
  const shown = new Set([...basic, ...main].map((f) => f.id));
  return {
    zoneFacts,
    basic,
    main: bySection(vocab, main),
    more: bySection(
      vocab,
      zoneFacts.filter((f) => !shown.has(f.id)),
    ),
  };
}

/** The articles of the zone whose items read a fact ("第5条、第8条"), or '' when every item does. */
export function readByArticles(fact: PolicyFact, catalogue: PolicyCatalogue): string {
  const labels: string[] = [];
  for (const use of fact.usedBy) {
    if (use.zone !== catalogue.zone || use.everyItem) continue;
    const doc = catalogue.documents.find((d) => d.key === use.documentKey);
    for (const id of use.items) {
      const label = doc?.items.find((i) => i.id === id)?.articleLabel ?? id;
      if (!labels.includes(label)) labels.push(label);
    }
  }
  return labels.join('、');
}

/** A blank row of a list fact: switches start off, every other field empty. */
export function emptyRow(fact: PolicyFact): RowValue {
  return Object.fromEntries((fact.fields ?? []).map((f) => [f.id, f.unit === 'boolean' ? false : undefined]));
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function fieldValue(unit: FactFieldUnit, v: unknown): unknown {
  if (isBlank(v)) return undefined;
  switch (unit) {
    case 'yuan':
    case 'm2':
      return typeof v === 'string' ? normalizeDecimal(v) : v;
    case 'date':
      return dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v;
    default:
      return v;
  }
}

/**
 * The facts to send: the zone's facts that were given, each in the vocabulary's form (money and areas
 * as decimal strings, dates as YYYY-MM-DD). An empty input is a fact not given, never a zero or a no.
 */
export function toFacts(
  values: Record<string, FactFormValue> | undefined,
  facts: readonly PolicyFact[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const fact of facts) {
    const v = values?.[fact.id];
    if (isBlank(v)) continue;
    switch (fact.unit) {
      case 'records': {
        if (!Array.isArray(v)) break;
        const fields = fact.fields ?? [];
        const rows = (v as RowValue[])
          .filter((row) => fields.some((f) => f.unit !== 'boolean' && !isBlank(row?.[f.id])))
          .map((row) => Object.fromEntries(fields.map((f) => [f.id, fieldValue(f.unit, row[f.id])])));
        if (rows.length) out[fact.id] = rows;
        break;
      }
      case 'awards': {
        if (!Array.isArray(v)) break;
        const entries = (v as AwardRow[])
          .filter((row) => row?.ruleId && !isBlank(row.amount))
          .map((row) => [row.ruleId!, normalizeDecimal(row.amount!)]);
        if (entries.length) out[fact.id] = Object.fromEntries(entries);
        break;
      }
      case 'yuan':
      case 'm2':
      case 'date':
        out[fact.id] = fieldValue(fact.unit, v);
        break;
      default:
        out[fact.id] = v;
    }
  }
  return out;
}

/**
 * The form's field paths for the server's field errors (`facts.cbecExportYuan`,
 * `facts.overseasWarehouseLeases.0.rentYuan`), so each lands on its input.
 */
export function formFieldPaths(
  values: Record<string, FactFormValue> | undefined,
  facts: readonly PolicyFact[],
): string[] {
  return facts.flatMap((fact) => {
    if (fact.unit === 'awards') return [];
    if (fact.unit !== 'records') return [`facts.${fact.id}`];
    const rows = values?.[fact.id];
    const n = Array.isArray(rows) ? rows.length : 0;
    return Array.from({ length: n }, (_, i) =>
      (fact.fields ?? []).map((f) => `facts.${fact.id}.${i}.${f.id}`),
    ).flat();
  });
}

/**
 * The other way round: facts as the server keeps them (an application's, or the calculator's handed on)
 * back into the form's shape (dates as dayjs, awards as rows), so they can be shown and corrected.
 */
export function fromFacts(
  facts: Record<string, unknown> | undefined,
  vocabFacts: readonly PolicyFact[],
): Record<string, FactFormValue> {
  const out: Record<string, FactFormValue> = {};
  for (const fact of vocabFacts) {
    const v = facts?.[fact.id];
    if (v === undefined || v === null) continue;
    switch (fact.unit) {
      case 'records':
        if (Array.isArray(v))
          out[fact.id] = (v as Record<string, unknown>[]).map((row) =>
            Object.fromEntries(
              (fact.fields ?? []).map((f) => {
                const x = row?.[f.id];
                return [
                  f.id,
                  f.unit === 'date' && typeof x === 'string' ? dayjs(x) : (x as RowValue[string]),
                ];
              }),
            ),
          );
        break;
      case 'awards':
        if (typeof v === 'object')
          out[fact.id] = Object.entries(v as Record<string, unknown>).map(([ruleId, amount]) => ({
            ruleId,
            amount: String(amount),
          }));
        break;
      case 'date':
        if (typeof v === 'string') out[fact.id] = dayjs(v);
        break;
      case 'yuan':
      case 'm2':
        if (typeof v === 'string' || typeof v === 'number') out[fact.id] = String(v);
        break;
      default:
        out[fact.id] = v as FactFormValue;
    }
  }
  return out;
}
