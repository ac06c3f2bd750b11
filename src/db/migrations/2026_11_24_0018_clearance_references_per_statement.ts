import { sql, type Kysely } from 'kysely';

/**
 * The references of the clearance's hot rows are checked once per statement instead of once per row.
 * Frozen once landed.
 *
 * A foreign key checks each row on its own: a look-up of the referenced row, locked, for every message,
 * document, parcel and customs event stored. The bulk import stores them 500 messages at a time, and
 * those checks took about a fifth of the PostgreSQL server's CPU in it (0.197 → 0.159 ms per parcel
 * without them). A statement-level trigger reads the statement's new rows (its transition table) and
 * looks up the rows they reference in one anti-join: the same guarantee for about a quarter of the cost.
 *
 * What a foreign key also does on the referenced side is done by refusing the changes that could leave
 * a reference dangling: enterprises, documents and parcels are never deleted (a document is deleted by
 * marking it, a parcel withdrawn by a status), and none changes the keys others point at; the rows that
 * point never change what they point at either. Nothing in the platform does any of these, so nothing
 * it does is refused. Since a referenced row can no longer go away, a check that sees it is final: no
 * lock is needed, and concurrent transactions cannot slip an orphan past it.
 *
 * The references kept by foreign keys elsewhere (subsidies, reports…) stay as they are: their rows come
 * one at a time.
 */
interface Reference {
  /** The table whose rows point. */
  child: string;
  childColumns: string[];
  /** The foreign key it replaces. */
  constraint: string;
  parent: string;
  parentColumns: string[];
}

const REFERENCES: readonly Reference[] = [
  // Each row in its enterprise's zone.
  ...['ceb_message', 'clearance_document', 'parcel'].map((child) => ({
    child,
    childColumns: ['enterprise_id', 'zone_code'],
    constraint: `${child}_enterprise_id_zone_code_fkey`,
    parent: 'enterprise',
    parentColumns: ['id', 'zone_code'],
  })),
  {
    child: 'parcel',
    childColumns: ['id'],
    constraint: 'parcel_id_fkey',
    parent: 'clearance_document',
    parentColumns: ['id'],
  },
  {
    child: 'customs_event',
    childColumns: ['parcel_id'],
    constraint: 'customs_event_parcel_id_fkey',
    parent: 'parcel',
    parentColumns: ['id'],
  },
];

const name = (r: Reference) => `${r.child}_${r.childColumns[0]}_ref`;
const changed = (columns: string[]) => columns.map((c) => `new.${c} is distinct from old.${c}`).join(' or ');

/** The statements for one reference: the new rows checked per statement, the keys on both sides kept. */
function referenceStatements(r: Reference): string[] {
  const check = `${name(r)}_check`;
  const on = r.childColumns.map((c, i) => `p.${r.parentColumns[i]} = n.${c}`).join(' and ');
  const key = r.childColumns.map((c) => `n.${c}::text`).join(` || ', ' || `);
  return [
    `alter table ${r.child} drop constraint ${r.constraint}`,
    `create function ${check}() returns trigger language plpgsql as $$
declare
  missing text;
begin
  select ${key} into missing from new_rows n
   where not exists (select 1 from ${r.parent} p where ${on}) limit 1;
  if found then
    raise exception 'insert on table "%" violates the reference "%"', tg_table_name, '${name(r)}'
      using errcode = 'foreign_key_violation',
            detail = format('Key (${r.childColumns.join(', ')})=(%s) is not present in table "${r.parent}".', missing);
  end if;
  return null;
end $$`,
    `create trigger ${check} after insert on ${r.child}
  referencing new table as new_rows for each statement execute function ${check}()`,
    // The pointing row keeps what it points at. ceb_message refuses every update already; a parcel's id
    // is kept as the key documents' parcels are referenced by (PARENTS).
    ...(r.child === 'ceb_message' || r.childColumns.join() === 'id'
      ? []
      : [
          `create trigger ${name(r)}_kept before update on ${r.child}
  for each row when (${changed(r.childColumns)})
  execute function clearance_reference_refuse_change('keep the rows they reference')`,
        ]),
  ];
}

/** The referenced tables: no row deleted, no referenced key changed. */
const PARENTS: readonly { table: string; columns: string[] }[] = [
  { table: 'enterprise', columns: ['id', 'zone_code'] },
  { table: 'clearance_document', columns: ['id'] },
  { table: 'parcel', columns: ['id'] },
];

const REFERENCED = `'are referenced: they are not deleted and their keys do not change'`;

const statements: readonly string[] = [
  // Its one argument says why: the rows are referenced, or they reference.
  `create function clearance_reference_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'rows of % %', tg_table_name, tg_argv[0] using errcode = 'foreign_key_violation';
end $$`,
  ...REFERENCES.flatMap(referenceStatements),
  ...PARENTS.flatMap(({ table, columns }) => [
    `create trigger ${table}_referenced_kept before update on ${table}
  for each row when (${changed(columns)}) execute function clearance_reference_refuse_change(${REFERENCED})`,
    `create trigger ${table}_referenced_not_deleted before delete on ${table}
  for each row execute function clearance_reference_refuse_change(${REFERENCED})`,
    `create trigger ${table}_referenced_not_truncated before truncate on ${table}
  for each statement execute function clearance_reference_refuse_change(${REFERENCED})`,
  ]),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The per-statement references migration cannot be reverted.');
}
