// The seed's 23 prioritised gaps (section 5), and where this project closes each one.
import { defineSeedGaps } from './define.js';

export const seedGaps = defineSeedGaps([
  { id: 'P0-1', title: 'Hardcoded master key', recommendation: 'Move to environment variable: master_key: os.environ/LITELLM_MASTER_KEY', closedBy: ['litellm/proxy_config.yaml (general_settings.master_key)', 'litellm/.env.example (LITELLM_MASTER_KEY)'] },
  { id: 'P0-2', title: 'Missing fallback configuration', recommendation: 'Add fallbacks section to proxy_config.yaml', closedBy: ['litellm/proxy_config.yaml (router_settings.fallbacks, context_window_fallbacks, content_policy_fallbacks)'] },
  { id: 'P0-3', title: 'No API key validation', recommendation: 'Add startup validation script to verify all required keys', closedBy: ['provider-fallback doctor'] },
  { id: 'P1-1', title: 'Missing Groq content policy error', recommendation: 'Add groq-content-policy-violation with resolution steps', closedBy: ['registry entry groq-content-policy-violation'] },
  { id: 'P1-2', title: 'Missing Groq quota error', recommendation: 'Add groq-insufficient-quota with payment link', closedBy: ['registry entry groq-insufficient-quota (explains that Groq has no billing error and what happens instead)'] },
  { id: 'P1-3', title: 'Missing OpenRouter errors', recommendation: 'Add complete OpenRouter error code section', closedBy: ['registry/errors/openrouter.ts'] },
  { id: 'P1-4', title: 'Missing LITELLM_MASTER_KEY', recommendation: 'Add to .env.example with secure placeholder', closedBy: ['litellm/.env.example (LITELLM_MASTER_KEY with the command that makes one)'] },
  { id: 'P1-5', title: 'No pre-emptive rate limit detection', recommendation: 'Add local token counting before API calls', closedBy: ['litellm/proxy_config.yaml (rpm/tpm per deployment)', 'the fallback executor: sliding-window rpm/tpm/rpd/tpd limits checked before each call, token reservations settled with usage (src/executor/limiter.ts)'] },
  { id: 'P2-1', title: 'Missing network errors', recommendation: 'Add EPROTO, EHOSTUNREACH, ENETUNREACH documentation', closedBy: ['registry/errors/network.ts'] },
  { id: 'P2-2', title: 'Missing streaming error handling', recommendation: 'Add streaming error recovery documentation', closedBy: ['registry entries groq-streaming-error and openrouter-stream-error'] },
  { id: 'P2-3', title: 'Missing log rotation', recommendation: 'Add logrotate configuration for LiteLLM logs', closedBy: ['docs site guide Log rotation (/guides/log-rotation/)', 'ops/logrotate/litellm, validated with logrotate -d'] },
  { id: 'P2-4', title: 'Missing PowerShell 7 instructions', recommendation: 'Add PowerShell 7 specific command examples', closedBy: ['every resolution step with a command carries bash and PowerShell 7', 'docs site guide PowerShell 7 (/guides/windows-powershell/)'] },
  { id: 'P2-5', title: 'Missing adaptive timeout', recommendation: 'Add timeout adjustment based on provider latency', closedBy: ['litellm/proxy_config.yaml (timeout and stream_timeout per deployment)', 'the fallback executor: attempt timeouts from each target\'s p99 latency (src/executor/timeouts.ts)'] },
  { id: 'P2-6', title: 'Missing retry queue', recommendation: 'Implement retry queue for rate-limited requests', closedBy: ['litellm/proxy_config.yaml (retry_policy derived from registry actions)', 'the fallback executor: a bounded queue for requests waiting on a rate limit or a stated retry-after (src/executor/executor.ts)'] },
  { id: 'P2-7', title: 'Missing alerting integration', recommendation: 'Add alerting for persistent failures', closedBy: ['registry alert field per code', 'incident playbook (alerting column)', 'ops/prometheus/litellm-alerts.yml, checked with promtool'] },
  { id: 'P3-1', title: 'No API key rotation', recommendation: 'Document key rotation procedure', closedBy: ['resolution steps of the invalid-key codes', 'docs site guide Key rotation (/guides/key-rotation/)'] },
  { id: 'P3-2', title: 'No connection pooling', recommendation: 'Add connection pooling configuration', closedBy: ['network entries ECONNRESET and UND_ERR_SOCKET (keep-alive guidance)'] },
  { id: 'P3-3', title: 'No WSL2 documentation', recommendation: 'Add WSL2-specific network troubleshooting', closedBy: ['windows notes on network entries', 'docs site guide WSL2 (/guides/wsl2/)'] },
  { id: 'P3-4', title: 'No Windows Service config', recommendation: 'Add NSSM or Windows Service configuration', closedBy: ['docs site guide Windows service with NSSM (/guides/windows-service/)'] },
  { id: 'P3-5', title: 'No Docker Desktop integration', recommendation: 'Add Docker Compose for Windows', closedBy: ['docs site guide Docker Desktop (/guides/docker-desktop/)', 'ops/docker/docker-compose.yml'] },
  { id: 'P3-6', title: 'No monitoring integration', recommendation: 'Add Prometheus metrics export', closedBy: ['litellm_settings.callbacks: [prometheus] in the generated config', 'docs site guide Monitoring (/guides/monitoring/)', 'ops/prometheus/ (scrape config, alert rules with promtool tests)'] },
  { id: 'P3-7', title: 'No incident response', recommendation: 'Create incident response playbook', closedBy: ['PLAYBOOK.md (generated from every entry’s playbook field)'] },
  { id: 'P3-8', title: 'No backup procedure', recommendation: 'Document configuration backup steps', closedBy: ['docs site guide Backup and restore (/guides/backup-restore/)'] },
]);
