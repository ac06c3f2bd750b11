import path from 'node:path';
import { z } from 'zod';

/**
 * The platform's configuration, read from the environment once. No other file reads process.env.
 * Every variable is documented in the README's "Configuration" table.
 */
const EnvSchema = z.object({
  CBEC_DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
  /** 64 hex characters; encrypts personal data at rest. Without it, a key file is kept in the data dir. */
  CBEC_SECRET_KEY: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'CBEC_SECRET_KEY must be 64 hexadecimal characters')
      .optional(),
  ),
  CBEC_PASSWORD_MIN_LENGTH: z.coerce.number().int().min(6).max(128).default(8),
  CBEC_PASSWORD_MIN_CLASSES: z.coerce.number().int().min(1).max(4).default(3),
  CBEC_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).default(5),
  CBEC_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  CBEC_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(8),
  /** Set to "true" to load the demo data (and its demo passwords) on start. */
  CBEC_DEMO: z.enum(['true', 'false']).optional(),
  /** Marks cookies Secure; set it when the platform is served over HTTPS. */
  CBEC_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  /** Export: whether the receipt (CEB403) is one of the documents an inventory waits for (varies by site). */
  CBEC_EXPORT_RECEIPT_REQUIRED: z.enum(['true', 'false']).default('true'),
  /** The customs gateway: the built-in sandbox customs, or file exchange with a single-window client. */
  CBEC_CUSTOMS_GATEWAY: z.enum(['sandbox', 'file']).default('sandbox'),
  CBEC_SANDBOX_SEED: z.string().min(1).default('cbec-sandbox'),
  CBEC_SANDBOX_REJECTION_RATE: z.coerce.number().min(0).max(1).default(0.02),
  CBEC_SANDBOX_INSPECTION_RATE: z.coerce.number().min(0).max(1).default(0.05),
  /** File exchange: outbox/ and inbox/ folders under it (default: <data dir>/exchange). */
  CBEC_EXCHANGE_DIR: z.string().min(1).optional(),
  /** The retail-import positive list (CSV, columns as the shipped sample); default: the sample. */
  CBEC_POSITIVE_LIST_FILE: z.string().min(1).optional(),
  CBEC_RATE_TABLE_FILE: z.string().min(1).optional(),
  /** The browser that prints PDF reports (the monthly report): Debian's chromium by default. */
  CBEC_CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface AppConfig {
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly secretKeyHex: string | undefined;
  readonly passwordPolicy: { readonly minLength: number; readonly minClasses: number };
  readonly lockout: { readonly threshold: number; readonly minutes: number };
  readonly sessionHours: number;
  readonly demo: boolean | undefined;
  readonly secureCookies: boolean;
  readonly logLevel: string;
  /** Chromium's executable, for PDF reports. */
  readonly chromiumPath: string;
  readonly clearance: {
    readonly exportReceiptRequired: boolean;
    readonly gateway: 'sandbox' | 'file';
    readonly sandbox: { readonly seed: string; readonly rejection: number; readonly inspection: number };
    readonly exchangeDir: string;
    /** Undefined: the sample shipped in reference-data/. */
    readonly positiveListFile: string | undefined;
    /** The per-HS-code tax rate table; undefined: the SAMPLE beside the tax rules (clearance/tax/rates.sample.csv). */
    readonly rateTableFile: string | undefined;
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration / 配置有误:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    // memory:// is an embedded database that lives as long as the process (tests, trials), not a folder.
    dataDir: e.CBEC_DATA_DIR === 'memory://' ? 'memory://' : path.resolve(e.CBEC_DATA_DIR),
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    secretKeyHex: e.CBEC_SECRET_KEY,
    passwordPolicy: Object.freeze({
      minLength: e.CBEC_PASSWORD_MIN_LENGTH,
      minClasses: e.CBEC_PASSWORD_MIN_CLASSES,
    }),
    lockout: Object.freeze({ threshold: e.CBEC_LOCKOUT_THRESHOLD, minutes: e.CBEC_LOCKOUT_MINUTES }),
    sessionHours: e.CBEC_SESSION_HOURS,
    demo: e.CBEC_DEMO === undefined ? undefined : e.CBEC_DEMO === 'true',
    secureCookies: e.CBEC_SECURE_COOKIES === 'true',
    logLevel: e.LOG_LEVEL,
    chromiumPath: e.CBEC_CHROMIUM_PATH,
    clearance: Object.freeze({
      exportReceiptRequired: e.CBEC_EXPORT_RECEIPT_REQUIRED === 'true',
      gateway: e.CBEC_CUSTOMS_GATEWAY,
      sandbox: Object.freeze({
        seed: e.CBEC_SANDBOX_SEED,
        rejection: e.CBEC_SANDBOX_REJECTION_RATE,
        inspection: e.CBEC_SANDBOX_INSPECTION_RATE,
      }),
      exchangeDir: path.resolve(e.CBEC_EXCHANGE_DIR ?? path.join(e.CBEC_DATA_DIR, 'exchange')),
      positiveListFile:
        e.CBEC_POSITIVE_LIST_FILE === undefined ? undefined : path.resolve(e.CBEC_POSITIVE_LIST_FILE),
      rateTableFile: e.CBEC_RATE_TABLE_FILE === undefined ? undefined : path.resolve(e.CBEC_RATE_TABLE_FILE),
    }),
  });
}

/** A configuration for tests: defaults plus overrides, never the process environment. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return { ...loadConfig({ CBEC_DATA_DIR: './data-test', LOG_LEVEL: 'silent' }), ...overrides };
}
