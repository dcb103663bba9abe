/**
 * At most `running` pieces of work at once; the others wait in line, at most `waitMs`, and
 * are then turned away (`GateBusy`). On two cores a slow search that several people ask for
 * at once would otherwise take every core: each finished one renders on the event loop, so
 * every other request (the health check among them) waits behind all of them. Through the
 * gate, the event loop and the database see a bounded amount of search work, and a search
 * that cannot start in time becomes a clear "busy, try again" page instead of a long wait.
 */
export interface AdmissionLimits {
  running: number;
  waitMs: number;
}

/** Two searches at once keep both cores busy (one rendering, one reading); a short line absorbs bursts. */
export const SEARCH_ADMISSION: AdmissionLimits = { running: 2, waitMs: 3000 };

export class GateBusy extends Error {
  constructor() {
    super("too many searches at once; turned away after waiting");
  }
}

export class AdmissionGate {
  readonly #limits: AdmissionLimits;
  #running = 0;
  readonly #line: (() => void)[] = [];

  constructor(limits: AdmissionLimits) {
    this.#limits = limits;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#limits.running) await this.#wait();
    else this.#running++;
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so a newcomer cannot jump the queue.
      const next = this.#line.shift();
      if (next) next();
      else this.#running--;
    }
  }

  #wait(): Promise<void> {
    return new Promise((resolve, reject) => {
      const admit = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#line.splice(this.#line.indexOf(admit), 1);
        reject(new GateBusy());
      }, this.#limits.waitMs);
      this.#line.push(admit);
    });
  }
}
