// The generated proxy_config.yaml, read back with a YAML parser and checked against the facts in
// LiteLLM's documented config (docs.litellm.ai/docs/proxy/configs, reliability) and router.py's
// validate_fallbacks: the mistakes LiteLLM ignores silently or rejects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { CONFIG_PATH, generateLitellmConfig } from '../generators/litellm-config.js';
import { envReferences } from '../src/doctor/env-refs.js';
import { ENV_EXAMPLE_PATH } from '../generators/env-example.js';
import { loadRegistry } from '../registry/index.js';
import { parseRegistry } from '../registry/validate.js';
import { fallbackOrder, repeatedGroups } from '../src/litellm/fallback-order.js';
import { freshInput } from './helpers/fixtures.js';
import { ROOT } from './helpers/project.js';

const text = readFileSync(join(ROOT, CONFIG_PATH), 'utf8');
const config = parse(text) as Record<string, any>;
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
    expect(fallbackOrder(general, 'groq-primary')).toEqual(['groq-primary', 'openai-mini', 'openrouter-tertiary']);
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
    expect(config.general_settings.database_url).toBe('os.environ/DATABASE_URL');
    expect(config.litellm_settings.master_key).toBeUndefined();
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
    expect(Object.keys(rp).sort()).toEqual(['AuthenticationErrorRetries', 'BadRequestErrorRetries', 'ContentPolicyViolationErrorRetries', 'InternalServerErrorRetries', 'RateLimitErrorRetries', 'TimeoutErrorRetries']);
    // Rate limits fail over at once (litellm.md 1.3 item 4, issue #3274).
    expect(rp.RateLimitErrorRetries).toBe(0);
    expect(rp.AuthenticationErrorRetries).toBe(0);
    const retryKeys = new Set(reg.errors.filter((e) => e.action === 'retry' && e.litellm.retryPolicyKey).map((e) => e.litellm.retryPolicyKey));
    for (const [key, n] of Object.entries(rp)) expect(n, key).toBe(retryKeys.has(key as never) ? 1 : 0);
  });

  it('refuses to generate a config that references an undeclared env var, naming the file', () => {
    const { input, origins } = freshInput();
    input.env = input.env.filter((v) => v.name !== 'REDIS_HOST');
    const reg = parseRegistry(input, origins, { redos: false });
    expect(() => generateLitellmConfig(reg)).toThrow('litellm/proxy_config.yaml: references undeclared env var(s) REDIS_HOST; declare them in registry/env.ts');
  });
});
