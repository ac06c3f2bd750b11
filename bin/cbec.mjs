#!/usr/bin/env -S node --max-semi-space-size=64 --no-parallel-scavenge
// A 64 MiB young generation (semi-space): a bulk import allocates many short-lived rows, and with V8's
// 16 MiB default it ran about a tenth slower, collecting them. Young collections on the thread that
// needs them, without helper threads: the import keeps both cores busy, and the helpers took CPU from it
// rather than time from the collection (docs/benchmarks.md § Clearance).
// The `cbec` command: runs the compiled platform when it is up to date, otherwise the TypeScript
// sources through tsx (so an edit is never shadowed by a stale build).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = join(root, 'dist/src/main.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const fresh =
  existsSync(compiled) &&
  statSync(compiled).mtimeMs >=
    Math.max(newestSource(join(root, 'src')), newestSource(join(root, 'policies')));
if (fresh) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src/main.ts')).href);
}
