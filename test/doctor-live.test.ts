// doctor --live against servers on 127.0.0.1 that answer like Groq, OpenAI and OpenRouter do: 200,
// 401, 402, 429, 503, a server that never answers (the timeout fires) and a closed port. The base
// URLs come from GROQ_API_BASE, OPENAI_API_BASE / OPENAI_BASE_URL and OPENROUTER_API_BASE; the
// test fetch refuses any host but 127.0.0.1.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { exitCodeOf } from '../src/doctor/doctor.js';
import { parseEnvFile } from '../src/doctor/env-file.js';
import { listen, type Running } from './helpers/fake-provider.js';
import { doctor, fixture, freePort, only } from './fixtures/doctor/harness.js';

type Behaviour = '200' | '401' | '402' | '429' | '503' | 'hang' | 'echo-key' | 'models-missing';
interface Seen { method: string; path: string; authorization: string | undefined }

const OK_BODIES: Record<string, unknown> = {
  groq: { object: 'list', data: [{ id: 'openai/gpt-oss-120b', object: 'model' }, { id: 'openai/gpt-oss-20b', object: 'model' }] },
  openai: { object: 'list', data: [{ id: 'gpt-6-luna', object: 'model', shutdown_date: null }, { id: 'gpt-4o-mini', object: 'model', shutdown_date: '2027-01-14' }] },
  openrouter: { data: { label: 'sk-or-v1-616…b42', limit: null, limit_remaining: null, usage: 0.12, is_free_tier: false } },
};

const ERRORS: Record<string, { status: number; headers?: Record<string, string>; body: unknown }> = {
  '401': { status: 401, body: { error: { message: 'Invalid API Key', type: 'invalid_request_error', code: 'invalid_api_key' } } },
  '402': { status: 402, body: { error: { code: 402, message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits' } } },
  '429': { status: 429, headers: { 'retry-after': '7' }, body: { error: { message: 'Rate limit reached for model `openai/gpt-oss-120b` on requests per minute (RPM): Limit 30, Used 30, Requested 1. Please try again in 7s.', type: 'requests', code: 'rate_limit_exceeded' } } },
  '503': { status: 503, body: { error: { message: 'The server is overloaded or not ready yet.', type: 'server_error', code: 'server_is_overloaded' } } },
};

const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function provider(id: string, behaviour: Behaviour, seen: Seen[]): Promise<string> {
  const server = await listen((req: IncomingMessage, res: ServerResponse) => {
    seen.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization });
    if (behaviour === 'hang') return; // never answers: the client's timeout must fire
    if (behaviour === '200') return json(res, 200, OK_BODIES[id]);
    if (behaviour === 'models-missing') return json(res, 200, { object: 'list', data: [{ id: 'openai/gpt-oss-120b' }] });
    if (behaviour === 'echo-key') return json(res, 401, { error: { message: `Incorrect API key provided: ${String(req.headers.authorization).slice(7)}. You can find your API key at https://platform.openai.com/account/api-keys.`, type: 'invalid_request_error', code: 'invalid_api_key' } });
    const e = ERRORS[behaviour]!;
    return json(res, e.status, e.body, e.headers);
  });
  running.push(server);
  return `${server.url}/v1`;
}

interface Setup { groq?: Behaviour | 'closed'; openai?: Behaviour | 'closed'; openrouter?: Behaviour | 'closed' }

/** Starts one local server per provider and returns the env overrides pointing at them. */
async function providers(setup: Setup, seen: Record<string, Seen[]>): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const id of ['groq', 'openai', 'openrouter'] as const) {
    const behaviour = setup[id] ?? '200';
    seen[id] = [];
    env[`${id.toUpperCase()}_API_BASE`] = behaviour === 'closed' ? `http://127.0.0.1:${await freePort()}/v1` : await provider(id, behaviour, seen[id]!);
  }
  return env;
}

const keys = parseEnvFile(readFileSync(fixture('good.env'), 'utf8')).values;

describe('doctor --live', () => {
  it('calls each provider\'s health endpoint with its key and passes on 200', async () => {
    const seen: Record<string, Seen[]> = {};
    const env = await providers({}, seen);
    const results = await doctor({ live: true }, { env });
    expect(only(results, 'live.groq')).toMatchObject({ status: 'pass', message: expect.stringMatching(/^Groq: GET http:\/\/127\.0\.0\.1:\d+\/v1\/models answered 200 in \d+ ms with GROQ_API_KEY$/) });
    expect(only(results, 'live.openai').status).toBe('pass');
    expect(only(results, 'live.openrouter').status).toBe('pass');
    expect(exitCodeOf(results)).toBe(0);
    expect(seen.groq).toEqual([{ method: 'GET', path: '/v1/models', authorization: `Bearer ${keys.get('GROQ_API_KEY')}` }]);
    expect(seen.openai).toEqual([{ method: 'GET', path: '/v1/models', authorization: `Bearer ${keys.get('OPENAI_API_KEY')}` }]);
    expect(seen.openrouter).toEqual([{ method: 'GET', path: '/v1/key', authorization: `Bearer ${keys.get('OPENROUTER_API_KEY')}` }]);
  });

  it('makes no request without --live', async () => {
    const seen: Record<string, Seen[]> = {};
    const env = await providers({}, seen);
    const results = await doctor({ live: false }, { env });
    expect(results.some((r) => r.id.startsWith('live.'))).toBe(false);
    expect(Object.values(seen).flat()).toEqual([]);
  });

  it('fails a rejected key (401) with the provider\'s key code', async () => {
    const seen: Record<string, Seen[]> = {};
    const results = await doctor({ live: true }, { env: await providers({ groq: '401' }, seen) });
    const r = only(results, 'live.groq');
    expect(r).toMatchObject({ status: 'fail', code: 'groq-invalid-api-key' });
    expect(r.message).toContain('answered 401: groq-invalid-api-key (Invalid API Key)');
    expect(r.fix).toContain('npx provider-fallback explain groq-invalid-api-key');
    expect(exitCodeOf(results)).toBe(1);
  });

  it('fails an OpenRouter account without credit (402)', async () => {
    const results = await doctor({ live: true }, { env: await providers({ openrouter: '402' }, {}) });
    expect(only(results, 'live.openrouter')).toMatchObject({ status: 'fail', code: 'openrouter-credits-exhausted' });
  });

  it('only warns on a rate limit (429): the key works and the proxy falls back', async () => {
    const results = await doctor({ live: true }, { env: await providers({ groq: '429' }, {}) });
    const r = only(results, 'live.groq');
    expect(r).toMatchObject({ status: 'warn', code: 'groq-rate-limit' });
    expect(r.fix).toContain('transient');
    expect(exitCodeOf(results)).toBe(0);
  });

  it('only warns on an overloaded provider (503)', async () => {
    const results = await doctor({ live: true }, { env: await providers({ openai: '503' }, {}) });
    expect(only(results, 'live.openai')).toMatchObject({ status: 'warn', code: 'openai-overloaded' });
  });

  it('gives up after --timeout on a server that never answers', async () => {
    const seen: Record<string, Seen[]> = {};
    const started = Date.now();
    const results = await doctor({ live: true, timeoutMs: 300 }, { env: await providers({ openrouter: 'hang' }, seen) });
    expect(Date.now() - started).toBeLessThan(4000);
    const r = only(results, 'live.openrouter');
    expect(r).toMatchObject({ status: 'warn', code: 'timeout-error' });
    expect(r.message).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/v1\/key failed after \d+ ms: timeout-error/);
    expect(seen.openrouter).toHaveLength(1);
  });

  it('reports a closed port as ECONNREFUSED', async () => {
    const results = await doctor({ live: true }, { env: await providers({ groq: 'closed' }, {}) });
    expect(only(results, 'live.groq')).toMatchObject({ status: 'warn', code: 'ECONNREFUSED' });
  });

  it('fails when the provider does not list a model the config routes to', async () => {
    const results = await doctor({ live: true }, { env: await providers({ groq: 'models-missing' }, {}) });
    const r = only(results, 'live.groq');
    expect(r).toMatchObject({ status: 'fail', code: 'groq-invalid-model' });
    expect(r.message).toContain('does not list openai/gpt-oss-20b');
  });

  it('never prints a key a provider echoes back in its error body', async () => {
    const results = await doctor({ live: true }, { env: await providers({ openai: 'echo-key' }, {}) });
    const r = only(results, 'live.openai');
    expect(r).toMatchObject({ status: 'fail', code: 'openai-invalid-api-key' });
    expect(r.message).toContain('Incorrect API key provided: sk-proj-…');
    expect(JSON.stringify(results)).not.toContain(keys.get('OPENAI_API_KEY')!);
  });

  it('only calls providers the config uses and whose key is set; accepts OPENAI_BASE_URL', async () => {
    const seen: Record<string, Seen[]> = {};
    const env = await providers({}, seen);
    const config = fixture('valid-small.yaml');
    const viaAlias = { GROQ_API_BASE: env.GROQ_API_BASE!, OPENAI_BASE_URL: env.OPENAI_API_BASE!, OPENROUTER_API_BASE: env.OPENROUTER_API_BASE! };
    const results = await doctor({ live: true, configPath: config, envFile: fixture('missing-openrouter.env') }, { env: viaAlias });
    expect(only(results, 'live.openai').status).toBe('pass');
    expect(results.some((r) => r.id === 'live.openrouter')).toBe(false);
    expect(seen.openrouter).toEqual([]);
  });

  it('calls nothing but Groq for a config that routes only to Groq', async () => {
    const seen: Record<string, Seen[]> = {};
    const env = await providers({}, seen);
    const dir = mkdtempSync(join(tmpdir(), 'pf-doctor-live-'));
    const config = join(dir, 'groq-only.yaml');
    writeFileSync(config, 'model_list:\n  - model_name: groq-primary\n    litellm_params:\n      model: groq/openai/gpt-oss-120b\n      api_key: os.environ/GROQ_API_KEY\n');
    const results = await doctor({ live: true, configPath: config }, { env });
    expect(results.filter((r) => r.id.startsWith('live.')).map((r) => r.id)).toEqual(['live.groq']);
    expect(seen.groq).toHaveLength(1);
    expect([...seen.openai!, ...seen.openrouter!]).toEqual([]);
  });
});

describe('doctor --live without a readable config', () => {
  it('calls nobody and says why', async () => {
    const seen: Record<string, Seen[]> = {};
    const results = await doctor({ live: true, configPath: fixture('syntax-error.yaml') }, { env: await providers({}, seen) });
    expect(only(results, 'live')).toMatchObject({ status: 'warn', code: null });
    expect(Object.values(seen).flat()).toEqual([]);
  });
});
