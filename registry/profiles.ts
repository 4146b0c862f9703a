// Opt-in LiteLLM config profiles. The default proxy_config.yaml starts with the three provider keys
// and LITELLM_MASTER_KEY alone; each profile adds what needs a service beside the proxy, and
// generates its own complete config file. Why the default cannot carry them (BerriAI/litellm):
// - Redis: with `cache_params.type: redis` or `router_settings.redis_host` and REDIS_HOST unset,
//   litellm/_redis.py _get_redis_client_logic (@ f3fa2160a005140ec89ca6bdbe5bc43c179959f8) raises
//   "Either 'host' or 'url' must be specified for redis." while the proxy loads its config.
// - Postgres: without a database the proxy starts but skips the proxy budget silently
//   (proxy_server.py startup: the budget row needs a prisma client).
import { defineProfiles } from './define.js';

export const profiles = defineProfiles([
  {
    id: 'redis', envGroup: 'cache', file: 'litellm/proxy_config.redis.yaml',
    purpose: 'Several proxy instances share cooldowns and rpm/tpm counters through Redis, and identical requests are answered from a response cache.',
    adds: ['`router_settings.redis_host` and `redis_port` (shared router state)', '`litellm_settings.cache` with Redis `cache_params`'],
  },
  {
    id: 'postgres', envGroup: 'database', file: 'litellm/proxy_config.postgres.yaml',
    purpose: 'Virtual keys, spend tracking and a proxy-wide budget stored in PostgreSQL.',
    adds: ['`general_settings.database_url`', '`litellm_settings.max_budget` and `budget_duration`'],
  },
]);
