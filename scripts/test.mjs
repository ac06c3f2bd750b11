#!/usr/bin/env node
// Runs the test suite with node's test runner: pure and integration tests (src/**, test/**), then the
// browser tests (test/e2e/**). Node 20's --test takes no globs, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const only = args.find((a) => a === '--unit' || a === '--e2e');

function find(dir, suffix, out = []) {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) find(p, suffix, out);
    else if (e.name.endsWith(suffix)) out.push(relative(root, p));
  }
  return out;
}

const e2e = find(join(root, 'test/e2e'), '.e2e.test.ts');
const unit = [...find(join(root, 'src'), '.test.ts'), ...find(join(root, 'test'), '.test.ts')].filter(
  (f) => !e2e.includes(f),
);
const files = only === '--unit' ? unit : only === '--e2e' ? e2e : [...unit, ...e2e];

if (only !== '--unit' && e2e.length) {
  // The browser tests drive the built web UI.
  const build = spawnSync('npm', ['run', 'build:web', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The browser tests of this run copy one seeded demo database (test/helpers/server.ts).
const demoCache = mkdtempSync(join(tmpdir(), 'cbec-demo-'));
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test', CBEC_TEST_DEMO_CACHE: demoCache } },
);
rmSync(demoCache, { recursive: true, force: true });
process.exit(r.status ?? 1);
