// Typed identity helpers: authors get completion and type errors while writing entries;
// the real validation (zod, cross-references, ReDoS, samples) runs in registry/validate.ts.
import type { alertRules } from './alerts.js';
import type { ErrorEntryInput, RegistryInput } from './schema.js';

/** An entry as authors write it: an alert names a rule of registry/alerts.ts, checked by tsc. */
type AuthoredEntry = Omit<ErrorEntryInput, 'alert'> & {
  alert: { fires: true; rule: keyof typeof alertRules } | { fires: false; why: string };
};

export function defineErrors(entries: AuthoredEntry[]): ErrorEntryInput[] {
  return entries;
}

type Part<K extends keyof RegistryInput> = RegistryInput[K];
export const defineProviders = (p: Part<'providers'>): Part<'providers'> => p;
export const defineModels = (m: Part<'models'>): Part<'models'> => m;
export const defineDeployments = (d: Part<'deployments'>): Part<'deployments'> => d;
export const defineFallbacks = (f: Part<'fallbacks'>): Part<'fallbacks'> => f;
export const defineProfiles = (p: Part<'profiles'>): Part<'profiles'> => p;
export const defineEnv = (e: Part<'env'>): Part<'env'> => e;
export const defineSeedGaps = (g: Part<'seedGaps'>): Part<'seedGaps'> => g;
export const defineProxy = (p: Part<'proxy'>): Part<'proxy'> => p;
export const defineAlertRules = <const R extends Part<'alertRules'>>(r: R): R => r;
export const defineMetrics = (m: Part<'metrics'>): Part<'metrics'> => m;
export const defineSite = (s: Part<'site'>): Part<'site'> => s;
export const defineVocabulary = (v: Part<'vocabulary'>): Part<'vocabulary'> => v;
export const defineConfigNotes = (n: Part<'configNotes'>): Part<'configNotes'> => n;
export const defineErrorClasses = (c: Part<'errorClasses'>): Part<'errorClasses'> => c;
export const defineWordings = (w: Part<'wordings'>): Part<'wordings'> => w;
export const defineExecutorPolicy = (p: Part<'executorPolicy'>): Part<'executorPolicy'> => p;
export const defineExecutorAlerts = (a: Part<'executorAlerts'>): Part<'executorAlerts'> => a;
