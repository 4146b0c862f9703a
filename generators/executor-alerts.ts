// ops/prometheus/executor-alerts.yml and its promtool unit tests, from registry/executor-alerts.ts:
// alerts over the metrics prometheusMetrics() registers for the fallback executor. Each rule is
// tested firing on its example series and staying quiet on the quiet ones.
import { stringify } from 'yaml';
import type { Registry } from '../registry/schema.js';
import { rendered, runbook } from './alerts.js';
import { hashHeader } from './header.js';
import type { GeneratedFile } from './types.js';

const EXECUTOR_ALERTS_PATH = 'ops/prometheus/executor-alerts.yml';
const EXECUTOR_ALERT_TESTS_PATH = 'ops/prometheus/executor-alerts.test.yml';

type Alert = Registry['executorAlerts'][number];

function rule(reg: Registry, a: Alert) {
  return {
    alert: a.name,
    expr: a.expr,
    ...(a.for === '0m' ? {} : { for: a.for }),
    labels: { severity: a.severity, code: a.code },
    annotations: { summary: a.summary, runbook_url: runbook(reg, a.code) },
  };
}

function tests(reg: Registry, a: Alert) {
  const test = (fire: boolean) => ({
    interval: '1m',
    input_series: a.example.series.map((s) => ({ series: s.series, values: fire ? s.fire : s.quiet })),
    alert_rule_test: [{
      eval_time: '15m',
      alertname: a.name,
      exp_alerts: fire ? [{
        exp_labels: { severity: a.severity, code: a.code, ...a.example.labels },
        exp_annotations: { summary: rendered(a.summary, a.example.labels), runbook_url: runbook(reg, a.code) },
      }] : [],
    }],
  });
  return [test(true), test(false)];
}

export function generateExecutorAlerts(reg: Registry): GeneratedFile[] {
  const header = `${hashHeader('registry/executor-alerts.ts')}# Rules over the fallback executor's metrics (prometheusMetrics in src/executor/metrics.ts).
# Check: promtool check rules ${EXECUTOR_ALERTS_PATH}
# Test:  promtool test rules ${EXECUTOR_ALERT_TESTS_PATH}
`;
  return [
    { path: EXECUTOR_ALERTS_PATH, contents: header + stringify({ groups: [{ name: 'provider-fallback-executor', rules: reg.executorAlerts.map((a) => rule(reg, a)) }] }, { lineWidth: 0 }) },
    {
      path: EXECUTOR_ALERT_TESTS_PATH,
      contents: `${hashHeader('registry/executor-alerts.ts')}# Every rule on its example series (it must fire) and on the quiet ones (it must not).\n${stringify({ rule_files: ['executor-alerts.yml'], evaluation_interval: '1m', tests: reg.executorAlerts.flatMap((a) => tests(reg, a)) }, { lineWidth: 0 })}`,
    },
  ];
}
