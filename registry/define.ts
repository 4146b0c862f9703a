// Typed identity helpers: authors get completion and type errors while writing entries;
// the real validation (zod, cross-references, ReDoS, samples) runs in registry/validate.ts.
import type { ErrorEntryInput, RegistryInput } from './schema.js';

export function defineErrors(entries: ErrorEntryInput[]): ErrorEntryInput[] {
  return entries;
}

type Part<K extends keyof RegistryInput> = RegistryInput[K];
export const defineProviders = (p: Part<'providers'>): Part<'providers'> => p;
export const defineModels = (m: Part<'models'>): Part<'models'> => m;
export const defineDeployments = (d: Part<'deployments'>): Part<'deployments'> => d;
export const defineFallbacks = (f: Part<'fallbacks'>): Part<'fallbacks'> => f;
export const defineEnv = (e: Part<'env'>): Part<'env'> => e;
export const defineSeedGaps = (g: Part<'seedGaps'>): Part<'seedGaps'> => g;
export const defineProxy = (p: Part<'proxy'>): Part<'proxy'> => p;
