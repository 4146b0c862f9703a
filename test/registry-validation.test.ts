// Negative tests for registry validation: each broken fixture is rejected with a message that
// names the file, the entry and the field.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry } from '../registry/index.js';
import { PROXY_CONTAINER, PROXY_PORT } from '../registry/proxy-address.js';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './helpers/project.js';
import { analyseRegex, checkRegexSafety } from '../registry/redos.js';
import { SEED_CODES } from '../registry/seed-codes.js';
import { parseRegistry } from '../registry/validate.js';
import { checkoutOnlyCalls, INSTALLED_SUBCOMMANDS, MatchRuleSchema } from '../registry/schema.js';
import { asStatus } from '../src/classify/text.js';
import { entry, freshInput, rejectionOf } from './helpers/fixtures.js';

describe('the real registry', () => {
  it('is valid and keeps every one of the 46 seed ids', () => {
    const reg = loadRegistry();
    expect(SEED_CODES).toHaveLength(46);
    const seedIds = new Set(reg.errors.flatMap((e) => (e.seed ? [e.seed.id] : [])));
    expect(SEED_CODES.filter((id) => !seedIds.has(id))).toEqual([]);
  });

  it('resolves the seed bare HTTP ids as aliases', () => {
    const reg = loadRegistry();
    const http429 = reg.errors.find((e) => e.aliases.includes('429'));
    expect(http429?.code).toBe('http-429');
  });
});

describe('the proxy address is written once (registry/proxy-address.ts)', () => {
  it('no registry module spells the proxy port out; only LiteLLM\'s own default is named as a number', () => {
    const dir = join(ROOT, 'registry');
    const files = [...readdirSync(join(dir, 'errors')).map((f) => join(dir, 'errors', f)), join(dir, 'env.ts'), join(dir, 'providers.ts'), join(dir, 'litellm.ts')];
    const literal = /(?<![#\d])4000(?!\d)/g;
    // LiteLLM's CLI default is a fact about LiteLLM, not this project's setting.
    const litellmDefault = /(default port|when|port ==) 4000/;
    const found = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').flatMap((line, i) =>
      [...line.matchAll(literal)].filter((m) => !litellmDefault.test(line.slice(Math.max(0, m.index - 14), m.index + 4))).map(() => `${f}:${i + 1}`)));
    expect(found).toEqual([]);
    expect(loadRegistry().proxy.port).toBe(PROXY_PORT);
  });

  it('the proxy container the commands read is the one the Compose setup starts (<project>-<service>-1), and no command names another', () => {
    const compose = parseYaml(readFileSync(join(ROOT, 'ops/docker/docker-compose.yml'), 'utf8')) as { name: string; services: Record<string, { container_name?: string }> };
    expect(compose.services.litellm).toBeDefined();
    expect(compose.services.litellm!.container_name).toBeUndefined();
    expect(PROXY_CONTAINER).toBe(`${compose.name}-litellm-1`);
    const commands = loadRegistry().errors.flatMap((e) => e.resolution.flatMap((r) => [r.command?.bash ?? '', r.command?.powershell ?? '']));
    const containers = commands.flatMap((c) => [...c.matchAll(/docker logs (?:--since \S+ )?([\w.-]+)/g)].map((m) => m[1]));
    expect(containers.length).toBeGreaterThan(0);
    expect(new Set(containers)).toEqual(new Set([PROXY_CONTAINER]));
  });
});

describe('registry validation rejects bad input', () => {
  it('a duplicate code, naming both entries', () => {
    const { input, origins } = freshInput();
    input.errors.push({ ...structuredClone(entry(input, 'groq-rate-limit')) });
    const msg = rejectionOf(input, { ...origins, errors: [...origins.errors!, 'registry/errors/extra.ts'] });
    expect(msg).toContain("registry/errors/extra.ts: errors[groq-rate-limit] › code: 'groq-rate-limit' is already used by errors[groq-rate-limit]");
  });

  it('an alias that collides with another code', () => {
    const { input, origins } = freshInput();
    entry(input, 'groq-daily-limit').aliases = ['groq-rate-limit'];
    expect(rejectionOf(input, origins)).toMatch(/errors\[groq-daily-limit\] › aliases: 'groq-rate-limit' is already used/);
  });

  it('a config comment about LiteLLM\'s behaviour without upstream evidence, and a setting note without any', () => {
    const { input, origins } = freshInput();
    input.configNotes.allowed_fails_policy = { ...input.configNotes.allowed_fails_policy, evidence: [{ kind: 'web', title: 'a blog', url: 'https://example.com/cooldowns' }] };
    input.configNotes.drop_params = { ...input.configNotes.drop_params, evidence: [] };
    const msg = rejectionOf(input, origins);
    expect(msg).toContain('allowed_fails_policy');
    expect(msg).toContain('says how LiteLLM behaves, so it needs evidence: an upstream BerriAI/litellm file, symbol and commit');
    expect(msg).toContain('says what a LiteLLM setting does, so it needs evidence');
    expect(msg).toContain('registry/litellm.ts');
  });

  it('an executor alert that reads a metric the executor does not register, or names no registry code', () => {
    const { input, origins } = freshInput();
    input.executorAlerts[0] = { ...input.executorAlerts[0]!, expr: 'sum(rate(llm_bogus_total[5m])) > 1', code: 'no-such-code' };
    const msg = rejectionOf(input, origins);
    expect(msg).toContain("registry/executor-alerts.ts: executorAlerts[ExecutorChainExhausted] › expr: 'llm_bogus_total' is not a metric the executor registers");
    expect(msg).toContain("executorAlerts[ExecutorChainExhausted] › code: 'no-such-code' is not a registry code");
  });

  it('an executor policy without a row for some category', () => {
    const { input, origins } = freshInput();
    const categories = { ...input.executorPolicy.categories } as Record<string, unknown>;
    delete categories.QUOTA;
    input.executorPolicy = { ...input.executorPolicy, categories: categories as typeof input.executorPolicy.categories };
    expect(rejectionOf(input, origins)).toContain('registry/executor-policy.ts: executorPolicy[categories] › QUOTA: Invalid input: expected object, received undefined');
  });

  it('a missing resolution', () => {
    const { input, origins } = freshInput();
    entry(input, 'ECONNREFUSED').resolution = [];
    expect(rejectionOf(input, origins)).toContain('registry/errors/network.ts: errors[ECONNREFUSED] › resolution: needs at least one resolution step');
  });

  it('a resolution command that runs a subcommand only a checkout has (`provider-fallback generate`)', () => {
    const { input, origins } = freshInput();
    entry(input, 'ECONNREFUSED').resolution = [{ text: 'Regenerate the config.', command: { bash: 'npx provider-fallback generate', powershell: 'npx provider-fallback doctor' } }];
    const message = rejectionOf(input, origins);
    expect(message).toContain('registry/errors/network.ts: errors[ECONNREFUSED] › resolution.0.command.bash: runs `provider-fallback generate`, which an installed package does not have');
    expect(message).not.toContain('command.powershell');
  });

  it('the subcommands resolution commands may run are the CLI\'s own, less the checkout-only generate', () => {
    const main = readFileSync(join(ROOT, 'src/cli/main.ts'), 'utf8');
    const commands = [...main.matchAll(/\.command\('([a-z-]+)'\)/g)].map((m) => m[1]);
    expect(commands.filter((c) => c !== 'generate').sort()).toEqual([...INSTALLED_SUBCOMMANDS].sort());
    expect(checkoutOnlyCalls('npx provider-fallback init --force && npx provider-fallback doctor')).toEqual([]);
    expect(checkoutOnlyCalls('npx provider-fallback generate; provider-fallback scann x.log')).toEqual(['generate', 'scann']);
  });

  it('an HTTP status outside 200-599 (what classify reads), in the entry and in a match rule', () => {
    const { input, origins } = freshInput();
    entry(input, 'http-429').httpStatus = 999;
    entry(input, 'groq-rate-limit').match[0]!.status = [101];
    const msg = rejectionOf(input, origins);
    expect(msg).toContain('registry/errors/http.ts: errors[http-429] › httpStatus: must be an HTTP status between 200 and 599 (the statuses classify reads)');
    expect(msg).toContain('registry/errors/groq.ts: errors[groq-rate-limit] › match.0.status.0: must be an HTTP status between 200 and 599 (the statuses classify reads)');
  });

  it('takes exactly the statuses classify reads: the schema and asStatus cannot drift apart', () => {
    // The range is written twice (registry/schema.ts, src/classify/text.ts): a shared constant cost the
    // browser bundle 17 bytes it does not have, so the boundaries are held equal here.
    for (const status of [99, 100, 101, 199, 200, 201, 429, 598, 599, 600, 999]) {
      const registryTakes = MatchRuleSchema.safeParse({ status: [status] }).success;
      expect(registryTakes, `status ${status}`).toBe(asStatus(status) !== undefined);
    }
  });

  it('a message pattern that can backtrack catastrophically', () => {
    const { input, origins } = freshInput();
    entry(input, 'groq-rate-limit').match.push({ message: ['^(a+)+$'] });
    const msg = rejectionOf(input, origins, true);
    expect(msg).toMatch(/registry\/errors\/groq\.ts: errors\[groq-rate-limit\] › match\[\d+\]\.message\[0\]: can backtrack catastrophically \(exponential/);
  });

  it('judges a bounded repeat by automaton analysis, so that the verdict does not change between runs', () => {
    // http-404's model clause: recheck's default gave a repeat bound over 30 to its fuzzer, whose
    // random attack strings called it safe in some runs and polynomial in others.
    const clause = String.raw`\bmodel\b[^.:;\n]{1,60}\bis not (?:available|allowed|supported)\b`;
    for (let run = 0; run < 3; run++) expect(analyseRegex(clause)).toEqual({ verdict: 'safe', checker: 'automaton' });
    // The automaton still rejects a nested quantifier under the same bound.
    expect(analyseRegex('^(?:a{1,60})+$').verdict).toMatch(/can backtrack catastrophically/);
  });

  it('a message pattern that only the fuzzer can decide', () => {
    // A repeat bound over 100 leaves recheck's automaton; its fuzzer says "safe" here, but that
    // verdict rests on a timed search, so a message pattern must be decided exactly.
    expect(analyseRegex('limit x{101}')).toEqual({ verdict: 'safe', checker: 'fuzz' });
    expect(checkRegexSafety('limit x{101}', { exact: false })).toBe('safe');
    expect(checkRegexSafety('limit x{101}')).toMatch(/too large for recheck's exact/);
    const { input, origins } = freshInput();
    entry(input, 'groq-rate-limit').match.push({ message: ['limit x{101}'] });
    const msg = rejectionOf(input, origins, true);
    expect(msg).toMatch(/errors\[groq-rate-limit\] › match\[\d+\]\.message\[0\]: is too large for recheck's exact \(automaton\) analysis/);
  });

  it('a pattern that does not compile', () => {
    expect(checkRegexSafety('rate (limit')).toMatch(/does not compile/);
    expect(checkRegexSafety('rate limit reached')).toBe('safe');
  });

  it('a provider key variable that is not declared', () => {
    const { input, origins } = freshInput();
    input.env = input.env.filter((v) => v.name !== 'OPENROUTER_API_KEY');
    expect(rejectionOf(input, origins)).toContain('registry/providers.ts: providers[openrouter] › keyEnv: references undeclared env var OPENROUTER_API_KEY');
  });

  it('a fallback to a model group that does not exist, and a retired model in a deployment', () => {
    const { input, origins } = freshInput();
    input.fallbacks[0]!.to = ['openai-secondary', 'no-such-group'];
    input.deployments[0]!.model = 'llama-3.3-70b-versatile';
    const msg = rejectionOf(input, origins);
    expect(msg).toContain("registry/litellm.ts: fallbacks[general:groq-primary] › to[1]: 'no-such-group' is not a model_name in deployments");
    expect(msg).toContain("registry/litellm.ts: deployments[groq-primary] › model: 'llama-3.3-70b-versatile' was retired on 2026-08-16; use 'openai/gpt-oss-120b'");
  });

  it('a chain that calls a group twice once fallbacks nest', () => {
    const { input, origins } = freshInput();
    const primary = input.fallbacks.find((f) => f.kind === 'general' && f.from === 'groq-primary')!;
    primary.to = ['openai-secondary', 'openrouter-tertiary'];
    expect(rejectionOf(input, origins)).toContain('registry/litellm.ts: fallbacks[general:groq-primary] › to: with nested fallbacks a request to groq-primary calls openrouter-tertiary more than once; name only the next hop');
  });

  it('cooldown settings equal to LiteLLM\'s defaults, and a zero allowed-fails count (LiteLLM reads 0 as unset)', () => {
    const { input, origins } = freshInput();
    input.proxy = { ...input.proxy, allowedFails: 3, allowedFailsPolicy: {} };
    expect(rejectionOf(input, origins)).toContain("registry/litellm.ts: proxy[proxy] › allowedFails: 3 is LiteLLM's default, which leaves single-deployment groups without cooldowns on 429 and 5xx");
    const zero = freshInput();
    zero.input.proxy = { ...zero.input.proxy, allowedFailsPolicy: { RateLimitErrorAllowedFails: 0 } };
    expect(rejectionOf(zero.input, zero.origins)).toContain('registry/litellm.ts: proxy[allowedFailsPolicy] › RateLimitErrorAllowedFails: Too small: expected number to be >=1');
  });

  it('a profile whose env group has no required variable (doctor could not tell when it is in use)', () => {
    const { input, origins } = freshInput();
    input.env = input.env.map((v) => (v.group === 'cache' ? { ...v, required: false } : v));
    expect(rejectionOf(input, origins)).toContain("registry/profiles.ts: profiles[redis] › envGroup: no required variable of group 'cache' in registry/env.ts");
  });

  it('an unknown field (typo) in an entry', () => {
    const { input, origins } = freshInput();
    (entry(input, 'EPIPE') as Record<string, unknown>).retryable_ = true;
    expect(rejectionOf(input, origins)).toMatch(/registry\/errors\/network\.ts: errors\[EPIPE\] › \(entry\): Unrecognized key/);
  });

  it('a related code that does not exist', () => {
    const { input, origins } = freshInput();
    entry(input, 'EPIPE').related = ['ECONNRESET', 'groq-nonexistent'];
    expect(rejectionOf(input, origins)).toContain("errors[EPIPE] › related[1]: 'groq-nonexistent' is not a registry code");
  });

  it('a sample that classifies to another entry', () => {
    const { input, origins } = freshInput();
    // A Groq 429 body filed under the generic entry: the Groq entry's evidence is stronger.
    entry(input, 'http-429').samples.push(structuredClone(entry(input, 'groq-rate-limit').samples[0]!));
    expect(rejectionOf(input, origins)).toMatch(/errors\[http-429\] › samples\[\d+\]: classifies as groq-rate-limit \(score \d+\), not as its own entry \(score 2\)/);
  });

  it('two entries with identical evidence (ambiguous)', () => {
    const { input, origins } = freshInput();
    const copy = structuredClone(entry(input, 'openrouter-rate-limit'));
    copy.code = 'openrouter-rate-limit-twin';
    delete copy.seed;
    input.errors.push(copy);
    expect(rejectionOf(input, origins)).toMatch(/errors\[openrouter-rate-limit\] › samples\[0\]: is ambiguous: openrouter-rate-limit-twin \(score \d+\) matches as strongly as its own entry/);
  });

  it('a message pattern with a bracket in prose, which would be a capturing group', () => {
    const { input, origins } = freshInput();
    entry(input, 'kilo-empty-response').match[1]!.message!.push("The model's response ended unexpectedly (no assistant messages)");
    expect(rejectionOf(input, origins)).toContain('registry/errors/kilo.ts: errors[kilo-empty-response] › match[1].message[2]: "The model\'s response ended unexpectedly (no assistant messages)" has a capturing group: write \\( for a literal bracket, (?:...) for a group');
    // Escaped brackets and non-capturing groups are fine.
    const ok = freshInput();
    entry(ok.input, 'kilo-empty-response').match[1]!.message!.push('ended unexpectedly \\(no assistant messages\\)', '(?:no|zero) assistant messages');
    expect(() => parseRegistry(ok.input, ok.origins, { redos: false })).not.toThrow();
  });

  it('a removed code that was issued (codes.lock.json is append-only)', async () => {
    const { parseRegistry } = await import('../registry/validate.js');
    const { input, origins } = freshInput();
    input.errors = input.errors.filter((e) => e.code !== 'EPIPE');
    expect(() => parseRegistry(input, origins, { redos: false, issuedCodes: ['EPIPE'] }))
      .toThrow(/registry\/codes\.lock\.json: errors\[EPIPE\] › code: was issued and can never be removed/);
  });

  it('an entry naming an alert rule that does not exist', () => {
    const { input, origins } = freshInput();
    entry(input, 'groq-rate-limit').alert = { fires: true, rule: 'GroqIsSlow' };
    expect(rejectionOf(input, origins)).toContain("registry/errors/groq.ts: errors[groq-rate-limit] › alert.rule: 'GroqIsSlow' is not a rule in registry/alerts.ts");
  });

  it('an alert rule over a metric or label LiteLLM does not export', () => {
    const { input, origins } = freshInput();
    const rule = input.alertRules.GroqRateLimited!;
    rule.signal = { ...rule.signal, metric: 'litellm_groq_errors_total' } as typeof rule.signal;
    const other = input.alertRules.ProviderForbidden!;
    other.signal = { ...other.signal, by: ['provider'] } as typeof other.signal;
    const msg = rejectionOf(input, origins);
    expect(msg).toContain("registry/alerts.ts: alertRules[GroqRateLimited] › signal.metric: 'litellm_groq_errors_total' is not a known metric");
    expect(msg).toContain("registry/alerts.ts: alertRules[ProviderForbidden] › signal.metric: litellm_deployment_failure_responses_total has no label 'provider'");
  });

  it('two executor alerts with one name', () => {
    const { input, origins } = freshInput();
    input.executorAlerts[1] = { ...input.executorAlerts[1]!, name: input.executorAlerts[0]!.name };
    expect(rejectionOf(input, origins)).toContain(`registry/executor-alerts.ts: executorAlerts[${input.executorAlerts[0]!.name}] › id: duplicate id`);
  });

  it('an alert rule that no entry names', () => {
    const { input, origins } = freshInput();
    input.alertRules.Unused = structuredClone(input.alertRules.GroqRateLimited!);
    expect(rejectionOf(input, origins)).toContain('registry/alerts.ts: alertRules[Unused] › (entry): no error entry names this rule in alert.rule');
  });

  it('an alert summary that uses $value (the generated unit tests compare annotations exactly)', () => {
    const { input, origins } = freshInput();
    input.alertRules.GroqRateLimited!.summary = 'Rate limited at {{ $value }}';
    expect(rejectionOf(input, origins)).toContain('registry/alerts.ts: alertRules[GroqRateLimited] › summary: must not use $value');
  });

  it('a count signal without a window', () => {
    const { input, origins } = freshInput();
    delete input.alertRules.ProviderForbidden!.window;
    expect(rejectionOf(input, origins)).toContain('registry/alerts.ts: alertRules[ProviderForbidden] › window: count and ratio signals need a window');
  });

  it('an entry without sources, and a LiteLLM entry whose sources name no upstream code', () => {
    const { input, origins } = freshInput();
    entry(input, 'EPIPE').sources = [];
    expect(rejectionOf(input, origins)).toContain('registry/errors/network.ts: errors[EPIPE] › sources: needs at least one public source');
    const again = freshInput();
    const e = entry(again.input, 'litellm-no-deployments');
    e.sources = e.sources.filter((s) => s.kind === 'web');
    expect(e.sources.length).toBeGreaterThan(0);
    expect(rejectionOf(again.input, again.origins)).toContain('registry/errors/litellm.ts: errors[litellm-no-deployments] › sources: a litellm entry needs an upstream source');
  });

  it('an upstream source with a short commit hash', () => {
    const { input, origins } = freshInput();
    const e = entry(input, 'litellm-no-deployments');
    const up = e.sources.find((s) => s.kind === 'upstream')!;
    if (up.kind === 'upstream') up.commit = up.commit.slice(0, 8);
    expect(rejectionOf(input, origins)).toMatch(/registry\/errors\/litellm\.ts: errors\[litellm-no-deployments\] › sources\.\d+\.commit: must be a full 40-character commit hash/);
  });

  it('a provider phrase not in lower case, and an org-id pattern that can backtrack', () => {
    const { input, origins } = freshInput();
    const groq = input.providers.find((p) => p.id === 'groq')!;
    groq.recognition.phrases = ['Service Tier on_demand'];
    expect(rejectionOf(input, origins)).toContain('registry/providers.ts: providers[groq] › recognition.phrases.0: phrases are matched lower-cased');
    const again = freshInput();
    again.input.providers.find((p) => p.id === 'openai')!.recognition.orgIdPattern = '^(a|a)+$';
    expect(rejectionOf(again.input, again.origins, true)).toMatch(/registry\/providers\.ts: providers\[openai\] › recognition\.orgIdPattern: can backtrack/);
  });

  it('a status shape that does not read its own example, and one with two capture groups', () => {
    const { input, origins } = freshInput();
    input.wordings.statusShapes.push({ pattern: '\\bstatus=(\\d{3})\\b', example: 'HTTP error 429' });
    input.wordings.statusShapes.push({ pattern: '(code|status): (\\d{3})', example: 'status: 503' });
    const msg = rejectionOf(input, origins);
    expect(msg).toMatch(/registry\/wordings\.ts: statusShapes\[\d+\] › pattern: does not read a status out of its own example "HTTP error 429"/);
    expect(msg).toMatch(/statusShapes\[\d+\] › pattern: must have exactly one capture group \(the status\), has 2/);
  });

  it('a status shape that reads a success status as well as an error status', () => {
    const { input, origins } = freshInput();
    input.wordings.statusShapes.push({ pattern: '\\bstatus=(\\d{3})\\b', example: 'request failed: status=429' });
    expect(rejectionOf(input, origins)).toMatch(/statusShapes\[\d+\] › pattern: reads a success status too \(its example with 200\)/);
  });

  it('a bare status that misses an example or reads a counterexample', () => {
    const { input, origins } = freshInput();
    input.wordings.bareStatus.examples.push('upstream answered 4O4');
    input.wordings.bareStatus.counterexamples.push('retrying in 500 milliseconds');
    const msg = rejectionOf(input, origins);
    expect(msg).toContain('registry/wordings.ts: bareStatus › examples[');
    expect(msg).toContain(': the pattern reads no status out of "upstream answered 4O4"');
    expect(msg).toMatch(/bareStatus › counterexamples\[\d+\]: the pattern reads 500 out of "retrying in 500 milliseconds", which holds no status/);
    const twoGroups = freshInput();
    twoGroups.input.wordings.bareStatus.pattern = '(\\d)(\\d\\d)';
    expect(rejectionOf(twoGroups.input, twoGroups.origins)).toContain('bareStatus › pattern: must have exactly one capture group (the status), has 2');
  });

  it('a generic code of another category, and a category missing from the precedence', () => {
    const { input, origins } = freshInput();
    input.wordings.categories.TIMEOUT!.genericCode = 'http-429';
    input.wordings.categoryPrecedence = input.wordings.categoryPrecedence.filter((c) => c !== 'CACHE');
    const msg = rejectionOf(input, origins);
    expect(msg).toContain("registry/wordings.ts: categories[TIMEOUT] › genericCode: 'http-429' is a RATE_LIMIT code, not TIMEOUT");
    expect(msg).toContain('registry/wordings.ts: categoryPrecedence › (entry): CACHE has wordings but no place in the precedence');
  });

  it("a code for errors through LiteLLM that is not LiteLLM's own, or not of the category", () => {
    const { input, origins } = freshInput();
    input.wordings.categories.CONFIG!.viaLitellm = 'http-404-route';
    input.wordings.categories.CACHE!.viaLitellm = 'litellm-config-error';
    input.wordings.categories.TIMEOUT!.viaLitellm = 'litellm-made-up';
    const msg = rejectionOf(input, origins);
    expect(msg).toContain("registry/wordings.ts: categories[CONFIG] › viaLitellm: 'http-404-route' is not LiteLLM's own code (its source is http)");
    expect(msg).toContain("registry/wordings.ts: categories[CACHE] › viaLitellm: 'litellm-config-error' is a CONFIG code, not CACHE");
    expect(msg).toContain("registry/wordings.ts: categories[TIMEOUT] › viaLitellm: 'litellm-made-up' is not a registry code");
  });

  it('a status category that is not an error status, or that a generic entry already decides', () => {
    const { input, origins } = freshInput();
    (input.wordings.statusCategories as Record<string, string>)['200'] = 'SERVER';
    expect(rejectionOf(input, origins)).toContain('registry/wordings.ts: wordings[statusCategories] › 200: is not an error status (4xx or 5xx)');
    const again = freshInput();
    again.input.wordings.statusCategories['503'] = 'TIMEOUT';
    expect(rejectionOf(again.input, again.origins)).toContain('registry/wordings.ts: statusCategories[503] › TIMEOUT: 503 has its own generic entry http-503, which decides it first: edit that entry instead');
  });

  it('a status at which more categories decide that is not an error status', () => {
    const { input, origins } = freshInput();
    (input.wordings.specificAtStatus as Record<string, string[]>)['302'] = ['NETWORK'];
    expect(rejectionOf(input, origins)).toContain('registry/wordings.ts: wordings[specificAtStatus] › 302: is not an error status (4xx or 5xx)');
  });

  it('a category at one status that nothing can make evident, or that already decides at every status', () => {
    const { input, origins } = freshInput();
    (input.wordings.specificAtStatus as Record<string, string[]>)['502'] = ['UNKNOWN'];
    expect(rejectionOf(input, origins)).toContain('registry/wordings.ts: wordings[specificAtStatus] › 502.0: Invalid option: expected one of "RATE_LIMIT"');
    const again = freshInput();
    again.input.wordings.specificAtStatus['502'] = ['NETWORK', 'AUTH'];
    expect(rejectionOf(again.input, again.origins)).toContain('registry/wordings.ts: specificAtStatus[502] › AUTH: AUTH is in specificCategories, so it decides at 502 already');
  });

  it('a wording that repeats a shorter one of its own category, but not one that holds another category\'s', () => {
    const { input, origins } = freshInput();
    input.wordings.categories.AUTH!.phrases.push('invalid api key');
    const msg = rejectionOf(input, origins);
    expect(msg).toMatch(/registry\/wordings\.ts: categories\[AUTH\] › phrases\[\d+\]: 'invalid api key' holds 'api key', already a AUTH wording: drop the longer one/);
    // "quota increase" holds QUOTA's "quota" and is a RATE_LIMIT wording: it stays.
    expect(input.wordings.categories.RATE_LIMIT!.phrases).toContain('quota increase');
    expect(msg).not.toContain("'quota increase'");
  });

  it("a wording that an entry of its own category already reads with a message rule, but not another category's", () => {
    const { input, origins } = freshInput();
    input.wordings.categories.NETWORK!.phrases.push('fetch failed');
    input.wordings.categories.SERVER!.phrases.push('socket hang up');
    const msg = rejectionOf(input, origins);
    expect(msg).toMatch(/registry\/wordings\.ts: categories\[NETWORK\] › phrases\[\d+\]: 'fetch failed' is already fetch-failed's own message rule, which reads the same text and names its own code: drop the wording/);
    // ECONNRESET reads "socket hang up" as NETWORK; as a SERVER wording it would say something else.
    expect(msg).not.toContain("'socket hang up' is already");
  });

  it("keeps a wording an entry also reads when it holds another category's wording (it stops that one counting)", () => {
    const { input, origins } = freshInput();
    entry(input, 'fetch-failed').match.push({ message: ['connection timed out'] });
    input.wordings.categories.NETWORK!.phrases.push('connection timed out'); // holds TIMEOUT's "timed out"
    input.wordings.categories.NETWORK!.phrases.push('fetch failed');
    const msg = rejectionOf(input, origins);
    expect(msg).toContain("'fetch failed' is already fetch-failed's own message rule");
    expect(msg).not.toContain("'connection timed out'");
  });

  it('counts a shorter wording inside a longer one only where the classifier would (a word start)', () => {
    const { input, origins } = freshInput();
    // "timeout" sits inside "readtimeoutexception", where it is not a word of its own: not a repeat.
    input.wordings.categories.TIMEOUT!.phrases.push('readtimeoutexception');
    input.wordings.categories.TIMEOUT!.phrases.push('request timeout exceeded');
    const msg = rejectionOf(input, origins);
    expect(msg).not.toContain("'readtimeoutexception'");
    expect(msg).toContain("'request timeout exceeded' holds 'timeout', already a TIMEOUT wording");
  });

  it('a wording of two categories, or listed twice', () => {
    const { input, origins } = freshInput();
    input.wordings.categories.RATE_LIMIT!.phrases.push('quota');
    input.wordings.categories.TIMEOUT!.phrases.push('timed out');
    const msg = rejectionOf(input, origins);
    expect(msg).toMatch(/registry\/wordings\.ts: categories\[(?:RATE_LIMIT|QUOTA)\] › phrases\[\d+\]: 'quota' is already a (?:QUOTA|RATE_LIMIT) wording: drop one of them/);
    expect(msg).toMatch(/categories\[TIMEOUT\] › phrases\[\d+\]: 'timed out' is already a TIMEOUT wording: drop one of them/);
  });

  it('a cue that is also a wording, or a cue of two categories', () => {
    const { input, origins } = freshInput();
    input.wordings.categories.STREAMING!.cues!.push('stream ended');
    input.wordings.categories.SERVER!.cues!.push('network');
    const msg = rejectionOf(input, origins);
    expect(msg).toMatch(/registry\/wordings\.ts: categories\[STREAMING\] › cues\[\d+\]: 'stream ended' is already a STREAMING wording, which outranks any cue: drop one of them/);
    expect(msg).toMatch(/categories\[(?:SERVER|NETWORK)\] › cues\[\d+\]: 'network' is already a (?:NETWORK|SERVER) cue/);
  });

  it('a marker of a provider outside the stack that overlaps one of ours', () => {
    const { input, origins } = freshInput();
    input.wordings.otherProviders.Anthropic!.push('groqexception');
    expect(rejectionOf(input, origins)).toContain("registry/wordings.ts: otherProviders[Anthropic] › [4]: 'groqexception' overlaps groq's marker 'groqexception'");
  });

  it('an error class that says nothing (neither status nor category)', () => {
    const { input, origins } = freshInput();
    input.errorClasses[0]!.classes.push({ name: 'VagueError', status: null, category: null });
    expect(rejectionOf(input, origins)).toMatch(/errorClasses.*classes\.\d+: a class that gives neither status nor category tells the classifier nothing/);
  });
});

