// The site's executor policy page: the decision table of registry/executor-policy.ts, one row per
// error category, and the executor-wide limits. Where a request may go next is each code's own
// action (on its page); this table says how often, how long and whether it counts.
import type { ExecutorPolicy, Registry } from '../registry/schema.js';
import { table } from './markdown.js';

const seconds = (ms: number) => (ms === 0 ? '–' : ms % 3_600_000 === 0 ? `${ms / 3_600_000} h` : ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`);

function limits(p: ExecutorPolicy): string[][] {
  const b = p.breaker;
  return [
    ['Attempts per request, across targets', String(p.maxAttempts)],
    ['Request deadline', seconds(p.deadlineMs)],
    ['Longest server-requested wait slept out; longer ones cool the target down and switch', seconds(p.maxServerWaitMs)],
    ['Backoff', `full jitter: uniform in [0, min(${seconds(p.backoff.capMs)}, base × ${p.backoff.factor}^retry))`],
    ['Attempt timeout', `the configured one until a target has ${p.adaptiveTimeout.minSamples} successful attempts; then ${p.adaptiveTimeout.multiplier} × their p99 duration (time to first chunk for streams), at least ${seconds(p.adaptiveTimeout.minMs)}`],
    ['Retry budget', `${p.retryBudget.ratio * 100}% of the requests of the last ${seconds(p.retryBudget.windowMs)}, at least ${p.retryBudget.minPerSecond} per second`],
    ['Circuit breaker opens', `after ${b.consecutiveFailures} failures in a row, or ≥ ${b.failureRate * 100}% of at least ${b.minCalls} calls in ${seconds(b.windowMs)}`],
    ['Open period', `${seconds(b.openMs)}, doubling on each reopening up to ${seconds(b.maxOpenMs)}`],
    ['Half-open', `${b.halfOpenProbes} probes; more than one failure reopens it`],
  ];
}

export function renderExecutorPolicy(reg: Registry): string {
  const p = reg.executorPolicy;
  return [
    'What `createExecutor` (see [the library guide](/guides/library-api/#the-fallback-executor)) does after a failed attempt. The code\'s own action decides where the request may go: the same target, any other, only a larger context window, only another provider, or nowhere. This table, per category, decides how often to retry the same target, how long a failed target is skipped, and whether the failure counts against its circuit breaker.',
    '',
    table(['Category', 'Same-target retries', 'Cooldown of the target', 'Breaker counts it', 'Backoff base', 'Why'], Object.entries(p.categories).map(([category, c]) => [
      `[${category}](/categories/${category.toLowerCase().replace(/_/g, '-')}/)`.replace('[UNKNOWN](/categories/unknown/)', '[UNKNOWN](/errors/unknown/)'),
      c.retryOnlyWithoutAlternative ? `${c.sameTargetRetries}, only when no other target can serve` : String(c.sameTargetRetries),
      seconds(c.cooldownMs), c.breaker ? 'yes' : 'no', seconds(c.backoffBaseMs), c.why,
    ])),
    '',
    'A wait the provider states (`retry-after`, `retry-after-ms`, an HTTP date, "try again in 6.78s") replaces the backoff, and makes the cooldown at least that long.',
    '',
    '## Limits',
    '',
    table(['Setting', 'Value'], limits(p)),
  ].join('\n');
}
