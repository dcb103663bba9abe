import type { Reply } from "../commands/reply.ts";
import { type BotClient, ensureRoom } from "../homeserver/rooms.ts";
import { classify } from "../homeserver/retry.ts";
import type { RoomRecords, RoomSlot } from "../store/rooms.ts";
import { sendNoticeOnce } from "../twinspace/notices.ts";

export function directSlot(matrixUserId: string): RoomSlot {
  return { key: `direct/${matrixUserId}`, purpose: "direct", matrixUserId };
}

/**
 * One direct-message room per person, reused: the one they opened with the bot (adopted
 * when the bot accepted it) or one the bot opens (recorded like every room it makes, so a
 * crash never opens a second). Someone who left it is invited back before the next message.
 */
export class DirectRooms {
  readonly #deps: { client: BotClient; records: RoomRecords; now(): string };

  constructor(deps: { client: BotClient; records: RoomRecords; now(): string }) {
    this.#deps = deps;
  }

  async send(matrixUserId: string, txnId: string, message: Reply): Promise<string> {
    const { client } = this.#deps;
    const { roomId, created } = await ensureRoom(this.#deps, directSlot(matrixUserId), () => ({
      preset: "trusted_private_chat",
      visibility: "private",
      is_direct: true,
      invite: [matrixUserId],
    }));
    const membership = created ? "invite" : await membershipOf(client, roomId, matrixUserId);
    if (membership === "leave" || membership === undefined) {
      await client.inviteUser(matrixUserId, roomId).catch((error: unknown) => {
        // A ban or a refusal by their server: the message still waits in the room.
        if (classify(error).kind !== "permanent") throw error;
      });
    }
    return sendNoticeOnce(client, roomId, txnId, "direct", message);
  }
}

async function membershipOf(client: BotClient, roomId: string, userId: string): Promise<string | undefined> {
  try {
    const member = (await client.getRoomStateEvent(roomId, "m.room.member", userId)) as {
      membership?: string;
    };
    return member.membership;
  } catch (error) {
    if (classify(error).kind === "permanent") return undefined;
    throw error;
  }
}
