// `npm run bench` (executor part): this package's fallback executor beside openai-node's own
// retries and ai-fallback over the AI SDK, against the same OpenAI-compatible mock providers on
// 127.0.0.1 with the same faults, in one run. Each system is used as its users use it by default:
// the executor over two targets with the SDK's retries off; openai-node with its default two
// retries against the primary (it has no fallback); ai-fallback with the primary then the
// secondary model and the AI SDK's default two retries. Writes bench/results/executor.json.
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText } from 'ai';
import { createFallback } from 'ai-fallback';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import { createExecutor, type Target } from '../lib/index.js';
import { percentile } from './percentile.js';

type Fault = (req: IncomingMessage, res: ServerResponse, hit: number) => boolean;
interface Mock { url: string; hits: number[]; close(): Promise<void> }

const COMPLETION = JSON.stringify({ id: 'c', object: 'chat.completion', created: 1764460800, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'pong' }, finish_reason: 'stop' }], usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 } });
const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
};
const rateLimited = (res: ServerResponse) => send(res, 429, JSON.stringify({ error: { message: 'Rate limit reached for model `openai/gpt-oss-120b` on tokens per minute (TPM). Please try again in 1s.', type: 'tokens', code: 'rate_limit_exceeded' } }), { 'retry-after': '1' });
const serverError = (res: ServerResponse) => send(res, 500, JSON.stringify({ error: { message: 'The server had an error while processing your request.', type: 'server_error' } }));
const unavailable = (res: ServerResponse) => send(res, 503, JSON.stringify({ error: { message: 'Service unavailable', type: 'server_error' } }));

/** A provider on 127.0.0.1: `fault` answers a request (returns true) or lets it succeed. */
async function mock(fault: Fault): Promise<Mock> {
  const hits: number[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      hits.push(performance.now());
      if (!fault(req, res, hits.length)) send(res, 200, COMPLETION);
    });
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    hits,
    close: () => new Promise<void>((r) => { for (const s of sockets) s.destroy(); server.close(() => r()); }),
  };
}

/** `client` names the caller in an x-client header, so the herd can pair each retry with its own failure. */
interface System { name: string; call(primary: string, secondary: string, signal?: AbortSignal, client?: string): Promise<unknown>; warm?(primary: string, secondary: string): Promise<void> }

const messages = [{ role: 'user' as const, content: 'ping' }];
const TARGETS: Target[] = [{ id: 'primary', provider: 'groq' }, { id: 'secondary', provider: 'openai' }];

function executorSystem(): System {
  let executor = createExecutor({ targets: TARGETS });
  const clients = new Map<string, OpenAI>();
  const client = (url: string) => clients.get(url) ?? clients.set(url, new OpenAI({ apiKey: 'sk-bench', baseURL: url, maxRetries: 0 })).get(url)!;
  const call = (primary: string, secondary: string, signal?: AbortSignal) => executor.execute(({ target, signal: s }) =>
    client(target.id === 'primary' ? primary : secondary).chat.completions.create({ model: 'm', messages }, { signal: s }), { signal });
  return {
    name: 'executor',
    call,
    // A fresh executor with 25 answered requests of history, so its timeouts have adapted.
    warm: async (primary, secondary) => {
      executor = createExecutor({ targets: TARGETS });
      for (let i = 0; i < 25; i++) await call(primary, secondary);
    },
  };
}

function openaiNodeSystem(): System {
  return {
    name: 'openai-node',
    call: (primary, _secondary, signal, client = '') => new OpenAI({ apiKey: 'sk-bench', baseURL: primary, defaultHeaders: { 'x-client': client } }).chat.completions.create({ model: 'm', messages }, { signal }),
  };
}

function aiFallbackSystem(): System {
  const model = (url: string, client: string) => createOpenAICompatible({ name: 'mock', baseURL: url, apiKey: 'sk-bench', headers: { 'x-client': client } }).chatModel('m');
  return {
    name: 'ai-fallback',
    call: (primary, secondary, signal, client = '') => generateText({ model: createFallback({ models: [model(primary, client), model(secondary, client)] }), prompt: 'ping', abortSignal: signal }),
  };
}

const SYSTEMS = [executorSystem, openaiNodeSystem, aiFallbackSystem];

/** 30% of the primary's answers fail (429 with retry-after 1 s, or 500); the secondary is healthy. */
async function mixed(sys: System, n = 120) {
  let k = 0;
  const primary = await mock((_q, res) => { const r = k++ % 10; if (r < 2) { rateLimited(res); return true; } if (r < 3) { serverError(res); return true; } return false; });
  const secondary = await mock(() => false);
  const latencies: number[] = [];
  let ok = 0;
  for (let i = 0; i < n; i += 10) {
    await Promise.all(Array.from({ length: 10 }, async () => {
      const t = performance.now();
      try { await sys.call(primary.url, secondary.url); ok++; } catch { /* counted as a failure */ }
      latencies.push(performance.now() - t);
    }));
  }
  const attempts = (primary.hits.length + secondary.hits.length) / n;
  await primary.close(); await secondary.close();
  return { successRate: ok / n, attemptsPerRequest: attempts, p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99) };
}

/** Both providers answer 503 for every request. */
async function outage(sys: System, n = 5) {
  const primary = await mock((_q, res) => { unavailable(res); return true; });
  const secondary = await mock((_q, res) => { unavailable(res); return true; });
  for (let i = 0; i < n; i++) await sys.call(primary.url, secondary.url).catch(() => undefined);
  const attempts = (primary.hits.length + secondary.hits.length) / n;
  await primary.close(); await secondary.close();
  return attempts;
}

/** The primary stops answering (no first byte); time until the secondary's answer arrives, capped. */
async function hung(sys: System, capMs = 10_000) {
  let hang = false;
  const primary = await mock(() => hang);
  const secondary = await mock(() => false);
  await sys.warm?.(primary.url, secondary.url);
  hang = true;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('capped')), capMs);
  const t = performance.now();
  const answered = await sys.call(primary.url, secondary.url, controller.signal).then(() => true, () => false);
  clearTimeout(timer);
  const ms = performance.now() - t;
  await primary.close(); await secondary.close();
  return answered ? ms : null;
}

/**
 * 1000 clients fail at once (a 500 each). For each client, the wait between its failure and its
 * next request (to either provider); the share of those waits in the busiest 100 ms window. The
 * waits are paired per client (x-client), so the server's own queueing does not blur them.
 */
async function herd(sys: System, clients = 1000) {
  const failedAt = new Map<string, number>();
  const waits: number[] = [];
  const seen = (req: IncomingMessage) => {
    const id = String(req.headers['x-client']);
    const at = failedAt.get(id);
    if (at === undefined) return false;
    failedAt.delete(id);
    waits.push(performance.now() - at);
    return true;
  };
  const primary = await mock((req, res) => {
    if (seen(req)) return false;
    failedAt.set(String(req.headers['x-client']), performance.now());
    serverError(res);
    return true;
  });
  const secondary = await mock((req) => { seen(req); return false; });
  await Promise.all(Array.from({ length: clients }, (_, i) => sys.call(primary.url, secondary.url, undefined, `c${i}`).catch(() => undefined)));
  await primary.close(); await secondary.close();
  const buckets = new Map<number, number>();
  for (const w of waits) buckets.set(Math.floor(w / 100), (buckets.get(Math.floor(w / 100)) ?? 0) + 1);
  return waits.length ? Math.max(...buckets.values()) / waits.length : null;
}

/** The executor's own CPU time per attempt: a request function that answers at once. */
async function overhead() {
  const executor = createExecutor({ targets: TARGETS });
  const times: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const t = performance.now();
    await executor.execute(async () => 'ok');
    times.push(performance.now() - t);
  }
  return { p50: percentile(times.slice(2_000), 0.5), p99: percentile(times.slice(2_000), 0.99) };
}

export async function benchExecutor(): Promise<string[]> {
  const results: Record<string, Record<string, number | null>> = {};
  const rows: string[] = [];
  for (const make of SYSTEMS) {
    const sys = make();
    const m = await mixed(sys);
    const out = await outage(make());
    const h = await hung(make());
    const hs = sys.name === 'executor' ? await herd(executorHerdSystem()) : await herd(make());
    const over = sys.name === 'executor' ? (await overhead()).p50 : null;
    results[sys.name] = { successRate: m.successRate, attemptsPerRequestOutage: out, hungFailoverMs: h, herdShareBusiest100ms: hs, overheadP50Ms: over };
    rows.push(`| ${sys.name} | ${(100 * m.successRate).toFixed(1)}% | ${m.attemptsPerRequest.toFixed(2)} | ${m.p50Ms.toFixed(0)} ms | ${m.p99Ms.toFixed(0)} ms | ${out.toFixed(2)} | ${h === null ? '> 10 s (gave up)' : `${(h / 1000).toFixed(1)} s`} | ${hs === null ? '–' : `${(100 * hs).toFixed(1)}%`} | ${over === null ? '–' : `${(over * 1000).toFixed(0)} µs`} |`);
  }
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}executor.json`, `${JSON.stringify(results, null, 2)}\n`);
  return [
    'Mock OpenAI-compatible providers on 127.0.0.1. Mixed: 120 requests, 10 at a time, 30% of the primary\'s answers fail (429 with retry-after 1 s, or 500), the secondary is healthy. Outage: both answer 503 to 5 requests in a row. Hung: the primary stops answering after warm-up (capped at 10 s). Herd: 1000 clients get a 500 at once; of the wait each client makes before its next request, the share in the busiest 100 ms window. Overhead: the executor\'s own time per attempt (p50).',
    '',
    '| System | Success (mixed) | Attempts per request (mixed) | p50 | p99 | Attempts per request (outage) | Hung provider failover | First retries in busiest 100 ms | Overhead p50 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    'Written to bench/results/executor.json.',
  ];
}

/** For the herd: one executor per client with a single target, so each retries in place. */
function executorHerdSystem(): System {
  return {
    name: 'executor',
    call: (primary, _secondary, _signal, id = '') => {
      const executor = createExecutor({ targets: [{ id: 'primary', provider: 'openai' }] });
      const client = new OpenAI({ apiKey: 'sk-bench', baseURL: primary, maxRetries: 0, defaultHeaders: { 'x-client': id } });
      return executor.execute(({ signal }) => client.chat.completions.create({ model: 'm', messages }, { signal }));
    },
  };
}
