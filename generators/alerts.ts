// ops/prometheus/litellm-alerts.yml and its promtool unit tests, from registry/alerts.ts: each rule's
// PromQL is written from its structured signal, and each rule gets two tests, one with synthetic
// metrics above its threshold (it must fire) and one below (it must stay quiet).
import { stringify } from 'yaml';
import type { AlertRule, AlertSignal, ErrorEntry, Registry } from '../registry/schema.js';
import { hashHeader } from './header.js';
import { GenerationError, type GeneratedFile } from './types.js';

export const ALERTS_PATH = 'ops/prometheus/litellm-alerts.yml';
export const ALERT_TESTS_PATH = 'ops/prometheus/litellm-alerts.test.yml';

/** `{a="x",b=~"5.."}` from the registry's matcher form (`x`, `=~5..`, `!=x`, `!~re`). */
function selector(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(([k, v]) => {
    const op = /^(=~|!=|!~)/.exec(v)?.[1];
    return op ? `${k}${op}"${v.slice(op.length)}"` : `${k}="${v}"`;
  });
  return parts.length ? `{${parts.join(',')}}` : '';
}

function sumBy(by: readonly string[]): string {
  return by.length ? `sum by (${by.join(', ')})` : 'sum';
}

export function promql(rule: AlertRule): string {
  const s = rule.signal;
  const w = rule.window;
  switch (s.kind) {
    case 'count': return `${sumBy(s.by)} (increase(${s.metric}${selector(s.labels)}[${w}])) > ${rule.threshold}`;
    case 'ratio': return `(\n  ${sumBy(s.by)} (rate(${s.metric}${selector(s.labels)}[${w}]))\n/\n  ${sumBy(s.by)} (rate(${s.total}${selector(s.totalLabels)}[${w}]))\n) > ${rule.threshold}`;
    case 'gauge': return `${s.by.length ? `max by (${s.by.join(', ')})` : 'max'} (${s.metric}${selector(s.labels)}) ${s.op} ${rule.threshold}`;
  }
}

/** The rule in words, for the docs and the playbook: derived, so it cannot disagree with the PromQL. */
export function describeAlert(name: string, rule: AlertRule): string {
  const s = rule.signal;
  const per = s.by.length ? ` per ${s.by.join(' and ')}` : '';
  const held = rule.for === '0m' ? '' : `, for ${rule.for}`;
  const what = s.kind === 'count'
    ? `more than ${rule.threshold} \`${s.metric}${selector(s.labels)}\` in ${rule.window}${per}`
    : s.kind === 'ratio'
      ? `more than ${+(rule.threshold * 100).toFixed(2)}% of \`${s.total}${selector(s.totalLabels)}\` are \`${s.metric}${selector(s.labels)}\` over ${rule.window}${per}`
      : `\`${s.metric}${selector(s.labels)}\` ${s.op} ${rule.threshold}${per}`;
  return `${name} (${rule.severity}): ${what}${held}`;
}

/** What an entry's alert is, in words: its rule's condition, or why no rule can see it. */
export function alertText(reg: Registry, e: ErrorEntry): string {
  if (!e.alert.fires) return `no Prometheus alert: ${e.alert.why}`;
  const rule = reg.alertRules[e.alert.rule];
  return rule ? describeAlert(e.alert.rule, rule) : e.alert.rule;
}

/** The entries each rule detects, in registry order; the first one's page is the runbook. */
export function entriesByRule(reg: Registry): Map<string, ErrorEntry[]> {
  const byRule = new Map<string, ErrorEntry[]>(Object.keys(reg.alertRules).map((n) => [n, []]));
  for (const e of reg.errors) if (e.alert.fires && e.lifecycle !== 'removed') byRule.get(e.alert.rule)?.push(e);
  return byRule;
}

export function runbook(reg: Registry, code: string): string {
  return `${reg.site.localUrl}/errors/${code.toLowerCase()}/`;
}

function ruleYaml(reg: Registry, name: string, rule: AlertRule, entries: ErrorEntry[]) {
  const primary = entries[0]!;
  return {
    alert: name,
    expr: promql(rule),
    ...(rule.for === '0m' ? {} : { for: rule.for }),
    labels: { severity: rule.severity, code: primary.code },
    annotations: annotations(reg, name, rule, entries),
  };
}

function annotations(reg: Registry, name: string, rule: AlertRule, entries: ErrorEntry[]) {
  return {
    summary: rule.summary,
    description: `Fires when ${describeAlert(name, rule).replace(/^\S+ \(\w+\): /, '')}. Registry codes: ${entries.map((e) => e.code).join(', ')}.`,
    runbook_url: runbook(reg, entries[0]!.code),
  };
}

/** An annotation as Prometheus renders it for a series: only {{ $labels.x }} templates are allowed. */
export function rendered(text: string, labels: Record<string, string>): string {
  return text.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, l: string) => labels[l] ?? '');
}

// --- unit tests -------------------------------------------------------------------------------

const minutes = (d: string) => Number(d.slice(0, -1)) * ({ s: 1 / 60, m: 1, h: 60, d: 1440 } as Record<string, number>)[d.slice(-1)]!;

/** A concrete label value that satisfies a matcher (`5..` -> `500`, `408|504` -> `408`). */
function exampleValue(name: string, label: string, matcher: string): string {
  if (matcher.startsWith('!=') || matcher.startsWith('!~')) return 'other';
  if (!matcher.startsWith('=~')) return matcher;
  const re = matcher.slice(2);
  const value = re.split('|')[0]!.replace(/\./g, '0');
  if (!new RegExp(`^(?:${re})$`).test(value)) throw new GenerationError(ALERT_TESTS_PATH, `alert ${name}: no example value for ${label}=~"${re}"; use a simple alternation`);
  return value;
}

function seriesLabels(name: string, labels: Record<string, string>, by: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) out[k] = exampleValue(name, k, v);
  for (const k of by) out[k] ??= 'example';
  return out;
}

function series(metric: string, labels: Record<string, string>, values: string) {
  return { series: `${metric}${selector(labels)}`, values };
}

/** Input series that put the signal above (fire) or below (quiet) the threshold, per minute. */
function inputs(name: string, rule: AlertRule, fire: boolean, length: number) {
  const s: AlertSignal = rule.signal;
  const t = rule.threshold;
  const labels = seriesLabels(name, s.labels, s.by);
  switch (s.kind) {
    case 'count': {
      const step = fire ? t + 1 : t > 0 ? t / (2 * minutes(rule.window!)) : 0;
      return [series(s.metric, labels, `0+${step}x${length}`)];
    }
    case 'ratio': {
      const total = 10;
      const failing = fire ? Math.min(total, t * total * 2 + 1) : (t * total) / 2;
      const totalLabels = seriesLabels(name, s.totalLabels, s.by);
      return [series(s.metric, labels, `0+${failing}x${length}`), series(s.total, totalLabels, `0+${total}x${length}`)];
    }
    case 'gauge': {
      const holds = { '==': t, '!=': t + 1, '>': t + 1, '<': t - 1, '>=': t, '<=': t }[s.op];
      const breaks = { '==': t + 1, '!=': t, '>': t, '<': t, '>=': t - 1, '<=': t + 1 }[s.op];
      return [series(s.metric, labels, `${fire ? holds : breaks}x${length}`)];
    }
  }
}

function ruleTests(reg: Registry, name: string, rule: AlertRule, entries: ErrorEntry[]) {
  const code = entries[0]!.code;
  const notes = annotations(reg, name, rule, entries);
  const evalMinutes = Math.ceil((rule.window ? minutes(rule.window) : 0) + minutes(rule.for) + 3);
  const length = evalMinutes + 5;
  const byLabels = seriesLabels(name, Object.fromEntries(rule.signal.by.map((k) => [k, rule.signal.labels[k] ?? 'example'])), []);
  const test = (fire: boolean) => ({
    name: `${name} ${fire ? 'fires above' : 'stays quiet below'} its threshold`,
    interval: '1m',
    input_series: inputs(name, rule, fire, length),
    alert_rule_test: [{
      eval_time: `${evalMinutes}m`,
      alertname: name,
      exp_alerts: fire ? [{
        exp_labels: { severity: rule.severity, code, ...byLabels },
        exp_annotations: Object.fromEntries(Object.entries(notes).map(([k, v]) => [k, rendered(v, byLabels)])),
      }] : [],
    }],
  });
  return [test(true), test(false)];
}

export function generateAlerts(reg: Registry): GeneratedFile[] {
  const byRule = entriesByRule(reg);
  const rules = Object.entries(reg.alertRules).map(([name, rule]) => {
    const entries = byRule.get(name)!;
    if (entries.length === 0) throw new GenerationError(ALERTS_PATH, `alert rule ${name} (registry/alerts.ts) detects no error entry; name it in an entry's alert.rule or remove it`);
    return { name, rule, entries };
  });
  const header = `${hashHeader('registry/alerts.ts and registry/errors/')}# Rules over LiteLLM's Prometheus metrics (litellm_settings.callbacks: [prometheus]; the Redis and
# Postgres rules also need service_callback: [prometheus_system]). Each rule's \`code\` label names
# the registry entry whose page is its runbook; the description lists every code it detects.
# Check: promtool check rules ${ALERTS_PATH}
# Test:  promtool test rules ${ALERT_TESTS_PATH}
`;
  const alerts = stringify({ groups: [{ name: 'provider-fallback', rules: rules.map((r) => ruleYaml(reg, r.name, r.rule, r.entries)) }] }, { lineWidth: 0 });
  const tests = stringify({
    rule_files: ['litellm-alerts.yml'],
    evaluation_interval: '1m',
    tests: rules.flatMap((r) => ruleTests(reg, r.name, r.rule, r.entries)),
  }, { lineWidth: 0 });
  return [
    { path: ALERTS_PATH, contents: header + alerts },
    { path: ALERT_TESTS_PATH, contents: `${hashHeader('registry/alerts.ts')}# Every rule above its threshold (it must fire) and below it (it must stay quiet).\n${tests}` },
  ];
}
