import { describe, expect, it } from "vitest";
import { changedRooms, PendingRepairs, stateTouchedRooms } from "../../matrix-bot/chat/drift.ts";
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

describe("changes made by hand, seen in /sync", () => {
  const state = (type: string, sender: string, stateKey: string, content: Record<string, unknown> = {}) => ({
    event_id: `$${type}-${sender}-${stateKey}`,
    type,
    sender,
    state_key: stateKey,
    origin_server_ts: 1,
    content,
  });
  const roomWith = (...events: object[]) => ({ timeline: { events } }) as never;

  it("counts state changes and redactions by others, not people's own joins and leaves, the bot's own changes or messages", () => {
    const response: SyncResponse = {
      next_batch: "s4",
      rooms: {
        join: {
          "!kick:hs": roomWith(state("m.room.member", "@anna:hs", "@pupil:hs", { membership: "leave" })),
          "!widget:hs": roomWith(state("im.vector.modular.widgets", "@anna:hs", "opentwinning-video")),
          "!own-leave:hs": roomWith(
            state("m.room.member", "@pupil:hs", "@pupil:hs", { membership: "leave" }),
          ),
          "!bot:hs": roomWith(state("m.room.name", BOT, "", { name: "x" })),
          "!chat:hs": roomWith(message("$m")),
          "!redacted:hs": roomWith({ ...message("$r"), type: "m.room.redaction", content: {} }),
          "!gap:hs": { timeline: { events: [message("$n")], limited: true } },
        },
      },
    };
    expect(changedRooms(response, BOT).sort()).toEqual(["!gap:hs", "!kick:hs", "!redacted:hs", "!widget:hs"]);
    // What the next periodic pass must look at again: people's own joins and leaves too, and a
    // room the bot was removed from; never the bot's own changes or plain messages.
    response.rooms!.leave = { "!removed:hs": {} };
    expect(stateTouchedRooms(response, BOT).sort()).toEqual([
      "!gap:hs",
      "!kick:hs",
      "!own-leave:hs",
      "!redacted:hs",
      "!removed:hs",
      "!widget:hs",
    ]);
  });

  it("waits for a burst of changes to end before repairing, but not forever", () => {
    let now = 0;
    const pending = new PendingRepairs({ delayMs: 2_000, maxWaitMs: 10_000, now: () => now });
    const project = { kind: "project", projectId: "p1" } as const;
    pending.note(project);
    now = 1_500;
    pending.note(project);
    now = 3_000;
    expect(pending.takeDue()).toEqual([]);
    now = 3_500;
    expect(pending.takeDue()).toEqual([project]);
    expect(pending.takeDue()).toEqual([]);
    for (now = 10_000; now <= 20_000; now += 1_000) pending.note(project);
    now = 20_000;
    expect(pending.takeDue()).toEqual([project]); // changes every second: repaired 10 s after the first
  });
});
