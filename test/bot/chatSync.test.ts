import { describe, expect, it } from "vitest";
import { invitations, newMessages, type SyncResponse } from "../../matrix-bot/chat/syncResponse.ts";

const BOT = "@bot:hs";
const message = (id: string, sender = "@anna:hs") => ({
  event_id: id,
  type: "m.room.message",
  sender,
  origin_server_ts: 1,
  content: { msgtype: "m.text", body: "help" },
});
const member = (id: string, membership: string, previous?: string) => ({
  event_id: id,
  type: "m.room.member",
  sender: BOT,
  state_key: BOT,
  origin_server_ts: 1,
  content: { membership },
  ...(previous ? { unsigned: { prev_content: { membership: previous } } } : {}),
});

describe("reading a /sync answer", () => {
  it("skips what was written before the bot joined, in the sync that brings its join", () => {
    const response: SyncResponse = {
      next_batch: "s2",
      rooms: {
        join: {
          "!new:hs": {
            timeline: { events: [message("$old"), member("$join", "join", "invite"), message("$new")] },
          },
          "!known:hs": {
            timeline: { events: [message("$a"), member("$profile", "join", "join"), message("$b")] },
          },
        },
      },
    };
    expect(newMessages(response, BOT).map(({ event }) => event.event_id)).toEqual([
      "$new",
      "$a",
      "$profile",
      "$b",
    ]);
  });

  it("reads who invited the bot and whether as a direct message", () => {
    const response: SyncResponse = {
      next_batch: "s3",
      rooms: {
        invite: {
          "!dm:hs": {
            invite_state: {
              events: [
                {
                  type: "m.room.member",
                  sender: "@anna:hs",
                  state_key: BOT,
                  content: { membership: "invite", is_direct: true },
                },
              ],
            },
          },
          "!group:hs": {
            invite_state: {
              events: [
                {
                  type: "m.room.member",
                  sender: "@luca:hs",
                  state_key: BOT,
                  content: { membership: "invite" },
                },
              ],
            },
          },
        },
      },
    };
    expect(invitations(response, BOT)).toEqual([
      { roomId: "!dm:hs", inviter: "@anna:hs", isDirect: true },
      { roomId: "!group:hs", inviter: "@luca:hs", isDirect: false },
    ]);
  });
});
