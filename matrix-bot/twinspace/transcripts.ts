import type {
  TranscriptMessage,
  TranscriptPage,
  TwinSpaceRoom,
  TwinSpaceTranscripts,
} from "../../lti-tool/pages/twinSpaces.ts";
import type { RetryingMatrixClient } from "../homeserver/client.ts";

/** Messages per page of a transcript. */
const PAGE_SIZE = 30;
const MEDIA = new Set(["m.image", "m.file", "m.video", "m.audio"]);

interface RoomEvent {
  type: string;
  sender: string;
  origin_server_ts: number;
  state_key?: string;
  content: Record<string, unknown>;
}

/**
 * A room's recent history read with the bot's token (`/messages`, newest first, with the
 * senders' member events for their names). Only messages: text as plain `body`, files and
 * images by name, edits and redacted messages left out. The caller chose the room.
 */
export class BotTranscripts implements TwinSpaceTranscripts {
  readonly #client: RetryingMatrixClient;

  constructor(client: RetryingMatrixClient) {
    this.#client = client;
  }

  async page(room: TwinSpaceRoom, older: string | undefined): Promise<TranscriptPage> {
    const answer = (await this.#client.doRequest(
      "GET",
      `/_matrix/client/v3/rooms/${encodeURIComponent(room.address)}/messages`,
      {
        dir: "b",
        limit: PAGE_SIZE,
        ...(older ? { from: older } : {}),
        filter: JSON.stringify({ lazy_load_members: true, types: ["m.room.message"] }),
      },
    )) as { chunk?: RoomEvent[]; state?: RoomEvent[]; end?: string };
    const names = new Map<string, string>();
    for (const event of answer.state ?? []) {
      const name = event.content.displayname;
      if (event.type === "m.room.member" && event.state_key && typeof name === "string")
        names.set(event.state_key, name);
    }
    const messages = (answer.chunk ?? []).flatMap((event) => {
      const message = messageOf(event, names);
      return message ? [message] : [];
    });
    return { messages, older: answer.chunk && answer.chunk.length > 0 ? answer.end : undefined };
  }
}

function messageOf(event: RoomEvent, names: ReadonlyMap<string, string>): TranscriptMessage | undefined {
  const { body, msgtype } = event.content;
  const relation = event.content["m.relates_to"] as { rel_type?: string } | undefined;
  if (event.type !== "m.room.message" || typeof body !== "string" || relation?.rel_type === "m.replace")
    return undefined;
  return {
    sender: names.get(event.sender) ?? event.sender,
    sentAt: new Date(event.origin_server_ts).toISOString(),
    text: body,
    media: typeof msgtype === "string" && MEDIA.has(msgtype),
  };
}
