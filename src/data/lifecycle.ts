// Where a model stands against its provider's announced shutdown on a given day. Shared by
// registry validation (a chain's model past its shutdown is an error) and doctor (warn from
// 90 days before, fail after). The day is always passed in, so tests inject it.
import type { ModelView } from './types.js';

/** doctor warns this many days before a shutdown. */
export const SHUTDOWN_WARNING_DAYS = 90;
const DAY_MS = 86_400_000;

export type ShutdownStatus =
  | { kind: 'none' }
  | { kind: 'soon'; shutdownOn: string; daysLeft: number; replacement: string }
  | { kind: 'past'; shutdownOn: string; replacement: string };

export function shutdownStatus(model: Pick<ModelView, 'lifecycle'>, nowMs: number): ShutdownStatus {
  const end = model.lifecycle.stage === 'deprecated' ? model.lifecycle.shutdownOn : undefined;
  if (!end) return { kind: 'none' };
  const replacement = model.lifecycle.replacement ?? 'the replacement the provider names';
  const daysLeft = Math.ceil((Date.parse(`${end}T00:00:00Z`) - nowMs) / DAY_MS);
  if (daysLeft <= 0) return { kind: 'past', shutdownOn: end, replacement };
  if (daysLeft <= SHUTDOWN_WARNING_DAYS) return { kind: 'soon', shutdownOn: end, daysLeft, replacement };
  return { kind: 'none' };
}
