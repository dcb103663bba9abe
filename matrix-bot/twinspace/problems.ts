import type { Translator } from "../../core/index.ts";

export type ProblemKind = "banned" | "invite_failed" | "kick_failed" | "power_locked" | "state_failed";

interface Problem {
  kind: ProblemKind;
  subject: string;
  detail: string;
  rooms: string[];
}

/**
 * What the bot could not put back, gathered over one pass of a TwinSpace and told to the
 * founders once (the same problem in several rooms is one line naming the rooms).
 */
export class Problems {
  readonly #problems = new Map<string, Problem>();

  add(kind: ProblemKind, subject: string, room: string, detail = ""): void {
    const key = `${kind}\u0000${subject}\u0000${detail}`;
    const problem = this.#problems.get(key) ?? { kind, subject, detail, rooms: [] };
    if (!problem.rooms.includes(room)) problem.rooms.push(room);
    this.#problems.set(key, problem);
  }

  get size(): number {
    return this.#problems.size;
  }

  lines(t: Translator): string[] {
    return [...this.#problems.values()].map((p) =>
      t.t(`twinspace.problem.${p.kind}`, { subject: p.subject, rooms: t.list(p.rooms), detail: p.detail }),
    );
  }
}

/** A short, log-safe description of a failed call, for the founders' notice. */
export function describeFailure(error: unknown): string {
  const e = error as { errcode?: unknown; error?: unknown; statusCode?: unknown; message?: unknown };
  if (typeof e?.errcode === "string")
    return typeof e.error === "string" ? `${e.errcode}: ${e.error}` : e.errcode;
  if (typeof e?.statusCode === "number") return `HTTP ${e.statusCode}`;
  return typeof e?.message === "string" ? e.message : String(error);
}
