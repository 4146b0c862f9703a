// `generate` and `generate --check` against a temp copy of the artifacts: drift is reported with a
// diff naming the file, writes are all-or-nothing, and hand-written prose survives regeneration.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALERTS_PATH } from '../generators/alerts.js';
import { codeSpan, fence } from '../generators/markdown.js';
import { MANIFEST_PATH } from '../generators/manifest.js';
import { REFERENCE_PATH } from '../generators/reference-md.js';
import { SKILL_PATH } from '../generators/skill-md.js';
import { writeAll } from '../generators/writer.js';
import { runGenerate } from '../generators/cli.js';
import { entry, freshInput } from './helpers/fixtures.js';
import { ROOT, SCENARIO_RUNS, tempCopyOfArtifacts } from './helpers/project.js';
import { parseRegistry } from '../registry/validate.js';
import { RegistryError } from '../registry/validate.js';

async function run(root: string, check: boolean, load?: () => ReturnType<typeof parseRegistry>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runGenerate({ root, check, out: (l) => out.push(l), err: (l) => err.push(l), ...(load ? { load } : {}), scenarios: async () => SCENARIO_RUNS });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else files.set(p, readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return files;
}

/** Runs `generate` and requires it to fail with `error` on stderr and to leave every file as it was. */
async function expectRefused(root: string, error: string, load?: () => ReturnType<typeof parseRegistry>) {
  const before = snapshot(root);
  const r = await run(root, false, load);
  expect(r.code).toBe(1);
  expect(r.err).toContain(error);
  expect(snapshot(root)).toEqual(before);
  return r;
}

describe('generate --check', () => {
  it('passes on the committed artifacts', async () => {
    const r = await run(tempCopyOfArtifacts(), true);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('fails on a hand-edited generated file, naming it with a unified diff, and writes nothing', async () => {
    const root = tempCopyOfArtifacts();
    const path = join(root, REFERENCE_PATH);
    writeFileSync(path, readFileSync(path, 'utf8').replace('**Cause.**', '**Reason.**'));
    const before = snapshot(root);
    const r = await run(root, true);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`drifted from the registry: ${REFERENCE_PATH}`);
    expect(r.out).toContain(`--- a/${REFERENCE_PATH}`);
    expect(r.out).toMatch(/^-\*\*Reason\.\*\*/m);
    expect(snapshot(root)).toEqual(before);
  });

  it('fails when a generated region of SKILL.md is edited, but keeps edits to the hand-written prose', async () => {
    const root = tempCopyOfArtifacts();
    const path = join(root, SKILL_PATH);
    const original = readFileSync(path, 'utf8');
    const edited = original.replace('`groq-rate-limit`,', '`groq-rate-limited`,');
    expect(edited).not.toBe(original);
    writeFileSync(path, edited);
    expect((await run(root, true)).code).toBe(1);
    writeFileSync(path, original.replace('# Provider fallback', '# Provider fallback (our team notes)'));
    expect((await run(root, true)).code).toBe(0);
    expect((await run(root, false)).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('# Provider fallback (our team notes)');
  });

  it('fails after a resolution step changes in the registry without regenerating, naming the file', async () => {
    const root = tempCopyOfArtifacts();
    const { input, origins } = freshInput();
    entry(input, 'ECONNREFUSED').resolution[0]!.text = 'Changed resolution text.';
    const r = await run(root, true, () => parseRegistry(input, origins, { redos: false }));
    expect(r.code).toBe(1);
    expect(r.err).toContain(REFERENCE_PATH);
    expect(r.out).toContain('+1. Changed resolution text.');
  });
});

describe('ops files embedded in the guides', () => {
  const guide = 'site/content/docs/guides/docker-desktop.md';
  const compose = 'ops/docker/docker-compose.yml';

  it('--check fails when an embedded file changed and the guide was not regenerated; generate updates the guide only', async () => {
    const root = tempCopyOfArtifacts();
    writeFileSync(join(root, compose), `${readFileSync(join(root, compose), 'utf8')}# pinned for the test\n`);
    const r = await run(root, true);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`drifted from the registry: ${guide}`);
    expect(r.out).toMatch(/^\+# pinned for the test$/m);
    const before = readFileSync(join(root, guide), 'utf8');
    expect((await run(root, false)).code).toBe(0);
    const after = readFileSync(join(root, guide), 'utf8');
    expect(after).toContain('# pinned for the test\n```');
    // Only the region changed: the hand-written text around it is kept byte for byte.
    const outside = (t: string) => t.replace(/<!-- BEGIN GENERATED: embed [\s\S]*?<!-- END GENERATED: embed [^>]*-->/g, '');
    expect(outside(after)).toBe(outside(before));
    expect((await run(root, true)).code).toBe(0);
  });

  it('writes nothing when a guide lost its embed markers, naming the guide and the region', async () => {
    const root = tempCopyOfArtifacts();
    const path = join(root, guide);
    writeFileSync(path, readFileSync(path, 'utf8').replace(`<!-- END GENERATED: embed ${compose} -->`, ''));
    await expectRefused(root, `${guide}: missing marker pair for generated region 'embed ${compose}'`);
  });

  it('writes nothing when an embedded file is missing, naming the guide and the file', async () => {
    const root = tempCopyOfArtifacts();
    rmSync(join(root, compose));
    await expectRefused(root, `${guide}: embeds ${compose}, which does not exist`);
  });

  it('fences a file with a longer run of backticks than any inside it', () => {
    expect(fence('md', 'a ``` b', 'title="x.md"')).toBe('````md title="x.md"\na ``` b\n````');
    expect(fence('ini', 'plain', 'title="u.service"')).toBe('```ini title="u.service"\nplain\n```');
  });

  it('quotes a wording in a code span that its own backticks cannot close', () => {
    // serde's "missing field `id`", a SERVER cue cut before the field's name.
    expect(codeSpan('missing field `')).toBe('`` missing field ` ``');
    expect(codeSpan('a ``b`` c')).toBe('```a ``b`` c```');
    expect(codeSpan('plain')).toBe('`plain`');
  });
});

describe('orphans', () => {
  it('--check fails on a page no entry produces any more (a removed provider), and generate removes it', async () => {
    const root = tempCopyOfArtifacts();
    const orphan = join(root, 'site/content/docs/providers/mistral.md');
    writeFileSync(orphan, '---\ntitle: Mistral\n---\nA provider this project no longer has.\n');
    const check = await run(root, true);
    expect(check.code).toBe(1);
    expect(check.out).toContain('orphan: site/content/docs/providers/mistral.md');
    expect(check.err).toContain('1 orphaned generated file(s): site/content/docs/providers/mistral.md');
    const gen = await run(root, false);
    expect(gen.code).toBe(0);
    expect(gen.out).toContain('site/content/docs/providers/mistral.md (orphan');
    expect(existsSync(orphan)).toBe(false);
    expect((await run(root, true)).code).toBe(0);
  });

  it('finds an orphan outside the generated folders through the manifest of the last run', async () => {
    const root = tempCopyOfArtifacts();
    const manifest = join(root, MANIFEST_PATH);
    const listed = JSON.parse(readFileSync(manifest, 'utf8')) as { files: string[] };
    writeFileSync(manifest, JSON.stringify({ ...listed, files: [...listed.files, 'ops/prometheus/retired-rules.yml'] }));
    writeFileSync(join(root, 'ops/prometheus/retired-rules.yml'), 'groups: []\n');
    expect((await run(root, true)).out).toContain('orphan: ops/prometheus/retired-rules.yml');
    expect((await run(root, false)).code).toBe(0);
    expect(existsSync(join(root, 'ops/prometheus/retired-rules.yml'))).toBe(false);
    expect((await run(root, true)).code).toBe(0);
  });

  it('--check fails on an alert rule edited by hand', async () => {
    const root = tempCopyOfArtifacts();
    const path = join(root, ALERTS_PATH);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('for: 5m');
    writeFileSync(path, text.replace('for: 5m', 'for: 30m'));
    const r = await run(root, true);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`drifted from the registry: ${ALERTS_PATH}`);
    expect(r.out).toMatch(/^\+\s+for: 5m$/m);
  });
});

describe('generate', () => {
  it('writes only what changed and prints one line per file', async () => {
    const root = tempCopyOfArtifacts();
    const path = join(root, REFERENCE_PATH);
    writeFileSync(path, 'stale\n');
    const r = await run(root, false);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.filter((l) => l.includes('updated'))).toEqual([expect.stringContaining(REFERENCE_PATH)]);
    expect(lines.filter((l) => l.includes('unchanged')).length).toBe(lines.length - 1);
    expect((await run(root, true)).code).toBe(0);
  });

  it('writes nothing when the registry is invalid, and names the entry and field', async () => {
    const root = tempCopyOfArtifacts();
    writeFileSync(join(root, REFERENCE_PATH), 'stale\n');
    const { input, origins } = freshInput();
    entry(input, 'ECONNREFUSED').resolution = [];
    const r = await expectRefused(root, 'errors[ECONNREFUSED] › resolution', () => parseRegistry(input, origins, { redos: false }));
    expect(r.err).toContain('Nothing was written.');
  });

  it('writes nothing when one generator fails after others succeeded', async () => {
    const root = tempCopyOfArtifacts();
    writeFileSync(join(root, REFERENCE_PATH), 'stale\n');
    const path = join(root, SKILL_PATH);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/<!-- END GENERATED: fallbacks -->/, ''));
    await expectRefused(root, `${SKILL_PATH}: missing marker pair for generated region 'fallbacks'`);
  });

  it('removes staged files when a write fails midway, leaving targets untouched', async () => {
    const root = tempCopyOfArtifacts();
    const before = snapshot(root);
    const files = [
      { path: REFERENCE_PATH, contents: 'new reference\n' },
      { path: `${SKILL_PATH}/cannot-be-a-directory`, contents: 'x' },
    ];
    expect(() => writeAll(root, files)).toThrow();
    expect(snapshot(root)).toEqual(before);
  });

  it('RegistryError lists every problem, not only the first', async () => {
    const { input, origins } = freshInput();
    entry(input, 'ECONNREFUSED').resolution = [];
    entry(input, 'EPIPE').httpStatus = 42;
    try {
      parseRegistry(input, origins, { redos: false });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RegistryError);
      expect((e as RegistryError).problems.map((p) => p.entry)).toEqual(['errors[ECONNREFUSED]', 'errors[EPIPE]']);
    }
  });
});

describe('generate without SKILL.md', () => {
  it('refuses, naming the file and how to restore its hand-written prose, and writes nothing', async () => {
    const root = tempCopyOfArtifacts();
    rmSync(join(root, SKILL_PATH));
    await expectRefused(root, `${SKILL_PATH}: missing; it holds hand-written prose, restore it (git checkout -- ${SKILL_PATH})`);
  });
});

describe('generate after a merge conflict in a generated module', () => {
  // Two branches that both regenerated leave conflict markers in src/generated/. `generate` is the
  // way out, so none of the code it runs (the scenario runner and the executor included) may load
  // the generated modules it is about to rewrite. Run as a user would: the CLI, in a copy of the repo.
  it('rewrites every conflicted module and leaves the rest as committed', () => {
    const root = tempCopyOfArtifacts();
    for (const dir of ['generators', 'registry', 'scenarios', 'src', 'package.json']) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
    const modules = readdirSync(join(root, 'src/generated')).map((f) => join(root, 'src/generated', f));
    const committed = new Map(modules.map((p) => [p, readFileSync(p, 'utf8')]));
    for (const p of modules) writeFileSync(p, `<<<<<<< HEAD\n${committed.get(p)}=======\n>>>>>>> other-branch\n`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'generators/cli.ts'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const p of modules) expect(r.stdout).toContain(`updated   ${relative(root, p)}`);
    for (const p of modules) expect(readFileSync(p, 'utf8')).toBe(committed.get(p));
    expect(r.stdout.split('\n').filter((l) => l.startsWith('updated')).length).toBe(modules.length);
  });
});
