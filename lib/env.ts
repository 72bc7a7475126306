import { z } from 'zod';

/**
 * The only module that reads `process.env` (STYLE.md rule 12). Parsed once, lazily, with zod, so that a bad
 * value fails loudly with the variable's name rather than somewhere deep in the code.
 */

const intFrom = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

/** An optional setting: unset, empty or blank reads as absent (never a placeholder). */
const blankAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);
const optionalText = z.preprocess(blankAsUnset, z.string().max(200).optional());
const optionalEmail = z.preprocess(blankAsUnset, z.email().optional());

const serverSchema = z.object({
  ECLAIRE_BASE_URL: z
    .string()
    .url()
    .default('https://eclaire-api.sante.gouv.fr/R4')
    .transform((u) => u.replace(/\/+$/, '')),
  PHARE_DATA_DIR: z.string().min(1).default('.data'),
  PHARE_DEMO: z.enum(['auto', '0', '1']).default('auto'),
  PHARE_SYNC_INTERVAL_MINUTES: intFrom(720),
  PHARE_EMBED_ORIGINS: z
    .string()
    .default('https://www.sante.fr')
    .transform((s) => s.split(/[\s,]+/).filter(Boolean)),
  PORT: intFrom(3000, 1),
  /**
   * Public origin used in canonical URLs, sitemap, feeds, QR codes and share links. Unset, each answer names the
   * origin its reader used (the validated `Host`, see lib/study/public-url.ts); set it in production.
   */
  PHARE_PUBLIC_URL: z.string().url().optional(),
  /**
   * How many proxy hops in front of Phare to trust (CDN, load balancer…), counted from the right of
   * `X-Forwarded-For`. `0`: no forwarded header is trusted at all — the client is the socket's peer, the origin
   * is `PHARE_PUBLIC_URL` or `Host`, and `X-Forwarded-Host`/`X-Forwarded-Proto` are ignored. `N > 0`: the client
   * is the entry at position N from the right of `X-Forwarded-For` (lib/security/client-address.ts), and the
   * origin may come from `X-Forwarded-Host`/`X-Forwarded-Proto`, which every one of the N proxies must set or
   * append (never pass on from the client).
   */
  PHARE_TRUSTED_PROXIES: z.coerce
    .number({ error: 'nombre entier attendu' })
    .int('nombre entier attendu')
    .min(0, 'nombre entier positif ou nul attendu')
    .default(0),
  /** `1` serves blank map tiles at /tuiles-test/… (set by playwright.config.ts only; 404 otherwise). */
  PHARE_TEST_TILES: z.enum(['0', '1']).default('0'),
  /** Minimum spacing of upstream calls, shared by every caller of the process (CONTRACT §2.8). */
  ECLAIRE_MIN_INTERVAL_MS: intFrom(500),
  /** Per-request upstream timeout. */
  ECLAIRE_TIMEOUT_MS: intFrom(15000, 1),
  /** Number of studies in the fictional demo dataset. */
  PHARE_DEMO_STUDIES: intFrom(12000, 1),
  /** Map tiles (no key needed by the default IGN Géoplateforme plan layer). */
  PHARE_TILE_URL: z
    .string()
    .default(
      'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&FORMAT=image/png&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
    ),
  PHARE_TILE_ATTRIBUTION: z.string().default('© IGN — Géoplateforme'),
  /** Per-client limit on /api/*: requests per minute (counted for the whole machine). */
  PHARE_API_RATE_LIMIT: intFrom(300, 1),
  /** Per-client limit on uncached search pages (/recherche, /recherche/flux, /embed/*): requests per minute. */
  PHARE_PAGE_RATE_LIMIT: intFrom(120, 1),
  /** Server worker processes of `npm start` (one per core by default); one more process syncs and calls ECLAIRE. */
  PHARE_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /**
   * Guard of the sync: a complete crawl that saw fewer than this share of the studies ECLAIRE announced (its
   * `total` on the first page) deletes nothing.
   */
  PHARE_SYNC_MIN_RATIO: z.coerce.number().min(0).max(1).default(0.99),
  /**
   * Who runs this instance, named on the legal pages (DESIGN.md). Unset: the pages show a visible « à configurer »
   * notice, never a made-up name or address.
   */
  PHARE_OPERATOR_NAME: optionalText,
  /** Courriel of the operator (privacy requests, errors of Phare). */
  PHARE_CONTACT_EMAIL: optionalEmail,
  /** Courriel for accessibility problems; the contact courriel when unset. */
  PHARE_ACCESSIBILITY_EMAIL: optionalEmail,
  /** How many days the server's (or its proxy's) access logs are kept, as the deployment sets them. */
  PHARE_LOG_RETENTION_DAYS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(3650).optional()),
});

export type ServerEnv = z.infer<typeof serverSchema>;

let cached: ServerEnv | undefined;

export function getEnv(): ServerEnv {
  if (!cached) {
    const parsed = serverSchema.safeParse(process.env);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`Configuration invalide : ${detail}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** For tests that change the environment between cases. */
export function resetEnvForTests(): void {
  cached = undefined;
}

const emulatorSchema = z.object({
  PORT: intFrom(8787, 1),
  /** Public host written in `fullUrl` and `link` (never the host that was called, like the real API). */
  EMULATOR_PUBLIC_URL: z.string().url().default('https://eclaire-api.sante.gouv.fr'),
  EMULATOR_STUDIES: intFrom(12000, 1),
  EMULATOR_SEED: intFrom(20990101),
  /** Rate limit: at most 1 call per this many ms per client IP; 0 disables. */
  EMULATOR_RATE_LIMIT_MS: intFrom(0),
  /** Share (0–1) of calls answered 503. */
  EMULATOR_FAULT_503: z.coerce.number().min(0).max(1).default(0),
  /** Share (0–1) of calls answered with a transient 400 OperationOutcome (ES overload). */
  EMULATOR_FAULT_400: z.coerce.number().min(0).max(1).default(0),
  /** Added latency per call, ms. */
  EMULATOR_DELAY_MS: intFrom(0),
});

export type EmulatorEnv = z.infer<typeof emulatorSchema>;

export function getEmulatorEnv(): EmulatorEnv {
  return emulatorSchema.parse(process.env);
}
