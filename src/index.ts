// provider-fallback: turn any LLM client error into the registry code the docs use, with the
// action to take. Zero runtime dependencies: the tables are generated data.
import { classifyWith, docsUrlFor } from './classify/classify.js';
import type { Hint } from './classify/evidence.js';
import type { Classification } from './classify/types.js';
import { DEFAULT_DOCS_BASE_URL } from './docs-base-url.js';
import { createExecutorWith, type Executor, type ExecutorOptions } from './executor/executor.js';
import { MemoryStore as MemoryStoreWithPolicy } from './executor/memory-store.js';
import type { StorePolicy } from './executor/store.js';
import { EXECUTOR_POLICY } from './generated/executor-policy.js';
import { CODE_ALIASES, MATCH_TABLES } from './generated/match-tables.js';
import { maskLookalikes } from './secrets.js';

export { ACTIONS, ERROR_CODES, ErrorCategory, ErrorSeverity, PROVIDERS } from './generated/enums.js';
export type { Action, ErrorCode, ProviderId } from './generated/enums.js';
export type { Classification } from './classify/types.js';
export type { Hint } from './classify/evidence.js';
export { MAX_RETRY_AFTER_MS, parseGoDuration } from './classify/retry-after.js';
export { DEFAULT_DOCS_BASE_URL } from './docs-base-url.js';

let docsBaseUrl = DEFAULT_DOCS_BASE_URL;

/**
 * Point `docsUrl` at a copy of the docs site (`npm start` serves one on http://localhost:4321) or
 * at another REFERENCE.md. The CLI reads PROVIDER_FALLBACK_DOCS_URL for the same purpose.
 */
export function setDocsBaseUrl(url: string): void {
  docsBaseUrl = url;
}

/**
 * Classifies anything an LLM client can throw or return: SDK errors (openai, groq-sdk, the AI SDK),
 * fetch/undici and Node system errors, Response-like objects, parsed JSON bodies, OpenRouter
 * stream chunks, or a pasted log line. Never throws; unknown input gives code UNKNOWN.
 */
export function classify(input: unknown, hint?: Hint): Classification {
  return classifyWith(MATCH_TABLES, input, hint, { docsBaseUrl });
}

/** The docs page of a code (aliases such as the seed's bare `429` resolve). */
export function docsUrl(code: string): string {
  return docsUrlFor(docsBaseUrl, Object.hasOwn(CODE_ALIASES, code) ? CODE_ALIASES[code]! : code);
}

/** The fallback executor; unless its options name others, it uses `classify` and the executor policy this package shipped. */
export function createExecutor(options: ExecutorOptions): Executor {
  return createExecutorWith({ policy: EXECUTOR_POLICY, classify, mask: maskLookalikes }, options);
}

/** The executor's in-process store (its default one); without a policy, the shipped executor policy. */
export class MemoryStore extends MemoryStoreWithPolicy {
  constructor(policy: StorePolicy = EXECUTOR_POLICY) {
    super(policy);
  }
}

export { ChainExhaustedError, RequestFailedError } from './executor/executor.js';
export type { Executor, ExecutorOptions, ExecuteOptions } from './executor/executor.js';
export { RedisStore } from './executor/redis-store.js';
export type { RedisStoreOptions, RedisLike } from './executor/redis-store.js';
export { StreamInterruptedError } from './executor/stream.js';
export { targetsFromRegistry } from './executor/registry-targets.js';
export { chatTokens } from './executor/tokens.js';
export type { ChatMessageLike } from './executor/tokens.js';
export { prometheusMetrics, METRIC_NAMES } from './executor/metrics.js';
export type { ExecutorMetrics } from './executor/metrics.js';
export type { Limits } from './executor/limiter.js';
export type { StreamOptions } from './executor/stream.js';
export type { AlertEvent, AlertType } from './executor/events.js';
export type { ExecutorStore, Admission, MaybePromise } from './executor/store.js';
export type { AttemptContext, AttemptRecord, Classifier, ExecutionResult, ExecutorPolicy, RequestFn, Runtime, Target } from './executor/types.js';
