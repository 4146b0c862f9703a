// The registry as the runtime reads it: plain data generated into src/generated/registry-data.ts.
// registry/schema.ts (zod, maintainer-side) checks at compile time that what it validates fits
// these shapes, so the package ships no zod and no registry sources.
import type { Action, ErrorCategory, ErrorCode, ErrorSeverity, ProviderId } from '../generated/enums.js';

export type { Action, ErrorCategory, ErrorCode, ErrorSeverity, ProviderId };

export type EntryLifecycle = 'active' | 'deprecated' | 'removed';
export type ModelStage = 'current' | 'preview' | 'deprecated' | 'retired';
export type FallbackKind = 'general' | 'context_window' | 'content_policy';
export type EnvGroup = 'providers' | 'proxy' | 'database' | 'cache' | 'tools';

/** A shell command in both shells; either may be absent only where it does not apply. */
export interface ShellCommand {
  bash?: string | undefined;
  powershell?: string | undefined;
}

export interface ResolutionStep {
  text: string;
  command?: ShellCommand | undefined;
}

/** Where an entry's facts come from: a public page, or an upstream file read at a commit. */
export type SourceRef =
  | { kind: 'web'; title: string; url: string }
  | { kind: 'upstream'; repo: string; path: string; symbol: string; commit: string; release?: string | null | undefined };

/** An error entry without its match rules and samples (the classifier has those as tables). */
export interface ErrorEntryView {
  code: string;
  aliases: string[];
  title: string;
  source: string;
  category: ErrorCategory;
  severity: ErrorSeverity;
  httpStatus: number | null;
  retryable: boolean;
  action: Action;
  summary: string;
  cause: string;
  resolution: ResolutionStep[];
  windows?: string | undefined;
  related: string[];
  litellm: { exception: string | null; retryPolicyKey: string | null };
  seed?: { id: string; correction?: string | undefined } | undefined;
  seeAlso?: string | undefined;
  sources: SourceRef[];
  lifecycle: EntryLifecycle;
  since: string;
}

export interface ProviderView {
  id: ProviderId;
  name: string;
  role: string;
  keyEnv: string | null;
  keyFormat: { prefix: string; pattern: string; example: string } | null;
  baseUrl: string;
  health: { method: 'GET' | 'POST'; path: string; auth: boolean; note: string };
  docsUrl: string;
  statusUrl: string | null;
  litellmPrefix: string | null;
  rateLimitHeaders: { requests: 'rpm' | 'rpd'; tokens: 'tpm' | 'tpd'; source: string } | null;
}

export interface ModelView {
  id: string;
  provider: ProviderId;
  contextWindow: number;
  maxOutputTokens: number | null;
  limits: { rpm: number | null; rpd: number | null; tpm: number | null; tpd: number | null };
  limitsPlan: string;
  lifecycle: {
    stage: ModelStage;
    retiredOn?: string | undefined;
    /** A deprecated model: the announced shutdown, when it was announced, where, and when this was checked. */
    shutdownOn?: string | undefined;
    announcedOn?: string | undefined;
    source?: string | undefined;
    checkedOn?: string | undefined;
    replacement?: string | undefined;
    note?: string | undefined;
  };
}

export interface DeploymentView {
  modelName: string;
  provider: ProviderId;
  model: string;
  timeout: number;
  streamTimeout: number;
  rpm?: number | undefined;
  tpm?: number | undefined;
  limitsNote: string;
  purpose: string;
}

export interface FallbackChainView {
  kind: FallbackKind;
  from: string;
  to: string[];
  why: string;
}

/** An opt-in config profile (Redis, Postgres): its variables are one env group. */
export interface ProfileView {
  id: 'redis' | 'postgres';
  envGroup: 'cache' | 'database';
  file: string;
  purpose: string;
  adds: string[];
}

export interface EnvVarView {
  name: string;
  purpose: string;
  requiredBy: string[];
  required: boolean;
  secret: boolean;
  format?: string | undefined;
  placeholder: string;
  generate?: ShellCommand | undefined;
  warning?: string | undefined;
  group: EnvGroup;
}

export interface ProxyView {
  /** The LiteLLM release the generated config is written for. */
  litellmRelease: string;
  port: number;
  numRetries: number;
  allowedFails: number;
  allowedFailsPolicy: Partial<Record<string, number>>;
  cooldownTimeSeconds: number;
  routerTimeoutSeconds: number;
  requestTimeoutSeconds: number;
  cacheTtlSeconds: number;
  maxBudgetUsd: number;
  budgetDuration: string;
  prometheusMetrics: boolean;
}

/** What classify() returns when nothing matched, and what to do then. */
export interface UnknownView {
  summary: string;
  behaviour: string;
  steps: string[];
}

/** Everything the runtime (explain, doctor) reads from the registry. */
export interface RuntimeRegistry {
  unknown: UnknownView;
  errors: ErrorEntryView[];
  providers: ProviderView[];
  models: ModelView[];
  deployments: DeploymentView[];
  fallbacks: FallbackChainView[];
  env: EnvVarView[];
  profiles: ProfileView[];
  proxy: ProxyView;
}
