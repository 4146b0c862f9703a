// Alert hooks: typed events for what an operator must act on, deduplicated per (event, target,
// code) within a window, each closed by one `resolved` event when the target next answers.
import type { ErrorCategory } from '../generated/enums.js';

export type AlertType = 'target.misconfigured' | 'quota.exhausted' | 'chain.exhausted' | 'retry_budget.exhausted';

export interface AlertEvent {
  type: AlertType | 'resolved';
  /** For `resolved`, the alert it closes. */
  resolves?: AlertType;
  target: string | null;
  code: string | null;
  at: number;
}

export const ALERT_DEDUP_MS = 600_000;

/** The alert a failure of this category raises about its target, if any. */
export function alertFor(category: ErrorCategory): AlertType | null {
  if (category === 'AUTH' || category === 'MODEL_UNAVAILABLE' || category === 'CONFIG') return 'target.misconfigured';
  if (category === 'QUOTA') return 'quota.exhausted';
  return null;
}

export class Alerts {
  #open = new Map<string, { type: AlertType; target: string | null; code: string | null; at: number }>();

  constructor(private readonly emit: (e: AlertEvent) => void) {}

  raise(type: AlertType, target: string | null, code: string | null, at: number): void {
    const key = `${type}|${target}|${code}`;
    const prior = this.#open.get(key);
    if (prior && at - prior.at < ALERT_DEDUP_MS) return;
    this.#open.set(key, { type, target, code, at });
    this.emit({ type, target, code, at });
  }

  /** The target answered: close every alert open about it. */
  recovered(target: string, at: number): void {
    for (const [key, a] of this.#open) {
      if (a.target !== target) continue;
      this.#open.delete(key);
      this.emit({ type: 'resolved', resolves: a.type, target, code: a.code, at });
    }
  }
}
