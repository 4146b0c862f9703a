// What a scenario run shows for each of its steps: whether the run did it, and the evidence from
// the run (which request, target, code and time). Scenario pages mark the seed's steps with it.
import type { StepCheck } from '../registry/schema.js';
import type { RunAttempt, ScenarioRun } from '../scenarios/run.js';
import { codeLink, onSite } from './markdown.js';
import { clock } from './scenario-timeline.js';

export interface StepResult {
  verdict: 'done' | 'not-in-run' | 'elsewhere';
  /** What the run shows (Markdown). */
  evidence: string;
}

const done = (evidence: string): StepResult => ({ verdict: 'done', evidence });
const notSeen = (evidence: string): StepResult => ({ verdict: 'not-in-run', evidence });
/** A code as a link to its page on the site. */
export const code = (c: string) => codeLink(c, onSite);
/** A counter series as Prometheus writes it: `name{k="v",...}`. */
export const seriesName = (m: ScenarioRun['metrics'][number]) => `${m.name}{${Object.entries(m.labels).map(([k, v]) => `${k}="${v}"`).join(',')}}`;
const at = (a: RunAttempt) => `request ${a.request}, ${a.target}, at ${clock(a.startMs)}`;

/** Consecutive attempts of one request on different targets: the switches the run made. */
function switchesOf(run: ScenarioRun): Array<{ from: RunAttempt; to: RunAttempt }> {
  const out: Array<{ from: RunAttempt; to: RunAttempt }> = [];
  for (let i = 1; i < run.attempts.length; i++) {
    const [a, b] = [run.attempts[i - 1]!, run.attempts[i]!];
    if (a.request === b.request && a.target !== b.target) out.push({ from: a, to: b });
  }
  return out;
}

const labelsMatch = (have: Record<string, string>, want: Record<string, string>) => Object.entries(want).every(([k, v]) => have[k] === v);

export function evaluateStep(run: ScenarioRun, check: StepCheck, configuredTimeoutMs: number): StepResult {
  switch (check.kind) {
    case 'code': {
      const hit = run.attempts.find((a) => a.code !== null && check.codes.includes(a.code));
      if (!hit) return notSeen(`none of ${check.codes.map(code).join(', ')} was classified`);
      const status = hit.httpStatus ? ` (HTTP ${hit.httpStatus})` : '';
      const others = [...new Set(run.attempts.filter((a) => a.code !== null && check.codes.includes(a.code) && a.code !== hit.code).map((a) => a.code!))];
      return done(`${code(hit.code!)}${status}: ${at(hit)}${others.length ? `; also ${others.map(code).join(', ')}` : ''}`);
    }
    case 'retry-after': {
      const hit = run.attempts.find((a) => (a.retryAfterMs ?? 0) > 0);
      if (!hit) return notSeen('no failure in this run stated a wait');
      const cool = run.cooldowns.find((c) => c.target === hit.target && c.fromMs === hit.endMs);
      return done(`${code(hit.code!)} asked for ${clock(hit.retryAfterMs!)} (${at(hit)})${cool ? `; ${hit.target} was skipped until ${clock(cool.untilMs)}` : ''}`);
    }
    case 'switch': {
      const s = switchesOf(run)[0];
      if (!s) return notSeen('no request moved to another target');
      return done(`request ${s.from.request}: ${s.from.target} → ${s.to.target} after ${s.from.code ? code(s.from.code) : 'a failure'}, ${clock(s.to.startMs - s.from.endMs)} later`);
    }
    case 'backoff': {
      const hits = run.attempts.filter((a) => a.decision === 'retry-same' && a.delaySource === 'backoff');
      if (!hits.length) return notSeen('no attempt was retried in place');
      const first = hits[0]!;
      const same = hits.filter((a) => a.request === first.request && a.target === first.target);
      return done(`request ${first.request} retried ${first.target} after ${same.map((a) => `${a.delayMs} ms`).join(', then ')} of full-jitter backoff`);
    }
    case 'adaptive-timeout': {
      const hit = run.attempts.find((a) => a.timeoutMs < configuredTimeoutMs);
      return hit
        ? done(`from ${at(hit)} on, attempts ran under ${clock(hit.timeoutMs)} instead of the configured ${clock(configuredTimeoutMs)}`)
        : notSeen(`every attempt ran under the configured ${clock(configuredTimeoutMs)}: no target had the 20 answers an adaptive limit needs (see the hung provider scenario)`);
    }
    case 'alert': {
      const raised = run.alerts.filter((a) => a.type === check.type);
      if (!raised.length) return notSeen(`\`${check.type}\` was not raised`);
      const a = raised[0]!;
      return done(`\`${check.type}\`${a.target ? ` for ${a.target}` : ''}${a.code ? ` (${code(a.code)})` : ''} at ${clock(a.atMs)}; raised ${raised.length === 1 ? 'once' : `${raised.length} times`}`);
    }
    case 'metric': {
      const series = run.metrics.filter((m) => m.name === check.metric && labelsMatch(m.labels, check.labels));
      if (!series.length) return notSeen(`\`${check.metric}\` did not move for ${JSON.stringify(check.labels)}`);
      return done(series.map((m) => `\`${seriesName(m)}\` = ${m.value}`).join('; '));
    }
    case 'preempted': {
      const first = run.targets[0]!.id;
      const blocked = (t: number) => run.cooldowns.some((c) => c.target === first && t >= c.fromMs && t < c.untilMs)
        || run.breakers.filter((b) => b.target === first && b.atMs <= t).at(-1)?.state === 'open';
      const skipped = run.requests.filter((q) => {
        const a = run.attempts.find((x) => x.request === q.n);
        return a !== undefined && a.target !== first && !blocked(a.startMs);
      });
      if (!skipped.length) return notSeen(`no request found ${first}'s limits full`);
      const to = [...new Set(skipped.map((q) => run.attempts.find((x) => x.request === q.n)!.target))].join(', ');
      const failed = skipped.filter((q) => run.attempts.some((x) => x.request === q.n && x.code !== null)).length;
      return done(`${skipped.length} request${skipped.length > 1 ? 's' : ''} from ${clock(skipped[0]!.atMs)} on went to ${to} without trying ${first}, which was healthy but had no room left in its rate-limit windows; ${failed ? `${failed} of them then failed` : 'none of them met a 429'}`);
    }
    case 'breaker': {
      const hit = run.breakers.find((b) => b.state === check.state);
      return hit ? done(`${hit.target}'s breaker went ${check.state} at ${clock(hit.atMs)}`) : notSeen(`no breaker went ${check.state}`);
    }
    case 'exhausted': {
      const r = run.requests.find((q) => q.outcome === 'exhausted');
      if (!r) return notSeen('every request found a target');
      const n = run.attempts.filter((a) => a.request === r.n).length;
      return done(`request ${r.n} failed at ${clock(r.endMs)} with ${code('litellm-fallback-exhausted')} carrying its ${n} attempts`);
    }
    case 'stream-partial': {
      const r = run.requests.find((q) => q.outcome === 'interrupted');
      return r
        ? done(`request ${r.n} received "${r.text}" from ${r.finalTarget}, then StreamInterruptedError (${code(r.code!)}) with that text; nothing from another target was appended`)
        : notSeen('no stream broke after its first chunk');
    }
    case 'elsewhere':
      return { verdict: 'elsewhere', evidence: `${check.text} ([how](${check.link}))` };
  }
}

export const VERDICT_TEXT: Record<StepResult['verdict'], string> = {
  done: '✅ Done in this run',
  'not-in-run': '❌ Not in this run',
  elsewhere: '➡️ Not the executor\'s job',
};
