// The operations files under ops/, checked with the tools their users run: the real logrotate,
// promtool (rule check, rule unit tests, config check), the yaml parser for the Compose file, and
// bash plus curl and jq for the health-check script against a fake proxy on 127.0.0.1.
// Debian packages: logrotate, prometheus (promtool), systemd (systemd-analyze), curl, jq. A missing tool skips its tests
// with the reason in the title, except under CI (CI is set), where the tests fail instead.
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { ROOT } from './helpers/project.js';
import { loadRegistry } from '../registry/index.js';

const CI = Boolean(process.env.CI);
const OPS = join(ROOT, 'ops');

/** Absolute path of a command, also looking in the sbin folders a non-root PATH may lack. */
function findTool(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  for (const dir of ['/usr/sbin', '/sbin', '/usr/local/sbin']) if (existsSync(join(dir, name))) return join(dir, name);
  return null;
}

/** Skip (with the reason in the title) when a tool is missing, unless CI must have it. */
function needs(tools: Record<string, string>) {
  const missing = Object.keys(tools).filter((t) => findTool(t) === null);
  const skip = missing.length > 0 && !CI;
  const reason = missing.map((t) => `${t} not installed: apt-get install -y ${tools[t]}`).join('; ');
  return {
    skip,
    title: (t: string) => (skip ? `${t} (skipped: ${reason})` : t),
    /** Under CI a missing tool fails the test with the install command. */
    assertPresent: () => expect(missing, `missing tools: ${reason}`).toEqual([]),
  };
}

function run(cmd: string, args: string[], opts: { cwd?: string } = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: opts.cwd });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

describe('ops/logrotate/litellm with the real logrotate', () => {
  const tool = needs({ logrotate: 'logrotate' });
  const source = readFileSync(join(OPS, 'logrotate', 'litellm'), 'utf8');

  /** A copy of the config whose log path points at a temp folder holding one non-empty log. */
  function sandbox(edit: (conf: string) => string = (c) => c) {
    const dir = tempDir('pf-logrotate-');
    const logs = join(dir, 'logs');
    mkdirSync(logs, { mode: 0o750 });
    writeFileSync(join(logs, 'litellm.log'), 'INFO: Uvicorn running on http://0.0.0.0:4000\n');
    expect(source).toContain('/var/log/litellm/*.log {');
    const conf = join(dir, 'litellm.conf');
    writeFileSync(conf, edit(source.replace('/var/log/litellm/*.log', `${logs}/*.log`)));
    chmodSync(conf, 0o644); // logrotate ignores group- or world-writable configs
    return { dir, logs, conf, state: join(dir, 'state') };
  }

  it.skipIf(tool.skip)(tool.title('passes a logrotate -d dry run: exit 0 and no error lines'), () => {
    tool.assertPresent();
    const s = sandbox();
    const r = run(findTool('logrotate')!, ['-d', '-s', s.state, s.conf]);
    expect(r.status, r.out).toBe(0);
    expect(r.out.split('\n').filter((l) => /error/i.test(l)), r.out).toEqual([]);
    expect(r.out).toContain(`considering log ${s.logs}/litellm.log`);
    expect(r.out).toMatch(/14 rotations/);
  });

  it.skipIf(tool.skip)(tool.title('rotates for real with copytruncate, keeps the newest old file uncompressed, gzips the one before'), () => {
    tool.assertPresent();
    const s = sandbox();
    const logrotate = findTool('logrotate')!;
    let r = run(logrotate, ['-f', '-s', s.state, s.conf]);
    expect(r.status, r.out).toBe(0);
    expect(statSync(join(s.logs, 'litellm.log')).size).toBe(0); // truncated in place, same file
    expect(readFileSync(join(s.logs, 'litellm.log.1'), 'utf8')).toContain('Uvicorn running');
    writeFileSync(join(s.logs, 'litellm.log'), 'second day\n', { flag: 'a' });
    r = run(logrotate, ['-f', '-s', s.state, s.conf]);
    expect(r.status, r.out).toBe(0);
    expect(readdirSync(s.logs).sort()).toEqual(['litellm.log', 'litellm.log.1', 'litellm.log.2.gz']);
  });

  it.skipIf(tool.skip)(tool.title('a broken copy is reported: logrotate prints an error line even when it exits 0'), () => {
    tool.assertPresent();
    const s = sandbox((c) => c.replace(/^(\s+)daily$/m, '$1dailyy'));
    const r = run(findTool('logrotate')!, ['-d', '-s', s.state, s.conf]);
    expect(r.out).toMatch(/error: .*unknown option 'dailyy'/);
  });
});

describe('ops/prometheus with the real promtool', () => {
  const tool = needs({ promtool: 'prometheus' });
  const rulesPath = join(OPS, 'prometheus', 'litellm-alerts.yml');
  const rules = parse(readFileSync(rulesPath, 'utf8')) as { groups: Array<{ rules: Array<{ alert: string; expr: string; labels: Record<string, string>; annotations: Record<string, string> }> }> };
  const all = rules.groups.flatMap((g) => g.rules);

  it('has the alerts the monitoring guide promises, each naming its registry code and runbook', () => {
    const names = all.map((r) => r.alert);
    for (const a of ['LiteLLMProxyDown', 'LiteLLMDeploymentServerErrors', 'LiteLLMFallbacksFailing', 'GroqRateLimited', 'ProviderModelNotFound']) {
      expect(names).toContain(a);
    }
    for (const r of all) {
      expect(r.labels.code, r.alert).toBeTruthy();
      expect(r.annotations.runbook_url, r.alert).toMatch(/^http:\/\/localhost:4321\/(errors|reference)\/[a-z0-9_-]+\/$/);
    }
    expect(all.find((r) => r.alert === 'LiteLLMProxyDown')!.expr).toBe('max by (instance) (up{job="litellm"}) == 0');
  });

  it.skipIf(tool.skip)(tool.title('promtool check rules accepts the file and counts every rule'), () => {
    tool.assertPresent();
    const r = run(findTool('promtool')!, ['check', 'rules', rulesPath]);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain(`SUCCESS: ${all.length} rules found`);
    expect(all.length).toBe(Object.keys(loadRegistry().alertRules).length);
  });

  it.skipIf(tool.skip)(tool.title('promtool test rules: the alerts fire on synthetic LiteLLM metrics, and only above the thresholds'), () => {
    tool.assertPresent();
    const r = run(findTool('promtool')!, ['test', 'rules', join(OPS, 'prometheus', 'litellm-alerts.test.yml')]);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('SUCCESS');
  });

  it.skipIf(tool.skip)(tool.title('the generated unit tests catch a rule whose threshold was changed'), () => {
    tool.assertPresent();
    const dir = tempDir('pf-promtool-');
    const text = readFileSync(rulesPath, 'utf8');
    expect(text).toMatch(/litellm_deployment_total_requests_total\{api_provider="groq"\}\[5m\]\)\)\n\s*\) > 0\.2\n/);
    writeFileSync(join(dir, 'litellm-alerts.yml'), text.replace(/(api_provider="groq"\}\[5m\]\)\)\n\s*\) > )0\.2/, '$10.9'));
    writeFileSync(join(dir, 'litellm-alerts.test.yml'), readFileSync(join(OPS, 'prometheus', 'litellm-alerts.test.yml'), 'utf8'));
    const r = run(findTool('promtool')!, ['test', 'rules', join(dir, 'litellm-alerts.test.yml')]);
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('GroqRateLimited fires above its threshold');
  });

  it.skipIf(tool.skip)(tool.title('the executor alerts: promtool accepts them, each fires on its example and not on the quiet series, and a changed threshold fails'), () => {
    const promtool = findTool('promtool')!;
    const rules = join(OPS, 'prometheus', 'executor-alerts.yml');
    const check = run(promtool, ['check', 'rules', rules]);
    expect(check.status, check.out).toBe(0);
    expect(check.out).toMatch(/SUCCESS: 5 rules found/);
    const ok = run(promtool, ['test', 'rules', join(OPS, 'prometheus', 'executor-alerts.test.yml')]);
    expect(ok.status, ok.out).toBe(0);
    const dir = tempDir('pf-promtool-');
    writeFileSync(join(dir, 'executor-alerts.yml'), readFileSync(rules, 'utf8').replace('[5m])) > 3', '[5m])) > 300'));
    writeFileSync(join(dir, 'executor-alerts.test.yml'), readFileSync(join(OPS, 'prometheus', 'executor-alerts.test.yml'), 'utf8'));
    const broken = run(promtool, ['test', 'rules', join(dir, 'executor-alerts.test.yml')]);
    expect(broken.status).not.toBe(0);
    expect(broken.out).toContain('ExecutorChainExhausted');
  });

  it.skipIf(tool.skip)(tool.title('promtool check rules rejects a broken copy'), () => {
    tool.assertPresent();
    const dir = tempDir('pf-promtool-');
    const broken = join(dir, 'broken.yml');
    const text = readFileSync(rulesPath, 'utf8');
    expect(text).toContain('up{job="litellm"}) == 0');
    writeFileSync(broken, text.replace('up{job="litellm"}) == 0', 'up{job="litellm") == 0'));
    const r = run(findTool('promtool')!, ['check', 'rules', broken]);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/FAILED|error/i);
  });

  it.skipIf(tool.skip)(tool.title('promtool check config accepts prometheus.yml with its rule file'), () => {
    tool.assertPresent();
    // The scrape key lives in a file Prometheus reads; promtool checks that it exists.
    const dir = tempDir('pf-promconf-');
    const text = readFileSync(join(OPS, 'prometheus', 'prometheus.yml'), 'utf8');
    expect(text).toContain('credentials_file: /etc/prometheus/litellm.key');
    writeFileSync(join(dir, 'litellm.key'), 'placeholder-not-a-key');
    writeFileSync(join(dir, 'prometheus.yml'), text.replace('credentials_file: /etc/prometheus/litellm.key', `credentials_file: ${join(dir, 'litellm.key')}`));
    writeFileSync(join(dir, 'litellm-alerts.yml'), readFileSync(rulesPath, 'utf8'));
    const r = run(findTool('promtool')!, ['check', 'config', join(dir, 'prometheus.yml')]);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain(`SUCCESS: ${all.length} rules found`);
  });
});

describe('ops/docker/docker-compose.yml', () => {
  const path = join(OPS, 'docker', 'docker-compose.yml');
  const text = readFileSync(path, 'utf8');
  const compose = parse(text) as { services: Record<string, any> };
  const fromCompose = (p: string) => resolve(dirname(path), p);

  it('parses as YAML without errors or warnings', () => {
    const doc = parseDocument(text);
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
  });

  it('has litellm, postgres and redis; litellm runs the generated config from litellm/.env on port 4000', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['litellm', 'postgres', 'redis']);
    const l = compose.services.litellm;
    expect(l.image).toMatch(/^ghcr\.io\/berriai\/litellm:/);
    expect(l.command).toEqual(['--config', '/app/config.yaml', '--port', '4000']);
    expect(l.env_file.map(fromCompose)).toEqual([join(ROOT, 'litellm', '.env')]);
    const mount = (l.volumes as string[]).map((v) => v.split(':')).find((v) => v[1] === '/app/config.yaml');
    expect(mount, 'proxy_config.yaml mounted at /app/config.yaml').toBeDefined();
    // Compose runs Redis and Postgres, so it mounts the config with both profiles.
    expect(fromCompose(mount![0]!)).toBe(join(ROOT, 'litellm', 'proxy_config.redis-postgres.yaml'));
    expect(existsSync(fromCompose(mount![0]!))).toBe(true);
    expect((l.ports as string[]).some((p) => /(^|:)4000:4000$/.test(p))).toBe(true);
    expect(l.healthcheck.test.join(' ')).toContain('/health/liveliness');
    expect(Object.keys(l.depends_on).sort()).toEqual(['postgres', 'redis']);
  });

  it('points DATABASE_URL and REDIS_HOST at the Compose service names, not localhost', () => {
    const env = compose.services.litellm.environment as Record<string, string>;
    expect(new URL(env.DATABASE_URL!.replace(/\$\{[^}]+\}/g, 'x')).hostname).toBe('postgres');
    expect(env.REDIS_HOST).toBe('redis');
  });

  it('holds no literal secret: secret-looking variables are ${...} interpolations, and no key appears', () => {
    for (const [name, svc] of Object.entries(compose.services)) {
      for (const [k, v] of Object.entries((svc.environment ?? {}) as Record<string, string>)) {
        if (/PASSWORD|SECRET|TOKEN|_KEY$/.test(k)) expect(v, `${name}.${k}`).toMatch(/^\$\{[A-Z_]+(:\?[^}]*)?\}$/);
      }
    }
    const url = compose.services.litellm.environment.DATABASE_URL as string;
    expect(new URL(url.replace(/\$\{[^}]+\}/g, 'PLACEHOLDER')).password).toBe('PLACEHOLDER');
    expect(text).not.toMatch(/\b(gsk_|sk-or-v1-|sk-proj-)[A-Za-z0-9]/);
    expect(text).not.toMatch(/\bsk-[A-Za-z0-9]{8,}/);
  });

  it('keeps the Postgres password in ops/docker/.env, which git ignores', () => {
    expect(text).toContain('${POSTGRES_PASSWORD:?');
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('ops/docker/.env');
  });

  it('provides every variable the mounted proxy config reads', () => {
    const config = readFileSync(join(ROOT, 'litellm', 'proxy_config.redis-postgres.yaml'), 'utf8');
    const wanted = new Set([...config.matchAll(/os\.environ\/([A-Z0-9_]+)/g)].map((m) => m[1]!));
    const example = readFileSync(join(ROOT, 'litellm', '.env.example'), 'utf8');
    const provided = new Set([
      ...[...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]!),
      ...Object.keys(compose.services.litellm.environment),
    ]);
    expect([...wanted].filter((v) => !provided.has(v))).toEqual([]);
  });
});

describe('ops/systemd units with systemd-analyze verify', () => {
  const tool = needs({ 'systemd-analyze': 'systemd' });
  const units = ['litellm.service', 'litellm-health.service', 'litellm-health.timer'];

  /** Copies of the units whose programs and env file exist here (verify checks ExecStart= binaries). */
  function sandbox(edit: (unit: string) => string = (u) => u) {
    const dir = tempDir('pf-systemd-');
    for (const u of units) {
      const text = readFileSync(join(OPS, 'systemd', u), 'utf8');
      writeFileSync(join(dir, u), edit(text
        .replace('/opt/litellm/venv/bin/litellm', '/bin/true')
        .replace('/opt/provider-fallback/ops/health/check-litellm.sh', '/bin/true')
        .replace('EnvironmentFile=/opt/provider-fallback/litellm/.env', `EnvironmentFile=-${join(dir, 'env')}`)));
    }
    return dir;
  }

  it('run the proxy with the generated config and the check script the guides describe', () => {
    const proxy = readFileSync(join(OPS, 'systemd', 'litellm.service'), 'utf8');
    expect(proxy).toContain('--config /opt/provider-fallback/litellm/proxy_config.yaml --port 4000');
    expect(proxy).toContain('StandardOutput=append:/var/log/litellm/litellm.log'); // copytruncate needs append mode
    expect(proxy).toContain('EnvironmentFile=/opt/provider-fallback/litellm/.env');
    expect(readFileSync(join(OPS, 'systemd', 'litellm-health.service'), 'utf8')).toContain('ExecStart=/opt/provider-fallback/ops/health/check-litellm.sh');
  });

  it.skipIf(tool.skip)(tool.title('systemd-analyze verify accepts all three units without a warning'), () => {
    tool.assertPresent();
    const dir = sandbox();
    const r = run(findTool('systemd-analyze')!, ['verify', ...units.map((u) => join(dir, u))], { cwd: dir });
    expect(r.status, r.out).toBe(0);
    expect(r.out.trim(), r.out).toBe('');
  });

  it.skipIf(tool.skip)(tool.title('systemd-analyze verify reports a broken copy'), () => {
    tool.assertPresent();
    const dir = sandbox((u) => u.replace('Restart=on-failure', 'Restart=sometimes'));
    const r = run(findTool('systemd-analyze')!, ['verify', join(dir, 'litellm.service')], { cwd: dir });
    expect(r.out).toMatch(/Failed to parse service restart specifier/);
  });
});

describe('ops/health/check-litellm.sh', () => {
  const script = join(OPS, 'health', 'check-litellm.sh');
  const bash = needs({ bash: 'bash' });
  const tools = needs({ bash: 'bash', curl: 'curl', jq: 'jq' });
  const KEY = 'sk-test-0123456789abcdef0123456789abcdef';

  it.skipIf(bash.skip)(bash.title('passes bash -n'), () => {
    bash.assertPresent();
    const r = run('bash', ['-n', script]);
    expect(r.status, r.out).toBe(0);
  });

  it('is executable', () => {
    expect(statSync(script).mode & 0o111).not.toBe(0);
  });

  // A fake proxy answering like LiteLLM's health endpoints (docs.litellm.ai/docs/proxy/health).
  let server: Server;
  let base = '';
  let unhealthy = false;
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const authed = req.headers.authorization === `Bearer ${KEY}`;
      if (req.url === '/health/liveliness') return json(200, "I'm alive!");
      if (req.url === '/health/readiness') return json(200, { status: 'connected', db: 'connected', cache: 'redis', litellm_version: '1.99.0' });
      if (!authed) return json(401, { error: { message: 'Authentication Error, Invalid proxy server token passed.', type: 'auth_error', param: 'None', code: '401' } });
      if (req.url === '/cache/ping') return json(200, { status: 'healthy', cache_type: 'redis', ping_response: true });
      if (req.url === '/health') {
        const bad = [{ model: 'groq/openai/gpt-oss-120b', error: "litellm.AuthenticationError: GroqException - Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}" }];
        return json(200, {
          healthy_endpoints: [{ model: 'openai/gpt-4o-mini' }, { model: 'openrouter/google/gemini-2.5-flash' }],
          unhealthy_endpoints: unhealthy ? bad : [],
          healthy_count: 2,
          unhealthy_count: unhealthy ? 1 : 0,
        });
      }
      return json(404, { error: { message: 'Not Found' } });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  /** Runs the script asynchronously (the fake proxy lives in this process). */
  function check(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; out: string }> {
    const clean = { ...process.env, LITELLM_MASTER_KEY: undefined, LITELLM_BASE_URL: undefined, ...env };
    return new Promise((done) => {
      execFile('bash', [script, ...args], { env: clean as NodeJS.ProcessEnv, timeout: 30_000 }, (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        done({ code, out: `${stdout}${stderr}` });
      });
    });
  }

  it.skipIf(tools.skip)(tools.title('exits 0 when every check passes, and never prints the key'), async () => {
    tools.assertPresent();
    unhealthy = false;
    const r = await check([base], { LITELLM_MASTER_KEY: KEY });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('OK    /health: 2 healthy, 0 unhealthy');
    expect(r.out).toContain('OK    /cache/ping: redis healthy');
    expect(r.out).not.toContain(KEY);
  });

  it.skipIf(tools.skip)(tools.title('exits 1 and names the deployment and its error when /health reports unhealthy_count > 0'), async () => {
    tools.assertPresent();
    unhealthy = true;
    const r = await check([base], { LITELLM_MASTER_KEY: KEY });
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('WARN  /health: 2 healthy, 1 unhealthy');
    expect(r.out).toContain('groq/openai/gpt-oss-120b: litellm.AuthenticationError: GroqException');
    expect(r.out).not.toContain(KEY);
  });

  it.skipIf(tools.skip)(tools.title('reads the key from --env-file, and exits 1 when the proxy refuses it'), async () => {
    tools.assertPresent();
    unhealthy = false;
    const dir = tempDir('pf-health-');
    writeFileSync(join(dir, '.env'), `# comment\nLITELLM_MASTER_KEY=${KEY}\n`);
    expect((await check(['--env-file', join(dir, '.env'), base], {})).code).toBe(0);
    writeFileSync(join(dir, 'wrong.env'), 'LITELLM_MASTER_KEY=sk-wrong-key-000000000000000000000000\n');
    const r = await check(['--env-file', join(dir, 'wrong.env'), base], {});
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('HTTP 401');
    expect(r.out).not.toContain('sk-wrong-key');
  });

  it.skipIf(tools.skip)(tools.title('without a key, checks only the public endpoints and says so'), async () => {
    tools.assertPresent();
    const r = await check([base], {});
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('SKIP  /health and /cache/ping');
  });

  it.skipIf(tools.skip)(tools.title('exits 2 when nothing listens on the port'), async () => {
    tools.assertPresent();
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const r = await check([`http://127.0.0.1:${port}`], { LITELLM_MASTER_KEY: KEY });
    expect(r.code, r.out).toBe(2);
    expect(r.out).toContain('DOWN  /health/liveliness');
    expect(r.out).toContain('/errors/econnrefused/');
  });

  it.skipIf(tools.skip)(tools.title('exits 3 for an unknown option'), async () => {
    tools.assertPresent();
    expect((await check(['--nope'], {})).code).toBe(3);
  });
});

describe('ops PowerShell 7 scripts', () => {
  // PowerShell 7 is not a Debian package, so the parser check runs only where pwsh is installed.
  const pwsh = findTool('pwsh');
  const scripts = [join(OPS, 'health', 'check-litellm.ps1'), join(OPS, 'windows', 'start-litellm.ps1')];

  it('require PowerShell 7; the health check uses its error handling (SkipHttpErrorCheck, StatusCodeVariable, TimeoutSec)', () => {
    for (const script of scripts) expect(readFileSync(script, 'utf8').startsWith('#Requires -Version 7.0'), script).toBe(true);
    const check = readFileSync(scripts[0]!, 'utf8');
    for (const s of ['-SkipHttpErrorCheck', '-StatusCodeVariable', '-TimeoutSec', 'exit 2', 'exit 3']) expect(check).toContain(s);
    // "$name:" inside a double-quoted string is a scope-qualified variable and a parse error.
    for (const script of scripts) expect(readFileSync(script, 'utf8'), script).not.toMatch(/"[^"\n]*\$[A-Za-z_]\w*:[^\w:]/);
  });

  it.skipIf(pwsh === null)(`parse without errors in pwsh${pwsh === null ? ' (skipped: pwsh not installed; PowerShell 7 is not in Debian)' : ''}`, () => {
    for (const script of scripts) {
      const r = run(pwsh!, ['-NoProfile', '-NonInteractive', '-Command',
        `$e = $null; $null = [System.Management.Automation.Language.Parser]::ParseFile('${script}', [ref]$null, [ref]$e); if ($e) { $e | ForEach-Object { $_.ToString() }; exit 1 }`]);
      expect(r.status, `${script}\n${r.out}`).toBe(0);
    }
  });
});
