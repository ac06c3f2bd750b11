#!/usr/bin/env node
// `npm start`: builds the web UI when it is missing or older than its sources, then serves the platform
// (the `cbec serve` command) with the same environment.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((e) => newest(join(path, e))));
}

const built = join(root, 'web/dist/index.html');
const sources = Math.max(
  newest(join(root, 'web/src')),
  newest(join(root, 'web/index.html')),
  newest(join(root, 'web/vite.config.ts')),
);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('start: building the web UI…');
  const r = spawnSync('npm', ['run', 'build:web', '--silent'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// With the V8 settings the `cbec` command gives Node (bin/cbec.mjs).
const r = spawnSync(
  process.execPath,
  [
    '--max-semi-space-size=64',
    '--no-parallel-scavenge',
    join(root, 'bin/cbec.mjs'),
    'serve',
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 0);
