// The fallback executor's public types. A target is one place a request can go (a provider and
// model, or a LiteLLM model group); the caller's request function does the actual call.
import type { Classification, ProviderId } from '../classify/types.js';
import type { Hint } from '../classify/evidence.js';
import type { ErrorCategory } from '../generated/enums.js';
import type { Limits } from './limiter.js';

export interface Target {
  /** Unique within the executor: it keys cooldowns, breakers and the trace. */
  id: string;
  /** The provider behind it, passed to classify() as a hint and used by "another provider only" switches. */
  provider?: ProviderId;
  model?: string;
  /** Input tokens it accepts; "larger context only" switches compare it. */
  contextWindow?: number;
  /** Its rate limits (requests and tokens per minute and per day), enforced before each call. */
  limits?: Limits;
  /** Which window the provider's x-ratelimit-remaining-requests / -tokens headers report, to correct the local count. */
  rateLimitHeaders?: { requests: 'rpm' | 'rpd'; tokens: 'tpm' | 'tpd' };
}

export interface AttemptContext {
  target: Target;
  /** Aborted when the caller aborts, the attempt times out or the request's deadline passes. */
  signal: AbortSignal;
  /** 1 for the first attempt of the request. */
  attempt: number;
  /** Epoch ms by which the whole request must be done. */
  deadline: number;
}

export type RequestFn<T> = (ctx: AttemptContext) => Promise<T>;

/** What turns a failure into a Classification: the package's `classify`, or one over other tables. */
export type Classifier = (error: unknown, hint?: Hint) => Classification;

/** Where an attempt's delay came from. */
export type DelaySource = 'none' | 'server' | 'backoff' | 'cooldown' | 'rate-limit';

export type Decision = 'success' | 'retry-same' | 'switch' | 'wait-then-retry' | 'fail';

export interface AttemptRecord {
  target: string;
  attempt: number;
  startedAt: number;
  durationMs: number;
  /** The time limit this attempt ran under (adaptive once the target has enough history). */
  timeoutMs: number;
  /** Registry code of the failure; null for the attempt that succeeded. */
  code: Classification['code'] | null;
  category: ErrorCategory | null;
  decision: Decision;
  /** Wait before the next attempt, and what set it. */
  delayMs: number;
  delaySource: DelaySource;
  /** Tokens the attempt used, from the provider's `usage` (null when it failed or reported none). */
  tokens: number | null;
}

export interface ExecutionResult<T> {
  value: T;
  attempts: AttemptRecord[];
  finalTarget: string;
  /** How many targets were left behind before the one that answered. */
  fallbackDepth: number;
}

export interface CategoryPolicy {
  sameTargetRetries: number;
  retryOnlyWithoutAlternative: boolean;
  cooldownMs: number;
  breaker: boolean;
  backoffBaseMs: number;
  why: string;
}

export interface ExecutorPolicy {
  maxAttempts: number;
  deadlineMs: number;
  maxServerWaitMs: number;
  backoff: { factor: number; capMs: number };
  adaptiveTimeout: { minSamples: number; multiplier: number; minMs: number };
  queue: { maxWaiting: number; maxWaitMs: number; jitter: number };
  retryBudget: { ratio: number; windowMs: number; minPerSecond: number };
  breaker: { consecutiveFailures: number; failureRate: number; windowMs: number; minCalls: number; openMs: number; maxOpenMs: number; halfOpenProbes: number };
  categories: Record<ErrorCategory, CategoryPolicy>;
}

/** Clock, randomness and sleep, injected so tests run on fake time. */
export interface Runtime {
  now: () => number;
  random: () => number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}
