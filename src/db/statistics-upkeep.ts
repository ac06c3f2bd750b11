import { sql } from 'kysely';
import type { Db } from './database.js';

/**
 * Keeps the planner's statistics of the tables written in bulk up to date, by running ANALYZE on a
 * table as the rows written to it since its last analysis reach a share of its size.
 *
 * Without statistics the planner guesses, and its guesses for a young table that grows by thousands of
 * rows a second go wrong: the look-up of a batch's 500 message guids was planned as a scan of the
 * whole `ceb_message` table, and each batch of the ingest cost more as the tables grew. PGlite runs no
 * autovacuum, so its statistics are never made unless the platform makes them. A PostgreSQL server's
 * autovacuum makes them, but looks once a minute: measured over 40,000 parcels on a new database, the
 * ingest fell from 2,212 to 1,297 parcels/s when no pass came, and held 2,044–2,492 with the tables
 * analysed as they grew (docs/benchmarks.md § Clearance).
 *
 * `wrote` is told of rows written; the analysis runs on its own connection (PostgreSQL) or between two
 * transactions (PGlite), one at a time, and never fails the writer: a failure is a warning.
 */
export interface UpkeepPolicy {
  /** Rows written since the last look at a table before it is looked at again. */
  readonly minRows: number;
  /** Analysed once the rows written since its last analysis reach this share of its size. */
  readonly share: number;
}

/** About 2,500 parcels' worth of messages; thereafter every 25 % of growth: some 25 analyses to reach 4 million rows. */
export const DEFAULT_UPKEEP: UpkeepPolicy = { minRows: 10_000, share: 0.25 };

/** The statistics target of the upkeep's analyses (PostgreSQL's default: 100; it samples 300 rows per unit). */
const SAMPLE_TARGET = 10;

/**
 * Whether a table is due for ANALYZE: `written` rows since its last analysis, `estimated` the size the
 * last analysis found (negative: never analysed, as PostgreSQL's pg_class.reltuples says).
 */
export function analysisDue(written: number, estimated: number, policy: UpkeepPolicy): boolean {
  if (written < policy.minRows) return false;
  return estimated < 0 || written >= policy.share * estimated;
}

interface TableState {
  written: number;
  /** `written` at which the table is looked at next. */
  lookAt: number;
}

export class StatisticsUpkeep {
  private readonly tables = new Map<string, TableState>();
  private running: Promise<void> = Promise.resolve();
  private busy = false;

  constructor(
    private readonly db: Db,
    private readonly policy: UpkeepPolicy = DEFAULT_UPKEEP,
  ) {}

  /** `rows` rows were written to `table` (inserted or updated). */
  wrote(table: string, rows: number): void {
    if (rows <= 0) return;
    let state = this.tables.get(table);
    if (!state) this.tables.set(table, (state = { written: 0, lookAt: this.policy.minRows }));
    state.written += rows;
    if (state.written < state.lookAt || this.busy) return;
    this.busy = true;
    this.running = this.lookAt(table, state).finally(() => {
      this.busy = false;
    });
  }

  /** Resolves once no analysis is under way (the database is then safe to close). */
  settled(): Promise<void> {
    return this.running;
  }

  private async lookAt(table: string, state: TableState): Promise<void> {
    try {
      const { rows } = await sql<{ estimated: number }>`
        select reltuples::float8 as estimated from pg_class where oid = to_regclass(${table})`.execute(
        this.db,
      );
      const estimated = rows[0]?.estimated ?? -1;
      // Rows written while it runs count towards the next analysis.
      const seen = state.written;
      if (analysisDue(seen, estimated, this.policy)) {
        await this.db.transaction().execute(async (tx) => {
          // A sample of 3,000 rows, not 30,000: enough for the look-ups' estimates (how many rows a key
          // finds), at a tenth of the cost (a table of 80,000 documents: 26–30 ms instead of 250–360).
          // Autovacuum's own analyses, where a server runs them, keep the server's default.
          await sql`set local default_statistics_target = ${sql.lit(SAMPLE_TARGET)}`.execute(tx);
          // SKIP_LOCKED: autovacuum analysing it already is as good.
          await sql`analyze (skip_locked) ${sql.table(table)}`.execute(tx);
        });
        state.written -= seen;
        state.lookAt = this.policy.minRows;
      } else {
        state.lookAt = seen + this.policy.minRows;
      }
    } catch (e) {
      process.emitWarning(`The statistics of ${table} were not brought up to date: ${(e as Error).message}`);
      state.lookAt = state.written + this.policy.minRows;
    }
  }
}
