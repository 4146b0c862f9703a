// The executor's state shared through a real redis-server on 127.0.0.1 (resilience target T13):
// four processes sharing one limit stay within 102% of it; a cooldown or an open breaker set by one
// instance is seen by another at once; Redis going away fails no request. The shared store's Lua
// scripts are also checked against the in-memory store on the same random sequence of operations.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExecutor, MemoryStore, RedisStore, type Limits } from '../src/index.js';
import { EXECUTOR_POLICY } from '../src/generated/executor-policy.js';
import { listen } from './helpers/fake-provider.js';
import { startRedis, freePort, type RunningRedis } from './helpers/redis-server.js';

const ROOT = join(import.meta.dirname, '..');
// Like the browser tests: skipped with a message on a machine without redis-server, required in CI.
const haveRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!haveRedis && process.env.CI) throw new Error('redis-server not found; .ci/run installs Debian\'s redis-server package');
const SKIPPED = haveRedis ? '' : ' (skipped: no redis-server and CI is not set; apt-get install redis-server)';
let redis: RunningRedis;
const clients: Redis[] = [];
/** A connected client; without an offline queue, commands sent before it is ready would fail. */
const connect = async () => {
  const c = new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true });
  clients.push(c);
  await c.connect();
  return c;
};

beforeAll(async () => { if (haveRedis) redis = await startRedis(); });
afterAll(async () => {
  for (const c of clients) c.disconnect();
  await redis?.stop();
});

describe.skipIf(!haveRedis)(`RedisStore against the in-memory store${SKIPPED}`, () => {
  it('answers fitsAt and reserve the same on any sequence of reserve, settle, release and observe', async () => {
    const limits: Limits = { rpm: 5, tpm: 1_000, rpd: 40 };
    const op = fc.oneof(
      fc.record({ kind: fc.constant('reserve' as const), tokens: fc.integer({ min: 1, max: 700 }), advance: fc.integer({ min: 0, max: 30_000 }) }),
      fc.record({ kind: fc.constant('settle' as const), actual: fc.integer({ min: 0, max: 900 }), advance: fc.constant(0) }),
      fc.record({ kind: fc.constant('release' as const), advance: fc.constant(0) }),
      fc.record({ kind: fc.constant('observe' as const), dim: fc.constantFrom('rpm' as const, 'tpm' as const), remaining: fc.integer({ min: 0, max: 1_000 }), reset: fc.integer({ min: 0, max: 90_000 }), advance: fc.constant(0) }),
    );
    let run = 0;
    const client = await connect();
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 40 }), async (ops) => {
      const target = `prop-${run++}`;
      const memory = new MemoryStore(EXECUTOR_POLICY);
      const shared = new RedisStore({ client, prefix: 'pf-prop', clock: 'caller', onError: (e) => { throw e; } });
      let now = 1_767_225_600_000;
      const held: Array<[unknown, unknown]> = [];
      for (const o of ops) {
        now += o.advance;
        if (o.kind === 'reserve') {
          const [a, b] = [memory.reserve(target, limits, o.tokens, now), await shared.reserve(target, limits, o.tokens, now)];
          expect(b.ok, `reserve ${o.tokens} at +${now}`).toBe(a.ok);
          if (!a.ok && !b.ok) expect(b.at).toBe(a.at);
          if (a.ok && b.ok) held.push([a.reservation, b.reservation]);
        } else if (o.kind === 'settle' && held.length) {
          const [a, b] = held.shift()!;
          memory.settle(target, a, o.actual);
          await shared.settle(target, b, o.actual);
        } else if (o.kind === 'release' && held.length) {
          const [a, b] = held.pop()!;
          memory.release(target, a);
          await shared.release(target, b);
        } else if (o.kind === 'observe') {
          memory.observe(target, limits, o.dim, o.remaining, o.reset, now);
          await shared.observe(target, limits, o.dim, o.remaining, o.reset, now);
        }
        for (const tokens of [1, 300, 1_000, 1_001]) expect(await shared.fitsAt(target, limits, tokens, now), `fitsAt ${tokens}`).toBe(memory.fitsAt(target, limits, tokens, now));
      }
    }), { numRuns: 60, seed: 20261130 });
  });
});

describe.skipIf(!haveRedis)(`instances sharing one Redis${SKIPPED}`, () => {
  it('see a cooldown and an open breaker set by another instance at once', async () => {
    const a = new RedisStore({ client: await connect(), prefix: 'pf-vis' });
    const b = new RedisStore({ client: await connect(), prefix: 'pf-vis' });
    const now = Date.now();
    expect(await b.blockedUntil('groq', now)).toBeNull();
    await a.cooldown('groq', now + 600_000, now);
    // b reads how long is left on Redis's clock and adds it to its own: within a few ms of a's time.
    expect(Math.abs((await b.blockedUntil('groq', now))! - (now + 600_000))).toBeLessThan(50);
    for (let i = 0; i < EXECUTOR_POLICY.breaker.consecutiveFailures; i++) await a.record('openai', now, false, true);
    expect(a.breakerState('openai', now)).toBe('open');
    expect(Math.abs((await b.blockedUntil('openai', now))! - (now + EXECUTOR_POLICY.breaker.openMs))).toBeLessThan(50);
    // A wait the provider stated is shared too, so any instance can queue for it.
    await a.statedWait('groq', now + 7_000, now);
    expect(Math.abs((await b.statedUntil('groq', now))! - (now + 7_000))).toBeLessThan(50);
    // A failure that does not count against the breaker (an invalid request) publishes nothing.
    await a.record('openrouter', now, false, false);
    expect(await b.blockedUntil('openrouter', now)).toBeNull();
  });

  it('four processes sharing a 200 rpm limit send at most 102% of it, and use over 90% of it', async () => {
    const RPM = 200;
    const sent: number[] = [];
    const provider = await listen((req, res) => {
      sent.push(Number(req.headers['x-sent-at']));
      req.resume();
      req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify({ choices: [], usage: { total_tokens: 40 } })); });
    });
    // The run is shorter than a minute, so everything sent falls in one window of the limit.
    const env = { ...process.env, RPM: String(RPM), TPM: '1000000', TOKENS: '50', REDIS_URL: redis.url, PROVIDER_URL: `${provider.url}/v1/chat/completions`, DURATION_MS: '4000', CONCURRENCY: '10' };
    const runs = await Promise.all(Array.from({ length: 4 }, () => new Promise<{ ok: number; exhausted: number; failed: number; redisErrors: number }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/helpers/redis-instance.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => { out += d; });
      child.stderr.on('data', (d: Buffer) => { err += d; });
      child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`instance exited ${code}: ${err}`))));
    })));
    await provider.close();
    expect(runs.every((r) => r.failed === 0 && r.redisErrors === 0), JSON.stringify(runs)).toBe(true);
    expect(Math.max(...sent) - Math.min(...sent)).toBeLessThan(60_000);
    expect(sent.length, JSON.stringify(runs)).toBeLessThanOrEqual(RPM * 1.02);
    expect(sent.length).toBeGreaterThanOrEqual(RPM * 0.9);
    expect(runs.filter((r) => r.ok > 0).length, 'instances that got a share').toBeGreaterThanOrEqual(3);
  }, 30_000);
});

describe.skipIf(!haveRedis)(`when Redis is unavailable${SKIPPED}`, () => {
  it('no request fails: the store answers from memory, reports the failure, and uses Redis again when it is back', async () => {
    const port = await freePort(); // nothing listens here
    const client = new Redis(`redis://127.0.0.1:${port}`, { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true, retryStrategy: () => null });
    clients.push(client);
    client.on('error', () => undefined);
    const errors: unknown[] = [];
    const store = new RedisStore({ client, onError: (e) => errors.push(e), retryAfterMs: 60_000 });
    const executor = createExecutor({ targets: [{ id: 'only', provider: 'groq', limits: { rpm: 2 } }], store });
    const results = [];
    for (let i = 0; i < 2; i++) results.push(await executor.execute(async () => 'pong'));
    expect(results.map((r) => r.value)).toEqual(['pong', 'pong']);
    expect(errors.length).toBeGreaterThan(0);
    expect(store.degraded()).toBe(true);
    // The local windows still hold the limit while Redis is away: a third request in the minute has no room.
    await expect(executor.execute(async () => 'pong', { deadlineMs: 1_000 })).rejects.toThrow(/no room|cooling down/);
  });

  it('with localShare, an instance keeps to its share of each limit while Redis is away', async () => {
    const client = new Redis(`redis://127.0.0.1:${await freePort()}`, { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true, retryStrategy: () => null });
    clients.push(client);
    client.on('error', () => undefined);
    const store = new RedisStore({ client, localShare: 0.5, retryAfterMs: 60_000 });
    const executor = createExecutor({ targets: [{ id: 'only', provider: 'groq', limits: { rpm: 4 } }], store });
    await executor.execute(async () => 'one');
    await executor.execute(async () => 'two');
    await expect(executor.execute(async () => 'three', { deadlineMs: 1_000 })).rejects.toThrow(/no room|cooling down/);
  });

  it('a Redis that stops mid-run fails no request', async () => {
    const own = await startRedis();
    const client = new Redis(own.url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    clients.push(client);
    client.on('error', () => undefined);
    const errors: unknown[] = [];
    const executor = createExecutor({ targets: [{ id: 'only', provider: 'groq', limits: { rpm: 1_000 } }], store: new RedisStore({ client, prefix: 'pf-stop', onError: (e) => errors.push(e) }) });
    const values: string[] = [];
    for (let i = 0; i < 20; i++) {
      if (i === 10) await own.stop();
      values.push((await executor.execute(async () => `r${i}`)).value);
    }
    expect(values).toHaveLength(20);
    expect(errors.length).toBeGreaterThan(0);
  });
});
