// --live: one cheap authenticated call per provider the config routes to (the registry's health
// endpoint: Groq and OpenAI GET /models, OpenRouter GET /key), so a wrong or unfunded key shows
// up before the proxy starts rather than as a fallback storm later. Failures are classified like
// any other error and reported by code: permanent ones (bad key, no credit) fail, transient ones
// (rate limit, overload, timeout, unreachable) warn because the proxy will retry and fall back.
import type { ProviderView as Provider } from '../../data/types.js';
import { classify } from '../../index.js';
import type { Classification } from '../../classify/types.js';
import { modelCode } from '../codes.js';
import { deployments, keyVarOf, providerOf, usedProviders } from '../deployments.js';
import { fail, pass, warn, type CheckResult, type Context, type DoctorIO } from '../types.js';

/** LiteLLM reads OPENROUTER_API_BASE itself; GROQ_API_BASE and OPENAI_API_BASE follow the same form. */
export function baseUrlVars(provider: Provider): string[] {
  const own = `${provider.id.toUpperCase()}_API_BASE`;
  return provider.id === 'openai' ? [own, 'OPENAI_BASE_URL'] : [own];
}

function baseUrl(ctx: Context, provider: Provider): string {
  const override = baseUrlVars(provider).map((n) => ctx.vars.get(n)?.value).find((v) => v !== undefined && v !== '');
  return (override ?? provider.baseUrl).replace(/\/+$/, '');
}

/** The URL as shown: no credentials, no query string. */
function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

interface Target {
  provider: Provider;
  keyVar: string;
}

/** One call per provider and key variable the config uses, only where the key is set. */
function targets(ctx: Context): Target[] {
  if (!ctx.config) return [];
  const seen = new Map<string, Target>();
  for (const d of deployments(ctx.config)) {
    const provider = providerOf(ctx.reg, d);
    const keyVar = keyVarOf(d) ?? provider?.keyEnv;
    if (!provider || !keyVar) continue;
    seen.set(`${provider.id}:${keyVar}`, { provider, keyVar });
  }
  const order = usedProviders(ctx.reg, ctx.config).map((p) => p.id);
  return [...seen.values()].sort((a, b) => order.indexOf(a.provider.id) - order.indexOf(b.provider.id));
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function idOf(t: Target): string {
  return t.keyVar === t.provider.keyEnv ? `live.${t.provider.id}` : `live.${t.provider.id}.${t.keyVar}`;
}

function classified(ctx: Context, t: Target, c: Classification, what: string): CheckResult {
  const report = c.retryable ? warn : fail;
  const fix = c.retryable
    ? `transient (${c.action}): run doctor --live again later; the proxy retries and falls back meanwhile`
    : `check ${t.keyVar} in ${ctx.opts.envFile} and the ${t.provider.name} account; then: npx provider-fallback explain ${c.code}`;
  return report(idOf(t), `${t.provider.name}: ${what}: ${c.code}${c.message ? ` (${c.message.slice(0, 160)})` : ''}`, fix, c.code === 'UNKNOWN' ? null : c.code);
}

/** Models the config routes to this provider that its /models listing does not contain. */
function missingModels(ctx: Context, provider: Provider, body: unknown): string[] {
  const data = (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data) || provider.litellmPrefix === null) return [];
  const served = new Set(data.map((m) => (m as { id?: unknown }).id).filter((id) => typeof id === 'string'));
  const wanted = deployments(ctx.config!).filter((d) => providerOf(ctx.reg, d) === provider).map((d) => d.model!.slice(provider.litellmPrefix!.length));
  return [...new Set(wanted)].filter((m) => !served.has(m));
}

async function probe(ctx: Context, io: Pick<DoctorIO, 'fetch' | 'now'>, t: Target): Promise<CheckResult> {
  const url = `${baseUrl(ctx, t.provider)}${t.provider.health.path}`;
  const what = `${t.provider.health.method} ${shownUrl(url)}`;
  const key = ctx.vars.get(t.keyVar)!.value;
  const started = io.now();
  try {
    const res = await io.fetch(url, {
      method: t.provider.health.method,
      headers: { authorization: `Bearer ${key}`, accept: 'application/json' },
      signal: AbortSignal.timeout(ctx.opts.timeoutMs),
    });
    const body = await readBody(res);
    const ms = Math.round(io.now() - started);
    if (!res.ok) return classified(ctx, t, classify({ status: res.status, headers: res.headers, body }, { provider: t.provider.id }), `${what} answered ${res.status}`);
    const missing = missingModels(ctx, t.provider, body);
    if (missing.length > 0) {
      return fail(idOf(t), `${t.provider.name}: ${what} answered ${res.status}, but does not list ${missing.join(', ')}`,
        `pick a model ${t.provider.name} serves (its /models list) in model_list`, modelCode(ctx.reg, t.provider.id));
    }
    return pass(idOf(t), `${t.provider.name}: ${what} answered ${res.status} in ${ms} ms with ${t.keyVar}`);
  } catch (err) {
    return classified(ctx, t, classify(err, { provider: t.provider.id }), `${what} failed after ${Math.round(io.now() - started)} ms`);
  }
}

/** Only providers whose key is set (and not the placeholder) are called; the env check reports the rest. */
export async function liveChecks(ctx: Context, io: Pick<DoctorIO, 'fetch' | 'now'>): Promise<CheckResult[]> {
  if (!ctx.config) {
    return [warn('live', 'no provider called: without a readable config doctor cannot tell which providers it uses', `fix ${ctx.opts.configPath} first (see config.parse)`, null)];
  }
  const callable = targets(ctx).filter((t) => {
    const value = ctx.vars.get(t.keyVar)?.value;
    const placeholder = ctx.reg.env.find((v) => v.name === t.keyVar)?.placeholder;
    return value !== undefined && value !== '' && value !== placeholder;
  });
  return Promise.all(callable.map((t) => probe(ctx, io, t)));
}
