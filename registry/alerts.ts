// Prometheus alert rules as registry data: each rule a structured signal over a metric the LiteLLM
// proxy exports (or Prometheus's own `up`), a threshold, a window and a severity. Error entries name
// the rule that detects them (`alert: { fires: true, rule }`); ops/prometheus/litellm-alerts.yml and
// its promtool unit tests are generated from this table.
import { defineAlertRules, defineMetrics } from './define.js';

/**
 * The metrics and labels the rules may use. LiteLLM's names are read from its Prometheus
 * integration (the `source` below); prometheus_client adds `_total` to counters. Validation
 * rejects a rule that names any other metric or label.
 */
export const metrics = defineMetrics({
  source: { kind: 'upstream', repo: 'BerriAI/litellm', path: 'litellm/types/integrations/prometheus.py', symbol: 'PrometheusMetricLabels', commit: 'ed19250bf037d94d5c76af1a61eeb1c08ab269c1', release: null },
  names: {
    litellm_deployment_cooled_down_total: ['litellm_model_name', 'model_id', 'api_base', 'api_provider', 'exception_status'],
    litellm_deployment_failed_fallbacks_total: ['requested_model', 'fallback_model', 'hashed_api_key', 'api_key_alias', 'team', 'team_alias', 'exception_status', 'exception_class', 'model_id'],
    litellm_deployment_failure_responses_total: ['requested_model', 'litellm_model_name', 'model_id', 'api_base', 'api_provider', 'exception_status', 'exception_class', 'hashed_api_key', 'api_key_alias', 'team', 'team_alias', 'client_ip', 'user_agent'],
    litellm_deployment_successful_fallbacks_total: ['requested_model', 'fallback_model', 'hashed_api_key', 'api_key_alias', 'team', 'team_alias', 'exception_status', 'exception_class', 'model_id'],
    litellm_deployment_total_requests_total: ['requested_model', 'litellm_model_name', 'model_id', 'api_base', 'api_provider', 'hashed_api_key', 'api_key_alias', 'team', 'team_alias', 'client_ip', 'user_agent'],
    litellm_postgres_failed_requests_total: ['postgres', 'error_class', 'function_name'],
    litellm_proxy_failed_requests_metric_total: ['end_user', 'hashed_api_key', 'api_key_alias', 'requested_model', 'team', 'team_alias', 'user', 'user_email', 'exception_status', 'exception_class', 'route', 'client_ip', 'user_agent', 'model_id'],
    litellm_proxy_total_requests_metric_total: ['end_user', 'hashed_api_key', 'api_key_alias', 'requested_model', 'team', 'team_alias', 'user', 'status_code', 'user_email', 'route', 'client_ip', 'user_agent', 'model_id'],
    litellm_redis_failed_requests_total: ['redis', 'error_class', 'function_name'],
    up: ['job', 'instance'],
  },
});

export const alertRules = defineAlertRules({
  // http-400, litellm-no-models
  LiteLLMProxyBadRequests: { severity: 'warning', signal: { kind: 'ratio', metric: 'litellm_proxy_failed_requests_metric_total', labels: { exception_status: '400' }, total: 'litellm_proxy_total_requests_metric_total', totalLabels: {} }, threshold: 0.1, window: '10m', for: '10m', summary: 'Over 10% of proxy requests are refused with 400 (unknown model name, or a client or config regression)' },
  // http-401, openai-invalid-api-key, openrouter-invalid-key
  ProviderKeyRejected: { severity: 'critical', signal: { kind: 'count', metric: 'litellm_deployment_cooled_down_total', labels: { exception_status: '401' }, by: ['api_provider', 'model_id'] }, threshold: 0, window: '10m', for: '0m', summary: 'Deployment {{ $labels.model_id }} ({{ $labels.api_provider }}) was cooled down after 401s: the provider rejects its API key' },
  // http-402, openrouter-credits-exhausted, openrouter-key-limit, openrouter-in-flight-budget
  ProviderPaymentRequired: { severity: 'critical', signal: { kind: 'count', metric: 'litellm_deployment_failure_responses_total', labels: { exception_status: '402' }, by: ['api_provider', 'model_id'] }, threshold: 0, window: '5m', for: '0m', summary: 'Deployment {{ $labels.model_id }} ({{ $labels.api_provider }}) answers 402: credits or key limit exhausted' },
  // http-403, groq-access-blocked, openai-region-unsupported
  ProviderForbidden: { severity: 'critical', signal: { kind: 'count', metric: 'litellm_deployment_failure_responses_total', labels: { exception_status: '403' }, by: ['api_provider', 'model_id'] }, threshold: 5, window: '10m', for: '0m', summary: 'Calls to {{ $labels.model_id }} ({{ $labels.api_provider }}) keep answering 403 (blocked network, region or key)' },
  // http-404, groq-invalid-model, openai-model-not-found, openrouter-model-unavailable, openrouter-no-endpoints
  ProviderModelNotFound: { severity: 'critical', signal: { kind: 'count', metric: 'litellm_deployment_failure_responses_total', labels: { exception_status: '404' }, by: ['api_provider', 'model_id'] }, threshold: 0, window: '5m', for: '0m', summary: 'Deployment {{ $labels.model_id }} ({{ $labels.api_provider }}) answers 404: its configured model or endpoint no longer exists' },
  // http-408, http-504, litellm-timeout
  LiteLLMProxyTimeouts: { severity: 'warning', signal: { kind: 'ratio', metric: 'litellm_proxy_failed_requests_metric_total', labels: { exception_status: '=~408|504' }, total: 'litellm_proxy_total_requests_metric_total', totalLabels: {} }, threshold: 0.05, window: '5m', for: '10m', summary: 'Over 5% of proxy requests end in a timeout (408/504)' },
  // http-429, litellm-proxy-rate-limit
  LiteLLMProxyRateLimited: { severity: 'warning', signal: { kind: 'ratio', metric: 'litellm_proxy_failed_requests_metric_total', labels: { exception_status: '429' }, total: 'litellm_proxy_total_requests_metric_total', totalLabels: {}, by: ['hashed_api_key'] }, threshold: 0.2, window: '5m', for: '5m', summary: 'Over 20% of the requests of key {{ $labels.hashed_api_key }} are answered 429 by the proxy' },
  // http-500, http-502, http-503
  LiteLLMProxyServerErrors: { severity: 'critical', signal: { kind: 'ratio', metric: 'litellm_proxy_failed_requests_metric_total', labels: { exception_status: '=~5..' }, total: 'litellm_proxy_total_requests_metric_total', totalLabels: {} }, threshold: 0.05, window: '5m', for: '5m', summary: 'Over 5% of proxy requests end in a 5xx after retries and fallbacks' },
  // ECONNREFUSED, litellm-config-error, litellm-port-in-use
  LiteLLMProxyDown: { severity: 'critical', signal: { kind: 'gauge', metric: 'up', labels: { job: 'litellm' }, op: '==', by: ['instance'] }, threshold: 0, for: '1m', summary: 'LiteLLM proxy {{ $labels.instance }} cannot be scraped: it is down, did not start, or lost its port' },
  // groq-rate-limit, groq-daily-limit, groq-request-too-large
  GroqRateLimited: { severity: 'warning', signal: { kind: 'ratio', metric: 'litellm_deployment_failure_responses_total', labels: { api_provider: 'groq', exception_status: '429' }, total: 'litellm_deployment_total_requests_total', totalLabels: { api_provider: 'groq' }, by: ['model_id'] }, threshold: 0.2, window: '5m', for: '5m', summary: 'Over 20% of Groq calls to {{ $labels.model_id }} are rate-limited (429: RPM/TPM, daily RPD/TPD or a TPM-sized 413)' },
  // groq-invalid-api-key, groq-model-decommissioned, groq-function-call-error, groq-organization-restricted
  GroqRequestsRejected: { severity: 'critical', signal: { kind: 'count', metric: 'litellm_deployment_successful_fallbacks_total', labels: { exception_class: 'Groq.BadRequestError' }, by: ['requested_model'] }, threshold: 5, window: '10m', for: '0m', summary: 'Requests to {{ $labels.requested_model }} keep failing over after Groq refuses them with BadRequestError (key, account, retired model or tool call)' },
  // groq-server-overload, groq-server-error, openai-server-error, openai-overloaded, openrouter-provider-error, openrouter-no-provider, litellm-model-degraded
  LiteLLMDeploymentServerErrors: { severity: 'warning', signal: { kind: 'ratio', metric: 'litellm_deployment_failure_responses_total', labels: { exception_status: '=~5..' }, total: 'litellm_deployment_total_requests_total', totalLabels: {}, by: ['api_provider', 'model_id'] }, threshold: 0.1, window: '5m', for: '5m', summary: 'Deployment {{ $labels.model_id }} ({{ $labels.api_provider }}): over 10% of calls fail with 5xx' },
  // openai-rate-limit, openai-insufficient-quota
  OpenAIRateLimited: { severity: 'warning', signal: { kind: 'ratio', metric: 'litellm_deployment_failure_responses_total', labels: { api_provider: 'openai', exception_status: '429' }, total: 'litellm_deployment_total_requests_total', totalLabels: { api_provider: 'openai' }, by: ['model_id'] }, threshold: 0.2, window: '5m', for: '5m', summary: 'Over 20% of OpenAI calls to {{ $labels.model_id }} get 429 (rate limit or insufficient_quota)' },
  // openrouter-rate-limit, openrouter-upstream-rate-limit
  OpenRouterRateLimited: { severity: 'warning', signal: { kind: 'ratio', metric: 'litellm_deployment_failure_responses_total', labels: { api_provider: 'openrouter', exception_status: '429' }, total: 'litellm_deployment_total_requests_total', totalLabels: { api_provider: 'openrouter' }, by: ['model_id'] }, threshold: 0.2, window: '5m', for: '15m', summary: 'Over 20% of OpenRouter calls to {{ $labels.model_id }} are rate-limited (platform or upstream 429)' },
  // openrouter-timeout
  LiteLLMDeploymentTimeouts: { severity: 'warning', signal: { kind: 'ratio', metric: 'litellm_deployment_failure_responses_total', labels: { exception_status: '=~408|504' }, total: 'litellm_deployment_total_requests_total', totalLabels: {}, by: ['api_provider', 'model_id'] }, threshold: 0.1, window: '5m', for: '10m', summary: 'Deployment {{ $labels.model_id }} ({{ $labels.api_provider }}): over 10% of calls time out' },
  // litellm-fallback-exhausted
  LiteLLMFallbacksFailing: { severity: 'critical', signal: { kind: 'count', metric: 'litellm_deployment_failed_fallbacks_total', labels: {} }, threshold: 3, window: '5m', for: '0m', summary: 'Fallback attempts keep failing: the fallback chain is not absorbing failures' },
  // litellm-cache-error
  LiteLLMRedisErrors: { severity: 'warning', signal: { kind: 'count', metric: 'litellm_redis_failed_requests_total', labels: {} }, threshold: 50, window: '10m', for: '0m', summary: 'Redis calls keep failing: the cache and the shared cooldown and rate-limit state are degraded' },
  // litellm-budget-exceeded
  LiteLLMBudgetExceeded: { severity: 'critical', signal: { kind: 'count', metric: 'litellm_proxy_failed_requests_metric_total', labels: { exception_class: 'BudgetExceededError' } }, threshold: 0, window: '5m', for: '0m', summary: 'Requests are refused by a LiteLLM budget (proxy, key, user or team)' },
  // litellm-no-deployments
  LiteLLMNoDeploymentsAvailable: { severity: 'warning', signal: { kind: 'count', metric: 'litellm_proxy_failed_requests_metric_total', labels: { exception_class: 'RouterRateLimitError' }, by: ['requested_model'] }, threshold: 10, window: '5m', for: '0m', summary: 'Requests for {{ $labels.requested_model }} get \'No deployments available\' (every deployment of the group is cooling down)' },
  // litellm-db-unavailable
  LiteLLMDatabaseErrors: { severity: 'critical', signal: { kind: 'count', metric: 'litellm_postgres_failed_requests_total', labels: {} }, threshold: 0, window: '5m', for: '0m', summary: 'Postgres calls fail: virtual-key auth, budgets and spend tracking are at risk' },
});
