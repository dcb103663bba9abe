/** What the limiter says about one more command from a sender. */
export type RateDecision =
  | { kind: "allowed" }
  /** Over the limit: say so once, with the time until the oldest command of the window runs out. */
  | { kind: "slow_down"; retryAfterMs: number }
  /** Over the limit and already told: stay silent, so a flood cannot make the bot flood back. */
  | { kind: "silent" };

const WINDOW_MS = 60_000;

/**
 * Commands per budget per minute (a sliding window). The first refused command gets one
 * answer saying when commands work again; further ones before then get none. Once a
 * command is allowed again, the next flood is told again.
 */
export class RateLimiter {
  readonly #perMinute: number;
  readonly #now: () => number;
  readonly #recent = new Map<string, number[]>();
  readonly #told = new Set<string>();

  constructor(perMinute: number, now: () => number = Date.now) {
    this.#perMinute = perMinute;
    this.#now = now;
  }

  /** `budget` names whose allowance it is: a sender in project rooms, the same sender in direct messages, … */
  take(budget: string): RateDecision {
    const now = this.#now();
    const recent = (this.#recent.get(budget) ?? []).filter((at) => now - at < WINDOW_MS);
    this.#recent.set(budget, recent);
    if (recent.length < this.#perMinute) {
      recent.push(now);
      this.#told.delete(budget);
      return { kind: "allowed" };
    }
    if (this.#told.has(budget)) return { kind: "silent" };
    this.#told.add(budget);
    return { kind: "slow_down", retryAfterMs: recent[0]! + WINDOW_MS - now };
  }
}
