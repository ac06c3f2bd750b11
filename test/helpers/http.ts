import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../../src/http/app.js';
import type { TestPlatform } from './platform.js';

export async function testApp(platform: TestPlatform, webDir?: string): Promise<App> {
  const app = await buildApp({ ...platform, webDir });
  await app.ready();
  return app;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';

/** A signed-in browser in miniature: keeps the session cookie and sends the CSRF token. */
export class Session {
  cookie: string | undefined;
  csrf: string | undefined;
  constructor(readonly app: App) {}

  static async login(app: App, username: string, password: string): Promise<Session> {
    const s = new Session(app);
    const r = await s.request('POST', '/api/auth/login', { username, password });
    if (r.statusCode !== 200) throw new Error(`login ${username} failed: ${r.statusCode} ${r.body}`);
    return s;
  }

  async request(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const r = await this.app.inject({
      method,
      url,
      ...(body === undefined ? {} : { payload: body as object }),
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
    });
    const set = r.cookies.find((c) => c.name === 'cbec_session');
    if (set) this.cookie = set.value ? `cbec_session=${set.value}` : undefined;
    if (r.headers['content-type']?.toString().includes('json') && r.body) {
      const json = JSON.parse(r.body) as { csrfToken?: string };
      if (typeof json.csrfToken === 'string') this.csrf = json.csrfToken;
    }
    return r;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

export function json<T = Record<string, unknown>>(r: LightMyRequestResponse): T {
  return JSON.parse(r.body) as T;
}
