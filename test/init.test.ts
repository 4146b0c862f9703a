// `provider-fallback init`: it copies exactly the generated LiteLLM files the package ships, writes
// all of them or none, never replaces a file that differs without --force, and never writes a .env.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInit, SETUP_FILES, SHIPPED_SETUP_DIR } from '../src/cli/init.js';
import { ROOT } from './helpers/project.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'pf-init-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

function init(target: string, opts: { force?: boolean; from?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runInit(target, opts, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const written = (name: string) => readFileSync(join(dir, 'litellm', name), 'utf8');
const shipped = (name: string) => readFileSync(join(ROOT, 'litellm', name), 'utf8');

describe('provider-fallback init', () => {
  it('copies every generated file under litellm/ and nothing else: the list matches the generator manifest and package.json', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'generators/generated-files.json'), 'utf8')) as { files: string[] };
    const generated = manifest.files.filter((f) => f.startsWith('litellm/')).map((f) => f.slice('litellm/'.length));
    expect([...SETUP_FILES].sort()).toEqual(generated.sort());
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    for (const name of SETUP_FILES) expect(pkg.files, name).toContain(`litellm/${name}`);
    expect(SHIPPED_SETUP_DIR).toBe(join(ROOT, 'litellm/'));
  });

  it('writes the shipped files into <dir>/litellm/ and prints the next steps with the required keys', () => {
    const r = init(dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    for (const name of SETUP_FILES) expect(written(name), name).toBe(shipped(name));
    expect(readdirSync(join(dir, 'litellm')).sort()).toEqual([...SETUP_FILES].sort());
    expect(r.out).toContain(`created   ${join(dir, 'litellm/proxy_config.yaml')}`);
    expect(r.out).toMatch(/fill in GROQ_API_KEY, OPENAI_API_KEY, OPENROUTER_API_KEY, LITELLM_MASTER_KEY in /);
    // Outside the default folder, doctor is told where the files are.
    expect(r.out).toContain(`npx provider-fallback doctor --env ${join(dir, 'litellm/.env')} --config ${join(dir, 'litellm/proxy_config.yaml')}`);
    expect(r.out).toContain(`cp ${join(dir, 'litellm/.env.example')} ${join(dir, 'litellm/.env')}`);
  });

  it('never suggests copying .env.example over an existing .env, and never writes or reads a .env into its output', () => {
    mkdirSync(join(dir, 'litellm'));
    writeFileSync(join(dir, 'litellm/.env'), 'GROQ_API_KEY=gsk_realsecretvalue1234567890\n');
    const r = init(dir);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('cp ');
    expect(r.out).toContain('.env exists: compare it with');
    expect(readFileSync(join(dir, 'litellm/.env'), 'utf8')).toBe('GROQ_API_KEY=gsk_realsecretvalue1234567890\n');
    expect(r.out).not.toContain('realsecret');
  });

  it('reports every file unchanged on a second run', () => {
    init(dir);
    const r = init(dir);
    expect(r.code).toBe(0);
    for (const name of SETUP_FILES) expect(r.out).toContain(`unchanged ${join(dir, 'litellm', name)}`);
  });

  it('refuses to replace a file that differs: exit 1, names it, and writes none of the others', () => {
    mkdirSync(join(dir, 'litellm'));
    writeFileSync(join(dir, 'litellm/proxy_config.yaml'), 'model_list: []  # mine\n');
    const r = init(dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('a file already exists and differs from what this package ships; nothing was written');
    expect(r.err).toContain(join(dir, 'litellm/proxy_config.yaml'));
    expect(r.err).toContain('--force');
    expect(readdirSync(join(dir, 'litellm'))).toEqual(['proxy_config.yaml']);
    expect(written('proxy_config.yaml')).toBe('model_list: []  # mine\n');
  });

  it('replaces a differing file with --force', () => {
    mkdirSync(join(dir, 'litellm'));
    writeFileSync(join(dir, 'litellm/proxy_config.yaml'), 'model_list: []  # mine\n');
    const r = init(dir, { force: true });
    expect(r.code).toBe(0);
    expect(r.out).toContain(`replaced  ${join(dir, 'litellm/proxy_config.yaml')}`);
    expect(written('proxy_config.yaml')).toBe(shipped('proxy_config.yaml'));
  });

  it('says which shipped file is missing and writes nothing when the package is incomplete', () => {
    const partial = join(dir, 'partial');
    mkdirSync(partial);
    for (const name of SETUP_FILES.filter((n) => n !== '.env.example')) writeFileSync(join(partial, name), shipped(name));
    const r = init(join(dir, 'project'), { from: partial });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(partial, '.env.example')} is missing; reinstall provider-fallback`);
    expect(existsSync(join(dir, 'project'))).toBe(false);
  });

  it('removes the files it staged and replaces none when a later write fails', () => {
    mkdirSync(join(dir, 'litellm'));
    writeFileSync(join(dir, 'litellm/proxy_config.yaml'), 'model_list: []  # mine\n');
    // The third file's temp path is taken by a folder, so staging fails after two files were staged.
    mkdirSync(join(dir, 'litellm', `${SETUP_FILES[2]}.tmp-${process.pid}`));
    const r = init(dir, { force: true });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^init: nothing was written: EISDIR/);
    expect(readdirSync(join(dir, 'litellm')).sort()).toEqual([`${SETUP_FILES[2]}.tmp-${process.pid}`, 'proxy_config.yaml']);
    expect(written('proxy_config.yaml')).toBe('model_list: []  # mine\n');
  });

  it('fails when litellm/ cannot be created (a file has its name) and touches nothing', () => {
    writeFileSync(join(dir, 'litellm'), 'not a folder\n');
    const r = init(dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^init: /);
    expect(readFileSync(join(dir, 'litellm'), 'utf8')).toBe('not a folder\n');
    expect(readdirSync(dir)).toEqual(['litellm']);
  });

  it('runs from the command line and is listed in --help', () => {
    // Run in the temp folder, so tsx is named by its path rather than resolved from the working folder.
    const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
    const cli = (args: string[]) => spawnSync(process.execPath, ['--import', tsx, join(ROOT, 'src/cli/main.ts'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(cli(['--help']).stdout).toMatch(/init \[options\] \[dir\]/);
    const r = cli(['init']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // In the current folder the next steps use the defaults doctor reads.
    expect(r.stdout).toContain('created   litellm/proxy_config.yaml');
    expect(r.stdout).toMatch(/^ {2}npx provider-fallback doctor$/m);
    expect(cli(['init']).status).toBe(0);
    writeFileSync(join(dir, 'litellm/.env.example'), 'X=1\n');
    expect(cli(['init']).status).toBe(1);
  });
});
