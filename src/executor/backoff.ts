// Full-jitter exponential backoff: a uniform wait in [0, min(cap, base * factor^n)). Spreading the
// whole range (not ±10% around a fixed step) is what keeps a thousand clients that failed together
// from retrying together (AWS Architecture Blog, "Exponential Backoff And Jitter").

/** The wait before same-target retry number `retry` (0 for the first retry). */
export function fullJitter(retry: number, baseMs: number, factor: number, capMs: number, random: () => number): number {
  const ceiling = Math.min(capMs, baseMs * factor ** retry);
  return Math.floor(random() * ceiling);
}
