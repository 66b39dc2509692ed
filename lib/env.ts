import { z } from "zod";

/**
 * The environment, validated once. Nothing else in Parley reads process.env: a typo in a
 * variable should stop the process with a clear message, not surface as odd behaviour later.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Any PostgreSQL server. Unset: the commands start the embedded server and set it for the app. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /**
   * A streaming standby of DATABASE_URL. Set: read-only pages (lists, search, permalinks, entity
   * pages, registries, facets, exports) read from it; sign-in, sessions and saves stay on the primary.
   */
  PARLEY_DATABASE_REPLICA_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Where the embedded server keeps its data (git-ignored by default). */
  PARLEY_DATA_DIR: z.string().min(1).default(".data"),
  /** Port of the embedded server. */
  PARLEY_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Connections each app process keeps to PostgreSQL (size it: instances × this < the server's max_connections). */
  PARLEY_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Longest any one statement of a request may run before PostgreSQL cancels it. */
  PARLEY_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** Longest a request waits for a free database connection before it is refused. */
  PARLEY_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /**
   * Requests one app process serves at once; past this, a page or action is answered 503 with
   * Retry-After at once (health checks and static files never are). 0: no limit.
   */
  PARLEY_MAX_IN_FLIGHT: z.coerce.number().int().min(0).max(10_000).default(16),
  /** Tests and benchmarks only: a file to which every SQL statement the app sends is appended, one a line. */
  PARLEY_STATEMENT_LOG: z.string().min(1).optional(),
  /**
   * "off": this instance runs no background work (merge jobs, imports, ingest batches, webhook
   * deliveries, the inbox's fan-out); other instances do it. Benchmarks that count a page's
   * statements turn it off so the loops' statements are not counted as the page's.
   */
  PARLEY_BACKGROUND_WORK: z.enum(["on", "off"]).default("on"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  // Sign-in and sessions (lib/auth; docs/operations.md, "Configuration" and "Secrets", explains each).
  /** The address people open Parley at. Unset: http://localhost:<PORT>. https:// turns on Secure cookies. */
  PARLEY_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Key that signs session cookies; every instance must share it. Required in production; elsewhere, unset: generated once, kept in PostgreSQL. */
  PARLEY_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** A file whose first line is that key (a mounted secret); used when PARLEY_AUTH_SECRET is unset. */
  PARLEY_AUTH_SECRET_FILE: z.string().min(1).optional(),
  /** How long a temporary password (a new account's or one an admin reset) may be used. */
  PARLEY_TEMPORARY_PASSWORD_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(72),
  /** A session unused this long ends. */
  PARLEY_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  /** A session ends this long after sign-in, used or not. */
  PARLEY_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** How many reverse proxies in front of Parley append to X-Forwarded-For. 0: the header is not trusted. */
  PARLEY_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** First run only: create this admin instead of printing generated credentials. */
  PARLEY_ADMIN_EMAIL: z.email().optional(),
  PARLEY_ADMIN_PASSWORD: z.string().min(12).max(128).optional(),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);

/** The database URL the app must have; the launcher always sets it before Next starts. */
export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start Parley with `npm run dev` or `npm start`.");
  }
  return env.DATABASE_URL;
}
