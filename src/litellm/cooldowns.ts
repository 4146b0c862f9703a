// Which cooldown rule LiteLLM's router applies (litellm/router_utils/cooldown_handlers.py
// @ 1fa201c7, _should_cooldown_deployment): it counts failures per class only when an
// allowed_fails_policy is set or allowed_fails differs from litellm.allowed_fails (3). Otherwise
// its percentage rule never cools a single-deployment group on 429 or 5xx.

/** litellm.allowed_fails in litellm/__init__.py. */
export const LITELLM_DEFAULT_ALLOWED_FAILS = 3;

export function usesCountRule(allowedFails: unknown, policy: unknown): boolean {
  const hasPolicy = typeof policy === 'object' && policy !== null && Object.keys(policy).length > 0;
  return hasPolicy || (typeof allowedFails === 'number' && allowedFails !== LITELLM_DEFAULT_ALLOWED_FAILS);
}
