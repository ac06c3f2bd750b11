import path from 'node:path';
import { openPlatform } from '../../src/bootstrap.js';
import { testConfig } from '../../src/config/config.js';
import { seedDemo } from '../../src/demo/demo-data.js';
import { buildApp } from '../../src/http/app.js';

const webDir = path.resolve(import.meta.dirname, '../../web/dist');

/**
 * The whole platform for browser tests: a fresh in-memory database with the demo data, the built web UI,
 * on a free port of the loopback interface.
 */
export async function startTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  const platform = await openPlatform(testConfig({ dataDir: 'memory://' }));
  await seedDemo(platform.systemCtx('seed'));
  const app = await buildApp({ ...platform, webDir });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    close: async () => {
      await app.close();
      await platform.close();
    },
  };
}
