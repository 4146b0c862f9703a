// Alert cross-checks: every entry's rule exists, every rule detects some entry, and every rule reads
// only metrics and labels that exist (registry/alerts.ts `metrics`, read from LiteLLM's source).
import type { Problem, Origins } from './validate.js';
import type { Registry } from './schema.js';

const RULES_FILE = 'registry/alerts.ts';

export function alertProblems(reg: Registry, origins: Origins): Problem[] {
  const problems: Problem[] = [];
  const used = new Set<string>();
  reg.errors.forEach((e, i) => {
    if (!e.alert.fires) return;
    used.add(e.alert.rule);
    if (!Object.hasOwn(reg.alertRules, e.alert.rule)) {
      problems.push({ file: origins.errors?.[i], entry: `errors[${e.code}]`, field: 'alert.rule', message: `'${e.alert.rule}' is not a rule in ${RULES_FILE}` });
    }
  });
  for (const [name, rule] of Object.entries(reg.alertRules)) {
    const push = (field: string, message: string) => problems.push({ file: RULES_FILE, entry: `alertRules[${name}]`, field, message });
    if (!used.has(name)) push('(entry)', 'no error entry names this rule in alert.rule');
    const s = rule.signal;
    const reads: Array<[field: string, metric: string, labels: string[]]> = [['signal.metric', s.metric, [...Object.keys(s.labels), ...s.by]]];
    if (s.kind === 'ratio') reads.push(['signal.total', s.total, [...Object.keys(s.totalLabels), ...s.by]]);
    for (const [field, metric, labels] of reads) {
      const known = reg.metrics.names[metric];
      if (!known) { push(field, `'${metric}' is not a known metric (registry/alerts.ts metrics.names)`); continue; }
      for (const l of labels) if (!known.includes(l)) push(field, `${metric} has no label '${l}' (it has ${known.join(', ')})`);
    }
  }
  return problems;
}

/** Executor alerts: their runbook code exists and their expressions read only the executor's metrics. */
export function executorAlertProblems(reg: Registry, metricNames: readonly string[]): Problem[] {
  const file = 'registry/executor-alerts.ts';
  const codes = new Set(reg.errors.map((e) => e.code));
  return reg.executorAlerts.flatMap((a) => {
    const push = (field: string, message: string): Problem => ({ file, entry: `executorAlerts[${a.name}]`, field, message });
    const out: Problem[] = [];
    if (!codes.has(a.code)) out.push(push('code', `'${a.code}' is not a registry code`));
    for (const m of a.expr.match(/\bllm_[a-z_]+/g) ?? []) {
      if (!metricNames.includes(m)) out.push(push('expr', `'${m}' is not a metric the executor registers (${metricNames.join(', ')})`));
    }
    return out;
  });
}
