import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openPlatform, type Platform } from '../../src/bootstrap.js';
import { testConfig } from '../../src/config/config.js';
import { seedDemo } from '../../src/demo/demo-data.js';
import { buildApp } from '../../src/http/app.js';
import { sandboxGateway } from '../../src/modules/clearance/gateway/sandbox-gateway.js';
import { runCustomsJobs } from '../../src/modules/clearance/index.js';

const webDir = path.resolve(import.meta.dirname, '../../web/dist');

/**
 * A seeded demo database to copy, shared by the browser tests of one `npm test` run: seeding (two years of
 * trade through the real clearance flow) takes half a minute, copying the files a second. The test runner
 * names a fresh folder per run (CBEC_TEST_DEMO_CACHE); the first test file to get there seeds it, the
 * others wait for it. Without the variable each test seeds its own database.
 */
async function demoTemplate(): Promise<string | null> {
  const root = process.env.CBEC_TEST_DEMO_CACHE;
  if (!root) return null;
  const template = path.join(root, 'template');
  const building = path.join(root, 'building');
  if (fs.existsSync(template)) return template;
  fs.mkdirSync(root, { recursive: true });
  let builder = false;
  try {
    fs.mkdirSync(building);
    builder = true;
  } catch {
    // Another test file is seeding: wait for its template below.
  }
  if (builder) {
    const platform = await openPlatform(testConfig({ dataDir: building }));
    await seedDemo(platform.systemCtx('seed'));
    await platform.close();
    fs.renameSync(building, template);
  }
  for (let waited = 0; !fs.existsSync(template); waited += 250) {
    if (waited > 300_000) throw new Error('the demo database was not seeded within 5 minutes');
    await sleep(250);
  }
  return template;
}

/** A platform with the demo data: a copy of the run's seeded template, or seeded in memory. */
export async function openDemoPlatform(): Promise<{ platform: Platform; close(): Promise<void> }> {
  const template = await demoTemplate();
  let dataDir = 'memory://';
  if (template) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbec-e2e-'));
    fs.cpSync(template, dataDir, { recursive: true });
  }
  const platform = await openPlatform(testConfig({ dataDir }));
  if (!template) await seedDemo(platform.systemCtx('seed'));
  return {
    platform,
    close: async () => {
      await platform.close();
      if (template) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The whole platform for browser tests, with the built web UI, on a free port of the loopback interface. */
export async function startTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  const demo = await openDemoPlatform();
  const app = await buildApp({ ...demo.platform, webDir });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    close: async () => {
      await app.close();
      await demo.close();
    },
  };
}

/**
 * The platform with the demo data for browser tests that release parcels: served as startTestServer()
 * does, with a handle to run the customs jobs on demand against a sandbox customs that never rejects nor
 * inspects (a matched parcel is released 5 s after it was sent). Points the shared browser set-up at it
 * through CBEC_E2E_URL, so call it at module load, before setUpBrowser()'s hooks read it.
 */
export async function serveWithCustomsJobs(): Promise<{
  customsJobs(): Promise<unknown>;
  close(): Promise<void>;
}> {
  const demo = await openDemoPlatform();
  const { platform } = demo;
  const app = await buildApp({ ...platform, webDir });
  const gateway = sandboxGateway({ seed: 'e2e', rates: () => ({ rejection: 0, inspection: 0 }) });
  process.env.CBEC_E2E_URL = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    customsJobs: () => runCustomsJobs(platform.systemCtx('customs-jobs'), gateway),
    close: async () => {
      delete process.env.CBEC_E2E_URL;
      await app.close();
      await demo.close();
    },
  };
}
