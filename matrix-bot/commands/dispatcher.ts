import { commandDuration } from "../../ops/metrics.ts";
import { type CoreDeps, isDomainError, type Translator } from "../../core/index.ts";
import { html } from "../../lti-tool/web/html.ts";
import { botMessages } from "../i18n/index.ts";
import { type Command, CommandRefusal, type RoomContext } from "./command.ts";
import { directCommands } from "./direct.ts";
import { nationalUnitCommands } from "./nationalUnit.ts";
import { parseCommand } from "./parse.ts";
import { projectRoomCommands } from "./projectRoom.ts";
import { RateLimiter } from "./rateLimit.ts";
import { listReply, type Reply, reply } from "./reply.ts";

export const ALL_COMMANDS: readonly Command[] = [
  ...projectRoomCommands,
  ...directCommands,
  ...nationalUnitCommands,
];

/** Tells pupils' Matrix accounts apart (the bot created them), for a refusal that fits them. */
export interface PupilAccounts {
  isPupil(matrixUserId: string): Promise<boolean>;
}

export interface DispatcherOptions {
  deps: CoreDeps;
  /** Configurable prefix, `!tw` by default; optional in direct messages. */
  prefix: string;
  pupils: PupilAccounts;
  commandsPerMinute?: number;
  log?: (message: string, error: unknown) => void;
}

export interface IncomingCommand {
  sender: string;
  body: string;
  room: RoomContext;
}

/**
 * Turns a chat message into a command run as the linked sender, and the outcome into a
 * reply in the sender's language. The checks here are about the chat (right room, linked
 * account, usage); every rule about projects is core's, through the executors.
 */
export class CommandDispatcher {
  readonly #options: DispatcherOptions;
  readonly #limiter: RateLimiter;
  readonly #byName = new Map(ALL_COMMANDS.map((command) => [command.name, command]));

  constructor(options: DispatcherOptions) {
    this.#options = options;
    this.#limiter = new RateLimiter(options.commandsPerMinute ?? 10, () =>
      Date.parse(options.deps.clock.now()),
    );
  }

  /** The reply to send, or undefined when the message is not a command (or is ignored). */
  async handle(message: IncomingCommand): Promise<Reply | undefined> {
    const { deps, prefix } = this.#options;
    const parsed = parseCommand(message.body, prefix, { prefixOptional: message.room.kind === "direct" });
    if (!parsed) return undefined;
    // Direct messages (link, accept, …) have their own budget: a busy project room does not lock a teacher out of them.
    const budget = `${message.room.kind === "direct" ? "direct" : "rooms"} ${message.sender}`;
    const limit = this.#limiter.take(budget);
    if (limit.kind === "silent") return undefined;
    const account = await deps.store.transaction((tx) => tx.accounts.findByMatrixUserId(message.sender));
    const t = botMessages.translator(account?.locale ?? (await this.#roomLocale(message.room)));
    if (limit.kind === "slow_down") {
      const seconds = Math.max(1, Math.ceil(limit.retryAfterMs / 1000));
      return reply(html`${t.t("bot.refusal.rate_limited", { count: seconds })}`);
    }
    if (parsed.name === "help") return this.#help(t, message.room, parsed.args[0]);
    const command = this.#byName.get(parsed.name);
    if (!command) return reply(html`${t.t("bot.refusal.unknown_command", { name: parsed.name, prefix })}`);
    const stopTimer = commandDuration.startTimer({ command: command.name });
    try {
      // No text of ours holds a NUL; PostgreSQL would fail on it as a reference or a reason.
      if (message.body.includes("\u0000")) throw new CommandRefusal("bot.refusal.control_characters");
      if (!command.rooms.includes(message.room.kind)) {
        throw new CommandRefusal(`bot.refusal.only_in.${command.rooms[0]}`, { name: command.name });
      }
      if (command.needsLinkedAccount && !account) {
        const pupil = await this.#options.pupils.isPupil(message.sender);
        throw new CommandRefusal(pupil ? "bot.refusal.pupil" : "bot.refusal.not_linked");
      }
      if (parsed.args.length < command.minArgs) return this.#usage(t, command);
      return await command.execute({
        deps,
        t,
        sender: message.sender,
        account,
        room: message.room,
        ...parsed,
      });
    } catch (error) {
      if (error instanceof CommandRefusal) return reply(html`${t.t(error.messageKey, error.params)}`);
      if (isDomainError(error)) return reply(html`${t.error(error)}`);
      this.#options.log?.(`command ${command.name} from ${message.sender} failed`, error);
      return reply(html`${t.t("bot.refusal.internal")}`);
    } finally {
      stopTimer();
    }
  }

  /**
   * The language for a sender without a linked account (a pupil, a teacher before linking):
   * in a project's room, the project's language, which is theirs too; elsewhere the default.
   */
  async #roomLocale(room: RoomContext): Promise<string | undefined> {
    if (room.kind !== "project") return undefined;
    const project = await this.#options.deps.store.transaction((tx) => tx.projects.get(room.projectId));
    return project ? botMessages.negotiate(project.languages.join(",")) : undefined;
  }

  #usage(t: Translator, command: Command): Reply {
    const { prefix } = this.#options;
    return reply(html`${t.t("bot.usage")}: <code>${prefix} ${t.t(`bot.help.${command.name}.usage`)}</code>`);
  }

  #help(t: Translator, room: RoomContext, name: string | undefined): Reply {
    const { prefix } = this.#options;
    const command = name ? this.#byName.get(name.toLowerCase()) : undefined;
    if (command) {
      return reply(
        html`<code>${prefix} ${t.t(`bot.help.${command.name}.usage`)}</code>`,
        html`${t.t(`bot.help.${command.name}`)}`,
        html`${t.t("bot.help.example")}: <code>${prefix} ${t.t(`bot.help.${command.name}.example`)}</code>`,
      );
    }
    const here = ALL_COMMANDS.filter((c) => c.rooms.includes(room.kind));
    return listReply(
      html`<strong>${t.t(`bot.help.heading.${room.kind}`, { prefix })}</strong>`,
      here.map(
        (c) => html`<code>${prefix} ${t.t(`bot.help.${c.name}.usage`)}</code> — ${t.t(`bot.help.${c.name}`)}`,
      ),
    );
  }
}
