import type { Account, CoreDeps, Id, Translator } from "../../core/index.ts";
import type { Reply } from "./reply.ts";

/** Where a command was sent, as the bot's room records say. */
export type RoomContext =
  | { kind: "direct" }
  | { kind: "project"; projectId: Id }
  | { kind: "national_unit"; country: string }
  | { kind: "other" };

export type RoomKind = RoomContext["kind"];

/** What an executor receives: the core, the sender's language, who sent it and where. */
export interface CommandInput<R extends RoomContext = RoomContext> {
  deps: CoreDeps;
  t: Translator;
  sender: string;
  /** The OpenTwinning account linked to the sender; commands that need none get undefined. */
  account: Account | undefined;
  room: R;
  args: string[];
  rest: string;
}

/**
 * One chat command (after Draupnir's shape): a description the dispatcher checks (where it
 * may be used, whether it needs a linked account, its usage line) and an executor that only
 * calls core use cases and says the result. Executors throw DomainError for refusals; the
 * dispatcher says them in the sender's language.
 */
export interface Command {
  name: string;
  rooms: readonly RoomKind[];
  needsLinkedAccount: boolean;
  /** Minimum number of arguments; fewer gets the usage line. */
  minArgs: number;
  execute(input: CommandInput): Promise<Reply>;
}

/** A refusal that comes from the bot's own checks (not from core), with a catalogue key. */
export class CommandRefusal extends Error {
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
  constructor(messageKey: string, params: Readonly<Record<string, string | number>> = {}) {
    super(messageKey);
    this.messageKey = messageKey;
    this.params = params;
  }
}

/** Narrows the room for executors registered for one kind of room only. */
export function roomOf<K extends RoomKind>(input: CommandInput, kind: K): Extract<RoomContext, { kind: K }> {
  if (input.room.kind !== kind) throw new CommandRefusal("bot.refusal.wrong_room");
  return input.room as Extract<RoomContext, { kind: K }>;
}

export function accountOf(input: CommandInput): Account {
  if (!input.account) throw new CommandRefusal("bot.refusal.not_linked");
  return input.account;
}
