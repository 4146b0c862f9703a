// The scenario pages (/scenarios/<id>/) and their index: each is the record of a run of the
// executor through the scenario (scenarios/run.ts), passed in as ctx.scenarioRuns. Nothing on a
// page is written by hand: the timeline, the attempts, the codes, what an operator sees and the
// marks on the seed's steps all come from the run, so a change of behaviour changes the page and
// the drift check fails until it is regenerated.
import type { Registry, Scenario } from '../registry/schema.js';
import type { ScenarioRun } from '../scenarios/run.js';
import { SCENARIO_SEED } from '../scenarios/run.js';
import { REGENERATE } from './header.js';
import { cell, table } from './markdown.js';
import { code, evaluateStep, seriesName, VERDICT_TEXT } from './scenario-steps.js';
import { clock, timelineSvg } from './scenario-timeline.js';
import { GenerationError, type GeneratedFile } from './types.js';
import { frontmatter, mdComment, sourceLink } from './site-pages.js';

const SCENARIOS_DIR = 'site/content/docs/scenarios';
export const scenarioHref = (id: string) => `/scenarios/${id}/`;

const NOTE = mdComment(`Generated from a run of registry/scenarios.ts by scenarios/run.ts. Do not edit: edit the registry, then run ${REGENERATE}.`);
const pageHead = (title: string, description: string, label: string) => frontmatter({ title, description, sidebar: { label } });

/** Codes a run classified, with how often, in the order they first fired. */
export function codesFired(run: ScenarioRun): Array<[code: string, count: number]> {
  const counts = new Map<string, number>();
  for (const a of run.attempts) if (a.code) counts.set(a.code, (counts.get(a.code) ?? 0) + 1);
  for (const r of run.requests) if (r.code) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  return [...counts];
}

/** The playbook's first mitigation step for a code. */
function firstMove(reg: Registry, c: string): string {
  return cell(reg.errors.find((e) => e.code === c)?.playbook.mitigate[0] ?? 'see the code page');
}

function faultText(reg: Registry, f: Scenario['faults'][number]['fault']): string {
  if (f.kind === 'sample') {
    const e = reg.errors.find((x) => x.code === f.code)!;
    return `answers like ${code(f.code)} (HTTP ${e.samples[f.sample]!.status})`;
  }
  if (f.kind === 'network') return `connections fail with ${f.errno}`;
  if (f.kind === 'hang') return 'accepts the request and never answers';
  return `streams ${f.afterChunks} chunk${f.afterChunks > 1 ? 's' : ''}, then drops the connection`;
}

function setup(reg: Registry, s: Scenario, run: ScenarioRun): string[] {
  const times = s.requests.map((r) => r.atMs);
  const spread = times.length > 6 ? `${times.length} requests from ${clock(times[0]!)} to ${clock(times.at(-1)!)}` : `requests at ${times.map(clock).join(', ')}`;
  return [
    '## Setup',
    '',
    `The chain from \`${s.chain}\`, as the generated LiteLLM config walks it; healthy targets answer in ${s.latencyMs} ms; each attempt may take ${clock(s.attemptTimeoutMs)}; ${spread}${s.requests.some((r) => r.stream) ? ' (streamed)' : ''}.`,
    '',
    table(['Target', 'Provider', 'Model', 'Injected fault'], run.targets.map((t) => {
      const faults = s.faults.filter((f) => f.target === t.id).map((f) => `${clock(f.fromMs)} to ${clock(f.untilMs)}: ${faultText(reg, f.fault)}`);
      return [`\`${t.id}\``, t.provider, `\`${t.model}\``, faults.length ? faults.join('; ') : 'healthy'];
    })),
  ];
}

function attemptsTable(run: ScenarioRun): string[] {
  // Requests answered at once by the first target they tried say nothing: count them instead.
  const plain = run.requests.filter((r) => r.outcome === 'success' && run.attempts.filter((a) => a.request === r.n).length === 1);
  const shown = run.attempts.filter((a) => !plain.some((r) => r.n === a.request));
  const outcome = (n: number) => {
    const r = run.requests.find((q) => q.n === n)!;
    return r.outcome === 'success' ? `answered by ${r.finalTarget}` : r.outcome === 'interrupted' ? `stream cut: ${code(r.code!)}, partial text "${r.text}"` : `${r.outcome}: ${code(r.code!)}`;
  };
  const rows = shown.map((a) => [
    String(a.request), `\`${a.target}\``, clock(a.startMs), `${a.endMs - a.startMs} ms`, clock(a.timeoutMs),
    a.code ? `${code(a.code)}${a.httpStatus ? ` (${a.httpStatus})` : ''}${a.retryAfterMs ? `, asked to wait ${clock(a.retryAfterMs)}` : ''}` : 'answered',
    a.decision, a.delayMs ? `${a.delayMs} ms (${a.delaySource})` : '–',
  ]);
  const summary = run.requests.filter((r) => !plain.includes(r)).map((r) => `- Request ${r.n} (at ${clock(r.atMs)}): ${outcome(r.n)} at ${clock(r.endMs)}.`);
  return [
    '## Attempts',
    '',
    plain.length ? `${plain.length} request${plain.length > 1 ? 's were' : ' was'} answered at once by the first target ${plain.length > 1 ? 'they' : 'it'} tried (${[...new Set(plain.map((r) => `\`${r.finalTarget}\``))].join(', ')}) and ${plain.length > 1 ? 'are' : 'is'} left out of the table.` : 'Every attempt of every request:',
    '',
    ...(rows.length ? [table(['Request', 'Target', 'Start', 'Took', 'Time limit', 'Result', 'Decision', 'Wait before the next'], rows), ''] : []),
    ...summary,
  ];
}

function operatorView(run: ScenarioRun): string[] {
  const out = ['## What an operator sees', ''];
  out.push(run.alerts.length
    ? table(['At', 'Event', 'Target', 'Code'], run.alerts.map((a) => [clock(a.atMs), a.type === 'resolved' ? `resolved (${a.resolves})` : `\`${a.type}\``, a.target ?? '–', a.code ? code(a.code) : '–']))
    : 'No alert: nothing in this run needs a person (the alert hooks fire for keys, models, quotas, an exhausted chain or retry budget).');
  if (run.breakers.length) out.push('', 'Circuit breakers:', '', ...run.breakers.map((b) => `- ${clock(b.atMs)}: \`${b.target}\` ${b.state}`));
  if (run.cooldowns.length) out.push('', 'Cooldowns:', '', ...run.cooldowns.map((c) => `- \`${c.target}\` skipped from ${clock(c.fromMs)} to ${clock(c.untilMs)}`));
  out.push('', 'Prometheus counters (`prometheusMetrics`) at the end of the run:', '', table(['Series', 'Value'], run.metrics.map((m) => [`\`${seriesName(m)}\``, String(m.value)])));
  return out;
}

function stepsTable(s: Scenario, run: ScenarioRun): string[] {
  const results = s.steps.map((st) => ({ st, r: evaluateStep(run, st.check, s.attemptTimeoutMs) }));
  const seeded = results.filter((x) => x.st.seed);
  const own = results.filter((x) => !x.st.seed);
  const out: string[] = [];
  if (seeded.length) {
    const documented = { yes: '✅ Yes', partial: '⚠️ Partial', no: '❌ No' } as const;
    out.push(`## The seed's steps (section ${s.seedSection})`, '', 'The gap analysis listed these steps with what was documented then; the last column is what this run did.', '',
      table(['Step', 'Seed: documented', 'Seed: gap', 'This run'], seeded.map(({ st, r }) => [st.step, documented[st.seed!.documented], st.seed!.gap, `${VERDICT_TEXT[r.verdict]}: ${r.evidence}`])));
  }
  if (own.length) {
    out.push(...(out.length ? [''] : []), seeded.length ? '## More steps' : '## What the run shows', '', table(['Step', 'This run'], own.map(({ st, r }) => [st.step, `${VERDICT_TEXT[r.verdict]}: ${r.evidence}`])));
  }
  return out;
}

function litellmSection(reg: Registry, s: Scenario, run: ScenarioRun): string[] {
  const entries = codesFired(run).map(([c]) => reg.errors.find((e) => e.code === c)).filter((e) => e !== undefined);
  const rows = entries.filter((e) => e.litellm.exception).map((e) => [code(e.code), `\`${e.litellm.exception}\``, e.litellm.retryPolicyKey ? `\`${e.litellm.retryPolicyKey}\`` : 'none (num_retries applies)']);
  return [
    '## Through the LiteLLM proxy',
    '',
    `${cell(s.litellm.text)}${s.litellm.evidence.length ? ` Sources: ${s.litellm.evidence.map(sourceLink).join('; ')}.` : ''}`,
    '',
    ...(rows.length ? ['How LiteLLM raises the codes of this run (from each code\'s entry, with its sources on the code page):', '', table(['Code', 'LiteLLM exception', 'retry_policy key'], rows), ''] : []),
    'The settings of the generated `litellm/proxy_config.yaml` this depends on, and where LiteLLM\'s source says so:',
    '',
    ...s.litellm.notes.map((k) => {
      const n = reg.configNotes[k];
      return `- \`${k}\`: ${cell(n.text)} ${n.evidence.map(sourceLink).join('; ')}`;
    }),
  ];
}

export function scenarioPage(reg: Registry, s: Scenario, run: ScenarioRun): GeneratedFile {
  const fired = codesFired(run);
  const lines = [
    pageHead(`Scenario: ${s.title}`, s.summary, s.title),
    NOTE,
    '',
    `${s.summary}${s.seedSection ? ` This is the seed's simulation ${s.seedSection}.` : ''} Everything below is the record of a run of the executor through this scenario: the real \`openai\` and \`groq-sdk\` clients against mock providers, on fake time with seeded randomness (seed ${SCENARIO_SEED}), with the registry's fallback chain and executor policy. The drift check reruns it: when the executor behaves differently, this page must be regenerated.`,
    '',
    ...setup(reg, s, run),
    '',
    '## Timeline',
    '',
    // The run's record repeats code names dozens of times: kept out of the search index, so a
    // search for an error finds its code page first.
    '<div data-pagefind-ignore>',
    '',
    timelineSvg(run, s.title),
    '',
    ...attemptsTable(run),
    '',
    '</div>',
    '',
    '## Codes that fired',
    '',
    'Each with the first move its playbook entry gives:',
    '',
    ...fired.map(([c, n]) => `- ${code(c)}, ${n} time${n > 1 ? 's' : ''}: ${firstMove(reg, c)} ([playbook](/reference/playbook/#${c.toLowerCase()}))`),
    '',
    '<div data-pagefind-ignore>',
    '',
    ...operatorView(run),
    '',
    '</div>',
    '',
    ...stepsTable(s, run),
    '',
    ...litellmSection(reg, s, run),
    '',
  ];
  return { path: `${SCENARIOS_DIR}/${s.id}.md`, contents: lines.join('\n') };
}

function indexPage(reg: Registry, runs: Record<string, ScenarioRun>): GeneratedFile {
  const rows = reg.scenarios.map((s) => {
    const run = runs[s.id]!;
    const ok = run.requests.filter((r) => r.outcome === 'success').length;
    return [`[${s.title}](${scenarioHref(s.id)})`, s.seedSection ?? '–', s.summary, `${ok} of ${run.requests.length} answered`, codesFired(run).map(([c]) => code(c)).join(', ')];
  });
  return {
    path: `${SCENARIOS_DIR}/index.md`,
    contents: [
      pageHead('Scenarios', 'Failures run through the fallback executor, each page the record of its run.', 'All scenarios'),
      NOTE,
      '',
      'Each scenario injects faults into the fallback chain (rate limits, dead keys, timeouts, outages, broken streams) and runs requests through the executor on fake time. Its page is generated from that run, so it shows what the executor does, not what it is meant to do.',
      '',
      table(['Scenario', 'Seed section', 'What happens', 'Requests', 'Codes that fired'], rows),
      '',
    ].join('\n'),
  };
}

/** Scenario ids by code: where each code fired, for links from code pages and the playbook. */
export function scenariosByCode(reg: Registry, runs: Record<string, ScenarioRun>): Map<string, Array<{ id: string; title: string }>> {
  const out = new Map<string, Array<{ id: string; title: string }>>();
  for (const s of reg.scenarios) for (const [c] of codesFired(runs[s.id]!)) out.set(c, [...(out.get(c) ?? []), { id: s.id, title: s.title }]);
  return out;
}

export function generateScenarioPages(reg: Registry, runs: Record<string, ScenarioRun>): GeneratedFile[] {
  const missing = reg.scenarios.filter((s) => !runs[s.id]);
  if (missing.length) throw new GenerationError(SCENARIOS_DIR, `no run for scenario(s) ${missing.map((s) => s.id).join(', ')}: run them first (scenarios/run.ts)`);
  return [...reg.scenarios.map((s) => scenarioPage(reg, s, runs[s.id]!)), indexPage(reg, runs)];
}
