// Alerts over the fallback executor's own Prometheus metrics (src/executor/metrics.ts, registered
// by prometheusMetrics): what resilience practice pages an operator for in a client-side fallback
// chain. ops/prometheus/executor-alerts.yml and its promtool unit tests are generated from this.
import { defineExecutorAlerts } from './define.js';

export const executorAlerts = defineExecutorAlerts([
  {
    name: 'ExecutorChainExhausted', severity: 'critical', for: '0m', code: 'litellm-fallback-exhausted',
    expr: 'sum(increase(llm_requests_total{outcome="exhausted"}[5m])) > 3',
    summary: 'Requests failed on every target of the fallback chain',
    example: { series: [{ series: 'llm_requests_total{target="none",outcome="exhausted"}', fire: '0+1x20', quiet: '0+0x20' }], labels: {} },
  },
  {
    name: 'ExecutorFallbackRateHigh', severity: 'warning', for: '5m', code: 'http-429',
    expr: 'sum(rate(llm_fallbacks_total[5m])) / sum(rate(llm_requests_total[5m])) > 0.2',
    summary: 'More than a fifth of requests are moving to another target',
    example: {
      series: [
        { series: 'llm_fallbacks_total{from="groq-primary",to="openai-secondary",reason="RATE_LIMIT"}', fire: '0+10x20', quiet: '0+1x20' },
        { series: 'llm_requests_total{target="openai-secondary",outcome="success"}', fire: '0+30x20', quiet: '0+30x20' },
      ],
      labels: {},
    },
  },
  {
    name: 'ExecutorRetryBudgetExhausted', severity: 'warning', for: '0m', code: 'litellm-fallback-exhausted',
    expr: 'sum(increase(llm_retry_budget_exhausted_total[5m])) > 0',
    summary: 'The retry budget is spent: requests fail instead of retrying',
    example: { series: [{ series: 'llm_retry_budget_exhausted_total', fire: '0+1x20', quiet: '0+0x20' }], labels: {} },
  },
  {
    name: 'ExecutorTargetMisconfigured', severity: 'critical', for: '0m', code: 'http-401',
    expr: 'sum by (target) (increase(llm_attempts_total{category=~"AUTH|MODEL_UNAVAILABLE|CONFIG"}[10m])) > 0',
    summary: 'A target rejects its key or model: {{ $labels.target }}',
    example: { series: [{ series: 'llm_attempts_total{target="groq-primary",kind="initial",category="AUTH"}', fire: '0+1x20', quiet: '0+0x20' }], labels: { target: 'groq-primary' } },
  },
  {
    name: 'ExecutorQuotaExhausted', severity: 'critical', for: '0m', code: 'openai-insufficient-quota',
    expr: 'sum by (target) (increase(llm_attempts_total{category="QUOTA"}[10m])) > 0',
    summary: 'A target has run out of credits or quota: {{ $labels.target }}',
    example: { series: [{ series: 'llm_attempts_total{target="openai-secondary",kind="fallback",category="QUOTA"}', fire: '0+1x20', quiet: '0+0x20' }], labels: { target: 'openai-secondary' } },
  },
]);
