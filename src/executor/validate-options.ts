// createExecutor's options are checked when the executor is made, not on the first failure: an
// empty chain or two targets with one id would otherwise surface later as "every target failed"
// or as one target's cooldown silently applying to another.
import type { Target } from './types.js';

/** Throws a TypeError naming the option (and the target's index) that cannot work. */
export function checkExecutorOptions(options: { targets: unknown; attemptTimeoutMs?: unknown }): void {
  const { targets, attemptTimeoutMs } = options;
  if (!Array.isArray(targets) || targets.length === 0) {
    throw new TypeError("createExecutor: targets must list at least one target, e.g. targetsFromRegistry('groq-primary')");
  }
  const seen = new Map<string, number>();
  (targets as unknown[]).forEach((t, i) => {
    const id = (t as Partial<Target> | null)?.id;
    if (typeof id !== 'string' || id.trim() === '') throw new TypeError(`createExecutor: targets[${i}] needs an id (a non-empty string)`);
    const first = seen.get(id);
    if (first !== undefined) throw new TypeError(`createExecutor: targets[${i}] has the id '${id}' of targets[${first}]; ids key cooldowns and breakers, so each must be unique`);
    seen.set(id, i);
  });
  if (attemptTimeoutMs !== undefined && !(typeof attemptTimeoutMs === 'number' && Number.isFinite(attemptTimeoutMs) && attemptTimeoutMs > 0)) {
    throw new TypeError(`createExecutor: attemptTimeoutMs must be a positive number of milliseconds, not ${String(attemptTimeoutMs)}`);
  }
}
