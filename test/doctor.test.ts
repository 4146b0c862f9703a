// `provider-fallback doctor` checks, run through runDoctor on fixture files with real reads and a
// real socket for the port: the generated config with a good env file passes; each mistake fails
// with the code whose docs page explains it and a fix that says what to change.
import { spawnSync } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../src/doctor/doctor.js';
import { ROOT } from './helpers/project.js';
import { doctor, failures, fixture, FULL_CONFIG, GENERATED_CONFIG, occupyPort, only } from './fixtures/doctor/harness.js';

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pf-doctor-')), name);
  writeFileSync(path, text);
  return path;
}

describe('doctor on a good setup', () => {
  it('passes on the generated litellm/proxy_config.yaml with a good env file and a free port', async () => {
    const results = await doctor();
    expect(failures(results)).toEqual([]);
    expect(exitCodeOf(results)).toBe(0);
    expect(results.map((r) => r.id)).toEqual(expect.arrayContaining([
      'env-file', 'env.GROQ_API_KEY', 'env.OPENAI_API_KEY', 'env.OPENROUTER_API_KEY', 'env.LITELLM_MASTER_KEY', 'master-key', 'config.parse', 'config.sections', 'config.placement',
      'config.secrets', 'config.model-list', 'config.routing', 'config.fallbacks', 'config.deployment-limits', 'config.models', 'port',
    ]));
    expect(only(results, 'config.fallbacks').message).toContain('7 fallback chains');
    expect(results.every((r) => r.fix === null && r.code === null)).toBe(true);
  });

  it('passes on a small hand-written config too (any LiteLLM config, not only the generated one)', async () => {
    const results = await doctor({ configPath: fixture('valid-small.yaml') });
    // Its one finding is advice, not a mistake: without drop_params an unsupported parameter fails the request.
    expect(failures(results).map((r) => [r.id, r.status])).toEqual([['config.drop-params', 'warn']]);
  });

  it('reads the process environment when the env file does not exist', async () => {
    const text = readFileSync(fixture('good.env'), 'utf8');
    const env = Object.fromEntries(text.split('\n').filter((l) => /^(export )?[A-Z]/.test(l)).map((l) => {
      const [, name, value] = /^(?:export )?([A-Z_]+)=(.*)$/.exec(l)!;
      return [name!, value!.replace(/^["']|["']$/g, '').replace(/\s+#.*$/, '')];
    }));
    const results = await doctor({ envFile: join(tmpdir(), 'pf-doctor-no-such.env') }, { env });
    expect(only(results, 'env-file').message).toContain('not found; reading variables from the process environment only');
    expect(only(results, 'env.GROQ_API_KEY').message).toContain('(from the process environment)');
    expect(failures(results)).toEqual([]);
  });

  it('lets the env file win over the process environment', async () => {
    const results = await doctor({}, { env: { GROQ_API_KEY: 'gsk_replace-with-your-groq-key' } });
    expect(only(results, 'env.GROQ_API_KEY').status).toBe('pass');
  });
});

describe('env file and variables', () => {
  it('fails a missing OPENROUTER_API_KEY with the OpenRouter key code', async () => {
    const r = only(await doctor({ envFile: fixture('missing-openrouter.env') }), 'env.OPENROUTER_API_KEY');
    expect(r).toMatchObject({ status: 'fail', code: 'openrouter-invalid-key' });
    expect(r.message).toBe('OPENROUTER_API_KEY is not set (the config reads it through os.environ/)');
    expect(r.fix).toContain('add OPENROUTER_API_KEY=sk-or-v1-… to');
  });

  it('fails a value that is still the .env.example placeholder', async () => {
    const r = only(await doctor({ envFile: fixture('placeholder.env') }), 'env.GROQ_API_KEY');
    expect(r).toMatchObject({ status: 'fail', code: 'groq-invalid-api-key', message: 'GROQ_API_KEY is still the placeholder from .env.example' });
    expect(r.fix).toContain('replace it with your Groq key (gsk_…)');
  });

  it('fails a key in another provider\'s format and reports malformed lines by number', async () => {
    const results = await doctor({ envFile: fixture('malformed.env') });
    const groq = only(results, 'env.GROQ_API_KEY');
    expect(groq).toMatchObject({ status: 'fail', code: 'groq-invalid-api-key' });
    expect(groq.message).toContain('looks like an OpenRouter key (sk-or-v1-…), not a Groq key');
    expect(only(results, 'env-file.line-10')).toMatchObject({ status: 'warn', message: expect.stringContaining('line 10: expected NAME=VALUE') });
    expect(only(results, 'env-file.line-11').message).toContain('REDIS_PASSWORD: unterminated double quote');
  });

  it('passes the default config with only the three provider keys and the master key (no Redis, no database)', async () => {
    const keep = /^(?:export )?(?:GROQ_API_KEY|OPENAI_API_KEY|OPENROUTER_API_KEY|LITELLM_MASTER_KEY)=/;
    const text = readFileSync(fixture('good.env'), 'utf8').split('\n').filter((l) => keep.test(l)).join('\n');
    expect(text.split('\n')).toHaveLength(4);
    const results = await doctor({ envFile: tempFile('.env', text) });
    expect(failures(results)).toEqual([]);
  });

  it('fails the Redis profile when REDIS_HOST is unset (LiteLLM would not start), with the cache code', async () => {
    const text = readFileSync(fixture('good.env'), 'utf8').replace(/^REDIS_HOST=.*$/m, '');
    const results = await doctor({ envFile: tempFile('.env', text), configPath: join(ROOT, 'litellm/proxy_config.redis.yaml') });
    expect(only(results, 'env.REDIS_HOST')).toMatchObject({ status: 'fail', code: 'litellm-cache-error' });
    expect(results.some((r) => r.id === 'env.LITELLM_SALT_KEY')).toBe(false);
  });

  it('fails an empty required variable and a missing LITELLM_SALT_KEY when the config uses the database', async () => {
    const text = readFileSync(fixture('good.env'), 'utf8').replace(/^LITELLM_SALT_KEY=.*$/m, '').replace(/^REDIS_PORT=.*$/m, 'REDIS_PORT=');
    const results = await doctor({ envFile: tempFile('.env', text), configPath: FULL_CONFIG });
    expect(only(results, 'env.LITELLM_SALT_KEY')).toMatchObject({ status: 'fail', code: 'litellm-db-unavailable', message: 'LITELLM_SALT_KEY is not set (the registry marks it required)' });
    expect(only(results, 'env.LITELLM_SALT_KEY').fix).toContain('make one with: openssl rand -base64 32');
    expect(only(results, 'env.REDIS_PORT')).toMatchObject({ status: 'fail', code: 'litellm-cache-error', message: expect.stringContaining('is set but empty') });
  });

  it('fails a provider key that does not match the registry key format', async () => {
    const text = readFileSync(fixture('good.env'), 'utf8').replace(/^OPENROUTER_API_KEY=.*$/m, 'OPENROUTER_API_KEY=sk-or-v1-tooShort');
    const r = only(await doctor({ envFile: tempFile('.env', text) }), 'env.OPENROUTER_API_KEY');
    expect(r).toMatchObject({ status: 'fail', code: 'openrouter-invalid-key' });
    expect(r.message).toContain('does not match the OpenRouter key format ^sk-or-v1-[a-f0-9]{64}$');
  });

  it('keeps the key format readable when the value is the bare prefix (a paste cut short): a prefix holds nothing to mask', async () => {
    const text = readFileSync(fixture('good.env'), 'utf8').replace(/^OPENROUTER_API_KEY=.*$/m, 'OPENROUTER_API_KEY=sk-or-v1-');
    const r = only(await doctor({ envFile: tempFile('.env', text) }), 'env.OPENROUTER_API_KEY');
    expect(r).toMatchObject({ status: 'fail', code: 'openrouter-invalid-key' });
    expect(r.message).toContain('does not match the OpenRouter key format ^sk-or-v1-[a-f0-9]{64}$');
    expect(r.fix).toContain('add OPENROUTER_API_KEY=sk-or-v1-… to');
  });

  it('only warns about a provider key the config does not route to', async () => {
    const config = tempFile('groq-only.yaml', 'model_list:\n  - model_name: groq-primary\n    litellm_params:\n      model: groq/openai/gpt-oss-120b\n      api_key: os.environ/GROQ_API_KEY\n');
    const results = await doctor({ envFile: fixture('missing-openrouter.env'), configPath: config });
    expect(only(results, 'env.OPENROUTER_API_KEY')).toMatchObject({ status: 'warn', code: 'openrouter-invalid-key' });
  });

  it('fails a variable the config references that nobody set, even one the registry does not know', async () => {
    const config = tempFile('custom.yaml', 'model_list:\n  - model_name: groq-primary\n    litellm_params:\n      model: groq/openai/gpt-oss-120b\n      api_key: os.environ/MY_TEAM_GROQ_KEY\n');
    const r = only(await doctor({ configPath: config }), 'env.MY_TEAM_GROQ_KEY');
    expect(r).toMatchObject({ status: 'fail', code: 'litellm-config-error', message: 'MY_TEAM_GROQ_KEY is not set (the config reads it through os.environ/)' });
  });
});

describe('env file as bash reads it (the guides load it with set -a; . litellm/.env)', () => {
  /** What real bash makes of the file: each name's value, or `<unset>`. */
  function sourcedByBash(path: string, names: string[]): Record<string, string> {
    const script = `set -a; . "$1" 2>/dev/null; set +a; for n in ${names.join(' ')}; do if [ -n "\${!n+x}" ]; then printf '%s=%q\\n' "$n" "\${!n}"; else printf '%s=<unset>\\n' "$n"; fi; done`;
    const out = spawnSync('bash', ['-c', script, 'bash', path], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } }).stdout;
    return Object.fromEntries(out.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  }

  it('warns about a byte-order mark, CRLF and spaces around =, each of which real bash reads otherwise', async () => {
    const path = tempFile('.env', '\uFEFFGROQ_API_KEY=gsk_a\r\nOPENAI_API_KEY = sk-b\r\nOPENROUTER_API_KEY= sk-or-c\r\nLITELLM_MASTER_KEY=sk-d\r\nEMPTY= # nothing\r\n');
    // What bash does with it: the BOM line and both spaced lines leave their names unset; CRLF keeps a \r\n    // at the end of a value (a comment after the value swallows it).
    expect(sourcedByBash(path, ['GROQ_API_KEY', 'OPENAI_API_KEY', 'OPENROUTER_API_KEY', 'LITELLM_MASTER_KEY', 'EMPTY'])).toEqual({
      GROQ_API_KEY: '<unset>', OPENAI_API_KEY: '<unset>', OPENROUTER_API_KEY: '<unset>', LITELLM_MASTER_KEY: "$'sk-d\\r'", EMPTY: "''",
    });
    const warnings = (await doctor({ envFile: path })).filter((r) => r.id.startsWith('env-file.'));
    expect(warnings.map((w) => [w.id, w.status])).toEqual([['env-file.line-1', 'warn'], ['env-file.line-1', 'warn'], ['env-file.line-2', 'warn'], ['env-file.line-3', 'warn']]);
    expect(warnings[0]!.message).toContain('starts with a byte-order mark: bash\'s `. file` runs the first line as a command, so GROQ_API_KEY stays unset');
    expect(warnings[1]!.message).toContain('has Windows line endings (CRLF)');
    expect(warnings[1]!.fix).toContain(`sed -i 's/\\r$//' ${path}`);
    expect(warnings[2]!.message).toContain('spaces around = : bash\'s `. file` reads the line as a command, not an assignment, so OPENAI_API_KEY stays unset');
    expect(warnings[3]!.fix).toBe('write OPENROUTER_API_KEY=value, with no space on either side of =');
  });

  it('has nothing to say about a file bash reads as doctor does', async () => {
    const path = tempFile('.env', 'GROQ_API_KEY=gsk_a\nexport OPENAI_API_KEY="sk-b c"\nEMPTY= # nothing\n');
    expect(sourcedByBash(path, ['GROQ_API_KEY', 'OPENAI_API_KEY', 'EMPTY'])).toEqual({ GROQ_API_KEY: 'gsk_a', OPENAI_API_KEY: 'sk-b\\ c', EMPTY: "''" });
    expect((await doctor({ envFile: path })).filter((r) => r.id.startsWith('env-file.'))).toEqual([]);
  });
});

describe('master key', () => {
  it('fails a weak master key with the proxy auth code and a command that makes a good one', async () => {
    const r = only(await doctor({ envFile: fixture('weak-master.env') }), 'master-key');
    expect(r).toMatchObject({ status: 'fail', code: 'litellm-auth-failed' });
    expect(r.message).toContain('is a publicly known example key');
    expect(r.fix).toContain('echo "sk-$(openssl rand -hex 32)"');
  });

  it.each([
    ['sk-local-dev-1234', 'publicly known example key'],
    ['local-4b8e2f0c9d1a7e6b5c3f2a1d0e9c8b7a6f5e4d3c', 'does not start with sk-'],
    ['sk-short0123', 'is too short'],
    [`sk-${'ab'.repeat(20)}`, 'is not random'],
    ['sk-abcdefghijklmnopqrstuvwxyz0123456789', 'is not random'],
  ])('fails %s', async (key, why) => {
    const text = readFileSync(fixture('good.env'), 'utf8').replace(/^export LITELLM_MASTER_KEY=.*$/m, `LITELLM_MASTER_KEY=${key}`);
    const r = only(await doctor({ envFile: tempFile('.env', text) }), 'master-key');
    expect(r.status).toBe('fail');
    expect(r.message).toContain(why);
  });

  it('fails a master key that reuses a provider key', async () => {
    const text = readFileSync(fixture('good.env'), 'utf8');
    const openai = /^OPENAI_API_KEY=(.*)$/m.exec(text)![1]!;
    const r = only(await doctor({ envFile: tempFile('.env', text.replace(/^export LITELLM_MASTER_KEY=.*$/m, `LITELLM_MASTER_KEY=${openai}`)) }), 'master-key');
    expect(r).toMatchObject({ status: 'fail', message: 'LITELLM_MASTER_KEY is the same value as OPENAI_API_KEY: a leak of one gives away both' });
  });
});

describe('config', () => {
  it('reports a YAML syntax error with its line and column', async () => {
    const results = await doctor({ configPath: fixture('syntax-error.yaml') });
    const r = only(results, 'config.parse');
    expect(r).toMatchObject({ status: 'fail', code: 'litellm-config-error' });
    expect(r.message).toMatch(/syntax-error\.yaml line 6, column 1: YAML syntax error: /);
    expect(r.fix).toContain('LiteLLM cannot start with it');
    // Nothing else about the config can be said, but env and port are still checked.
    expect(results.some((x) => x.id.startsWith('config.') && x.id !== 'config.parse')).toBe(false);
    expect(only(results, 'port').status).toBe('pass');
  });

  it('fails a missing default config, with a fix that works from an installed package (init, not generate)', async () => {
    const r = only(await doctor({ configPath: join(tmpdir(), 'pf-doctor-none.yaml') }), 'config.parse');
    expect(r).toMatchObject({ status: 'fail', code: 'litellm-config-error', message: expect.stringContaining('not found') });
    expect(r.fix).toContain('npx provider-fallback init writes litellm/proxy_config.yaml');
    expect(r.fix).not.toContain('generate');
  });

  it('fails a literal key, names its line, masks it and says which variable to use', async () => {
    const results = await doctor({ configPath: fixture('literal-key.yaml') });
    const r = only(results, 'config.secrets.line-6');
    expect(r).toMatchObject({ status: 'fail', code: 'litellm-config-error' });
    expect(r.message).toBe('line 6: model_list[0].litellm_params.api_key holds a literal secret gsk_Fake… (46 chars); only os.environ/ references belong in the config');
    expect(r.fix).toContain('replace it with os.environ/GROQ_API_KEY');
  });

  it('fails literal master keys, database URLs with passwords, and keys pasted into comments', async () => {
    const text = readFileSync(fixture('valid-small.yaml'), 'utf8')
      .replace('master_key: os.environ/LITELLM_MASTER_KEY', 'master_key: my-not-so-secret-admin')
      .replace('database_url: os.environ/DATABASE_URL', 'database_url: postgresql://litellm:FakeDbSecret99@db:5432/litellm')
      .replace('# A small hand-written config without mistakes.', '# old key: sk-or-v1-0123456789abcdef0123456789abcdef');
    const results = await doctor({ configPath: tempFile('c.yaml', text) });
    const secrets = results.filter((r) => r.id.startsWith('config.secrets.'));
    expect(secrets.map((r) => r.message)).toEqual([
      expect.stringMatching(/^line 1: text that looks like a secret sk-or-v1…/),
      expect.stringMatching(/^line 24: general_settings\.master_key holds a literal secret/),
      expect.stringMatching(/^line 25: general_settings\.database_url holds a literal secret/),
    ]);
    expect(secrets.find((r) => r.message.includes('master_key'))!.fix).toContain('os.environ/LITELLM_MASTER_KEY');
    expect(secrets.find((r) => r.message.includes('database_url'))!.fix).toContain('os.environ/DATABASE_URL');
  });

  it('fails a two-key fallback item the way LiteLLM\'s Router would', async () => {
    const r = only(await doctor({ configPath: fixture('two-key-fallback.yaml') }), 'config.fallbacks.router_settings.fallbacks[0]');
    expect(r).toMatchObject({ status: 'fail', code: 'litellm-config-error' });
    expect(r.message).toContain('has 2 keys (model, fallbacks)');
    expect(r.message).toContain('must have exactly one key');
    expect(r.fix).toContain('- groq-primary: [openai-secondary, openrouter-tertiary]');
  });

  it('fails a top-level fallbacks: and says LiteLLM ignores it', async () => {
    const r = only(await doctor({ configPath: fixture('top-level-fallbacks.yaml') }), 'config.sections.fallbacks');
    expect(r).toMatchObject({ status: 'fail', code: 'litellm-config-error' });
    expect(r.message).toBe('line 18: top-level fallbacks: is silently ignored by LiteLLM, which only reads its known sections');
    expect(r.fix).toContain('move fallbacks under router_settings:');
  });

  it('fails a misspelt section and only warns about an unknown one', async () => {
    const text = readFileSync(fixture('valid-small.yaml'), 'utf8').replace('router_settings:', 'router_setting:') + '\nmy_notes:\n  owner: platform-team\n';
    const results = await doctor({ configPath: tempFile('c.yaml', text) });
    expect(only(results, 'config.sections.router_setting')).toMatchObject({ status: 'fail', fix: 'rename router_setting to router_settings' });
    expect(only(results, 'config.sections.my_notes').status).toBe('warn');
  });

  it('fails master_key under litellm_settings', async () => {
    const r = only(await doctor({ configPath: fixture('master-key-in-litellm-settings.yaml') }), 'config.placement.litellm_settings.master_key');
    expect(r).toMatchObject({ status: 'fail', code: 'litellm-config-error', fix: 'move master_key under general_settings:' });
    expect(r.message).toContain('silently ignored');
    expect(r.message).toContain('the proxy would run without this master key');
  });

  it('fails a fallback that names an unknown model group', async () => {
    const r = only(await doctor({ configPath: fixture('unknown-fallback-group.yaml') }), 'config.fallbacks.router_settings.fallbacks[0]');
    expect(r).toMatchObject({ status: 'fail', code: 'litellm-config-error' });
    expect(r.message).toContain("names 'anthropic-backup', not a model_name in model_list");
    expect(r.fix).toContain('use model_name values from model_list (groq-primary, openai-secondary, openrouter-tertiary)');
  });

  it('checks context_window_fallbacks and content_policy_fallbacks under litellm_settings too, and warns about a duplicate', async () => {
    const text = `${readFileSync(fixture('valid-small.yaml'), 'utf8')}\nlitellm_settings:\n  fallbacks:\n    - groq-primary: [openai-secondary]\n  context_window_fallbacks:\n    - groq-primary: [gemini-huge]\n  content_policy_fallbacks: groq-primary\n`;
    const results = await doctor({ configPath: tempFile('c.yaml', text) });
    expect(only(results, 'config.fallbacks.litellm_settings.context_window_fallbacks[0]').message).toContain("names 'gemini-huge'");
    expect(only(results, 'config.fallbacks.litellm_settings.content_policy_fallbacks').message).toContain('is not a list');
    expect(only(results, 'config.fallbacks.litellm_settings.fallbacks').status).toBe('warn');
  });

  it('fails a deployment id that is also a model group name, naming its line', async () => {
    const text = readFileSync(GENERATED_CONFIG, 'utf8').replace('id: groq-primary-1', 'id: groq-primary');
    const results = await doctor({ configPath: tempFile('c.yaml', text) });
    const r = only(results, 'config.deployment-ids.model_list[0]');
    expect(r).toMatchObject({ status: 'fail', code: 'litellm-config-error' });
    expect(r.message).toMatch(/^line \d+: model_list\[0\]\.model_info\.id is 'groq-primary', also a model_name/);
    expect(r.fix).toContain("'groq-primary-1'");
    expect(exitCodeOf(results)).toBe(1);
  });

  it('warns about nested chains that call a group twice, spelling out the order', async () => {
    const text = readFileSync(GENERATED_CONFIG, 'utf8').replace('- groq-primary: [openai-secondary]', '- groq-primary: [openai-secondary, openrouter-tertiary]');
    expect(text).not.toBe(readFileSync(GENERATED_CONFIG, 'utf8'));
    const r = only(await doctor({ configPath: tempFile('c.yaml', text) }), 'config.nested-fallbacks.fallbacks.groq-primary');
    expect(r.status).toBe('warn');
    expect(r.message).toContain('tries groq-primary → openai-secondary → openrouter-tertiary → openrouter-tertiary, calling openrouter-tertiary more than once');
  });

  it('warns when cooldowns stay on LiteLLM\'s percentage rule, which never cools a single-deployment group', async () => {
    const text = readFileSync(GENERATED_CONFIG, 'utf8').replace('allowed_fails: 2', 'allowed_fails: 3').replace(/\n  allowed_fails_policy:\n(?: {4}\w+: \d+\n)+/, '\n');
    expect(text).not.toContain('allowed_fails_policy:');
    const r = only(await doctor({ configPath: tempFile('c.yaml', text) }), 'config.cooldowns');
    expect(r.status).toBe('warn');
    expect(r.message).toContain('(groq-primary, groq-small, openai-secondary, openrouter-tertiary) on 429 or 5xx');
    expect(only(await doctor(), 'config.cooldowns').status).toBe('pass');
  });

  it('warns when drop_params is missing or quoted, so unsupported parameters would fail requests', async () => {
    const generated = readFileSync(GENERATED_CONFIG, 'utf8');
    expect(only(await doctor(), 'config.drop-params').status).toBe('pass');
    const missing = generated.replace(/\n  drop_params: true\n/, '\n');
    expect(missing).not.toContain('drop_params:');
    const r = only(await doctor({ configPath: tempFile('c.yaml', missing) }), 'config.drop-params');
    expect(r).toMatchObject({ status: 'warn', code: 'litellm-unsupported-params' });
    expect(r.message).toContain('litellm_settings.drop_params is not set');
    const quoted = only(await doctor({ configPath: tempFile('c.yaml', generated.replace('drop_params: true', 'drop_params: "true"')) }), 'config.drop-params');
    expect(quoted.status).toBe('warn');
    expect(quoted.message).toMatch(/^line \d+: litellm_settings\.drop_params is "true", not the boolean true/);
    const perDeployment = readFileSync(fixture('valid-small.yaml'), 'utf8').replace(/(\n {6}model: [^\n]+)/g, '$1\n      drop_params: true');
    expect(only(await doctor({ configPath: tempFile('c.yaml', perDeployment) }), 'config.drop-params').status).toBe('pass');
  });

  it('reads the config as YAML 1.1, as PyYAML does: an unquoted yes is the boolean true, a quoted one is not', async () => {
    const generated = readFileSync(GENERATED_CONFIG, 'utf8');
    const yes = only(await doctor({ configPath: tempFile('c.yaml', generated.replace('drop_params: true', 'drop_params: yes')) }), 'config.drop-params');
    expect(yes.status).toBe('pass');
    const quoted = only(await doctor({ configPath: tempFile('c.yaml', generated.replace('drop_params: true', 'drop_params: "yes"')) }), 'config.drop-params');
    expect(quoted.status).toBe('warn');
  });

  it('warns when background health checks spend more than 2% of a model\'s daily requests', async () => {
    const text = readFileSync(GENERATED_CONFIG, 'utf8').replace(/health_check_interval: \d+/, 'health_check_interval: 300');
    const results = await doctor({ configPath: tempFile('c.yaml', text) });
    // groq/openai/gpt-oss-120b: 1000 requests a day on Groq's free plan; 86400 / 300 = 288 checks.
    const r = only(results, 'config.health-checks.model_list[0]');
    expect(r.status).toBe('warn');
    expect(r.message).toContain('288 calls a day to groq-primary, 28.8% of its 1000 requests per day');
    expect(r.fix).toContain('at least 4320');
    expect(only(await doctor(), 'config.health-checks').status).toBe('pass');
  });

  it('fails rpm_limit on a deployment', async () => {
    const r = only(await doctor({ configPath: fixture('rpm-limit.yaml') }), 'config.deployment-limits.model_list[0].litellm_params.rpm_limit');
    expect(r).toMatchObject({ status: 'fail', code: 'litellm-config-error', fix: 'rename rpm_limit to rpm under litellm_params' });
    expect(r.message).toContain('line 7:');
  });

  it('fails a retired Groq model, naming the replacement and the retirement date', async () => {
    const r = only(await doctor({ configPath: fixture('retired-model.yaml') }), 'config.models.model_list[0]');
    expect(r).toMatchObject({ status: 'fail', code: 'groq-invalid-model' });
    expect(r.message).toContain('groq/llama-3.3-70b-versatile, retired by Groq on 2026-08-16');
    expect(r.fix).toBe("change the model to groq/openai/gpt-oss-120b (Groq's named replacement)");
  });

  it('warns about a preview model', async () => {
    const text = readFileSync(GENERATED_CONFIG, 'utf8').replace('groq/openai/gpt-oss-20b', 'groq/qwen/qwen3.6-27b');
    const r = only(await doctor({ configPath: tempFile('c.yaml', text) }), 'config.models.model_list[1]');
    expect(r).toMatchObject({ status: 'warn', code: 'groq-invalid-model' });
  });

  it('fails an empty model_list and entries without a model', async () => {
    const none = await doctor({ configPath: tempFile('c.yaml', 'router_settings:\n  num_retries: 1\n') });
    expect(only(none, 'config.model-list')).toMatchObject({ status: 'fail', code: 'litellm-no-models' });
    const partial = await doctor({ configPath: tempFile('c.yaml', 'model_list:\n  - model_name: x\n    litellm_params: {}\n') });
    expect(only(partial, 'config.model-list.model_list[0]').message).toContain('needs litellm_params.model');
  });
});

describe('a shell reference where LiteLLM expects os.environ/', () => {
  it('names it as an unexpanded reference, with the os.environ/ form, and does not call it a leaked secret', async () => {
    const config = tempFile('ref.yaml', 'model_list:\n  - model_name: groq-primary\n    litellm_params:\n      model: groq/openai/gpt-oss-120b\n      api_key: ${GROQ_API_KEY}\n  - model_name: openai-secondary\n    litellm_params:\n      model: openai/gpt-6-luna\n      api_key: "$OPENAI_API_KEY"\n');
    const found = (await doctor({ configPath: config })).filter((r) => r.id.startsWith('config.secrets'));
    expect(found.map((r) => [r.id, r.message, r.fix])).toEqual([
      ['config.secrets.line-5', 'line 5: model_list[0].litellm_params.api_key is the shell reference ${GROQ_API_KEY}, which LiteLLM does not expand: it would send that text as the value', 'write os.environ/GROQ_API_KEY (LiteLLM\'s way to read a variable)'],
      ['config.secrets.line-9', 'line 9: model_list[1].litellm_params.api_key is the shell reference $OPENAI_API_KEY, which LiteLLM does not expand: it would send that text as the value', 'write os.environ/OPENAI_API_KEY (LiteLLM\'s way to read a variable)'],
    ]);
  });
});

describe('duplicate keys: PyYAML, which LiteLLM loads its config with, keeps the last one', () => {
  it('fails a section or setting written twice, naming both lines, and checks the config as LiteLLM would read it', async () => {
    const config = tempFile('dup.yaml', [
      'model_list:',
      '  - model_name: groq-primary',
      '    litellm_params:',
      '      model: groq/llama-3.3-70b-versatile',
      '      model: groq/openai/gpt-oss-120b',
      '      api_key: os.environ/GROQ_API_KEY',
      'router_settings:',
      '  fallbacks: [{"groq-primary": ["nowhere"]}]',
      'router_settings:',
      '  num_retries: 2',
      '',
    ].join('\n'));
    const results = await doctor({ configPath: config });
    expect(only(results, 'config.parse').status).toBe('pass');
    expect(results.filter((r) => r.id.startsWith('config.duplicate-keys')).map((r) => [r.id, r.message, r.fix])).toEqual([
      ['config.duplicate-keys.line-5', "line 5: model_list[0].litellm_params.model is set again (first on line 4); LiteLLM's YAML loader keeps only the last, so what line 4 sets is ignored", 'keep one model: line'],
      ['config.duplicate-keys.line-9', "line 9: router_settings is set again (first on line 7); LiteLLM's YAML loader keeps only the last, so what line 7 sets is ignored", 'merge the two into one router_settings: block'],
    ]);
    // As PyYAML reads it: the retired model on line 4 and the broken fallback on line 8 are gone.
    expect(results.some((r) => r.id.startsWith('config.models.') && r.status === 'fail')).toBe(false);
    expect(results.some((r) => r.id.startsWith('config.fallbacks') && r.status === 'fail')).toBe(false);
  });

  it('finds none in the generated config', async () => {
    expect((await doctor()).filter((r) => r.id.startsWith('config.duplicate-keys'))).toEqual([]);
  });
});

describe('routing: the model prefix names the provider whose key the deployment reads', () => {
  const deployment = (params: string) => tempFile('routing.yaml', `model_list:\n  - model_name: primary\n    litellm_params:\n${params.split('\n').map((l) => `      ${l}`).join('\n')}\n`);
  const routing = async (params: string) => (await doctor({ configPath: deployment(params) })).filter((r) => r.id.startsWith('config.routing'));

  it('fails a Groq key with a model that has no groq/ prefix, naming the line, the model and the fix', async () => {
    const [r] = await routing('model: llama-3.3-70b-versatile\napi_key: os.environ/GROQ_API_KEY');
    expect(r).toMatchObject({ id: 'config.routing.model_list[0]', status: 'fail', code: 'litellm-config-error' });
    expect(r!.message).toBe('line 4: model_list[0] (primary) reads GROQ_API_KEY but its model llama-3.3-70b-versatile has no groq/ prefix: LiteLLM cannot tell it is Groq and fails each request with "LLM Provider NOT provided" (or calls another provider with Groq\'s key)');
    expect(r!.fix).toBe('write model: groq/llama-3.3-70b-versatile (or set custom_llm_provider: groq)');
  });

  it('fails an OpenRouter model id without openrouter/ (its own vendor/ prefix is not a LiteLLM provider)', async () => {
    const [r] = await routing('model: google/gemini-3.5-flash-lite\napi_key: os.environ/OPENROUTER_API_KEY');
    expect(r).toMatchObject({ status: 'fail', fix: 'write model: openrouter/google/gemini-3.5-flash-lite (or set custom_llm_provider: openrouter)' });
  });

  it('fails a key sent to another provider by the prefix', async () => {
    const [r] = await routing('model: groq/openai/gpt-oss-120b\napi_key: os.environ/OPENAI_API_KEY');
    expect(r).toMatchObject({ status: 'fail' });
    expect(r!.message).toContain('reads OPENAI_API_KEY (OpenAI\'s key) but its model groq/openai/gpt-oss-120b sends it to Groq');
    expect(r!.fix).toBe('use the key of the provider you mean: model: openai/openai/gpt-oss-120b for OpenAI, or api_key: os.environ/GROQ_API_KEY for Groq');
  });

  it('only warns about a bare OpenAI model name, which LiteLLM finds in its own list', async () => {
    const [r] = await routing('model: gpt-6-luna\napi_key: os.environ/OPENAI_API_KEY');
    expect(r).toMatchObject({ status: 'warn', fix: 'write model: openai/gpt-6-luna so the provider does not depend on LiteLLM\'s list' });
  });

  it('fails an openai/ api_base that already ends in /chat/completions (the client adds the path again)', async () => {
    const found = await routing('model: openai/qwen3-coder\napi_base: http://localhost:11434/v1/chat/completions/\napi_key: os.environ/MY_OWN_KEY');
    expect(found.map((r) => [r.id, r.status, r.fix])).toEqual([['config.routing.model_list[0].api_base', 'fail', 'api_base: http://localhost:11434/v1']]);
    expect(found[0]!.message).toBe('line 5: model_list[0] (primary) has an api_base that ends in /chat/completions: LiteLLM\'s OpenAI route adds that path itself, so requests go to .../chat/completions/chat/completions and get a 404');
    expect((await routing('model: openai/qwen3-coder\napi_base: http://localhost:11434/v1\napi_key: os.environ/MY_OWN_KEY')).map((r) => r.status)).toEqual(['pass']);
  });

  it('passes a prefix that matches, a custom_llm_provider, an api_base on the provider\'s host, and a key from elsewhere', async () => {
    for (const params of [
      'model: groq/openai/gpt-oss-120b\napi_key: os.environ/GROQ_API_KEY',
      'model: llama-3.3-70b-versatile\ncustom_llm_provider: groq\napi_key: os.environ/GROQ_API_KEY',
      'model: openai/openai/gpt-oss-120b\napi_base: https://api.groq.com/openai/v1\napi_key: os.environ/GROQ_API_KEY',
      'model: ollama/llama3\napi_key: os.environ/MY_OWN_KEY',
    ]) expect((await routing(params)).map((r) => r.status), params).toEqual(['pass']);
  });
});

describe('port', () => {
  it('fails a taken port with the code classify gives the real bind error', async () => {
    const { port, server } = await occupyPort();
    try {
      const r = only(await doctor({ port }), 'port');
      expect(r).toMatchObject({ status: 'fail', code: 'litellm-port-in-use' });
      expect(r.message).toBe(`port ${port} on 127.0.0.1 cannot be bound (EADDRINUSE): the proxy cannot listen there`);
      expect(r.fix).toContain(`ss -ltnp "sport = :${port}"`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('only warns when the port is held by a running LiteLLM proxy (its /health/liveliness answers), and fails for any other HTTP server', async () => {
    for (const [answer, status] of [["I'm alive!", 'warn'], ['Not Found', 'fail']] as const) {
      const server = createHttpServer((req, res) => {
        const alive = req.url === '/health/liveliness' && answer !== 'Not Found';
        res.writeHead(alive ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as AddressInfo).port;
      try {
        const r = only(await doctor({ port }), 'port');
        expect(r.status).toBe(status);
        if (status === 'warn') {
          expect(r.message).toBe(`port ${port} is held by a LiteLLM proxy that is already running (it answered /health/liveliness)`);
          expect(r.fix).toContain('restart it after changing');
        }
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    }
  });
});
