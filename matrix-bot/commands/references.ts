import type { Id } from "../../core/index.ts";
import { CommandRefusal } from "./command.ts";

/** The short form of an id that lists show and commands accept (like a short git hash). */
export function shortRef(id: Id): string {
  return id.slice(0, 8);
}

/** Picks the one candidate whose id starts with what the user typed. */
export function resolveRef<T extends { id: Id }>(
  typed: string,
  candidates: readonly T[],
  what: "invitation" | "project",
): T {
  const ref = typed.trim().toLowerCase();
  const matches = ref.length >= 4 ? candidates.filter((c) => c.id.toLowerCase().startsWith(ref)) : [];
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) throw new CommandRefusal(`bot.refusal.unknown_${what}`, { ref: typed });
  throw new CommandRefusal(`bot.refusal.ambiguous_${what}`, { ref: typed });
}
