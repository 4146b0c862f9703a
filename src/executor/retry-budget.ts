// A retry budget shared by every request of one executor (Finagle and gRPC style): retries, the
// attempts after a request's first, may be at most `ratio` of the requests seen in the last
// `windowMs`, plus a floor of `minPerSecond`. When a provider is down for everyone, requests stop
// multiplying into retries and fail over or fail fast instead.
export class RetryBudget {
  #requests: number[] = [];
  #retries: number[] = [];

  constructor(private readonly policy: { ratio: number; windowMs: number; minPerSecond: number }) {}

  recordRequest(now: number): void {
    this.#requests.push(now);
  }

  /** Spends one retry if the budget allows it. */
  tryRetry(now: number): boolean {
    this.#prune(now);
    const allowed = Math.max(this.policy.minPerSecond * (this.policy.windowMs / 1000), this.policy.ratio * this.#requests.length);
    if (this.#retries.length >= allowed) return false;
    this.#retries.push(now);
    return true;
  }

  #prune(t: number): void {
    const from = t - this.policy.windowMs;
    while (this.#requests.length && this.#requests[0]! <= from) this.#requests.shift();
    while (this.#retries.length && this.#retries[0]! <= from) this.#retries.shift();
  }
}
