// The one place that reads the environment: every setting Parley understands, validated.
import path from 'node:path';
import { z } from 'zod';

const booleanish = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PARLEY_DATA_DIR: z.string().default('./data'),
  PARLEY_DATABASE_URL: z.string().url().optional(),
  PARLEY_REDIS_URL: z.string().url().optional(),
  PARLEY_ADMIN_EMAIL: z.string().email().optional(),
  PARLEY_ADMIN_PASSWORD: z.string().min(8).optional(),
  PARLEY_SECRET_KEY: z.string().optional(),
  PARLEY_BODY_LIMIT: z.coerce.number().int().positive().default(1024 * 1024),
  PARLEY_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PARLEY_PUBLIC_URL: z.string().url().optional(),
  PARLEY_TRUST_PROXY: booleanish.default(false),
  PARLEY_ALLOW_PRIVATE_NETWORK: booleanish.default(false),
});

export interface ParleyConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  secretKey: string | undefined;
  bodyLimit: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  publicUrl: string | undefined;
  trustProxy: boolean;
  /** Lets channels deliver to loopback and private addresses (local receivers, emulators). */
  allowPrivateNetwork: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads settings from the given environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): ParleyConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.PARLEY_DATA_DIR),
    databaseUrl: e.PARLEY_DATABASE_URL,
    redisUrl: e.PARLEY_REDIS_URL,
    adminEmail: e.PARLEY_ADMIN_EMAIL,
    adminPassword: e.PARLEY_ADMIN_PASSWORD,
    secretKey: e.PARLEY_SECRET_KEY,
    bodyLimit: e.PARLEY_BODY_LIMIT,
    logLevel: e.PARLEY_LOG_LEVEL,
    publicUrl: e.PARLEY_PUBLIC_URL,
    trustProxy: e.PARLEY_TRUST_PROXY,
    allowPrivateNetwork: e.PARLEY_ALLOW_PRIVATE_NETWORK,
  };
}
