// The registry's data model. Every other artifact is derived from values that pass these schemas.
// Objects are .strict(): an unknown or misspelt field is an error, not silently ignored.
import { z } from 'zod';
import type { Condition } from '../src/classify/conditions.js';
import type { RuntimeRegistry } from '../src/data/types.js';

export const ERROR_CATEGORIES = [
  'RATE_LIMIT', 'QUOTA', 'AUTH', 'MODEL_UNAVAILABLE', 'CONTEXT_LENGTH', 'CONTENT_POLICY',
  'INVALID_REQUEST', 'SERVER', 'OVERLOADED', 'TIMEOUT', 'NETWORK', 'STREAMING', 'CONFIG', 'CACHE',
  'UNKNOWN',
] as const;
type ErrorCategoryName = Exclude<(typeof ERROR_CATEGORIES)[number], 'UNKNOWN'>;
export const ERROR_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export const ACTIONS = ['retry', 'fallback', 'fallback-larger-context', 'fallback-other-provider', 'fail'] as const;
export const SOURCES = ['http', 'network', 'groq', 'openai', 'openrouter', 'litellm', 'kilo'] as const;
export const FALLBACK_KINDS = ['general', 'context_window', 'content_policy'] as const;
export const PROVIDER_IDS = ['groq', 'openai', 'openrouter', 'litellm', 'kilo'] as const;
export const ENTRY_LIFECYCLES = ['active', 'deprecated', 'removed'] as const;
export const SEED_GAP_IDS = [
  'P0-1', 'P0-2', 'P0-3',
  'P1-1', 'P1-2', 'P1-3', 'P1-4', 'P1-5',
  'P2-1', 'P2-2', 'P2-3', 'P2-4', 'P2-5', 'P2-6', 'P2-7',
  'P3-1', 'P3-2', 'P3-3', 'P3-4', 'P3-5', 'P3-6', 'P3-7', 'P3-8',
] as const;
/**
 * The retry_policy keys the Router reads (get_num_retries_from_retry_policy in
 * litellm/router_utils/get_retry_from_policy.py @ 51dc44e7). RetryPolicy also declares
 * InternalServerErrorRetries, but nothing reads it: 5xx follow router_settings.num_retries.
 */
export const RETRY_POLICY_KEYS = [
  'BadRequestErrorRetries', 'AuthenticationErrorRetries', 'TimeoutErrorRetries',
  'RateLimitErrorRetries', 'ContentPolicyViolationErrorRetries',
] as const;

/**
 * The allowed_fails_policy keys the Router reads (Router.get_allowed_fails_from_policy, litellm/router.py
 * @ f292d1ae): InternalServerErrorAllowedFails exists in the type but is never read, so 5xx use allowed_fails.
 */
export const ALLOWED_FAILS_POLICY_KEYS = [
  'BadRequestErrorAllowedFails', 'AuthenticationErrorAllowedFails', 'TimeoutErrorAllowedFails',
  'RateLimitErrorAllowedFails', 'ContentPolicyViolationErrorAllowedFails',
] as const;

const nonEmpty = z.string().trim().min(1);
/** Error codes: the seed's descriptive ids (`groq-rate-limit`), Node codes (`ECONNREFUSED`), or `http-429`. */
export const CODE_PATTERN = /^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[A-Z][A-Z0-9_]*)$/;
const code = z.string().regex(CODE_PATTERN, 'must be kebab-case (groq-rate-limit) or an upper-case Node code (ECONNREFUSED)');
// 200 to 599: the statuses classify reads (asStatus in src/classify/text.ts); a rule on a 1xx would never
// match. test/registry-validation.test.ts holds the two ranges equal.
const STATUS_RANGE = 'must be an HTTP status between 200 and 599 (the statuses classify reads)';
const httpStatus = z.number().int().min(200, STATUS_RANGE).max(599, STATUS_RANGE);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');
const semver = z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 0.1.0');
const envName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be an upper-case environment variable name');

/**
 * One way to recognise an error. Every field present must hold (AND); an entry matches when any of
 * its rules does (OR). More specific evidence scores higher, so the most specific entry wins.
 */
export const MatchRuleSchema = z.object({
  /** Upstream provider the error comes from (after unwrapping LiteLLM). */
  provider: z.array(z.enum(PROVIDER_IDS)).min(1).optional(),
  status: z.array(httpStatus).min(1).optional(),
  /** String `error.code` values (OpenAI, Groq, LiteLLM). */
  code: z.array(nonEmpty).min(1).optional(),
  /** `error.type` values. */
  type: z.array(nonEmpty).min(1).optional(),
  /** OpenRouter `error.metadata.error_type`. */
  errorType: z.array(nonEmpty).min(1).optional(),
  /** OpenRouter 402 `error.metadata.limit_source`. */
  limitSource: z.array(nonEmpty).min(1).optional(),
  /** Node system or undici codes anywhere in the `cause` chain (`ECONNREFUSED`, `UND_ERR_SOCKET`). */
  errno: z.array(nonEmpty).min(1).optional(),
  /** Error class or DOMException names anywhere in the chain (`TimeoutError`, `APIConnectionTimeoutError`). */
  name: z.array(nonEmpty).min(1).optional(),
  /** Case-insensitive regular expressions over the error text; any one must match. Must be ReDoS-safe. */
  message: z.array(nonEmpty).min(1).optional(),
  /** True when the error arrived inside an HTTP 200 stream. */
  stream: z.boolean().optional(),
}).strict().refine((r) => Object.keys(r).length > 0, 'a match rule needs at least one condition');

/** A real payload shape. Each sample must classify to its own entry (the drift test checks it). */
export const SampleSchema = z.object({
  /** Where the shape was seen (issue, doc page). */
  source: nonEmpty,
  /** What the client saw. `http`: a response; `stream`: a 200 SSE stream carrying an error chunk;
   *  `error`: a thrown error (network, SDK); `text`: a pasted log line. */
  kind: z.enum(['http', 'stream', 'error', 'text']),
  /** The upstream provider a hint would name (`classify(x, { provider })`), when the payload alone does not tell. */
  hintProvider: z.enum(PROVIDER_IDS).optional(),
  status: httpStatus.optional(),
  /** Header values as they travel on the wire: visible ASCII only (Node rejects anything else). */
  headers: z.record(z.string(), z.string().regex(/^[\t\x20-\x7e]*$/, 'header values must be ASCII (HTTP rejects other characters)')).optional(),
  body: z.unknown().optional(),
  /** For `kind: error`: the thrown error, outermost first; `cause` nests. */
  error: z.lazy((): z.ZodType<SampleError> => SampleErrorSchema).optional(),
  text: z.string().optional(),
}).strict().superRefine((s, ctx) => {
  const need: Record<string, string[]> = { http: ['status', 'body'], stream: ['body'], error: ['error'], text: ['text'] };
  for (const field of need[s.kind] ?? []) {
    if ((s as Record<string, unknown>)[field] === undefined) {
      ctx.addIssue({ code: 'custom', path: [field], message: `a '${s.kind}' sample needs '${field}'` });
    }
  }
});

export interface SampleError {
  name: string;
  message: string;
  code?: string | undefined;
  errno?: number | undefined;
  syscall?: string | undefined;
  status?: number | undefined;
  cause?: SampleError | undefined;
}
const SampleErrorSchema: z.ZodType<SampleError> = z.lazy(() => z.object({
  name: nonEmpty,
  message: z.string(),
  code: z.string().optional(),
  errno: z.number().int().optional(),
  syscall: z.string().optional(),
  status: httpStatus.optional(),
  cause: SampleErrorSchema.optional(),
}).strict());

/** The `provider-fallback` subcommands an installed package runs; `generate` needs a checkout of the repository. */
export const INSTALLED_SUBCOMMANDS = ['init', 'explain', 'scan', 'doctor'] as const;

/** Each `provider-fallback <subcommand>` a command runs that an installed package does not have. */
export function checkoutOnlyCalls(command: string): string[] {
  return [...command.matchAll(/\bprovider-fallback\s+([a-z][\w-]*)/g)].map((m) => m[1]!).filter((sub) => !(INSTALLED_SUBCOMMANDS as readonly string[]).includes(sub));
}

const shellCommand = nonEmpty.superRefine((command, ctx) => {
  for (const sub of checkoutOnlyCalls(command)) {
    ctx.addIssue({ code: 'custom', message: `runs \`provider-fallback ${sub}\`, which an installed package does not have (it has ${INSTALLED_SUBCOMMANDS.join(', ')}); name the checkout's npm script or another command` });
  }
});

/** A shell command in both shells. Either may be omitted only when it truly does not apply. */
export const CommandSchema = z.object({
  bash: shellCommand.optional(),
  powershell: shellCommand.optional(),
}).strict().refine((c) => c.bash !== undefined || c.powershell !== undefined, 'a command needs bash or powershell');

export const ResolutionStepSchema = z.object({
  text: nonEmpty,
  command: CommandSchema.optional(),
}).strict();

export const PlaybookSchema = z.object({
  detect: nonEmpty,
  triage: z.array(nonEmpty).min(1),
  mitigate: z.array(nonEmpty).min(1),
  escalate: nonEmpty,
}).strict();

/** A Prometheus duration such as 5m. */
const promDuration = z.string().regex(/^\d+[smhd]$/, 'must be a Prometheus duration such as 30s, 5m or 1h');
const promName = z.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, 'must be a Prometheus metric or label name');
/** Label matchers: `value` matches exactly; `=~re`, `!=value` and `!~re` as in PromQL. */
const labelMatchers = z.record(promName, z.string());
const signalBase = { metric: promName, labels: labelMatchers, by: z.array(promName).default([]) };

/** What the rule measures; the generator writes the PromQL (`for` and `window` are on the rule). */
export const AlertSignalSchema = z.discriminatedUnion('kind', [
  /** sum by (by) (increase(metric{labels}[window])) > threshold */
  z.object({ kind: z.literal('count'), ...signalBase }).strict(),
  /** sum by (by) (rate(metric{labels}[window])) / sum by (by) (rate(total{totalLabels}[window])) > threshold (a fraction) */
  z.object({ kind: z.literal('ratio'), ...signalBase, total: promName, totalLabels: labelMatchers }).strict(),
  /** max by (by) (metric{labels}) <op> threshold */
  z.object({ kind: z.literal('gauge'), ...signalBase, op: z.enum(['==', '!=', '>', '<', '>=', '<=']) }).strict(),
]);

export const AlertRuleSchema = z.object({
  severity: z.enum(['warning', 'critical']),
  signal: AlertSignalSchema,
  threshold: z.number().min(0),
  /** The range of count and ratio signals. */
  window: promDuration.optional(),
  /** How long the condition must hold before the alert fires (0m: at once). */
  for: promDuration,
  /** One line for the alert's summary annotation. It may use {{ $labels.x }} but not $value: the
   *  generated promtool tests compare annotations exactly, and the description states the threshold. */
  summary: nonEmpty.refine((t) => !t.includes('$value'), 'must not use $value (the unit tests compare annotations exactly)'),
}).strict().refine((r) => r.signal.kind === 'gauge' || r.window !== undefined, { message: 'count and ratio signals need a window', path: ['window'] });

/** The metrics a rule may read, with their labels, and where those names come from. */
export const MetricsSchema = z.object({
  source: z.lazy(() => SourceRefSchema),
  names: z.record(promName, z.array(promName)),
}).strict();

/** Either the rule (registry/alerts.ts) that detects this error, or why none can. */
export const AlertSchema = z.discriminatedUnion('fires', [
  z.object({ fires: z.literal(true), rule: nonEmpty }).strict(),
  z.object({ fires: z.literal(false), why: nonEmpty }).strict(),
]);

/** Where an entry's facts come from: a public page (provider docs, changelog, issue thread), or for
 *  LiteLLM, Kilo Code and SDK behaviour the upstream file and function read at a commit. */
export const SourceRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('web'), title: nonEmpty, url: z.url() }).strict(),
  z.object({
    kind: z.literal('upstream'),
    /** owner/name on GitHub. */
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/name'),
    path: nonEmpty,
    /** The function, class or constant that holds the behaviour. */
    symbol: nonEmpty,
    commit: z.string().regex(/^[0-9a-f]{40}$/, 'must be a full 40-character commit hash'),
    release: nonEmpty.nullable().optional(),
  }).strict(),
]);

export const SeedInfoSchema = z.object({
  /** The id as the seed wrote it, kept exactly. */
  id: nonEmpty,
  /** Where the seed's description is wrong or imprecise: what really happens. */
  correction: nonEmpty.optional(),
}).strict();

export const ErrorEntrySchema = z.object({
  code,
  /** Other ids that resolve to this entry (the seed's bare `429`, older spellings). */
  aliases: z.array(nonEmpty).default([]),
  title: nonEmpty,
  source: z.enum(SOURCES),
  category: z.enum(ERROR_CATEGORIES),
  severity: z.enum(ERROR_SEVERITIES),
  httpStatus: httpStatus.nullable(),
  retryable: z.boolean(),
  action: z.enum(ACTIONS),
  /** Empty only for a pointer entry (one with `seeAlso`): a seed code no provider really emits. */
  match: z.array(MatchRuleSchema),
  samples: z.array(SampleSchema),
  summary: nonEmpty,
  cause: nonEmpty,
  resolution: z.array(ResolutionStepSchema).min(1, 'needs at least one resolution step'),
  windows: nonEmpty.optional(),
  related: z.array(code).default([]),
  litellm: z.object({
    /** The LiteLLM exception class this maps to, or null when LiteLLM never raises it. */
    exception: nonEmpty.nullable(),
    retryPolicyKey: z.enum(RETRY_POLICY_KEYS).nullable(),
  }).strict(),
  playbook: PlaybookSchema,
  alert: AlertSchema,
  seedGaps: z.array(z.enum(SEED_GAP_IDS)).default([]),
  seed: SeedInfoSchema.optional(),
  /** For a seed code that does not match real behaviour: the entry to use instead. */
  seeAlso: code.optional(),
  /** Public evidence for the entry's facts; the code's page lists it. */
  sources: z.array(SourceRefSchema).min(1, 'needs at least one public source (a provider page, an issue thread, or an upstream file at a commit)'),
  /** Where the code is in its life: active, deprecated (still emitted, a better code exists) or removed (kept only in the ledger). */
  lifecycle: z.enum(ENTRY_LIFECYCLES),
  since: semver,
}).strict().superRefine((e, ctx) => {
  if (e.seeAlso !== undefined) return;
  if (e.match.length === 0) ctx.addIssue({ code: 'custom', path: ['match'], message: 'needs at least one match rule (or seeAlso, for a seed code no provider emits)' });
  if (e.samples.length === 0) ctx.addIssue({ code: 'custom', path: ['samples'], message: 'needs at least one real sample (or seeAlso, for a seed code no provider emits)' });
  if (e.seeAlso === e.code) ctx.addIssue({ code: 'custom', path: ['seeAlso'], message: 'cannot point to itself' });
});

/**
 * What in an error's text shows that this provider (or layer) produced it. Literals are found by the
 * scanner: `hosts` as whole host names and `phrases` case-insensitively, `wrappers` (LiteLLM's
 * `GroqException`, a product name) as written and as whole names, so case tells a provider from a
 * model-group name such as `openrouter-tertiary`. For the layers (the LiteLLM proxy, Kilo Code),
 * `wrappers` only show that the layer relayed or raised the error (they name nobody), while
 * `phrases` are its own error wordings and name it.
 */
export const RecognitionSchema = z.object({
  /** Lower first: when two providers' markers appear, the lower precedence wins (an OpenRouter error quoting an OpenAI host is OpenRouter's). */
  precedence: z.number().int().min(0),
  hosts: z.array(nonEmpty.regex(/^[a-z0-9.-]+$/, 'must be a lower-case host name')).default([]),
  wrappers: z.array(nonEmpty).default([]),
  /** Distinctive wordings, lower-case. */
  phrases: z.array(nonEmpty.refine((p) => p === p.toLowerCase(), 'phrases are matched lower-cased: write them in lower case')).default([]),
  /** Response headers only this provider (or layer) sends, lower case (`x-groq-region`): strong evidence read from the fields. */
  headers: z.array(z.string().regex(/^[a-z0-9-]+$/, 'must be a lower-case header name')).default([]),
  /** ReDoS-safe patterns that suggest this provider but that others share (LiteLLM's `OpenAIException`): weak evidence. An SDK's or API's bare name is not even that. */
  weakPatterns: z.array(nonEmpty).default([]),
  /** Shape of the provider's organisation ids (`org_01…`), a ReDoS-safe regex. */
  orgIdPattern: nonEmpty.nullable().default(null),
  /** Shape of the provider's own model ids (weak evidence, used when no host, wrapper or wording names a provider). */
  modelIdPattern: nonEmpty.nullable().default(null),
}).strict();

export const ProviderSchema = z.object({
  id: z.enum(PROVIDER_IDS),
  name: nonEmpty,
  role: z.enum(['primary', 'secondary', 'tertiary', 'proxy', 'client']),
  keyEnv: envName.nullable(),
  /** Key format: a prefix and a full pattern (checked by `doctor`). */
  keyFormat: z.object({ prefix: nonEmpty, pattern: nonEmpty, example: nonEmpty }).strict().nullable(),
  baseUrl: z.url(),
  health: z.object({ method: z.enum(['GET', 'POST']), path: nonEmpty, auth: z.boolean(), note: nonEmpty }).strict(),
  docsUrl: z.url(),
  statusUrl: z.url().nullable(),
  /** The LiteLLM model prefix (`groq/`). */
  litellmPrefix: nonEmpty.nullable(),
  /** Which limit window each x-ratelimit-remaining-* header reports (Groq's -requests is per day, OpenAI's per minute); null when the provider sends none the executor can use. */
  rateLimitHeaders: z.object({ requests: z.enum(['rpm', 'rpd']), tokens: z.enum(['tpm', 'tpd']), source: z.url() }).strict().nullable(),
  recognition: RecognitionSchema,
}).strict();

const limit = z.number().int().positive().nullable();
export const ModelSchema = z.object({
  /** Provider model id as the provider's API takes it (`openai/gpt-oss-120b`). */
  id: nonEmpty,
  provider: z.enum(PROVIDER_IDS),
  contextWindow: z.number().int().positive(),
  maxOutputTokens: z.number().int().positive().nullable(),
  /** Published limits for the plan named in `limitsPlan`; null where the provider publishes none. */
  limits: z.object({ rpm: limit, rpd: limit, tpm: limit, tpd: limit }).strict(),
  limitsPlan: nonEmpty,
  lifecycle: z.object({
    stage: z.enum(['current', 'preview', 'deprecated', 'retired']),
    retiredOn: isoDate.optional(),
    shutdownOn: isoDate.optional(),
    announcedOn: isoDate.optional(),
    /** The provider's own page that announces it. */
    source: z.url().optional(),
    checkedOn: isoDate.optional(),
    replacement: nonEmpty.optional(),
    note: nonEmpty.optional(),
  }).strict().refine((l) => l.stage !== 'retired' || (l.retiredOn && l.replacement), {
    message: 'a retired model needs retiredOn and replacement',
  }).refine((l) => l.stage !== 'deprecated' || (l.shutdownOn && l.announcedOn && l.replacement && l.source && l.checkedOn), {
    message: 'a deprecated model needs shutdownOn, announcedOn, replacement, source and checkedOn',
  }),
}).strict();

/** One LiteLLM deployment: a `model_list` item. */
export const DeploymentSchema = z.object({
  modelName: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a kebab-case model_name'),
  provider: z.enum(PROVIDER_IDS),
  model: nonEmpty,
  /** Seconds for the whole response, and to the first streamed chunk. */
  timeout: z.number().positive(),
  streamTimeout: z.number().positive(),
  /** Routing hints; default to the model's published limits. */
  rpm: z.number().int().positive().optional(),
  tpm: z.number().int().positive().optional(),
  /** Why rpm/tpm are what they are (rendered as a YAML comment). */
  limitsNote: nonEmpty,
  purpose: nonEmpty,
}).strict();

export const FallbackChainSchema = z.object({
  kind: z.enum(FALLBACK_KINDS),
  from: nonEmpty,
  to: z.array(nonEmpty).min(1),
  why: nonEmpty,
}).strict();

export const EnvVarSchema = z.object({
  name: envName,
  purpose: nonEmpty,
  requiredBy: z.array(nonEmpty).min(1),
  required: z.boolean(),
  secret: z.boolean(),
  /** Regular expression the value must match (checked by `doctor`). */
  format: nonEmpty.optional(),
  placeholder: z.string(),
  /** How to make a value, in both shells. */
  generate: CommandSchema.optional(),
  warning: nonEmpty.optional(),
  group: z.enum(['providers', 'proxy', 'database', 'cache', 'tools']),
}).strict();

/** Proxy-wide LiteLLM settings that are choices, not facts; each has its reason beside it. */
export const ProxySettingsSchema = z.object({
  /** The LiteLLM release the config is written for (its header says so; doctor and the guide name it). */
  litellmRelease: z.string().regex(/^v\d+\.\d+\.\d+$/, 'must be a LiteLLM release tag such as v1.81.12'),
  port: z.number().int().min(1).max(65535),
  numRetries: z.number().int().min(0),
  allowedFails: z.number().int().min(0),
  /**
   * Failures of one exception class a deployment may have within cooldown_time before it cools
   * down. 0 is not allowed: Router.get_allowed_fails_from_policy treats 0 as unset.
   */
  allowedFailsPolicy: z.partialRecord(z.enum(ALLOWED_FAILS_POLICY_KEYS), z.number().int().min(1)),
  cooldownTimeSeconds: z.number().positive(),
  routerTimeoutSeconds: z.number().positive(),
  requestTimeoutSeconds: z.number().positive(),
  cacheTtlSeconds: z.number().int().positive(),
  maxBudgetUsd: z.number().positive(),
  budgetDuration: z.string().regex(/^\d+(?:s|m|h|d|mo)$/, 'must be a LiteLLM duration such as 30d'),
  /** Export Prometheus metrics on /metrics (litellm_settings.callbacks). */
  prometheusMetrics: z.boolean(),
}).strict();

/** Error classes of one library, as it defines and prints them. */
export const ErrorClassLibrarySchema = z.object({
  library: nonEmpty,
  /** The file the classes were read from; a class with its own `source` overrides it. */
  source: z.lazy(() => SourceRefSchema).optional(),
  classes: z.array(z.object({
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]*$/, 'must be a class name as printed'),
    /** The HTTP status the class stands for, when it stands for one. */
    status: httpStatus.nullable(),
    category: z.enum(ERROR_CATEGORIES).nullable(),
    source: z.lazy(() => SourceRefSchema).optional(),
  }).strict().refine((c) => c.status !== null || c.category !== null, 'a class that gives neither status nor category tells the classifier nothing: leave it out')).min(1),
}).strict().superRefine((lib, ctx) => {
  lib.classes.forEach((c, i) => {
    if (!c.source && !lib.source) ctx.addIssue({ code: 'custom', path: ['classes', i, 'source'], message: 'needs a source (on the class or its library)' });
  });
});

const lowerPhrase = nonEmpty.refine((p) => p === p.toLowerCase(), 'is matched lower-cased: write it in lower case');

/** A category a wording, a status or a rule can make evident: any but UNKNOWN (what nothing makes evident). */
const evidentCategory = z.enum(ERROR_CATEGORIES.filter((c) => c !== 'UNKNOWN') as [ErrorCategoryName, ...ErrorCategoryName[]]);

/** A table keyed by HTTP status: every key must be an error status. */
function errorStatusKeys(table: Record<string, unknown>, ctx: z.RefinementCtx): void {
  for (const status of Object.keys(table)) if (!/^[45]\d\d$/.test(status)) ctx.addIssue({ code: 'custom', path: [status], message: 'is not an error status (4xx or 5xx)' });
}

/** Documented formats and recurring wordings (registry/wordings.ts). */
export const WordingsSchema = z.object({
  statusShapes: z.array(z.object({ pattern: nonEmpty, example: nonEmpty }).strict()).min(1),
  bareStatus: z.object({ pattern: nonEmpty, examples: z.array(nonEmpty).min(1), counterexamples: z.array(nonEmpty).min(1) }).strict(),
  reasonPhrases: z.record(lowerPhrase, httpStatus),
  statusCategories: z.record(z.string(), evidentCategory).superRefine(errorStatusKeys),
  /** Categories whose wordings decide at one status besides `specificCategories` (which decide at any). */
  specificAtStatus: z.record(z.string(), z.array(evidentCategory).min(1)).superRefine(errorStatusKeys),
  categories: z.record(evidentCategory, z.object({
    genericCode: code,
    /** The code instead of `genericCode` when the error came through the LiteLLM proxy (a LiteLLM wrapper or wording in it): the proxy's own code for the category. */
    viaLitellm: code.optional(),
    phrases: z.array(lowerPhrase).min(1),
    /** Last-resort cues: common words read only when nothing else is evident. */
    cues: z.array(lowerPhrase).optional(),
  }).strict()),
  categoryPrecedence: z.array(z.enum(ERROR_CATEGORIES)),
  specificCategories: z.array(z.enum(ERROR_CATEGORIES)),
  otherProviders: z.record(nonEmpty, z.array(lowerPhrase).min(1)),
}).strict();

/** The docs site: where `npm start` serves it (runbook links in the generated alert rules). */
export const SiteSchema = z.object({ localUrl: z.url() }).strict();

/** Lead sentences of generated pages, by name. */
export const PAGE_TEXTS = [
  'referenceIntro', 'referenceHowToRead', 'samplesIntro', 'sourcesIntro', 'providerLimits', 'fallbackWalk', 'chainTriggers',
  'environmentIntro', 'litellmConfigIntro',
] as const;

/** The words for the enums, keyed by them (z.record over an enum requires every key). */
export const VocabularySchema = z.object({
  categories: z.record(z.enum(ERROR_CATEGORIES), nonEmpty),
  actions: z.record(z.enum(ACTIONS), nonEmpty),
  fallbackKinds: z.record(z.enum(FALLBACK_KINDS), z.object({
    /** A few words for tables (`any failure`). */
    label: nonEmpty,
    /** The router_settings key that holds chains of this kind. */
    litellmKey: nonEmpty,
    /** Which failures LiteLLM sends down chains of this kind. */
    takes: nonEmpty,
  }).strict()),
  /** What classify() returns when nothing matched, and what to do then. */
  unknown: z.object({ summary: nonEmpty, behaviour: nonEmpty, steps: z.array(nonEmpty).min(1) }).strict(),
  playbook: z.object({ intro: nonEmpty, firstFiveMinutes: z.array(z.lazy(() => ResolutionStepSchema)).min(1) }).strict(),
  pages: z.record(z.enum(PAGE_TEXTS), nonEmpty),
}).strict();

/** The keys of the generated proxy_config.yaml that carry a comment (each must have one). */
export const CONFIG_NOTE_KEYS = [
  'model_list', 'router_settings', 'fallbackChains', 'retry_policy', 'allowed_fails_policy', 'cooldown_time', 'enable_pre_call_checks',
  'redis_host', 'litellm_settings', 'drop_params', 'cache', 'max_budget', 'callbacks', 'general_settings', 'master_key', 'background_health_checks',
] as const;
/**
 * One comment of the generated config. A note about LiteLLM's run-time behaviour names where that
 * behaviour was read (file, symbol, commit), so the next upgrade can recheck it; a note that only
 * explains this config's own choice needs none.
 */
export const ConfigNoteSchema = z.object({
  text: nonEmpty,
  /** 'litellm': how LiteLLM behaves at run time; 'setting': what a documented setting does; 'config': this config's own choice. */
  about: z.enum(['litellm', 'setting', 'config']),
  evidence: z.array(SourceRefSchema),
}).strict().refine((n) => n.about !== 'litellm' || n.evidence.some((e) => e.kind === 'upstream' && e.repo === 'BerriAI/litellm'), {
  message: 'says how LiteLLM behaves, so it needs evidence: an upstream BerriAI/litellm file, symbol and commit',
  path: ['evidence'],
}).refine((n) => n.about !== 'setting' || n.evidence.length > 0, {
  message: 'says what a LiteLLM setting does, so it needs evidence: the LiteLLM docs page or the upstream code',
  path: ['evidence'],
});
export const ConfigNotesSchema = z.record(z.enum(CONFIG_NOTE_KEYS), ConfigNoteSchema);

/** An opt-in config profile: a service beside the proxy, its variables (an env group) and its file. */
export const PROFILE_IDS = ['redis', 'postgres'] as const;
export const ProfileSchema = z.object({
  id: z.enum(PROFILE_IDS),
  envGroup: z.enum(['cache', 'database']),
  file: z.string().regex(/^litellm\/proxy_config\.[a-z-]+\.yaml$/, 'profile configs live beside the default as litellm/proxy_config.<profile>.yaml'),
  purpose: nonEmpty,
  /** The config keys it adds, as shown in the docs. */
  adds: z.array(nonEmpty).min(1),
}).strict();

export const SeedGapSchema = z.object({
  id: z.enum(SEED_GAP_IDS),
  title: nonEmpty,
  recommendation: nonEmpty,
  /** Where this project closes it (file, command or page). */
  closedBy: z.array(nonEmpty).min(1),
}).strict();

/** What the fallback executor does per error category (src/executor/). The code's own `action` says
 *  where a request may go next; this table says how often to retry the same target, how long a
 *  failed target is skipped, and whether the failure counts against its circuit breaker. */
const CategoryPolicySchema = z.object({
  /** Retries on the same target before switching (0: switch at once). */
  sameTargetRetries: z.number().int().min(0).max(5),
  /** Retry the same target only when no other target can take the request (a capacity signal). */
  retryOnlyWithoutAlternative: z.boolean(),
  /** How long the target is skipped after this failure, at least (a server-stated wait can make it longer). */
  cooldownMs: z.number().int().min(0),
  /** Whether the failure is a health signal that counts against the target's circuit breaker. */
  breaker: z.boolean(),
  /** Base of the full-jitter backoff for a same-target retry. */
  backoffBaseMs: z.number().int().positive(),
  why: nonEmpty,
}).strict();

export const ExecutorPolicySchema = z.object({
  maxAttempts: z.number().int().min(1).max(20),
  deadlineMs: z.number().int().positive(),
  /** A server-requested wait above this becomes a cooldown of the target and a switch, never a sleep. */
  maxServerWaitMs: z.number().int().positive(),
  backoff: z.object({ factor: z.number().min(1), capMs: z.number().int().positive() }).strict(),
  /** Requests waiting for a target to have room (a cooldown to end, a rate limit to refill): at most `maxWaiting` at once, each at most `maxWaitMs` (and never past its deadline); wake-ups are spread by up to `jitter` of the wait. */
  queue: z.object({ maxWaiting: z.number().int().min(0), maxWaitMs: z.number().int().min(0), jitter: z.number().min(0).max(1) }).strict(),
  /** Once a target has `minSamples` successful attempts, its attempt timeout is clamp(multiplier × p99 latency, minMs, the configured timeout). */
  adaptiveTimeout: z.object({ minSamples: z.number().int().min(1), multiplier: z.number().min(1), minMs: z.number().int().positive() }).strict(),
  /** Retries (attempts after the first) allowed per request over the window, plus a floor per second. */
  retryBudget: z.object({ ratio: z.number().min(0).max(1), windowMs: z.number().int().positive(), minPerSecond: z.number().min(0) }).strict(),
  breaker: z.object({
    consecutiveFailures: z.number().int().min(1),
    failureRate: z.number().gt(0).max(1),
    windowMs: z.number().int().positive(),
    minCalls: z.number().int().min(1),
    openMs: z.number().int().positive(),
    maxOpenMs: z.number().int().positive(),
    halfOpenProbes: z.number().int().min(1),
  }).strict(),
  /** Exhaustive: zod requires a row for every category (UNKNOWN included). */
  categories: z.record(z.enum(ERROR_CATEGORIES), CategoryPolicySchema),
}).strict();

/** An alert over the fallback executor's own metrics (src/executor/metrics.ts), with the series
 *  that make it fire and stay quiet in its generated promtool test. */
export const ExecutorAlertSchema = z.object({
  name: z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'alert names are PascalCase'),
  severity: z.enum(['warning', 'critical']),
  expr: nonEmpty,
  for: promDuration,
  summary: nonEmpty.refine((t) => !t.includes('$value'), 'must not use $value (the unit tests compare annotations exactly)'),
  /** The registry code whose page is the runbook. */
  code: nonEmpty,
  example: z.object({
    /** Input series (metric and labels) with their values when the alert must fire and when it must not. */
    series: z.array(z.object({ series: nonEmpty, fire: nonEmpty, quiet: nonEmpty }).strict()).min(1),
    /** The labels the fired alert carries besides severity and code (its `by` labels). */
    labels: z.record(z.string(), z.string()),
  }).strict(),
}).strict();

/**
 * A scenario: a fallback chain, faults injected into its targets over time, and requests. The
 * scenario harness (scenarios/run.ts) runs the executor through it on fake time against mock
 * providers; its page is generated from that run. Times are ms from the scenario's start.
 */
const ScenarioFaultSchema = z.discriminatedUnion('kind', [
  /** Answer with the HTTP sample `sample` of the registry entry `code`, as the provider sent it. */
  z.object({ kind: z.literal('sample'), code: nonEmpty, sample: z.number().int().min(0).default(0) }).strict(),
  /** The connection fails the way undici reports it: a TypeError 'fetch failed' whose cause carries the errno. */
  z.object({ kind: z.literal('network'), errno: z.enum(['ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET']) }).strict(),
  /** No byte ever comes back. */
  z.object({ kind: z.literal('hang') }).strict(),
  /** A 200 stream that sends `afterChunks` chunks and then loses its socket. */
  z.object({ kind: z.literal('stream-cut'), afterChunks: z.number().int().min(1) }).strict(),
]);

/** What a step of a scenario expects the run to show; scenario pages mark each step by what the run did. */
const StepCheckSchema = z.discriminatedUnion('kind', [
  /** One of these codes was classified from a failed attempt. */
  z.object({ kind: z.literal('code'), codes: z.array(nonEmpty).min(1) }).strict(),
  /** A provider-stated wait was read from the failure (header, body or message). */
  z.object({ kind: z.literal('retry-after') }).strict(),
  /** A request moved to another target after a failure. */
  z.object({ kind: z.literal('switch') }).strict(),
  /** A request was retried on the same target after a backoff. */
  z.object({ kind: z.literal('backoff') }).strict(),
  /** An attempt ran under an adaptive time limit shorter than the configured one. */
  z.object({ kind: z.literal('adaptive-timeout') }).strict(),
  /** The executor raised this alert. */
  z.object({ kind: z.literal('alert'), type: nonEmpty }).strict(),
  /** This counter moved, for series with these labels. */
  z.object({ kind: z.literal('metric'), metric: nonEmpty, labels: z.record(z.string(), z.string()).default({}) }).strict(),
  /** A request went past the first target of the chain while it was healthy: its rate-limit windows had no room. */
  z.object({ kind: z.literal('preempted') }).strict(),
  /** A target's circuit breaker went to this state. */
  z.object({ kind: z.literal('breaker'), state: z.enum(['open', 'half-open', 'closed']) }).strict(),
  /** A request failed with every attempt carried in a ChainExhaustedError. */
  z.object({ kind: z.literal('exhausted') }).strict(),
  /** A stream failed after its first chunk and the caller got the partial text, nothing appended. */
  z.object({ kind: z.literal('stream-partial') }).strict(),
  /** Not the executor's job: what does it instead (a page of the site says how). */
  z.object({ kind: z.literal('elsewhere'), text: nonEmpty, link: z.string().regex(/^\/[a-z0-9/#-]*$/, 'a site path such as /guides/doctor/') }).strict(),
]);

export const ScenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase slug'),
  title: nonEmpty,
  summary: nonEmpty,
  /** The section of the seed's "Simulation Scenarios" it replays, if any. */
  seedSection: z.enum(['3.1', '3.2', '3.3']).optional(),
  /** The LiteLLM model group the chain starts from (its general fallback chain gives the targets). */
  chain: nonEmpty,
  /** Time a healthy target takes to answer, and between stream chunks. */
  latencyMs: z.number().int().positive().default(400),
  /** Time limit of one attempt (the executor's attemptTimeoutMs). */
  attemptTimeoutMs: z.number().int().positive().default(30_000),
  faults: z.array(z.object({ target: nonEmpty, fromMs: z.number().int().min(0), untilMs: z.number().int().positive(), fault: ScenarioFaultSchema }).strict()).min(1),
  /** Requests, each at a time; `stream` ones go through executor.stream. */
  requests: z.array(z.object({ atMs: z.number().int().min(0), stream: z.boolean().default(false) }).strict()).min(1),
  /** The steps the page checks against the run. `seed` carries the seed's own row for the step. */
  steps: z.array(z.object({
    step: nonEmpty,
    seed: z.object({ documented: z.enum(['yes', 'partial', 'no']), gap: nonEmpty }).strict().optional(),
    check: StepCheckSchema,
  }).strict()).min(1),
  /** What the generated proxy_config.yaml makes LiteLLM do in this scenario, and the config notes whose evidence backs it. */
  litellm: z.object({ text: nonEmpty, notes: z.array(z.enum(CONFIG_NOTE_KEYS)).min(1), evidence: z.array(SourceRefSchema).default([]) }).strict(),
}).strict();

export const RegistrySchema = z.object({
  errors: z.array(ErrorEntrySchema),
  providers: z.array(ProviderSchema),
  models: z.array(ModelSchema),
  deployments: z.array(DeploymentSchema),
  proxy: ProxySettingsSchema,
  fallbacks: z.array(FallbackChainSchema),
  env: z.array(EnvVarSchema),
  profiles: z.array(ProfileSchema),
  seedGaps: z.array(SeedGapSchema),
  site: SiteSchema,
  vocabulary: VocabularySchema,
  configNotes: ConfigNotesSchema,
  errorClasses: z.array(ErrorClassLibrarySchema),
  wordings: WordingsSchema,
  alertRules: z.record(z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'alert names are PascalCase'), AlertRuleSchema),
  metrics: MetricsSchema,
  executorPolicy: ExecutorPolicySchema,
  executorAlerts: z.array(ExecutorAlertSchema),
  scenarios: z.array(ScenarioSchema),
}).strict();

export type Scenario = z.infer<typeof ScenarioSchema>;
export type StepCheck = Scenario['steps'][number]['check'];
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];
export type ErrorSeverity = (typeof ERROR_SEVERITIES)[number];
export type Action = (typeof ACTIONS)[number];
export type ProviderId = (typeof PROVIDER_IDS)[number];
export type MatchRule = z.infer<typeof MatchRuleSchema>;
export type Sample = z.infer<typeof SampleSchema>;
export type ErrorEntry = z.infer<typeof ErrorEntrySchema>;
export type ErrorEntryInput = z.input<typeof ErrorEntrySchema>;
export type Provider = z.infer<typeof ProviderSchema>;
export type Model = z.infer<typeof ModelSchema>;
export type Deployment = z.infer<typeof DeploymentSchema>;
export type FallbackChain = z.infer<typeof FallbackChainSchema>;
export type EnvVar = z.infer<typeof EnvVarSchema>;
export type ProxySettings = z.infer<typeof ProxySettingsSchema>;
export type ExecutorPolicy = z.infer<typeof ExecutorPolicySchema>;
export type ConfigNote = z.infer<typeof ConfigNoteSchema>;
export type SeedGap = z.infer<typeof SeedGapSchema>;
export type Registry = z.infer<typeof RegistrySchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type SourceRefInput = z.input<typeof SourceRefSchema>;
export type AlertRule = z.infer<typeof AlertRuleSchema>;
export type AlertSignal = z.infer<typeof AlertSignalSchema>;
export type RegistryInput = z.input<typeof RegistrySchema>;

/** Compile-time check: what the registry validates fits what the runtime reads (src/data/types.ts). */
type Fits<T extends Omit<RuntimeRegistry, 'unknown'>> = T;
export type RegistryFitsRuntime = Fits<Registry>;
export type UnknownFitsRuntime = Fits<Registry>['vocabulary']['unknown'] extends RuntimeRegistry['unknown'] ? true : never;

/** Compile-time check: a match rule states exactly the conditions src/classify/conditions.ts defines. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
export const MATCH_RULE_KEYS_AGREE: SameKeys<MatchRule, Record<Condition, unknown>> = true;
