// Executor metrics. The executor reports through this interface; `prometheusMetrics` implements it
// with prom-client, which stays an optional peer dependency: the caller passes the module in, so
// the package neither imports nor requires it. Labels are target, category and outcome only
// (never request ids), to keep cardinality bounded.

export interface ExecutorMetrics {
  attempt(target: string, kind: 'initial' | 'retry' | 'fallback', category: string): void;
  request(target: string | null, outcome: 'success' | 'failed' | 'exhausted', seconds: number): void;
  fallback(from: string, to: string, reason: string): void;
  retryBudgetExhausted(): void;
  tokens(target: string, tokens: number): void;
}

/** The parts of prom-client used here, so its types are not needed to compile against this package. */
interface PromClient<R> {
  Counter: new (c: { name: string; help: string; labelNames?: readonly string[]; registers?: R[] }) => { inc(labels: Record<string, string>, value?: number): void };
  Histogram: new (c: { name: string; help: string; labelNames?: readonly string[]; buckets?: number[]; registers?: R[] }) => { observe(labels: Record<string, string>, value: number): void };
  register: R;
}

export const METRIC_NAMES = {
  attempts: 'llm_attempts_total',
  requests: 'llm_requests_total',
  duration: 'llm_request_duration_seconds',
  fallbacks: 'llm_fallbacks_total',
  budget: 'llm_retry_budget_exhausted_total',
  tokens: 'llm_tokens_total',
} as const;

export function prometheusMetrics<R>(prom: PromClient<R>, register: R = prom.register): ExecutorMetrics {
  const registers = [register];
  const attempts = new prom.Counter({ name: METRIC_NAMES.attempts, help: 'Attempts by target, kind (initial, retry, fallback) and category of the failure (none on success).', labelNames: ['target', 'kind', 'category'], registers });
  const requests = new prom.Counter({ name: METRIC_NAMES.requests, help: 'Requests by the target that answered and their outcome.', labelNames: ['target', 'outcome'], registers });
  const duration = new prom.Histogram({ name: METRIC_NAMES.duration, help: 'Request duration, all attempts and waits included.', labelNames: ['outcome'], buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300], registers });
  const fallbacks = new prom.Counter({ name: METRIC_NAMES.fallbacks, help: 'Switches from one target to another, by the category that caused them.', labelNames: ['from', 'to', 'reason'], registers });
  const budget = new prom.Counter({ name: METRIC_NAMES.budget, help: 'Requests failed because the retry budget was spent.', registers });
  const tokens = new prom.Counter({ name: METRIC_NAMES.tokens, help: 'Tokens used, from the providers\' usage.', labelNames: ['target'], registers });
  return {
    attempt: (target, kind, category) => attempts.inc({ target, kind, category }),
    request: (target, outcome, seconds) => { requests.inc({ target: target ?? 'none', outcome }); duration.observe({ outcome }, seconds); },
    fallback: (from, to, reason) => fallbacks.inc({ from, to, reason }),
    retryBudgetExhausted: () => budget.inc({}),
    tokens: (target, n) => tokens.inc({ target }, n),
  };
}
