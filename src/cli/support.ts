import { loadConfig } from '../config/config.js';
import { openPlatform, type Platform } from '../bootstrap.js';
import { AppError } from '../shared/app-error.js';

/** Opens the platform for one command, runs it, and closes the database whatever happens. */
export async function withPlatform<T>(
  work: (p: Platform) => Promise<T>,
  opts: { migrate?: boolean } = {},
): Promise<T> {
  const platform = await openPlatform(loadConfig(), opts);
  try {
    return await work(platform);
  } catch (e) {
    if (e instanceof AppError) {
      const lines = [`${e.detail.zh} / ${e.detail.en}`];
      for (const f of e.errors) lines.push(`  ${f.field}: ${f.message.zh} / ${f.message.en}`);
      throw new Error(lines.join('\n'), { cause: e });
    }
    throw e;
  } finally {
    // PGlite's WebAssembly runtime resets process.exitCode when it shuts down; keep the command's.
    const exitCode = process.exitCode;
    await platform.close();
    process.exitCode = exitCode;
  }
}

/** Prints rows as JSON (--json) or as an aligned table. */
export function printRows(rows: Record<string, unknown>[], json: boolean): void {
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  if (!rows.length) {
    console.log('(none)');
    return;
  }
  console.table(rows);
}
