import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.js';
import * as foundation from './migrations/2026_11_23_0001_foundation.js';
import * as clearance from './migrations/2026_11_23_0002_clearance.js';
import * as summaryDeclaration from './migrations/2026_11_23_0003_summary_declaration.js';
import * as clearanceThroughput from './migrations/2026_11_23_0004_clearance_throughput.js';
import * as subsidy from './migrations/2026_11_23_0005_subsidy.js';
import * as subsidyEntitlement from './migrations/2026_11_23_0006_subsidy_entitlement.js';
import * as governance from './migrations/2026_11_23_0007_governance.js';
import * as tradeStatistics from './migrations/2026_11_23_0008_trade_statistics.js';
import * as sampleReports from './migrations/2026_11_23_0009_sample_reports.js';
import * as statisticsIndexes from './migrations/2026_11_23_0010_statistics_indexes.js';
import * as statisticsScale from './migrations/2026_11_23_0011_statistics_scale.js';
import * as ingestLean from './migrations/2026_11_23_0012_ingest_lean.js';
import * as messagesAppendOnly from './migrations/2026_11_23_0013_messages_append_only.js';
import * as customsJobQueues from './migrations/2026_11_24_0014_customs_job_queues.js';
import * as parcelSellerIndex from './migrations/2026_11_24_0015_parcel_seller_index.js';
import * as inFlightNotWithdrawn from './migrations/2026_11_24_0016_in_flight_not_withdrawn.js';
import * as relayReceipts from './migrations/2026_11_24_0017_relay_receipts.js';
import * as referencesPerStatement from './migrations/2026_11_24_0018_clearance_references_per_statement.js';
import * as documentFactsAsWritten from './migrations/2026_11_24_0019_document_facts_as_written.js';

/** Migrations in order; names are frozen once landed. */
const migrations: Record<string, Migration> = {
  '2026_11_23_0001_foundation': foundation,
  '2026_11_23_0002_clearance': clearance,
  '2026_11_23_0003_summary_declaration': summaryDeclaration,
  '2026_11_23_0004_clearance_throughput': clearanceThroughput,
  '2026_11_23_0005_subsidy': subsidy,
  '2026_11_23_0006_subsidy_entitlement': subsidyEntitlement,
  '2026_11_23_0007_governance': governance,
  '2026_11_23_0008_trade_statistics': tradeStatistics,
  '2026_11_23_0009_sample_reports': sampleReports,
  '2026_11_23_0010_statistics_indexes': statisticsIndexes,
  '2026_11_23_0011_statistics_scale': statisticsScale,
  '2026_11_23_0012_ingest_lean': ingestLean,
  '2026_11_23_0013_messages_append_only': messagesAppendOnly,
  '2026_11_24_0014_customs_job_queues': customsJobQueues,
  '2026_11_24_0015_parcel_seller_index': parcelSellerIndex,
  '2026_11_24_0016_in_flight_not_withdrawn': inFlightNotWithdrawn,
  '2026_11_24_0017_relay_receipts': relayReceipts,
  '2026_11_24_0018_clearance_references_per_statement': referencesPerStatement,
  '2026_11_24_0019_document_facts_as_written': documentFactsAsWritten,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('Migration failed', { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
