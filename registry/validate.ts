// Registry validation, in rustc-tidy style stages: shape (zod), identity (unique codes and aliases),
// references (related codes, models, deployments, env vars), safety (ReDoS), and examples
// (every sample classifies to its own entry). Every problem names the file, the entry and the field.
import type { z } from 'zod';
import { allMatches } from '../src/classify/match.js';
import { collectEvidence } from '../src/classify/evidence.js';
import { buildMatchTables } from '../generators/match-tables.js';
import { checkRegexSafety, saveRegexVerdicts } from './redos.js';
import { chainsOf, fallbackOrder, repeatedGroups } from '../src/litellm/fallback-order.js';
import { shutdownStatus } from '../src/data/lifecycle.js';
import { LITELLM_DEFAULT_ALLOWED_FAILS, usesCountRule } from '../src/litellm/cooldowns.js';
import { alertProblems, executorAlertProblems } from './validate-alerts.js';
import { METRIC_NAMES } from '../src/executor/metrics.js';
import { wordingProblems } from './validate-wordings.js';
import { scenarioProblems } from './validate-scenarios.js';
import { sampleInput } from './sample-input.js';
import { RegistrySchema, type Registry, type RegistryInput } from './schema.js';
import { SEED_CODES } from './seed-codes.js';

export interface Problem {
  /** Source file of the entry, when known. */
  file: string | undefined;
  /** Entry id: an error code, provider id, model id, deployment or variable name. */
  entry: string;
  field: string;
  message: string;
}

export class RegistryError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`registry is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'RegistryError';
  }
}

export function formatProblem(p: Problem): string {
  return `  ${p.file ? `${p.file}: ` : ''}${p.entry} › ${p.field}: ${p.message}`;
}

/** Where each entry of each section was defined, parallel to the section arrays. */
export type Origins = Partial<Record<keyof RegistryInput, string[]>>;

function idOf(section: string, item: unknown, index: number): string {
  const o = (item ?? {}) as Record<string, unknown>;
  const id = o.code ?? o.id ?? o.name ?? o.modelName ?? (section === 'fallbacks' ? `${String(o.kind)}:${String(o.from)}` : undefined);
  return `${section}[${typeof id === 'string' ? id : index}]`;
}

function zodProblems(error: z.ZodError, input: RegistryInput, origins: Origins): Problem[] {
  return error.issues.map((issue) => {
    const [section, index, ...rest] = issue.path;
    const value = (input as unknown as Record<string, unknown>)[String(section)];
    const list = Array.isArray(value) ? value : [];
    const i = typeof index === 'number' ? index : -1;
    // Keyed sections (alertRules) name the entry by its key; their file is the section's one file.
    const keyed = typeof index === 'string' && !Array.isArray(value);
    return {
      file: origins[section as keyof RegistryInput]?.[keyed ? 0 : i],
      entry: i >= 0 ? idOf(String(section), list[i], i) : keyed ? `${String(section)}[${index}]` : String(section ?? 'registry'),
      field: rest.length > 0 ? rest.map(String).join('.') : '(entry)',
      message: issue.message,
    };
  });
}

/** Parses and cross-checks the registry. Throws RegistryError listing every problem found. */
export interface ParseOptions {
  /** Run the ReDoS checker on message patterns (default true). */
  redos?: boolean;
  /** Codes already issued (registry/codes.lock.json): each must still be in the registry. */
  issuedCodes?: readonly string[];
  /** Today, in ms since the epoch: a deployment's model past its shutdown is an error (default: now). */
  now?: number;
}

export function parseRegistry(input: RegistryInput, origins: Origins = {}, opts: ParseOptions = {}): Registry {
  const parsed = RegistrySchema.safeParse(input);
  if (!parsed.success) throw new RegistryError(zodProblems(parsed.error, input, origins));
  const reg = parsed.data;
  const problems = [
    ...identityProblems(reg, origins),
    ...lockProblems(reg, opts.issuedCodes ?? []),
    ...referenceProblems(reg, origins),
    ...shutdownProblems(reg, origins, opts.now ?? Date.now()),
    ...alertProblems(reg, origins),
    ...executorAlertProblems(reg, Object.values(METRIC_NAMES)),
    ...wordingProblems(reg, opts.redos !== false),
    ...groupProblems(reg, origins),
    ...(opts.redos === false ? [] : redosProblems(reg, origins)),
    ...sampleProblems(reg, origins),
    ...scenarioProblems(reg, origins.scenarios),
  ];
  saveRegexVerdicts();
  if (problems.length > 0) throw new RegistryError(problems);
  return reg;
}

function identityProblems(reg: Registry, origins: Origins): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  reg.errors.forEach((e, i) => {
    const file = origins.errors?.[i];
    for (const [id, field] of [[e.code, 'code'], ...e.aliases.map((a) => [a, 'aliases'] as const)] as const) {
      const prior = owner.get(id);
      if (prior !== undefined) {
        problems.push({ file, entry: `errors[${e.code}]`, field, message: `'${id}' is already used by errors[${prior}]` });
      } else owner.set(id, e.code);
    }
  });
  const seedOwners = new Map(reg.errors.filter((e) => e.seed).map((e) => [e.seed!.id, e.code]));
  for (const seedId of SEED_CODES) {
    if (!seedOwners.has(seedId)) {
      problems.push({ file: undefined, entry: `seed code ${seedId}`, field: 'seed.id', message: 'no registry entry keeps this seed id' });
    }
  }
  for (const section of ['providers', 'models', 'deployments', 'env', 'scenarios', 'executorAlerts'] as const) {
    const seen = new Set<string>();
    (reg[section] as Array<Record<string, unknown>>).forEach((item, i) => {
      const id = String(item.id ?? item.modelName ?? item.name);
      if (seen.has(id)) problems.push({ file: origins[section]?.[i], entry: `${section}[${id}]`, field: 'id', message: 'duplicate id' });
      seen.add(id);
    });
  }
  return problems;
}

function lockProblems(reg: Registry, issued: readonly string[]): Problem[] {
  const codes = new Set(reg.errors.map((e) => e.code));
  return issued.filter((c) => !codes.has(c)).map((c) => ({
    file: 'registry/codes.lock.json', entry: `errors[${c}]`, field: 'code',
    message: 'was issued and can never be removed or renamed; keep the entry and set lifecycle: \'removed\'',
  }));
}

/** A deployment (and so every chain through it) whose model is past its announced shutdown. */
function shutdownProblems(reg: Registry, origins: Origins, nowMs: number): Problem[] {
  return reg.deployments.flatMap((d, i) => {
    const m = reg.models.find((x) => x.provider === d.provider && x.id === d.model);
    if (!m || m.lifecycle.stage !== 'deprecated') return [];
    const status = shutdownStatus(m, nowMs);
    if (status.kind !== 'past') return [];
    return [{ file: origins.deployments?.[i], entry: `deployments[${d.modelName}]`, field: 'model', message: `'${d.model}' was shut down on ${status.shutdownOn}; use '${status.replacement}'` }];
  });
}

function referenceProblems(reg: Registry, origins: Origins): Problem[] {
  const problems: Problem[] = [];
  const codes = new Set(reg.errors.map((e) => e.code));
  const envs = new Set(reg.env.map((v) => v.name));
  const models = new Map(reg.models.map((m) => [`${m.provider}:${m.id}`, m]));
  const groups = new Set(reg.deployments.map((d) => d.modelName));
  const push = (section: keyof RegistryInput, i: number, entry: string, field: string, message: string) =>
    problems.push({ file: origins[section]?.[i], entry: `${section}[${entry}]`, field, message });

  if (!usesCountRule(reg.proxy.allowedFails, reg.proxy.allowedFailsPolicy)) {
    push('proxy', 0, 'proxy', 'allowedFails', `${LITELLM_DEFAULT_ALLOWED_FAILS} is LiteLLM's default, which leaves single-deployment groups without cooldowns on 429 and 5xx; set allowedFailsPolicy or another value`);
  }
  reg.profiles.forEach((p, i) => {
    if (!reg.env.some((v) => v.group === p.envGroup && v.required)) push('profiles', i, p.id, 'envGroup', `no required variable of group '${p.envGroup}' in registry/env.ts: doctor could not tell when the profile is in use`);
  });
  reg.errors.forEach((e, i) => {
    // A claim about how LiteLLM or Kilo Code behaves names the upstream code it was read in.
    if ((e.source === 'litellm' || e.source === 'kilo') && !e.sources.some((src) => src.kind === 'upstream')) {
      push('errors', i, e.code, 'sources', `a ${e.source} entry needs an upstream source (repo, path, symbol, commit) for the behaviour it describes`);
    }
    e.related.forEach((r, j) => { if (!codes.has(r)) push('errors', i, e.code, `related[${j}]`, `'${r}' is not a registry code`); });
    if (e.seeAlso && !codes.has(e.seeAlso)) push('errors', i, e.code, 'seeAlso', `'${e.seeAlso}' is not a registry code`);
    if (e.related.includes(e.code)) push('errors', i, e.code, 'related', 'an entry cannot relate to itself');
  });
  reg.providers.forEach((p, i) => {
    if (p.keyEnv && !envs.has(p.keyEnv)) push('providers', i, p.id, 'keyEnv', `references undeclared env var ${p.keyEnv}`);
  });
  reg.models.forEach((m, i) => {
    const r = m.lifecycle.replacement;
    if (r && !models.has(`${m.provider}:${r}`)) push('models', i, m.id, 'lifecycle.replacement', `'${r}' is not a ${m.provider} model in the registry`);
  });
  reg.deployments.forEach((d, i) => {
    const m = models.get(`${d.provider}:${d.model}`);
    if (!m) push('deployments', i, d.modelName, 'model', `'${d.model}' is not a ${d.provider} model in the registry`);
    else if (m.lifecycle.stage === 'retired') {
      push('deployments', i, d.modelName, 'model', `'${d.model}' was retired on ${m.lifecycle.retiredOn}; use '${m.lifecycle.replacement}'`);
    }
    const provider = reg.providers.find((p) => p.id === d.provider);
    if (!provider?.keyEnv) push('deployments', i, d.modelName, 'provider', `provider '${d.provider}' has no key variable`);
  });
  for (const kind of ['general', 'context_window', 'content_policy'] as const) {
    const chains = chainsOf(reg.fallbacks, kind);
    reg.fallbacks.forEach((f, i) => {
      if (f.kind !== kind) return;
      const repeated = repeatedGroups(fallbackOrder(chains, f.from));
      if (repeated.length) push('fallbacks', i, `${f.kind}:${f.from}`, 'to', `with nested fallbacks a request to ${f.from} calls ${repeated.join(', ')} more than once; name only the next hop`);
    });
  }
  reg.fallbacks.forEach((f, i) => {
    const id = `${f.kind}:${f.from}`;
    if (!groups.has(f.from)) push('fallbacks', i, id, 'from', `'${f.from}' is not a model_name in deployments`);
    f.to.forEach((t, j) => {
      if (!groups.has(t)) push('fallbacks', i, id, `to[${j}]`, `'${t}' is not a model_name in deployments`);
      if (t === f.from) push('fallbacks', i, id, `to[${j}]`, 'a model group cannot fall back to itself');
    });
  });
  return problems;
}

/**
 * Message patterns are regex sources, so prose with brackets ("ended unexpectedly (no assistant
 * messages)") silently becomes a group and stops matching its own text. Groups must be written
 * `(?:...)`; a bracket meant literally, `\(`.
 */
function groupProblems(reg: Registry, origins: Origins): Problem[] {
  const problems: Problem[] = [];
  reg.errors.forEach((e, i) => e.match.forEach((rule, r) => rule.message?.forEach((pattern, p) => {
    if (/(?:^|[^\\])(?:\\\\)*\((?!\?)/.test(pattern)) {
      problems.push({ file: origins.errors?.[i], entry: `errors[${e.code}]`, field: `match[${r}].message[${p}]`, message: `${JSON.stringify(pattern)} has a capturing group: write \\( for a literal bracket, (?:...) for a group` });
    }
  })));
  return problems;
}

function redosProblems(reg: Registry, origins: Origins): Problem[] {
  const problems: Problem[] = [];
  reg.errors.forEach((e, i) => e.match.forEach((rule, r) => rule.message?.forEach((pattern, p) => {
    const verdict = checkRegexSafety(pattern);
    if (verdict !== 'safe') {
      problems.push({ file: origins.errors?.[i], entry: `errors[${e.code}]`, field: `match[${r}].message[${p}]`, message: verdict });
    }
  })));
  reg.providers.forEach((p, i) => {
    const patterns: Array<[string, string | null]> = [
      ['recognition.orgIdPattern', p.recognition.orgIdPattern],
      ['recognition.modelIdPattern', p.recognition.modelIdPattern],
      ...p.recognition.weakPatterns.map((w, j): [string, string] => [`recognition.weakPatterns[${j}]`, w]),
    ];
    for (const [field, pattern] of patterns) {
      // Groq's model-id list is decided by the fuzzer: the automaton takes 17 s on it.
      const verdict = pattern === null ? 'safe' : checkRegexSafety(pattern, { exact: field !== 'recognition.modelIdPattern' });
      if (verdict !== 'safe') problems.push({ file: origins.providers?.[i], entry: `providers[${p.id}]`, field, message: verdict });
    }
  });
  return problems;
}

/** Every sample must classify to its own entry, and no other entry may match it as strongly. */
function sampleProblems(reg: Registry, origins: Origins): Problem[] {
  const tables = buildMatchTables(reg);
  const problems: Problem[] = [];
  reg.errors.forEach((e, i) => {
    if (e.lifecycle === 'removed') return;
    e.samples.forEach((s, j) => {
      const ev = collectEvidence(tables, sampleInput(s), s.hintProvider ? { provider: s.hintProvider } : undefined);
      const matches = allMatches(tables, ev).sort((a, b) => b.score - a.score);
      const own = matches.find((m) => m.code === e.code);
      const rivals = matches.filter((m) => m.code !== e.code && m.score >= (own?.score ?? 0));
      if (!own || rivals.length > 0) {
        const list = (ms: typeof matches) => ms.map((m) => `${m.code} (score ${m.score})`).join(', ');
        const message = !own
          ? `does not match its own entry's evidence; it matches ${list(matches.slice(0, 3)) || 'nothing'}`
          : rivals[0]!.score > own.score
            ? `classifies as ${list(rivals.filter((r) => r.score > own.score))}, not as its own entry (score ${own.score})`
            : `is ambiguous: ${list(rivals)} match${rivals.length === 1 ? 'es' : ''} as strongly as its own entry (score ${own.score})`;
        problems.push({ file: origins.errors?.[i], entry: `errors[${e.code}]`, field: `samples[${j}]`, message });
      }
    });
  });
  return problems;
}
