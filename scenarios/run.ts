// The scenario harness: runs the executor through a scenario of the registry (its chain, faults
// over time and requests) on fake time with seeded randomness, against mock providers called by
// the real openai and groq-sdk clients. The record it returns is all a scenario page is made from,
// so a page cannot claim behaviour the executor does not have: `npm run generate` reruns every
// scenario, and the drift check fails when a page no longer matches its run.
import Groq from 'groq-sdk';
import OpenAI from 'openai';
import * as promClient from 'prom-client';
import { chainTargets } from '../generators/executor-policy.js';
import type { Registry, Scenario } from '../registry/schema.js';
import { buildMatchTables } from '../generators/match-tables.js';
import { classifyWith } from '../src/classify/classify.js';
import { DEFAULT_DOCS_BASE_URL } from '../src/docs-base-url.js';
import { ChainExhaustedError, createExecutorWith, RequestFailedError } from '../src/executor/executor.js';
import { MemoryStore } from '../src/executor/memory-store.js';
import { prometheusMetrics } from '../src/executor/metrics.js';
import { StreamInterruptedError } from '../src/executor/stream.js';
import type { AttemptRecord, Classifier, ExecutorPolicy, Target } from '../src/executor/types.js';
import { FakeTime } from './fake-time.js';
import { mockProviderFetch, type Fault } from './mock-provider.js';

/** Seed of the fake randomness (backoff and queue jitter): one fixed value, so runs repeat exactly. */
export const SCENARIO_SEED = 20261130;

export interface RunAttempt {
  request: number;
  target: string;
  startMs: number;
  endMs: number;
  timeoutMs: number;
  code: string | null;
  category: string | null;
  httpStatus: number | null;
  retryAfterMs: number | null;
  decision: AttemptRecord['decision'];
  delayMs: number;
  delaySource: AttemptRecord['delaySource'];
}

export interface RunRequest {
  n: number;
  atMs: number;
  endMs: number;
  stream: boolean;
  outcome: 'success' | 'exhausted' | 'failed' | 'interrupted';
  finalTarget: string | null;
  /** The code the caller got, for a request that did not succeed. */
  code: string | null;
  /** What the caller received: the whole answer, or for an interrupted stream the part before the cut. */
  text: string;
}

export interface ScenarioRun {
  id: string;
  targets: Array<{ id: string; provider: string; model: string }>;
  requests: RunRequest[];
  attempts: RunAttempt[];
  cooldowns: Array<{ target: string; fromMs: number; untilMs: number }>;
  breakers: Array<{ target: string; atMs: number; state: string }>;
  alerts: Array<{ atMs: number; type: string; resolves: string | null; target: string | null; code: string | null }>;
  /** Counters that moved, with their labels. */
  metrics: Array<{ name: string; labels: Record<string, string>; value: number }>;
}

export interface RunOverrides {
  /** Run with another executor policy than the registry's (tests use it to change behaviour). */
  policy?: ExecutorPolicy;
}

function faultAt(reg: Registry, s: Scenario, target: string, t: number): Fault | null {
  const f = s.faults.find((x) => x.target === target && t >= x.fromMs && t < x.untilMs)?.fault;
  if (!f) return null;
  if (f.kind !== 'sample') return f;
  return { kind: 'sample', sample: reg.errors.find((e) => e.code === f.code)!.samples[f.sample]! };
}

function clientFor(target: Target, fetch: typeof globalThis.fetch): { chat: { completions: { create: (body: object, opts: { signal: AbortSignal }) => Promise<unknown> } } } {
  const common = { apiKey: 'scenario-key-not-real', maxRetries: 0, fetch };
  if (target.provider === 'groq') return new Groq({ ...common, baseURL: 'https://api.groq.com' }) as never;
  const baseURL = target.provider === 'openrouter' ? 'https://openrouter.ai/api/v1' : 'https://api.openai.com/v1';
  return new OpenAI({ ...common, baseURL }) as never;
}

/**
 * `classify` over the tables built from `reg`, not the ones generated into src/ by the previous
 * `npm run generate`: a registry edit shows in the scenario pages on the first run.
 */
function classifierOf(reg: Registry): Classifier {
  const tables = buildMatchTables(reg);
  return (error, hint) => classifyWith(tables, error, hint, { docsBaseUrl: DEFAULT_DOCS_BASE_URL });
}

/** Runs one scenario; the same registry gives the same record every time. */
export async function runScenario(reg: Registry, s: Scenario, overrides: RunOverrides = {}): Promise<ScenarioRun> {
  const time = new FakeTime(SCENARIO_SEED);
  const start = time.now;
  const rel = (t: number) => t - start;
  const targets = chainTargets(reg)[s.chain]!;
  const policy = overrides.policy ?? reg.executorPolicy;
  const classify = classifierOf(reg);
  const clients = new Map(targets.map((t) => [t.id, clientFor(t, mockProviderFetch({
    faultNow: () => faultAt(reg, s, t.id, rel(time.now)), latencyMs: s.latencyMs, model: t.model ?? t.id,
    sleep: (ms, signal) => time.sleep(ms, signal),
  }))]));

  const run: ScenarioRun = { id: s.id, targets: targets.map((t) => ({ id: t.id, provider: t.provider ?? '', model: t.model ?? '' })), requests: [], attempts: [], cooldowns: [], breakers: [], alerts: [], metrics: [] };
  const store = new RecordingStore(policy, run, rel);
  const registry = new promClient.Registry();
  const executor = createExecutorWith({ policy, classify }, {
    targets, store, runtime: time.runtime(), attemptTimeoutMs: s.attemptTimeoutMs,
    metrics: prometheusMetrics(promClient, registry),
    onEvent: (e) => run.alerts.push({ atMs: rel(e.at), type: e.type, resolves: e.resolves ?? null, target: e.target, code: e.code }),
  });

  const one = async (r: Scenario['requests'][number], n: number): Promise<void> => {
    await time.sleep(r.atMs);
    const atMs = rel(time.now);
    const seen = new Map<number, { httpStatus: number | null; retryAfterMs: number | null }>();
    const request = async ({ target, signal, attempt }: { target: Target; signal: AbortSignal; attempt: number }) => {
      try {
        return await clients.get(target.id)!.chat.completions.create({ model: target.model, messages: [{ role: 'user', content: 'ping' }], ...(r.stream ? { stream: true } : {}) }, { signal });
      } catch (err) {
        const c = classify(err, target.provider ? { provider: target.provider } : undefined);
        seen.set(attempt, { httpStatus: c.httpStatus, retryAfterMs: c.retryAfterMs });
        throw err;
      }
    };
    const record = (attempts: AttemptRecord[], rest: Omit<RunRequest, 'n' | 'atMs' | 'endMs' | 'stream'>) => {
      for (const a of attempts) {
        const d = seen.get(a.attempt);
        run.attempts.push({ request: n, target: a.target, startMs: rel(a.startedAt), endMs: rel(a.startedAt + a.durationMs), timeoutMs: a.timeoutMs, code: a.code, category: a.category, httpStatus: d?.httpStatus ?? null, retryAfterMs: d?.retryAfterMs ?? null, decision: a.decision, delayMs: a.delayMs, delaySource: a.delaySource });
      }
      run.requests.push({ n, atMs, endMs: rel(time.now), stream: r.stream, ...rest });
    };
    try {
      if (r.stream) {
        let text = '';
        const it = executor.stream(request as never);
        try {
          let next = await it.next();
          for (; !next.done; next = await it.next()) text += (next.value as { choices?: Array<{ delta?: { content?: string } }> }).choices?.[0]?.delta?.content ?? '';
          record(next.value.attempts, { outcome: 'success', finalTarget: next.value.finalTarget, code: null, text });
        } catch (err) {
          if (!(err instanceof StreamInterruptedError)) throw err;
          record(err.attempts, { outcome: 'interrupted', finalTarget: err.target, code: err.classification.code, text: err.partialText });
        }
      } else {
        const result = await executor.execute(request);
        const answer = (result.value as { choices?: Array<{ message?: { content?: string } }> }).choices?.[0]?.message?.content ?? '';
        record(result.attempts, { outcome: 'success', finalTarget: result.finalTarget, code: null, text: answer });
      }
    } catch (err) {
      if (err instanceof ChainExhaustedError) record(err.attempts, { outcome: 'exhausted', finalTarget: null, code: err.code, text: '' });
      else if (err instanceof RequestFailedError) record(err.attempts, { outcome: 'failed', finalTarget: null, code: err.classification.code, text: '' });
      else throw err;
    }
  };
  await time.run(Promise.all(s.requests.map((r, i) => one(r, i + 1))));

  run.requests.sort((a, b) => a.n - b.n);
  run.attempts.sort((a, b) => a.request - b.request || a.startMs - b.startMs);
  for (const m of await registry.getMetricsAsJSON()) {
    if (String(m.type) !== 'counter') continue;
    for (const v of m.values) if (v.value > 0) run.metrics.push({ name: m.name, labels: Object.fromEntries(Object.entries(v.labels).map(([k, x]) => [k, String(x)])), value: v.value });
  }
  return run;
}

/** A MemoryStore that records cooldowns and breaker changes as the executor makes them, on the scenario's clock. */
class RecordingStore extends MemoryStore {
  readonly #breakers = new Map<string, string>();

  constructor(policy: ExecutorPolicy, private readonly run: ScenarioRun, private readonly rel: (t: number) => number) {
    super(policy);
  }

  // The executor always passes `now` (ExecutorStore.cooldown); MemoryStore's own signature omits it.
  override cooldown(target: string, until: number, now?: number): void {
    this.run.cooldowns.push({ target, fromMs: this.rel(now ?? until), untilMs: this.rel(until) });
    super.cooldown(target, until);
  }

  override record(target: string, now: number, ok: boolean, countsForBreaker: boolean): void {
    super.record(target, now, ok, countsForBreaker);
    this.#noteBreaker(target, now);
  }

  override blockedUntil(target: string, now: number): number | null {
    const until = super.blockedUntil(target, now);
    this.#noteBreaker(target, now); // an open breaker turns half-open when it is next asked
    return until;
  }

  #noteBreaker(target: string, now: number): void {
    const state = this.breakerState(target, now);
    if ((this.#breakers.get(target) ?? 'closed') !== state) this.run.breakers.push({ target, atMs: this.rel(now), state });
    this.#breakers.set(target, state);
  }
}

export async function runScenarios(reg: Registry, overrides: RunOverrides = {}): Promise<Record<string, ScenarioRun>> {
  const out: Record<string, ScenarioRun> = {};
  for (const s of reg.scenarios) out[s.id] = await runScenario(reg, s, overrides);
  return out;
}
