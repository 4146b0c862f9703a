// The model lifecycle calendar: every registry model with its stage, announcement, shutdown date,
// replacement and the provider page that says so, ordered by the day it stops answering. "Within
// 90 days" is counted from the day the dates were last checked (the newest `checkedOn`), never from
// the build clock, so the page is a pure function of the registry; `doctor` does the live count.
import type { Registry } from '../registry/schema.js';
import { shutdownStatus, SHUTDOWN_WARNING_DAYS } from '../src/data/lifecycle.js';
import { table } from './markdown.js';

export const CALENDAR_SLUG = 'reference/model-lifecycle';
export const CALENDAR_LINK = `/${CALENDAR_SLUG}/`;

type Model = Registry['models'][number];

/** The day a model stops (or stopped) answering, if its provider has named one. */
export function endOf(m: Model): string | undefined {
  return m.lifecycle.stage === 'retired' ? m.lifecycle.retiredOn : m.lifecycle.shutdownOn;
}

/** The newest `checkedOn` in the registry: the day "within 90 days" is counted from. */
export function checkedAsOf(reg: Registry): string | undefined {
  return reg.models.map((m) => m.lifecycle.checkedOn).filter((d): d is string => Boolean(d)).sort().at(-1);
}

/** Models that end first come first; models with no announced end follow, by provider and id. */
export function calendarOrder(models: readonly Model[]): Model[] {
  const key = (m: Model) => endOf(m) ?? '9999-12-31';
  return [...models].sort((a, b) => key(a).localeCompare(key(b)) || a.provider.localeCompare(b.provider) || a.id.localeCompare(b.id));
}

function stageText(m: Model, asOfMs: number | undefined): string {
  if (m.lifecycle.stage === 'retired') return '**retired**';
  if (m.lifecycle.stage !== 'deprecated' || asOfMs === undefined) return m.lifecycle.stage;
  const status = shutdownStatus(m, asOfMs);
  if (status.kind === 'past') return '**shut down**';
  if (status.kind === 'soon') return `**deprecated, ${status.daysLeft} ${status.daysLeft === 1 ? "day" : "days"} left**`;
  return 'deprecated';
}

function row(reg: Registry, m: Model, asOfMs: number | undefined): string[] {
  const groups = reg.deployments.filter((d) => d.provider === m.provider && d.model === m.id).map((d) => `\`${d.modelName}\``);
  const provider = reg.providers.find((p) => p.id === m.provider)?.name ?? m.provider;
  const l = m.lifecycle;
  const source = l.source ? `[${new URL(l.source).hostname}](${l.source})${l.checkedOn ? `, checked ${l.checkedOn}` : ''}` : '–';
  return [
    `\`${m.id}\``, provider, groups.join(', ') || '–', stageText(m, asOfMs), l.announcedOn ?? '–', endOf(m) ?? 'none announced',
    l.replacement ? `\`${l.replacement}\`` : '–', source, l.note ?? '',
  ];
}

export function renderModelCalendar(reg: Registry): string {
  const asOf = checkedAsOf(reg);
  const asOfMs = asOf ? Date.parse(`${asOf}T00:00:00Z`) : undefined;
  const soon = reg.models.filter((m) => asOfMs !== undefined && shutdownStatus(m, asOfMs).kind === 'soon');
  return [
    `Every model the registry knows, in the order they stop answering. A **Config** entry means the generated LiteLLM config uses it. Dates come from each provider's own deprecations page; ${asOf ? `they were last checked on ${asOf}, and "days left" counts from that day` : 'no date has been checked yet'}.`,
    '',
    `\`provider-fallback doctor\` reads the same dates against today's date: it warns about a model in your config from ${SHUTDOWN_WARNING_DAYS} days before its shutdown and fails after it, naming the replacement. Registry validation refuses a generated config whose model is past its shutdown.`,
    '',
    soon.length ? `:::caution[Shutting down within ${SHUTDOWN_WARNING_DAYS} days of ${asOf}]\n${soon.map((m) => `- \`${m.id}\` (${m.provider}) on ${endOf(m)}: use \`${m.lifecycle.replacement}\`.`).join('\n')}\n:::` : `No model shuts down within ${SHUTDOWN_WARNING_DAYS} days of ${asOf ?? 'the last check'}.`,
    '',
    table(['Model', 'Provider', 'Config', 'Status', 'Announced', 'Shutdown', 'Replacement', 'Source', 'Note'], calendarOrder(reg.models).map((m) => row(reg, m, asOfMs))),
  ].join('\n');
}
