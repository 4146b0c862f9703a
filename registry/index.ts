// The registry: the single source of truth. Add an entry to a module under errors/, then run
// `npm run generate`. Codes are append-only: never rename or reuse one; retire it with
// status 'removed' instead (codes.lock.json keeps every code ever issued).
import { readFileSync } from 'node:fs';
import { RegistrySchema, type ErrorEntryInput, type Registry, type RegistryInput } from './schema.js';
import { parseRegistry, type Origins } from './validate.js';
import { env } from './env.js';
import { profiles } from './profiles.js';
import { configNotes, deployments, fallbacks, proxy } from './litellm.js';
import { models, providers } from './providers.js';
import { seedGaps } from './seed-gaps.js';
import { alertRules, metrics } from './alerts.js';
import { site } from './site.js';
import { vocabulary } from './vocabulary.js';
import { errorClasses } from './classes.js';
import { wordings } from './wordings.js';
import { executorPolicy } from './executor-policy.js';
import { executorAlerts } from './executor-alerts.js';
import { scenarios } from './scenarios.js';
import { httpErrors } from './errors/http.js';
import { networkErrors } from './errors/network.js';
import { groqErrors } from './errors/groq.js';
import { openaiErrors } from './errors/openai.js';
import { openrouterErrors } from './errors/openrouter.js';
import { litellmErrors } from './errors/litellm.js';
import { kiloErrors } from './errors/kilo.js';

/** Error modules in the order their entries appear in every generated document. */
export const ERROR_MODULES: ReadonlyArray<[file: string, entries: ErrorEntryInput[]]> = [
  ['registry/errors/http.ts', httpErrors],
  ['registry/errors/network.ts', networkErrors],
  ['registry/errors/groq.ts', groqErrors],
  ['registry/errors/openai.ts', openaiErrors],
  ['registry/errors/openrouter.ts', openrouterErrors],
  ['registry/errors/litellm.ts', litellmErrors],
  ['registry/errors/kilo.ts', kiloErrors],
];

export function registryInput(): { input: RegistryInput; origins: Origins } {
  const input: RegistryInput = {
    errors: ERROR_MODULES.flatMap(([, entries]) => entries),
    providers, models, deployments, proxy, fallbacks, env, profiles, seedGaps, site, vocabulary, configNotes, errorClasses, wordings, alertRules, metrics, executorPolicy, executorAlerts, scenarios,
  };
  const origins: Origins = {
    errors: ERROR_MODULES.flatMap(([file, entries]) => entries.map(() => file)),
    providers: providers.map(() => 'registry/providers.ts'),
    models: models.map(() => 'registry/providers.ts'),
    deployments: deployments.map(() => 'registry/litellm.ts'),
    fallbacks: fallbacks.map(() => 'registry/litellm.ts'),
    env: env.map(() => 'registry/env.ts'),
    profiles: profiles.map(() => 'registry/profiles.ts'),
    proxy: ['registry/litellm.ts'],
    seedGaps: seedGaps.map(() => 'registry/seed-gaps.ts'),
    alertRules: ['registry/alerts.ts'],
    metrics: ['registry/alerts.ts'],
    site: ['registry/site.ts'],
    vocabulary: ['registry/vocabulary.ts'],
    configNotes: ['registry/litellm.ts'],
    errorClasses: errorClasses.map(() => 'registry/classes.ts'),
    wordings: ['registry/wordings.ts'],
    executorPolicy: ['registry/executor-policy.ts'],
    executorAlerts: executorAlerts.map(() => 'registry/executor-alerts.ts'),
    scenarios: scenarios.map(() => 'registry/scenarios.ts'),
  };
  return { input, origins };
}

/** Codes in the append-only ledger; the generator maintains it. */
export function issuedCodes(): string[] {
  try {
    const text = readFileSync(new URL('./codes.lock.json', import.meta.url), 'utf8');
    return (JSON.parse(text) as { codes: string[] }).codes;
  } catch {
    return [];
  }
}

let cached: Registry | undefined;
/** The validated registry. Throws RegistryError naming every problem. */
export function loadRegistry(): Registry {
  if (!cached) {
    const { input, origins } = registryInput();
    cached = parseRegistry(input, origins, { issuedCodes: issuedCodes() });
  }
  return cached;
}

/**
 * The registry parsed for reading only (explain, doctor): shape-checked by zod, without the
 * cross-checks, ReDoS analysis and sample replay that `generate` and the tests run.
 */
export function readRegistry(): Registry {
  return cached ?? RegistrySchema.parse(registryInput().input);
}

export { parseRegistry, RegistryError } from './validate.js';
export type { Registry } from './schema.js';
