// The scenario pages are records of runs: a run repeats exactly, every page matches its run, a
// change of the executor's behaviour makes the drift check fail until the pages are regenerated,
// and a scenario that names a sample, code or target that does not exist is rejected.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGenerate } from '../generators/cli.js';
import { scenarioPage } from '../generators/scenario-pages.js';
import { loadRegistry } from '../registry/index.js';
import { parseRegistry, RegistryError } from '../registry/validate.js';
import { runScenario, runScenarios } from '../scenarios/run.js';
import { escapeRegExp } from '../src/regexp.js';
import { entry, freshInput } from './helpers/fixtures.js';
import { ROOT, SCENARIO_RUNS, tempCopyOfArtifacts } from './helpers/project.js';

const reg = loadRegistry();
const scenario = (id: string) => reg.scenarios.find((s) => s.id === id)!;

describe('scenario runs', () => {
  it('repeat exactly: the same registry gives the same record', async () => {
    for (const s of reg.scenarios) expect(await runScenario(reg, s), s.id).toEqual(SCENARIO_RUNS[s.id]);
  });

  it('classify with the registry being generated, not the tables src/ holds from the previous generate', async () => {
    // Validation accepts a changed action; the committed tables still say fallback.
    const { input, origins } = freshInput();
    Object.assign(entry(input, 'groq-rate-limit'), { action: 'fail', retryable: false });
    const edited = parseRegistry(input, origins, { redos: false });
    const run = await runScenario(edited, edited.scenarios.find((s) => s.id === 'rate-limit-exceeded')!);
    expect(run.attempts[0]).toMatchObject({ target: 'groq-primary', code: 'groq-rate-limit', decision: 'fail' });
    expect(SCENARIO_RUNS['rate-limit-exceeded']!.attempts[0]).toMatchObject({ code: 'groq-rate-limit', decision: 'switch' });
  });

  it('cover the seed\'s three simulations and five more', () => {
    expect(reg.scenarios.filter((s) => s.seedSection).map((s) => s.seedSection).sort()).toEqual(['3.1', '3.2', '3.3']);
    expect(reg.scenarios.length).toBeGreaterThanOrEqual(8);
  });

  it('show what the executor does in each: rate limit, dead key, cascade, cut stream, hung provider', () => {
    const rl = SCENARIO_RUNS['rate-limit-exceeded']!;
    // Groq's 429 asked for 7 s: the first request switched at once and Groq was skipped until then.
    expect(rl.attempts[0]).toMatchObject({ target: 'groq-primary', code: 'groq-rate-limit', retryAfterMs: 7_000, decision: 'switch', delayMs: 0 });
    expect(rl.requests[1]).toMatchObject({ finalTarget: 'openai-secondary' });
    expect(rl.attempts.filter((a) => a.request === 2).map((a) => a.target)).toEqual(['openai-secondary']);
    // The burst at 45 s: Groq takes what its 30 rpm window has left, the rest go straight to OpenAI, and nobody meets a 429.
    const burst = rl.requests.filter((r) => r.atMs >= 45_000);
    const firstTargets = burst.map((r) => rl.attempts.find((a) => a.request === r.n)!.target);
    expect(firstTargets.filter((t) => t === 'groq-primary').length).toBe(30 - rl.attempts.filter((a) => a.target === 'groq-primary' && a.startMs < 45_000).length);
    expect(firstTargets.filter((t) => t === 'openai-secondary').length).toBeGreaterThan(0);
    expect(rl.attempts.filter((a) => a.startMs >= 45_000 && a.code !== null)).toEqual([]);
    const key = SCENARIO_RUNS['invalid-api-key']!;
    expect(key.alerts.filter((a) => a.type === 'target.misconfigured' && a.atMs < 600_000)).toHaveLength(1);
    // The key works again at 30 min: the next request on Groq closes the alert.
    expect(key.alerts.at(-1)).toMatchObject({ type: 'resolved', resolves: 'target.misconfigured', target: 'groq-primary', atMs: 1_900_400 });
    expect(key.cooldowns[0]).toEqual({ target: 'groq-primary', fromMs: 400, untilMs: 600_400 });
    const cascade = SCENARIO_RUNS['cascade-failure']!;
    expect(cascade.requests[0]!.outcome).toBe('exhausted');
    expect(cascade.alerts.map((a) => a.type)).toContain('chain.exhausted');
    const cut = SCENARIO_RUNS['stream-interrupted']!;
    expect(cut.requests.map((r) => [r.outcome, r.text])).toEqual([['success', 'The fallback chain answered.'], ['interrupted', 'The fallback ']]);
    const hung = SCENARIO_RUNS['hung-provider']!;
    const firstHang = hung.attempts.find((a) => a.code === 'timeout-error')!;
    expect(firstHang.endMs - firstHang.startMs).toBe(5_000); // max(5 s, 2 x p99 of 400 ms), not the configured 120 s
  });
});

describe('scenario pages', () => {
  it('embed an SVG timeline with a title and a text description, and mark every step', () => {
    for (const s of reg.scenarios) {
      const page = readFileSync(join(ROOT, `site/content/docs/scenarios/${s.id}.md`), 'utf8');
      expect(page).toMatch(new RegExp(`<svg class="scenario-timeline"[^>]*role="img" aria-labelledby="tl-${s.id}-title tl-${s.id}-desc">`));
      expect(page).toMatch(/<desc id="[^"]+">\d+ requests over/);
      for (const st of s.steps) {
        // A step another part of the system owns says so; every other step has the run's verdict.
        const verdict = st.check.kind === 'elsewhere' ? "Not the executor's job" : '(Done in this run|Not in this run)';
        expect(page, `${s.id}: ${st.step}`).toMatch(new RegExp(`\\| ${escapeRegExp(st.step)} \\|.*${verdict}`));
      }
    }
  });

  it('are linked from the playbook and from the page of every code they fired', () => {
    const playbook = readFileSync(join(ROOT, 'site/content/docs/reference/playbook.md'), 'utf8');
    for (const s of reg.scenarios) {
      expect(playbook).toContain(`(/scenarios/${s.id}/)`);
      for (const a of SCENARIO_RUNS[s.id]!.attempts.filter((x) => x.code)) {
        const codePage = readFileSync(join(ROOT, `site/content/docs/errors/${a.code!.toLowerCase()}.md`), 'utf8');
        expect(codePage, `${a.code} page links ${s.id}`).toContain(`(/scenarios/${s.id}/)`);
      }
    }
  });
});

describe('drift', () => {
  // A behaviour change: rejected keys are no longer cooled down, so Groq is tried on every request.
  const changed = structuredClone(reg.executorPolicy);
  changed.categories.AUTH.cooldownMs = 0;

  it('a changed behaviour changes the page', async () => {
    const s = scenario('invalid-api-key');
    const committed = readFileSync(join(ROOT, `site/content/docs/scenarios/${s.id}.md`), 'utf8');
    expect(scenarioPage(reg, s, SCENARIO_RUNS[s.id]!).contents).toBe(committed);
    expect(scenarioPage(reg, s, await runScenario(reg, s, { policy: changed })).contents).not.toBe(committed);
  });

  it('generate --check fails, naming the scenario page, until the pages are regenerated', async () => {
    const root = tempCopyOfArtifacts();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    const changedRuns = (r: typeof reg) => runScenarios(r, { policy: changed });
    expect(await runGenerate({ root, check: true, ...io, scenarios: changedRuns })).toBe(1);
    expect(err.join('\n')).toContain('site/content/docs/scenarios/invalid-api-key.md');
    expect(await runGenerate({ root, check: false, ...io, scenarios: changedRuns })).toBe(0);
    expect(await runGenerate({ root, check: true, ...io, scenarios: changedRuns })).toBe(0);
  });
});

describe('scenario validation', () => {
  const broken = (mutate: (s: ReturnType<typeof freshInput>['input']['scenarios']) => void) => {
    const { input, origins } = freshInput();
    mutate(input.scenarios);
    try {
      parseRegistry(input, origins, { redos: false });
    } catch (e) {
      if (e instanceof RegistryError) return e.message;
      throw e;
    }
    return 'accepted';
  };

  it('rejects a fault that replays a sample the entry does not have, naming the scenario and field', () => {
    const msg = broken((s) => { s[0]!.faults[0]!.fault = { kind: 'sample', code: 'groq-rate-limit', sample: 9 }; });
    expect(msg).toContain('registry/scenarios.ts');
    expect(msg).toContain('scenarios[rate-limit-exceeded]');
    expect(msg).toContain('faults[0].fault.sample');
  });

  it('rejects a chain no general fallback chain starts from, and a fault that ends before it starts', () => {
    expect(broken((s) => { s[2]!.chain = 'no-such-group'; })).toContain("scenarios[invalid-api-key] › chain");
    const msg = broken((s) => { Object.assign(s[3]!.faults[0]!, { fromMs: 5_000, untilMs: 1_000 }); });
    expect(msg).toContain('faults[0].untilMs');
    expect(msg).toContain('must be after fromMs');
  });

  it('rejects a fault on a target outside the chain, and a step checking a code that does not exist', () => {
    const msg = broken((s) => {
      s[1]!.faults[0]!.target = 'groq-small';
      s[1]!.steps[0]!.check = { kind: 'code', codes: ['groq-no-such-code'] };
    });
    expect(msg).toContain("'groq-small' is not in the chain from groq-primary");
    expect(msg).toContain("no registry entry 'groq-no-such-code'");
  });

  it('rejects a fault replaying a code that does not exist, and two scenarios with one id', () => {
    expect(broken((s) => { s[0]!.faults[0]!.fault = { kind: 'sample', code: 'groq-no-such-code', sample: 0 }; }))
      .toContain("faults[0].fault.code: no registry entry 'groq-no-such-code'");
    expect(broken((s) => { s[1]!.id = s[0]!.id; })).toContain(`scenarios[${freshInput().input.scenarios[0]!.id}] › id: duplicate id`);
  });
});
