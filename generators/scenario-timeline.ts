// A scenario run as an SVG timeline: one lane per target with its attempts (answered, failed,
// timed out), its cooldowns and open breakers under it, and the alerts on a lane of their own.
// Inline in the page, so site/styles/custom.css colours it from Starlight's light or dark theme;
// shapes and the legend carry the meaning too, and the <title>/<desc> give a text alternative.
import type { ScenarioRun } from '../scenarios/run.js';

const WIDTH = 760;
const LABEL = 170;
const LANE = 34;
const TOP = 28;
const PLOT = WIDTH - LABEL - 16;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Seconds with one decimal, or minutes past two minutes. */
export function clock(ms: number): string {
  return ms >= 120_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${(ms / 1000).toFixed(1)} s`;
}

/** The end of the picture: the last request, attempt or alert, plus a margin. */
function horizonOf(run: ScenarioRun): number {
  const ends = [...run.requests.map((r) => r.endMs), ...run.attempts.map((a) => a.endMs), ...run.alerts.map((a) => a.atMs)];
  return Math.max(1_000, Math.ceil((Math.max(...ends) * 1.05) / 1_000) * 1_000);
}

function ticks(horizon: number): number[] {
  const steps = [1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000];
  const step = steps.find((s) => horizon / s <= 8) ?? 3_600_000;
  return Array.from({ length: Math.floor(horizon / step) + 1 }, (_, i) => i * step);
}

export function timelineSvg(run: ScenarioRun, title: string): string {
  const horizon = horizonOf(run);
  const x = (ms: number) => LABEL + (Math.min(ms, horizon) / horizon) * PLOT;
  const lanes = run.targets.map((t) => t.id);
  const laneY = (target: string) => TOP + LANE * (lanes.indexOf(target) + 1);
  const height = TOP + LANE * (lanes.length + 1) + 44;
  const parts: string[] = [];
  for (const t of ticks(horizon)) parts.push(`<line class="tl-grid" x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${TOP - 6}" y2="${height - 40}"/><text class="tl-axis" x="${x(t).toFixed(1)}" y="${TOP - 10}" text-anchor="middle">${esc(clock(t))}</text>`);
  parts.push(`<text class="tl-label" x="8" y="${TOP + LANE / 2 + 4}">alerts</text>`);
  lanes.forEach((id) => parts.push(`<text class="tl-label" x="8" y="${laneY(id) + LANE / 2 + 4}">${esc(id)}</text>`));
  for (const c of run.cooldowns) parts.push(`<rect class="tl-cool" x="${x(c.fromMs).toFixed(1)}" y="${laneY(c.target) + LANE - 9}" width="${Math.max(1, x(c.untilMs) - x(c.fromMs)).toFixed(1)}" height="4"><title>${esc(`${c.target} cooling down ${clock(c.fromMs)} to ${clock(c.untilMs)}`)}</title></rect>`);
  for (const b of run.breakers.filter((b) => b.state === 'open')) {
    const next = run.breakers.find((n) => n.target === b.target && n.atMs > b.atMs);
    const end = next?.atMs ?? horizon;
    parts.push(`<rect class="tl-open" x="${x(b.atMs).toFixed(1)}" y="${laneY(b.target) + LANE - 4}" width="${Math.max(1, x(end) - x(b.atMs)).toFixed(1)}" height="3"><title>${esc(`${b.target} breaker open ${clock(b.atMs)} to ${clock(end)}`)}</title></rect>`);
  }
  for (const a of run.attempts) {
    const kind = a.code === null ? 'ok' : a.code === 'timeout-error' && a.endMs - a.startMs >= a.timeoutMs ? 'hung' : 'fail';
    const w = Math.max(2, x(a.endMs) - x(a.startMs));
    const label = `request ${a.request} on ${a.target} at ${clock(a.startMs)}: ${a.code ?? 'answered'}${a.delayMs ? `, then ${a.delaySource} wait ${clock(a.delayMs)}` : ''}`;
    parts.push(`<rect class="tl-${kind}" x="${x(a.startMs).toFixed(1)}" y="${laneY(a.target) + 4}" width="${w.toFixed(1)}" height="${LANE - 16}" rx="2"><title>${esc(label)}</title></rect>`);
  }
  for (const al of run.alerts) {
    const cx = x(al.atMs);
    const cls = al.type === 'resolved' ? 'tl-resolved' : 'tl-alert';
    parts.push(`<path class="${cls}" d="M${cx.toFixed(1)} ${TOP + 8} l6 12 h-12 z"><title>${esc(`${al.type}${al.resolves ? ` (${al.resolves})` : ''}${al.target ? ` for ${al.target}` : ''} at ${clock(al.atMs)}`)}</title></path>`);
  }
  const ly = height - 18;
  const legend: Array<[string, string]> = [['tl-ok', 'answered'], ['tl-fail', 'failed'], ['tl-hung', 'timed out'], ['tl-cool', 'cooldown'], ['tl-open', 'breaker open'], ['tl-alert', 'alert'], ['tl-resolved', 'resolved']];
  legend.forEach(([cls, text], i) => {
    const lx = LABEL - 40 + i * 90;
    parts.push(cls === 'tl-alert' || cls === 'tl-resolved' ? `<path class="${cls}" d="M${lx + 6} ${ly - 6} l6 12 h-12 z"/>` : `<rect class="${cls}" x="${lx}" y="${ly - 5}" width="14" height="${cls === 'tl-cool' || cls === 'tl-open' ? 4 : 10}"/>`);
    parts.push(`<text class="tl-axis" x="${lx + 18}" y="${ly + 4}">${text}</text>`);
  });
  const desc = timelineDescription(run, horizon);
  const id = `tl-${run.id}`;
  return `<svg class="scenario-timeline" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${esc(`Timeline of the ${title.toLowerCase()} scenario`)}</title><desc id="${id}-desc">${esc(desc)}</desc>${parts.join('')}</svg>`;
}

/** The text alternative: what the picture shows, in a few sentences. */
function timelineDescription(run: ScenarioRun, horizon: number): string {
  const failed = run.attempts.filter((a) => a.code !== null).length;
  const by = (t: string) => run.requests.filter((r) => r.finalTarget === t && r.outcome === 'success').length;
  const served = run.targets.map((t) => `${t.id} answered ${by(t.id)}`).join(', ');
  const lost = run.requests.filter((r) => r.outcome !== 'success').length;
  return `${run.requests.length} requests over ${clock(horizon)}: ${run.attempts.length} attempts, ${failed} of them failed. ${served}${lost ? `; ${lost} request${lost > 1 ? 's' : ''} did not succeed` : ''}. ${run.cooldowns.length} cooldowns, ${run.breakers.filter((b) => b.state === 'open').length} breaker openings, ${run.alerts.length} alert events. The attempts table below lists every attempt.`;
}
