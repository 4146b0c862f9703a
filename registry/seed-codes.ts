// The seed's Appendix B, kept verbatim: which codes the old hand-written system documented and
// which it was missing, per family. The coverage report reproduces the seed's table from this and
// shows where each code lives in the registry now. Do not edit: it is the baseline, not the present.
export interface SeedFamily {
  family: string;
  documented: readonly string[];
  missing: readonly string[];
}

export const SEED_FAMILIES: readonly SeedFamily[] = [
  { family: 'HTTP Status Codes', documented: ['400', '401', '403', '404', '429', '500', '502', '503', '504'], missing: [] },
  {
    family: 'Connection Errors',
    documented: ['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'ECONNRESET', 'EPIPE'],
    missing: ['EPROTO', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRINUSE', 'ECONNABORTED', 'EAI_AGAIN'],
  },
  {
    family: 'Groq Errors',
    documented: ['groq-invalid-api-key', 'groq-rate-limit', 'groq-model-overload', 'groq-context-length', 'groq-invalid-model'],
    missing: ['groq-content-policy-violation', 'groq-insufficient-quota', 'groq-server-overload', 'groq-streaming-error', 'groq-function-call-error'],
  },
  {
    family: 'LiteLLM Errors',
    documented: ['litellm-config-error', 'litellm-no-models', 'litellm-auth-failed', 'litellm-port-in-use'],
    missing: ['litellm-model-degraded', 'litellm-fallback-exhausted', 'litellm-cache-error', 'litellm-budget-exceeded'],
  },
  {
    family: 'OpenRouter Errors',
    documented: [],
    missing: ['openrouter-invalid-key', 'openrouter-rate-limit', 'openrouter-model-unavailable', 'openrouter-credits-exhausted', 'openrouter-context-limit'],
  },
  { family: 'Kilo Code Errors', documented: ['kilo-extension-error', 'kilo-model-unavailable', 'kilo-rate-limit'], missing: [] },
];

export const SEED_CODES: readonly string[] = SEED_FAMILIES.flatMap((f) => [...f.documented, ...f.missing]);
