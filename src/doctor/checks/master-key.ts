// The proxy's master key guards every route and signs virtual keys. It must start with sk- (LiteLLM
// rejects other keys), be long and random, and not be one of the example keys printed in LiteLLM's
// docs: recent LiteLLM refuses to start with sk-1234, and any published key is guessable.
import type { ProviderView as Provider, RuntimeRegistry as Registry } from '../../data/types.js';
import { keyCode } from '../codes.js';
import { describeSecret } from '../../secrets.js';
import { fail, pass, type CheckResult, type Context } from '../types.js';

/** Master keys printed in LiteLLM docs, quick starts and tutorials (compared case-insensitively). */
const PUBLIC_KEYS = new Set([
  'sk-1234', 'sk-12345', 'sk-123456', 'sk-12345678', 'sk-1234567890', 'sk-local-dev-1234', 'sk-my_special_key',
  'sk-my-master-key', 'sk-master-key', 'sk-master', 'sk-admin', 'sk-test', 'sk-litellm', 'sk-password',
  'sk-changeme', 'sk-secret', 'sk-xxxx', 'sk-anything',
]);
/**
 * Character-frequency estimate, in bits. `sk-` + 32 random hex characters (128 real bits) scores
 * 105-120 on this estimate, `sk-` + 64 hex (the .env.example command) about 250; a key made of a
 * few repeated words scores far lower. The margin keeps every honestly random 32-character key.
 */
const MIN_BITS = 90;
/** A random 32-character hex key uses 14 distinct characters on average; fewer than 8 happens about once in 10 million. */
const MIN_DISTINCT = 8;

/** Shannon entropy of the character frequencies, times the length: a rough upper bound of the randomness. */
export function entropyBits(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) perChar -= (n / s.length) * Math.log2(n / s.length);
  return perChar * s.length;
}

/** `abcdef…`, `123456…`, `aaaa…`: most neighbours one code point apart or equal (random hex: about 1 in 6). */
function looksSequential(s: string): boolean {
  let steps = 0;
  for (let i = 1; i < s.length; i++) if (Math.abs(s.charCodeAt(i) - s.charCodeAt(i - 1)) <= 1) steps++;
  return s.length > 1 && steps / (s.length - 1) > 0.7;
}

/** `ab12ab12cd34cd34…`: a random key almost never repeats a 3-character run; a typed pattern does. */
function looksRepetitive(s: string): boolean {
  const runs = Math.max(0, s.length - 2);
  const distinct = new Set(Array.from({ length: runs }, (_, i) => s.slice(i, i + 3))).size;
  return runs > 0 && distinct / runs < 0.6;
}

/** The first reason the key is unsafe, or null. Pure: the tests call it directly. */
export function masterKeyWeakness(value: string, kf: NonNullable<Provider['keyFormat']>): string | null {
  if (PUBLIC_KEYS.has(value.toLowerCase())) return 'is a publicly known example key from LiteLLM docs and tutorials; anyone can guess it, and recent LiteLLM refuses to start with it';
  if (!value.startsWith(kf.prefix)) return `does not start with ${kf.prefix}: LiteLLM expects every proxy key to start with ${kf.prefix} and rejects the rest`;
  if (!new RegExp(kf.pattern).test(value)) return `is too short or has characters other than letters, digits, _ and - (expected ${kf.pattern})`;
  const body = value.slice(kf.prefix.length);
  if (new Set(body).size < MIN_DISTINCT || looksSequential(body) || looksRepetitive(body)) return 'is not random: it repeats a few characters or runs in sequence';
  const bits = entropyBits(body);
  if (bits < MIN_BITS) return `is not random enough: about ${Math.round(bits)} bits by a character-frequency estimate, below ${MIN_BITS}`;
  return null;
}

function proxyProvider(reg: Registry): Provider | undefined {
  return reg.providers.find((p) => p.role === 'proxy' && p.keyEnv !== null && p.keyFormat !== null);
}

export function masterKeyChecks(ctx: Context): CheckResult[] {
  const proxy = proxyProvider(ctx.reg);
  if (!proxy) return [];
  const name = proxy.keyEnv!;
  const value = ctx.vars.get(name)?.value;
  const placeholder = ctx.reg.env.find((v) => v.name === name)?.placeholder;
  // Missing, empty or placeholder keys are already reported by the env check.
  if (!value || value === placeholder) return [];
  const code = keyCode(ctx.reg, proxy);
  const make = ctx.reg.env.find((v) => v.name === name)?.generate?.[ctx.opts.shell];
  const fix = `set ${name} in ${ctx.opts.envFile} to a new random key${make ? `: ${make}` : ''}; restart the proxy and update Kilo Code`;
  const weakness = masterKeyWeakness(value, proxy.keyFormat!);
  if (weakness) return [fail('master-key', `${name} ${describeSecret(value)} ${weakness}`, fix, code)];
  const reused = ctx.reg.env.find((v) => v.secret && v.name !== name && ctx.vars.get(v.name)?.value === value);
  if (reused) return [fail('master-key', `${name} is the same value as ${reused.name}: a leak of one gives away both`, fix, code)];
  return [pass('master-key', `${name} ${describeSecret(value)} starts with ${proxy.keyFormat!.prefix}, about ${Math.round(entropyBits(value.slice(proxy.keyFormat!.prefix.length)))} bits of randomness`)];
}
