// The package as a user gets it: `npm pack`, then `npm install --omit=dev <tarball>` into an empty
// folder, and every entry point run from there: the CLI (explain by code and from stdin, doctor, init,
// --help, --version, the generate notice), the ESM import, and a consumer type-checked against the
// shipped .d.ts. Nothing from this checkout is on the module path of those runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, freePort } from './fixtures/doctor/harness.js';
import { ROOT } from './helpers/project.js';
import { installPacked, type PackedInstall } from './helpers/packed.js';

const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };

let app: PackedInstall;
beforeAll(() => { app = installPacked(); }, 240_000);
afterAll(() => { if (app) rmSync(app.dir, { recursive: true, force: true }); });

function cli(args: string[], input?: string) {
  const r = spawnSync(app.bin, args, { cwd: app.dir, input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: app.dir, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('installed from the tarball with production dependencies only', () => {
  it('holds only the production dependencies: no generator, validator or site tooling', () => {
    const installed = readdirSync(join(app.dir, 'node_modules')).filter((n) => !n.startsWith('.'));
    // Production packages are the lockfile's entries not marked dev (the dependencies and theirs).
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const production = new Set(Object.entries(lock.packages).filter(([path, p]) => path.startsWith('node_modules/') && !p.dev).map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length).split('/')[0]!));
    for (const dep of Object.keys(PKG.dependencies)) expect(installed).toContain(dep);
    expect(installed.filter((n) => n !== 'provider-fallback' && !production.has(n))).toEqual([]);
    for (const devOnly of ['ts-morph', 'recheck', 'zod', 'diff', 'astro', 'typescript']) expect(installed).not.toContain(devOnly);
    const shipped = join(app.dir, 'node_modules/provider-fallback');
    for (const dir of ['registry', 'generators', 'site', 'test', 'src']) expect(existsSync(join(shipped, dir)), dir).toBe(false);
  });

  it('explains a code, with a docs link that leads to the shipped REFERENCE.md anchor', () => {
    const r = cli(['explain', 'groq-rate-limit']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('groq-rate-limit: Groq rate limit reached');
    const link = /Docs: (\S+)/.exec(r.stdout)?.[1] ?? '';
    const [file, anchor] = link.split('#');
    const path = fileURLToPath(file!);
    expect(path.startsWith(join(app.dir, 'node_modules/provider-fallback/'))).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain(`<a id="${anchor}"></a>`);
  });

  it('classifies an error pasted on stdin with `explain -`', () => {
    const pasted = "litellm.RateLimitError: RateLimitError: GroqException - Error code: 429 - {'error': {'message': 'Rate limit reached for model `openai/gpt-oss-120b` on tokens per minute (TPM): Limit 8000, Used 7900, Requested 900. Please try again in 6.5s.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}";
    const r = cli(['explain', '-', '--json'], pasted);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ code: 'groq-rate-limit', provider: 'groq', httpStatus: 429, retryAfterMs: 6500 });
  });

  it('runs doctor --json against a config and env file', async () => {
    const r = cli(['doctor', '--json', '--config', fixture('retired-model.yaml'), '--env', fixture('good.env'), '--port', String(await freePort())]);
    expect(r.status).toBe(1);
    const checks = JSON.parse(r.stdout) as Array<{ id: string; status: string; code: string | null }>;
    expect(checks.find((c) => c.id === 'config.models.model_list[0]')).toMatchObject({ status: 'fail', code: 'groq-invalid-model' });
    expect(checks.filter((c) => c.status === 'pass').length).toBeGreaterThan(5);
  });

  it('init copies the shipped LiteLLM setup, whose config doctor then passes (the keys are still to fill in)', async () => {
    const shipped = join(app.dir, 'node_modules/provider-fallback/litellm');
    expect(readdirSync(shipped).sort()).toEqual(['.env.example', 'proxy_config.postgres.yaml', 'proxy_config.redis-postgres.yaml', 'proxy_config.redis.yaml', 'proxy_config.yaml']);
    const init = cli(['init']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(readFileSync(join(app.dir, 'litellm/proxy_config.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'litellm/proxy_config.yaml'), 'utf8'));
    const r = cli(['doctor', '--json', '--port', String(await freePort())]);
    const checks = JSON.parse(r.stdout) as Array<{ id: string; status: string }>;
    expect(checks.find((c) => c.id === 'config.parse')?.status).toBe('pass');
    expect(checks.filter((c) => c.id.startsWith('config') && c.status === 'fail')).toEqual([]);
    expect(checks.filter((c) => c.status === 'fail').map((c) => c.id).sort()).toEqual(['env.GROQ_API_KEY', 'env.LITELLM_MASTER_KEY', 'env.OPENAI_API_KEY', 'env.OPENROUTER_API_KEY']);
    expect(r.status).toBe(1);
  });

  it('prints --help and --version, and says generate needs a checkout', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['init', 'explain', 'doctor', 'generate']) expect(help.stdout).toContain(command);
    expect(cli(['--version']).stdout.trim()).toBe(PKG.version);
    const gen = cli(['generate']);
    expect(gen.status).toBe(2);
    expect(gen.stderr).toContain('checkout of the provider-fallback repository');
  });

  it('imports classify from ESM', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', [
      "import { classify, ERROR_CODES } from 'provider-fallback';",
      "const c = classify({ status: 401, body: { error: { message: 'Invalid API Key', type: 'invalid_request_error', code: 'invalid_api_key' } } }, { provider: 'groq' });",
      'console.log(JSON.stringify({ code: c.code, provider: c.provider, action: c.action, n: ERROR_CODES.length }));',
    ].join('\n')], { cwd: app.dir, encoding: 'utf8' });
    const c = JSON.parse(out) as { code: string; provider: string; action: string; n: number };
    expect(c).toMatchObject({ code: 'groq-invalid-api-key', provider: 'groq' });
    expect(c.n).toBeGreaterThan(90);
  });

  it('type-checks a consumer against the shipped .d.ts (and rejects a wrong use of it)', () => {
    const good = [
      "import { classify, type Classification, type ErrorCode } from 'provider-fallback';",
      'const c: Classification = classify(new Error("429 Too Many Requests"));',
      'const code: ErrorCode = c.code;',
      "if (c.action === 'fallback-larger-context') console.log(code, c.retryAfterMs ?? 0);",
    ].join('\n');
    // A strict consumer that checks library declarations too, with no @types of its own.
    writeFileSync(join(app.dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: {
      strict: true, noEmit: true, skipLibCheck: false, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [],
    }, files: ['consumer.ts'] }));
    const tsc = (source: string) => {
      writeFileSync(join(app.dir, 'consumer.ts'), source);
      return spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: app.dir, encoding: 'utf8' });
    };
    const ok = tsc(good);
    expect(ok.stdout + ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const bad = tsc(`${good}\nconst wrong: ErrorCode = 'groq-no-such-code';\n`);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/error TS2322: Type '"groq-no-such-code"' is not assignable/);
  });
});
