// The environment, parsed once. Nothing else in Hearth reads process.env (server.ts writes
// the values it resolves at start, such as the embedded database's URL, before anything
// reads them).
import { isIP } from "node:net";
import { z } from "zod";

export type TrustProxy =
  { kind: "none" } | { kind: "hops"; hops: number } | { kind: "addresses"; addresses: string[] };

/** An IP address, or a CIDR range (10.0.0.0/8, fd00::/8). */
function isProxyAddress(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .pipe(z.url().optional())
  .optional();

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().trim().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: optionalUrl,
  REDIS_URL: optionalUrl,
  /** Prefix of every Redis key and channel, so several Hearths (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9:_-]+$/)
    .default("hearth"),
  NEXTAUTH_URL: optionalUrl,
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  DATA_DIR: z.string().trim().min(1).default(".data"),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(5488),
  /** Extra origins allowed to open a socket, comma-separated (the app's own is always allowed). */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url())),
  /**
   * Behind reverse proxies: how many there are ("1", "2"; "true" is 1) or their addresses
   * ("10.0.0.1, 10.0.1.0/24"); X-Forwarded-For is then read from the right. "false": none.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default("false")
    .transform((value, context): TrustProxy => {
      const lower = value.toLowerCase();
      if (["", "false", "0", "no"].includes(lower)) return { kind: "none" };
      if (lower === "true") return { kind: "hops", hops: 1 };
      if (/^\d+$/.test(lower)) {
        const hops = Number(lower);
        if (hops <= 10) return { kind: "hops", hops };
      }
      const addresses = value
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean);
      const bad = addresses.filter((entry) => !isProxyAddress(entry));
      if (addresses.length === 0 || bad.length > 0) {
        context.addIssue({
          code: "custom",
          message: `must be false, a number of proxies (1–10), or their addresses (CIDR allowed); not ${bad.join(", ") || value}`,
        });
        return z.NEVER;
      }
      return { kind: "addresses", addresses };
    }),
  /** Multiplies every rate limit's allowance (tests that sign up many people raise it). */
  RATE_LIMIT_SCALE: z.coerce.number().positive().max(1000).default(1),
  /**
   * Sends one process answers at once; past it a send is refused `unavailable` at once (admission
   * control, lib/server/realtime/admission.ts). Unset: measured, about 2 s of its own finishing rate (at least 500).
   */
  SEND_IN_FLIGHT_LIMIT: z.coerce.number().int().min(1).max(1_000_000).optional(),
  /** Reports from this many different people hold a message back until a moderator looks. */
  REPORTS_TO_HOLD: z.coerce.number().int().min(1).max(50).default(3),
  /**
   * Turns on GET /metrics (Prometheus text format) for requests carrying `Authorization: Bearer
   * <METRICS_TOKEN>`. Unset: /metrics does not exist (404).
   */
  METRICS_TOKEN: z
    .string()
    .trim()
    .min(16, "must be at least 16 characters (a secret, like a password)")
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEED_DEMO_DATA: z.enum(["auto", "always", "never"]).default("auto"),
  /** Where "Leave quickly" (and Escape pressed three times) takes a person: a neutral, everyday site. */
  QUICK_EXIT_URL: z.url({ protocol: /^https?$/ }).default("https://www.bbc.com/weather"),
  /**
   * Web push (session reminders): the VAPID key pair, base64url. Unset: made once and kept under
   * DATA_DIR. Several processes must share one pair: set both.
   */
  VAPID_PUBLIC_KEY: z.string().trim().optional(),
  VAPID_PRIVATE_KEY: z.string().trim().optional(),
  /** Who push services may contact about Hearth's pushes: a mailto: or https: address. */
  VAPID_SUBJECT: z
    .string()
    .trim()
    .regex(/^(mailto:|https:\/\/)/, "must start with mailto: or https://")
    .default("mailto:hearth@example.invalid"),
  /**
   * The push services Hearth will deliver to (host names; "*." for subdomains). Hearth posts to
   * the address a browser gives, so only known push services are accepted (no requests to
   * internal addresses on a member's say-so).
   */
  PUSH_SERVICE_HOSTS: z
    .string()
    .default("fcm.googleapis.com,updates.push.services.mozilla.com,*.notify.windows.com,web.push.apple.com")
    .transform((value) =>
      value
        .split(",")
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** How often the session clock looks for reminders to send and sessions that ended (seconds). */
  SESSION_CLOCK_SECONDS: z.coerce.number().min(0.2).max(300).default(20),
  /**
   * A care item nobody has opened after this many minutes alerts the next circle (the room's other
   * moderators, then admins). Fractions are allowed (0.05 is 3 s), for tests.
   */
  CARE_ESCALATE_AFTER_MINUTES: z.coerce.number().min(0.01).max(1440).default(5),
  /**
   * Moderators and admins use their powers only in a session that passed a second step (an
   * authenticator app or a passkey; decision 0028). "false" turns this off for a small install.
   */
  REQUIRE_STAFF_SECOND_FACTOR: z
    .string()
    .trim()
    .toLowerCase()
    .default("true")
    .pipe(z.enum(["true", "false", "1", "0", "yes", "no", "on", "off"], "must be true or false"))
    .transform((value) => ["true", "1", "yes", "on"].includes(value)),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Hearth cannot start: the environment has problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means "not set" (as in `DATABASE_URL= npm start`).
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const result = envSchema.safeParse(present);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`);
  // With the embedded database (no DATABASE_URL) a run is local, and a secret is generated
  // and kept under DATA_DIR; a real deployment must bring its own.
  if (present.NODE_ENV === "production" && present.DATABASE_URL && !present.NEXTAUTH_SECRET) {
    problems.push("NEXTAUTH_SECRET: is required in production (at least 32 random characters)");
  }
  if (problems.length > 0 || !result.success) throw new EnvError(problems);
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For the start-up code that fills in resolved values (embedded database, generated secret). */
export function resetEnvCache(): void {
  cached = undefined;
}
