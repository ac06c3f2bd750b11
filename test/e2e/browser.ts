/**
 * What every browser test shares: the platform to test (startTestServer(), or CBEC_E2E_URL for one
 * already serving), Debian's chromium launched headless (never a downloaded browser), a fresh context per
 * step with a full-page screenshot in test-results/ on failure, and logging in and out as a demo user.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';

export const PASSWORD = 'Cbec@demo2026';
const TIMEOUT = 30_000;
const RESULTS_DIR = path.resolve('test-results');

interface Target {
  url: string;
  close(): Promise<void>;
}

async function startTarget(): Promise<Target> {
  const external = process.env.CBEC_E2E_URL;
  if (external) return { url: external.replace(/\/$/, ''), close: async () => {} };
  const { startTestServer } = await import('../helpers/server.js');
  return startTestServer();
}

/** Registers the suite's before/after hooks and returns the helpers bound to its browser. */
export function setUpBrowser() {
  let target: Target;
  let browser: Browser;

  before(async () => {
    target = await startTarget();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  after(async () => {
    await browser?.close();
    await target?.close();
  });

  /** Runs `body` in a fresh browser context; on failure keeps a full-page screenshot. */
  async function inBrowser(name: string, body: (page: Page) => Promise<void>): Promise<void> {
    // Reduced motion: the UI then opens dialogs and pop-ups without animating them, and a click never
    // lands where an animated element was a frame before (a busy host made those clicks miss).
    const context = await browser.newContext({
      baseURL: target.url,
      viewport: { width: 1440, height: 900 },
      reducedMotion: 'reduce',
    });
    context.setDefaultTimeout(TIMEOUT);
    const page = await context.newPage();
    try {
      await body(page);
    } catch (error) {
      await mkdir(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, `${name}-${Date.now()}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.error(`screenshot: ${file} (at ${page.url()})`);
      throw error;
    } finally {
      await context.close();
    }
  }

  async function login(page: Page, username: string): Promise<void> {
    await page.goto('/login');
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByTestId('logout').waitFor();
  }

  async function logout(page: Page): Promise<void> {
    await page.getByTestId('logout').click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByTestId('login-submit').waitFor();
  }

  return { inBrowser, login, logout, baseUrl: () => target.url };
}
