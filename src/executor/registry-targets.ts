// Targets from the registry: the generated LiteLLM config's model groups in the order the
// general fallback chain walks them from `start`, each with its provider, model, input window and
// the published limits of its plan. Use them to call the providers directly with the same chain
// the proxy config uses.
import { REGISTRY } from '../generated/registry-data.js';
import { fallbackOrder } from '../litellm/fallback-order.js';
import type { Target } from './types.js';

export function targetsFromRegistry(start = REGISTRY.fallbacks[0]?.from ?? 'groq-primary'): Target[] {
  const chains = new Map(REGISTRY.fallbacks.filter((f) => f.kind === 'general').map((f) => [f.from, f.to]));
  return fallbackOrder(chains, start).map((group) => {
    const d = REGISTRY.deployments.find((x) => x.modelName === group);
    if (!d) throw new Error(`no deployment for model group ${group}`);
    const m = REGISTRY.models.find((x) => x.provider === d.provider && x.id === d.model);
    const headers = REGISTRY.providers.find((p) => p.id === d.provider)?.rateLimitHeaders;
    return {
      id: group, provider: d.provider, model: d.model, contextWindow: m?.contextWindow,
      ...(headers ? { rateLimitHeaders: { requests: headers.requests, tokens: headers.tokens } } : {}),
      limits: { rpm: d.rpm ?? m?.limits.rpm ?? null, tpm: d.tpm ?? m?.limits.tpm ?? null, rpd: m?.limits.rpd ?? null, tpd: m?.limits.tpd ?? null },
    };
  });
}
