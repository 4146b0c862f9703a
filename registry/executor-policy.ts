// The fallback executor's decision table (src/executor/): per error category, how many times to
// retry the same target, how long a failed target is skipped, and whether the failure counts
// against its circuit breaker. Where a request may go next comes from each code's own `action`.
// The numbers follow what mature clients and routers do and where they fall short: openai-node
// (2 retries, 0.5 s to 8 s backoff), the LiteLLM router (cooldowns, allowed fails), cockatiel's
// breaker, and Finagle/gRPC retry budgets (retries capped at a share of requests). Backoff bases of
// 1 s for 5xx and overload spread the first retries of a thousand clients that failed together over
// ten 100 ms windows (full jitter), so no window takes more than about a tenth of them.
import { defineExecutorPolicy } from './define.js';

export const executorPolicy = defineExecutorPolicy({
  maxAttempts: 4,
  deadlineMs: 300_000,
  maxServerWaitMs: 60_000,
  backoff: { factor: 2, capMs: 20_000 },
  adaptiveTimeout: { minSamples: 20, multiplier: 2, minMs: 5_000 },
  queue: { maxWaiting: 1_000, maxWaitMs: 60_000, jitter: 0.2 },
  retryBudget: { ratio: 0.2, windowMs: 10_000, minPerSecond: 1 },
  breaker: { consecutiveFailures: 5, failureRate: 0.5, windowMs: 30_000, minCalls: 10, openMs: 15_000, maxOpenMs: 300_000, halfOpenProbes: 3 },
  categories: {
    RATE_LIMIT: { sameTargetRetries: 2, retryOnlyWithoutAlternative: true, cooldownMs: 1_000, breaker: false, backoffBaseMs: 1_000, why: 'A capacity signal, not a health one: switch at once while another target can serve; wait out the stated reset only when none can.' },
    QUOTA: { sameTargetRetries: 0, retryOnlyWithoutAlternative: false, cooldownMs: 3_600_000, breaker: false, backoffBaseMs: 1_000, why: 'Money or allowance is gone: nothing comes back within a request, so skip the target for an hour.' },
    OVERLOADED: { sameTargetRetries: 1, retryOnlyWithoutAlternative: false, cooldownMs: 30_000, breaker: true, backoffBaseMs: 1_000, why: 'One backed-off retry, then switch; a provider that stays overloaded opens its breaker.' },
    SERVER: { sameTargetRetries: 2, retryOnlyWithoutAlternative: false, cooldownMs: 0, breaker: true, backoffBaseMs: 1_000, why: '5xx are often transient: two backed-off retries, then switch; repeated ones open the breaker.' },
    TIMEOUT: { sameTargetRetries: 0, retryOnlyWithoutAlternative: false, cooldownMs: 0, breaker: true, backoffBaseMs: 500, why: 'The request may have been accepted (and billed): switch rather than send it again to the same target.' },
    NETWORK: { sameTargetRetries: 1, retryOnlyWithoutAlternative: false, cooldownMs: 0, breaker: true, backoffBaseMs: 250, why: 'A connection that failed before sending is safe to retry once; then switch.' },
    STREAMING: { sameTargetRetries: 0, retryOnlyWithoutAlternative: false, cooldownMs: 0, breaker: true, backoffBaseMs: 500, why: 'Before the first chunk the executor switches; after it, the caller gets the partial text and a typed error.' },
    AUTH: { sameTargetRetries: 0, retryOnlyWithoutAlternative: false, cooldownMs: 600_000, breaker: false, backoffBaseMs: 1_000, why: 'A key problem does not heal by itself: skip the target for ten minutes; the executor raises target.misconfigured.' },
    MODEL_UNAVAILABLE: { sameTargetRetries: 0, retryOnlyWithoutAlternative: false, cooldownMs: 600_000, breaker: false, backoffBaseMs: 1_000, why: 'A missing or retired model stays missing: skip the target for ten minutes.' },
    CONFIG: { sameTargetRetries: 0, retryOnlyWithoutAlternative: false, cooldownMs: 600_000, breaker: false, backoffBaseMs: 1_000, why: 'A setup fault: skip the target until someone fixes it.' },
    CONTEXT_LENGTH: { sameTargetRetries: 0, retryOnlyWithoutAlternative: false, cooldownMs: 0, breaker: false, backoffBaseMs: 500, why: 'The same prompt fails the same way: move only to a target with a larger window.' },
    CONTENT_POLICY: { sameTargetRetries: 0, retryOnlyWithoutAlternative: false, cooldownMs: 0, breaker: false, backoffBaseMs: 500, why: 'Another provider moderates differently; the same one answers the same.' },
    INVALID_REQUEST: { sameTargetRetries: 0, retryOnlyWithoutAlternative: false, cooldownMs: 0, breaker: false, backoffBaseMs: 500, why: 'A client bug: every target would refuse it, so fail at once.' },
    CACHE: { sameTargetRetries: 1, retryOnlyWithoutAlternative: false, cooldownMs: 0, breaker: false, backoffBaseMs: 250, why: 'The proxy keeps serving without its cache; one retry covers a blip.' },
    UNKNOWN: { sameTargetRetries: 0, retryOnlyWithoutAlternative: false, cooldownMs: 0, breaker: true, backoffBaseMs: 500, why: 'Nothing recognisable: switch once to be safe, and count it so a failing target stands out.' },
  },
});
