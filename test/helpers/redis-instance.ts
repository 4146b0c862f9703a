// One application instance for the multi-process shared-limit test: an executor whose state is in
// Redis, sending requests to one mock provider as fast as its limits allow, for DURATION_MS.
import { Redis } from 'ioredis';
import { ChainExhaustedError, createExecutor, RedisStore } from '../../src/index.js';

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`redis-instance: ${name} is not set`);
  return v;
};

const client = new Redis(env('REDIS_URL'), { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true });
await client.connect();
let redisErrors = 0;
// Four instances start at once on two cores: allow a slow reply rather than measure a false timeout.
const store = new RedisStore({ client, prefix: 'pf-test', timeoutMs: 2_000, onError: () => { redisErrors++; } });
const executor = createExecutor({
  targets: [{ id: 'shared', provider: 'openai', limits: { rpm: Number(env('RPM')), tpm: Number(env('TPM')) } }],
  store,
});

const end = Date.now() + Number(env('DURATION_MS'));
const counts = { ok: 0, exhausted: 0, failed: 0 };
async function client_loop(): Promise<void> {
  while (Date.now() < end) {
    try {
      await executor.execute(async ({ signal }) => {
        // When the executor let the request go: the provider counts on it, not on when it arrived.
        const res = await fetch(env('PROVIDER_URL'), { method: 'POST', body: '{}', signal, headers: { 'x-sent-at': String(Date.now()) } });
        if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
        return res.json();
      }, { tokens: Number(env('TOKENS')), deadlineMs: Math.max(1, end - Date.now()) });
      counts.ok++;
    } catch (err) {
      // No room before the deadline: try again a little later, as a caller would.
      if (err instanceof ChainExhaustedError) counts.exhausted++, await new Promise((r) => setTimeout(r, 50));
      else counts.failed++;
    }
  }
}
await Promise.all(Array.from({ length: Number(env('CONCURRENCY')) }, client_loop));
client.disconnect();
process.stdout.write(JSON.stringify({ ...counts, redisErrors }));
