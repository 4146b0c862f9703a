// Targets from the registry: the generated LiteLLM config's model groups in the order the general
// fallback chain walks them from `start`, each with its provider, model, input window, the
// published limits of its plan and what its rate-limit headers report. Precomputed at generate
// time (src/generated/executor-policy.ts), so importing the package does not load the registry.
import { CHAINS, GROUP_TARGETS } from '../generated/executor-policy.js';
import type { Target } from './types.js';

export function targetsFromRegistry(start = 'groq-primary'): Target[] {
  const order = CHAINS[start];
  if (!order) throw new Error(`no fallback chain starts at ${start}; chains start at ${Object.keys(CHAINS).join(', ')}`);
  return order.map((group) => structuredClone(GROUP_TARGETS[group]!));
}
