import type { RoomCreateOptions } from "@vector-im/matrix-bot-sdk";
import type { BotClient } from "../homeserver/rooms.ts";

export type Membership = "join" | "invite" | "leave" | "ban" | "knock";

export interface StateEventJson {
  type: string;
  state_key: string;
  sender: string;
  content: Record<string, unknown>;
}

/** A room's current state as the homeserver has it, read with one call. */
export class RoomSnapshot {
  readonly roomId: string;
  readonly #events = new Map<string, StateEventJson>();

  constructor(roomId: string, events: readonly StateEventJson[]) {
    this.roomId = roomId;
    for (const event of events) this.#events.set(`${event.type}\u0000${event.state_key}`, event);
  }

  static async read(client: BotClient, roomId: string): Promise<RoomSnapshot> {
    return new RoomSnapshot(roomId, (await client.getRoomState(roomId)) as StateEventJson[]);
  }

  /**
   * A room the bot has just created, as its createRoom request made it: the create event, the
   * bot's join, the power levels, the initial state (which takes precedence over the
   * preset's) and the invitations it carried. Nobody else can have touched it yet, so reading it back would only cost a call.
   */
  static created(roomId: string, request: RoomCreateOptions, botUserId: string): RoomSnapshot {
    const event = (type: string, content: Record<string, unknown>, stateKey = ""): StateEventJson => ({
      type,
      state_key: stateKey,
      sender: botUserId,
      content,
    });
    return new RoomSnapshot(roomId, [
      event("m.room.create", { ...request.creation_content, room_version: request.room_version }),
      event("m.room.member", { membership: "join" }, botUserId),
      event("m.room.power_levels", { ...request.power_level_content_override }),
      ...(request.initial_state ?? []).map((state) => event(state.type, state.content, state.state_key)),
      ...(request.invite ?? []).map((userId) => event("m.room.member", { membership: "invite" }, userId)),
    ]);
  }

  content(type: string, stateKey = ""): Record<string, unknown> | undefined {
    return this.#events.get(`${type}\u0000${stateKey}`)?.content;
  }

  /** The room version from the create event ("1" when absent, as the spec says). */
  roomVersion(): string {
    const version = this.content("m.room.create")?.room_version;
    return typeof version === "string" ? version : "1";
  }

  /** A user's membership and who set it (a leave by the user themselves is their own choice). */
  membership(userId: string): { membership: Membership; by: string } | undefined {
    const event = this.#events.get(`m.room.member\u0000${userId}`);
    const membership = event?.content.membership;
    return event && typeof membership === "string"
      ? { membership: membership as Membership, by: event.sender }
      : undefined;
  }

  /** Users who are in the room or invited to it. */
  present(): string[] {
    const users: string[] = [];
    for (const event of this.#events.values()) {
      if (event.type !== "m.room.member") continue;
      if (event.content.membership === "join" || event.content.membership === "invite")
        users.push(event.state_key);
    }
    return users;
  }
}
