// The generated proxy_config.yaml, read back with a YAML parser and checked against the facts in
// LiteLLM's documented config (docs.litellm.ai/docs/proxy/configs, reliability) and router.py's
// validate_fallbacks: the mistakes LiteLLM ignores silently or rejects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { CONFIG_PATH, configVariants, generateLitellmConfig } from '../generators/litellm-config.js';
import { envReferences } from '../src/doctor/env-refs.js';
import { ENV_EXAMPLE_PATH } from '../generators/env-example.js';
import { loadRegistry } from '../registry/index.js';
import { parseRegistry } from '../registry/validate.js';
import { fallbackOrder, repeatedGroups } from '../src/litellm/fallback-order.js';
import { freshInput } from './helpers/fixtures.js';
import { ROOT } from './helpers/project.js';

const text = readFileSync(join(ROOT, CONFIG_PATH), 'utf8');
const config = parse(text) as Record<string, any>;
const readConfig = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, any>;
/** Every opt-in profile at once. */
const full = readConfig('litellm/proxy_config.redis-postgres.yaml');
const KNOWN_SECTIONS = ['model_list', 'litellm_settings', 'router_settings', 'general_settings', 'environment_variables'];

function chainsOk(chains: unknown, names: Set<string>): string[] {
  const problems: string[] = [];
  if (!Array.isArray(chains)) return ['not a list'];
  for (const item of chains) {
    const keys = Object.keys(item ?? {});
    if (keys.length !== 1) problems.push(`item with ${keys.length} keys`);
    for (const [from, to] of Object.entries(item ?? {})) {
      if (!names.has(from)) problems.push(`unknown group ${from}`);
      if (!Array.isArray(to)) problems.push(`${from}: targets not a list`);
      else for (const t of to) if (!names.has(t)) problems.push(`${from} -> unknown group ${t}`);
    }
  }
  return problems;
}

describe('litellm/proxy_config.yaml', () => {
  const names = new Set<string>(config.model_list.map((m: any) => m.model_name));

  it('parses as YAML with no warnings and only known top-level sections', () => {
    const doc = parseDocument(text);
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
    expect(Object.keys(config).filter((k) => !KNOWN_SECTIONS.includes(k))).toEqual([]);
    expect(config.fallbacks).toBeUndefined();
  });

  it('puts fallbacks of all three kinds under router_settings as single-key maps naming real model groups', () => {
    for (const key of ['fallbacks', 'context_window_fallbacks', 'content_policy_fallbacks']) {
      expect(chainsOk(config.router_settings[key], names), key).toEqual([]);
      expect(config.router_settings[key].length, key).toBeGreaterThan(0);
    }
  });

  it('gives every deployment an id that is no group name (else the group\'s retries and pre-call checks are skipped)', () => {
    const ids = config.model_list.map((m: any) => m.model_info?.id);
    for (const id of ids) {
      expect(typeof id).toBe('string');
      expect(names.has(id), id).toBe(false);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('tries each group at most once per request in every kind of chain, in the documented order', () => {
    for (const key of ['fallbacks', 'context_window_fallbacks', 'content_policy_fallbacks']) {
      const chains = new Map<string, string[]>(config.router_settings[key].map((item: any) => Object.entries(item)[0]));
      for (const from of chains.keys()) expect(repeatedGroups(fallbackOrder(chains, from)), `${key} from ${from}`).toEqual([]);
    }
    const general = new Map<string, string[]>(config.router_settings.fallbacks.map((item: any) => Object.entries(item)[0]));
    expect(fallbackOrder(general, 'groq-primary')).toEqual(['groq-primary', 'openai-secondary', 'openrouter-tertiary']);
  });

  it('sends content-policy refusals only from groups whose provider raises them (Groq raises none)', () => {
    const groqGroups = config.model_list.filter((m: any) => String(m.litellm_params.model).startsWith('groq/')).map((m: any) => m.model_name);
    const from = config.router_settings.content_policy_fallbacks.map((item: any) => Object.keys(item)[0]);
    expect(from.filter((g: string) => groqGroups.includes(g))).toEqual([]);
    expect(from).toContain('openai-secondary');
    // Every group sits in context_window_fallbacks: a set list with no entry for a group re-raises instead of falling back.
    const ctx = new Set(config.router_settings.context_window_fallbacks.map((item: any) => Object.keys(item)[0]));
    for (const m of config.model_list) if (m.model_name !== 'openrouter-tertiary') expect(ctx.has(m.model_name), m.model_name).toBe(true);
  });

  it('the chain checker rejects the seed\'s two-key shape', () => {
    const seedShape = [{ model: 'groq/llama-3.3-70b-versatile', fallbacks: ['gpt-4o-mini'] }];
    expect(chainsOk(seedShape, names)).toContain('item with 2 keys');
  });

  it('sets rpm/tpm (never rpm_limit/tpm_limit) on every deployment, and no retired model', () => {
    const reg = loadRegistry();
    const retired = new Set(reg.models.filter((m) => m.lifecycle.stage === 'retired').map((m) => m.id));
    for (const m of config.model_list) {
      const p = m.litellm_params;
      expect(p.rpm, m.model_name).toBeGreaterThan(0);
      expect(p.tpm, m.model_name).toBeGreaterThan(0);
      expect(p.rpm_limit).toBeUndefined();
      expect(p.tpm_limit).toBeUndefined();
      const providerModel = String(p.model).replace(/^(groq|openai|openrouter)\//, '');
      expect(retired.has(providerModel), `${m.model_name} uses retired ${providerModel}`).toBe(false);
    }
  });

  it('reads every secret from os.environ/ and keeps master_key and database_url under general_settings', () => {
    expect(config.general_settings.master_key).toBe('os.environ/LITELLM_MASTER_KEY');
    expect(full.general_settings.database_url).toBe('os.environ/DATABASE_URL');
    expect(config.litellm_settings.master_key).toBeUndefined();
    expect(full.litellm_settings.master_key).toBeUndefined();
    for (const m of config.model_list) expect(m.litellm_params.api_key).toMatch(/^os\.environ\/[A-Z_]+_API_KEY$/);
    expect(text).not.toMatch(/\b(?:sk-[A-Za-z0-9]{8,}|gsk_[A-Za-z0-9]{8,}|sk-or-v1-[a-f0-9]{8,})/);
  });

  it('declares every os.environ/ variable in .env.example', () => {
    const example = readFileSync(join(ROOT, ENV_EXAMPLE_PATH), 'utf8');
    const declared = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    expect([...envReferences(config)].filter((v) => !declared.has(v))).toEqual([]);
  });

  it('has a retry_policy whose keys LiteLLM knows, derived from registry actions', () => {
    const reg = loadRegistry();
    const rp = config.router_settings.retry_policy;
    // Only the keys get_num_retries_from_retry_policy reads; InternalServerErrorRetries is declared but unread.
    expect(Object.keys(rp).sort()).toEqual(['AuthenticationErrorRetries', 'BadRequestErrorRetries', 'ContentPolicyViolationErrorRetries', 'RateLimitErrorRetries', 'TimeoutErrorRetries']);
    expect(config.router_settings.num_retries).toBe(1);
    // Rate limits fail over at once (litellm.md 1.3 item 4, issue #3274).
    expect(rp.RateLimitErrorRetries).toBe(0);
    expect(rp.AuthenticationErrorRetries).toBe(0);
    const retryKeys = new Set(reg.errors.filter((e) => e.action === 'retry' && e.litellm.retryPolicyKey).map((e) => e.litellm.retryPolicyKey));
    for (const [key, n] of Object.entries(rp)) expect(n, key).toBe(retryKeys.has(key as never) ? 1 : 0);
  });

  it('switches cooldowns to the count rule: a policy of counts of at least 1, and allowed_fails off LiteLLM\'s default', () => {
    const policy = config.router_settings.allowed_fails_policy;
    expect(Object.keys(policy).length).toBeGreaterThan(0);
    for (const [k, n] of Object.entries(policy)) {
      expect(['BadRequestErrorAllowedFails', 'AuthenticationErrorAllowedFails', 'TimeoutErrorAllowedFails', 'RateLimitErrorAllowedFails', 'ContentPolicyViolationErrorAllowedFails']).toContain(k);
      expect(n as number, k).toBeGreaterThanOrEqual(1);
    }
    expect(policy.RateLimitErrorAllowedFails).toBe(1);
    expect(config.router_settings.allowed_fails).not.toBe(3);
  });

  it('spaces background health checks so they cost at most 2% of each model\'s requests per day', () => {
    const reg = loadRegistry();
    const interval = config.general_settings.health_check_interval;
    for (const d of reg.deployments) {
      const rpd = reg.models.find((m) => m.provider === d.provider && m.id === d.model)!.limits.rpd;
      if (rpd) expect(Math.ceil(86_400 / interval), d.modelName).toBeLessThanOrEqual(0.02 * rpd);
    }
    expect(interval).toBeGreaterThan(300);
  });

  it('names the LiteLLM release it targets, and under each comment about LiteLLM\'s behaviour the file, function and commit it was read at', () => {
    const reg = loadRegistry();
    expect(text).toMatch(new RegExp(`^# Written for LiteLLM ${reg.proxy.litellmRelease.replace(/\./g, '\\.')}\\.`, 'm'));
    const everyVariant = configVariants(reg).map((v) => readFileSync(join(ROOT, v.path), 'utf8')).join('\n');
    const litellmNotes = Object.entries(reg.configNotes).filter(([, n]) => n.about === 'litellm');
    expect(litellmNotes.length).toBeGreaterThan(8);
    for (const [key, note] of litellmNotes) {
      for (const e of note.evidence.filter((x) => x.kind === 'upstream')) {
        expect(everyVariant, key).toContain(`# Read in BerriAI/litellm @ ${e.commit.slice(0, 8)}: ${e.path} ${e.symbol}.`);
      }
    }
  });

  it('refuses to generate a config that references an undeclared env var, naming the file', () => {
    const { input, origins } = freshInput();
    input.env = input.env.filter((v) => v.name !== 'REDIS_HOST');
    const reg = parseRegistry(input, origins, { redos: false });
    expect(() => generateLitellmConfig(reg)).toThrow('litellm/proxy_config.redis.yaml: references undeclared env var(s) REDIS_HOST; declare them in registry/env.ts');
  });
});

describe('profiles: the default starts without Redis or a database', () => {
  const reg = loadRegistry();
  const DEFAULT_VARS = ['GROQ_API_KEY', 'LITELLM_MASTER_KEY', 'OPENAI_API_KEY', 'OPENROUTER_API_KEY'];

  it('the default config reads only the three provider keys and the master key', () => {
    expect([...envReferences(config)].sort()).toEqual(DEFAULT_VARS);
    expect(config.litellm_settings.cache).toBeUndefined();
    expect(config.router_settings.redis_host).toBeUndefined();
    expect(config.general_settings.database_url).toBeUndefined();
    expect(config.litellm_settings.max_budget).toBeUndefined();
  });

  it('the redis profile adds shared router state and the Redis cache, and nothing of Postgres', () => {
    const redis = readConfig('litellm/proxy_config.redis.yaml');
    expect(redis.router_settings).toMatchObject({ redis_host: 'os.environ/REDIS_HOST', redis_port: 'os.environ/REDIS_PORT' });
    expect(redis.litellm_settings).toMatchObject({ cache: true, cache_params: { type: 'redis', host: 'os.environ/REDIS_HOST' } });
    expect(redis.general_settings.database_url).toBeUndefined();
    expect([...envReferences(redis)].sort()).toEqual([...DEFAULT_VARS, 'REDIS_HOST', 'REDIS_PORT'].sort());
  });

  it('the postgres profile adds the database and the budget it enforces, and nothing of Redis', () => {
    const pg = readConfig('litellm/proxy_config.postgres.yaml');
    expect(pg.general_settings.database_url).toBe('os.environ/DATABASE_URL');
    expect(pg.litellm_settings).toMatchObject({ max_budget: reg.proxy.maxBudgetUsd, budget_duration: reg.proxy.budgetDuration });
    expect(pg.litellm_settings.cache).toBeUndefined();
    expect([...envReferences(pg)].sort()).toEqual([...DEFAULT_VARS, 'DATABASE_URL'].sort());
  });

  it('every profile keeps the same models, chains and retry settings as the default', () => {
    for (const path of ['litellm/proxy_config.redis.yaml', 'litellm/proxy_config.postgres.yaml', 'litellm/proxy_config.redis-postgres.yaml']) {
      const other = readConfig(path);
      expect(other.model_list, path).toEqual(config.model_list);
      for (const key of ['fallbacks', 'context_window_fallbacks', 'content_policy_fallbacks', 'retry_policy', 'num_retries', 'cooldown_time']) {
        expect(other.router_settings[key], `${path} ${key}`).toEqual(config.router_settings[key]);
      }
    }
  });

  it('the registry says which variables each profile needs (env group) and .env.example marks them', () => {
    const example = readFileSync(join(ROOT, ENV_EXAMPLE_PATH), 'utf8');
    for (const p of reg.profiles) {
      const vars = reg.env.filter((v) => v.group === p.envGroup);
      expect(vars.length, p.id).toBeGreaterThan(0);
      for (const v of vars.filter((x) => x.required)) expect(example, v.name).toMatch(new RegExp(`^# Required with the ${p.id} profile \\(${p.file.replace(/\./g, '\\.')}\\).*\n(?:#.*\n)*?# ${v.name}=`, 'm'));
      // Commented out, so a plain copy of .env.example suits the default config.
      for (const v of vars) expect(example).toMatch(new RegExp(`^# ${v.name}=`, 'm'));
    }
  });
});
