// The real `provider-fallback doctor` command: exit codes 0 / 1 / 2, plain output under NO_COLOR,
// --json, and no secret value in stdout or stderr whatever the fixture (literal keys, malformed
// lines, weak keys, a provider that echoes the key back).
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Running } from './helpers/fake-provider.js';
import { fixture, fixtureSecrets, freePort, occupyPort, testIO } from './fixtures/doctor/harness.js';
import { REFERENCE_URL, ROOT } from './helpers/project.js';
import { runDoctorCli, type DoctorCliOptions } from '../src/cli/doctor.js';

interface Run { status: number | null; stdout: string; stderr: string }

/** Async, so servers in this process keep answering while the command runs. */
function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'doctor', ...args], {
      cwd: ROOT,
      // Only what the command needs: never the developer's or CI's real provider keys.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString('utf8'); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const GOOD = ['--env-file', fixture('good.env')];

describe.concurrent('provider-fallback doctor (the real command)', () => {
  it('exits 0 on the generated config with a good env file and prints a plain table', async () => {
    const r = await cli([...GOOD, '--port', String(await freePort())]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toContain('PASS  config.fallbacks');
    expect(r.stdout).toMatch(/\d+ checks passed, 0 warnings, 0 failed\n$/);
  });

  it('exits 1 when a check fails', async () => {
    const r = await cli([...GOOD, '--config', fixture('two-key-fallback.yaml'), '--port', String(await freePort())]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('FAIL  config.fallbacks.router_settings.fallbacks[0]');
    expect(r.stdout).toContain(`docs: ${REFERENCE_URL}#litellm-config-error (litellm-config-error)`);
  });

  it('prints an array of { id, status, message, fix, code, docsUrl } with --json', async () => {
    const r = await cli([...GOOD, '--config', fixture('retired-model.yaml'), '--port', String(await freePort()), '--json']);
    expect(r.status).toBe(1);
    const checks = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    for (const c of checks) expect(Object.keys(c)).toEqual(['id', 'status', 'message', 'fix', 'code', 'docsUrl']);
    expect(checks.find((c) => c.id === 'config.models.model_list[0]')).toMatchObject({
      status: 'fail', code: 'groq-invalid-model', docsUrl: `${REFERENCE_URL}#groq-invalid-model`,
    });
  });

  it.each([
    [['--bogus'], "unknown option '--bogus'"],
    [['--port', 'abc'], "--port must be a whole number from 1 to 65535, not 'abc'"],
  ])('exits 2 for unusable arguments: %j', async (args, message) => {
    const r = await cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it.each([
    [{ config: 'no/such/config.yaml' }, '--config no/such/config.yaml: no such file'],
    [{ envFile: 'no/such/.env' }, '--env-file no/such/.env: no such file'],
    [{ port: '70000' }, "--port must be a whole number from 1 to 65535, not '70000'"],
    [{ port: '4000.5' }, "--port must be a whole number from 1 to 65535, not '4000.5'"],
    [{ timeout: '-1' }, "--timeout must be seconds between 0 and 600, such as 5 or 0.5, not '-1'"],
    [{ timeout: 'soon' }, "--timeout must be seconds between 0 and 600, such as 5 or 0.5, not 'soon'"],
    // A folder where a file belongs: named, with the file doctor expected in it (it read EISDIR before).
    [{ config: 'litellm' }, `--config litellm: is a folder; give the file in it (for example ${join('litellm', 'proxy_config.yaml')})`],
    [{ envFile: 'test/fixtures' }, `--env-file test/fixtures: is a folder; give the file in it (for example ${join('test/fixtures', '.env')})`],
  ] as Array<[DoctorCliOptions, string]>)('returns 2 before any check runs for %j', async (opts, message) => {
    const out: string[] = [];
    const err: string[] = [];
    expect(await runDoctorCli(opts, { out: (t) => out.push(t), err: (t) => err.push(t), io: testIO() })).toBe(2);
    expect(err).toEqual([message]);
    expect(out).toEqual([]);
  });

  it('exits 1 on a taken port and says so in JSON', async () => {
    const { port, server } = await occupyPort();
    try {
      const out: string[] = [];
      const code = await runDoctorCli({ envFile: fixture('good.env'), port: String(port), json: true }, { out: (t) => out.push(t), err: () => undefined, io: testIO() });
      expect(code).toBe(1);
      expect((JSON.parse(out.join('')) as Array<{ id: string; code: string }>).find((c) => c.id === 'port')?.code).toBe('litellm-port-in-use');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('documents a Node.js quirk: Node itself rejects a missing --env-file after the script name (nodejs/node#54232)', async () => {
    // Node 20-26 scan every argument for --env-file and exit 9 before any JavaScript runs when the
    // file is missing. An existing file is not loaded by Node; doctor reads it itself.
    const r = await cli(['--env-file', 'no/such/.env']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('no/such/.env: not found');
  });

  it('--env names the env file without the quirk: a missing file exits 2 with doctor\'s own message', async () => {
    const r = await cli(['--env', 'no/such/.env']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no/such/.env: no such file');
  });
});

describe.concurrent('no secret in any output', () => {
  let server: Running;
  beforeAll(async () => {
    // A provider that answers every call with 401 and the key it received in the message, as OpenAI does (partly masked).
    server = await listen((req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${String(req.headers.authorization).slice(7)}`, type: 'invalid_request_error', code: 'invalid_api_key' } }));
    });
  });
  afterAll(() => server.close());

  const secrets = fixtureSecrets();

  it('has distinctive fake secrets to look for', () => {
    expect(secrets.length).toBeGreaterThanOrEqual(9);
    expect(secrets).toEqual(expect.arrayContaining([expect.stringMatching(/^gsk_FakeDoctorGroq/), expect.stringMatching(/^gsk_FakeLiteral/), 'sk-1234']));
  });

  const runs: Array<[string, DoctorCliOptions]> = [
    ['good env, literal key in the config', { envFile: 'good.env', config: 'literal-key.yaml' }],
    ['malformed env (swapped key, unterminated quote)', { envFile: 'malformed.env' }],
    ['weak master key', { envFile: 'weak-master.env' }],
    ['placeholder and missing keys', { envFile: 'placeholder.env', config: 'two-key-fallback.yaml' }],
    ['live calls to a provider that echoes the key', { envFile: 'good.env', live: true, timeout: '2' }],
  ];

  it.each(runs.flatMap(([name, o]) => [[`${name} (text)`, o], [`${name} (--json)`, { ...o, json: true }]] as Array<[string, DoctorCliOptions]>))(
    '%s', async (_, o) => {
      const base = `${server.url}/v1`;
      const opts = { ...o, envFile: fixture(o.envFile!), ...(o.config ? { config: fixture(o.config) } : {}), port: String(await freePort()) };
      const lines: string[] = [];
      const write = (t: string) => lines.push(t);
      const code = await runDoctorCli(opts, { out: write, err: write, io: testIO({ env: { GROQ_API_BASE: base, OPENAI_API_BASE: base, OPENROUTER_API_BASE: base } }) });
      expect(code).toBe(1);
      const output = lines.join('\n');
      for (const s of secrets) expect(output, `output contains a secret starting ${s.slice(0, 6)}`).not.toContain(s);
      if (o.live) expect(output).toContain('Incorrect API key provided: gsk_Fake…');
    },
  );

  it.each([[[]], [['--json']]])('the real command prints no secret from a provider echoing keys back (%j)', async (extra) => {
    const base = `${server.url}/v1`;
    const r = await cli(['--env-file', fixture('good.env'), '--config', fixture('literal-key.yaml'), '--live', '--timeout', '2', '--port', String(await freePort()), ...extra],
      { GROQ_API_BASE: base, OPENAI_API_BASE: base, OPENROUTER_API_BASE: base });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('gsk_Fake…');
    for (const s of secrets) expect(r.stdout + r.stderr, `output contains a secret starting ${s.slice(0, 6)}`).not.toContain(s);
  });
});
