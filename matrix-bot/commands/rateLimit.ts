/**
 * Commands per sender per minute. The first refused command gets one "slow down" answer;
 * further ones in the same minute are ignored, so a flood cannot make the bot flood back.
 */
export class RateLimiter {
  readonly #perMinute: number;
  readonly #now: () => number;
  readonly #recent = new Map<string, number[]>();
  readonly #warned = new Set<string>();

  constructor(perMinute: number, now: () => number = Date.now) {
    this.#perMinute = perMinute;
    this.#now = now;
  }

  take(sender: string): "allowed" | "warn" | "ignore" {
    const now = this.#now();
    const recent = (this.#recent.get(sender) ?? []).filter((at) => now - at < 60_000);
    if (recent.length < this.#perMinute) {
      recent.push(now);
      this.#recent.set(sender, recent);
      this.#warned.delete(sender);
      return "allowed";
    }
    this.#recent.set(sender, recent);
    if (this.#warned.has(sender)) return "ignore";
    this.#warned.add(sender);
    return "warn";
  }
}
