import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addPupilsToProject,
  type Project,
  type Pupil,
  registerPupils,
  type Teacher,
} from "../../core/index.ts";
import { activityChanges } from "../../matrix-bot/chat/activity.ts";
import type { TimelineEvent } from "../../matrix-bot/chat/syncResponse.ts";
import { ActivityRecords } from "../../matrix-bot/store/activity.ts";
import { PupilMatrixAccounts } from "../../matrix-bot/store/pupilAccounts.ts";
import { RoomRecords } from "../../matrix-bot/store/rooms.ts";
import { RecordedTwinSpaces } from "../../matrix-bot/store/twinSpaceDirectory.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { startPages } from "./client.ts";

const BOT = "@bot:test";
const LUCA_MXID = "@luca:test";
const ROOMS = {
  general: "!general:test",
  forum: "!forum:test",
  teachers: "!teachers:test",
  pupils: "!pupils:test",
};

let serial = 0;
function message(sender: string, at: string, body: string, threadRoot?: string): TimelineEvent {
  serial += 1;
  return {
    type: "m.room.message",
    event_id: `$e${serial}`,
    sender,
    origin_server_ts: Date.parse(at),
    content: {
      msgtype: "m.text",
      body,
      ...(threadRoot ? { "m.relates_to": { rel_type: "m.thread", event_id: threadRoot } } : {}),
    },
  };
}

/**
 * The project page's view of what happens inside the TwinSpace, fed through the bot's own
 * reading of timeline events and its records (the live sync is test/matrix/activity.test.ts).
 */
describe.each(DATABASE_KINDS)("TwinSpace activity on the project page (%s)", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let ada: Teacher; // Liceo Volta, Luca's teacher
  let marie: Teacher; // Lycée Curie, a partner school
  let outsider: Teacher;
  let project: Project;
  let luca: Pupil;
  let activity: ActivityRecords;

  const feed = async (room: keyof typeof ROOMS, events: TimelineEvent[]) =>
    activity.record(
      ROOMS[room],
      activityChanges(events, BOT, room === "forum"),
      new Map([
        ["@ada:test", "Ada Lovelace"],
        [LUCA_MXID, "Luca Bianchi (renamed by himself)"],
      ]),
    );
  const pageOf = async (client: Awaited<ReturnType<typeof app.as>>) => {
    const page = await client.get(`/app/projects/${project.id}`);
    expect(page.status).toBe(200);
    return page.html;
  };

  beforeAll(async () => {
    w = await World.create(kind);
    const twinSpaces = new RecordedTwinSpaces(w.store.database);
    app = await startPages(w, { twinSpaces });
    const volta = await w.school("Liceo Volta", "IT", "Como");
    ada = await w.teacher("Ada Lovelace", volta);
    marie = await w.teacher("Marie Curie", await w.school("Lycée Curie", "FR", "Paris"));
    outsider = await w.teacher("Otto Lilienthal", await w.school("Gymnasium Anklam", "DE", "Anklam"));
    project = await w.activeProject(ada, marie);
    const { registered } = await registerPupils(w.deps, w.actor(ada), [{ displayName: "Luca Bianchi" }]);
    luca = registered[0]!;
    await addPupilsToProject(w.deps, w.actor(ada), project.id, [luca.id]);
    await new PupilMatrixAccounts(w.store.database).record(luca.id, LUCA_MXID, ada.id, w.clock.now());
    const records = new RoomRecords(w.store.database);
    for (const [purpose, roomId] of Object.entries(ROOMS)) {
      await records.adopt(
        {
          key: `project/${project.id}/${purpose}`,
          purpose: purpose as keyof typeof ROOMS,
          projectId: project.id,
        },
        roomId,
        w.clock.now(),
      );
    }
    activity = new ActivityRecords(w.store.database);
  });
  afterAll(async () => {
    await app.tool.stop();
    await w.destroy();
  });

  it("shows members the latest forum topics and the new messages per room, since they last looked", async () => {
    const root = message("@ada:test", "2026-11-21T09:00:00.000Z", "Our <b>river</b> survey\nDetails follow");
    const replies = [
      message(LUCA_MXID, "2026-11-21T09:05:00.000Z", "I can measure", root.event_id),
      message("@marie:test", "2026-11-21T09:06:00.000Z", "Moi aussi", root.event_id),
    ];
    await feed("forum", [root, ...replies]);
    await feed("forum", [root, ...replies]); // read twice after a crash: counted once
    await feed("teachers", [message("@ada:test", "2026-11-21T10:00:00.000Z", "staff only")]);
    await feed("pupils", [message(LUCA_MXID, "2026-11-21T10:00:00.000Z", "ciao")]);

    const first = await pageOf(await app.as(ada));
    expect(first).toContain("Our &lt;b&gt;river&lt;/b&gt; survey");
    expect(first).not.toContain("Details follow");
    expect(first).toContain("by Ada Lovelace");
    expect(first).toContain("2 replies");
    expect(first).toContain("Messages so far");
    expect(first).toMatch(/Forum: 3 new messages/);
    expect(first).toMatch(/Teachers(&#39;)? room: 1 new message\b/);

    w.clock.current = "2026-11-22T12:00:00.000Z";
    await feed("general", [message("@marie:test", "2026-11-22T12:30:00.000Z", "Bonjour")]);
    const again = await pageOf(await app.as(ada));
    expect(again).toContain("Since you last looked");
    expect(again).toMatch(/General chat: 1 new message\b/);
    expect(again).toMatch(/Forum: 0 new messages/);
  });

  it("shows a pupil the rooms pupils are in, never the Teachers' room", async () => {
    const page = await pageOf(await app.pupil(luca.id));
    expect(page).toContain("Our &lt;b&gt;river&lt;/b&gt; survey");
    expect(page).toMatch(/Pupils(&#39;)? room: 1 new message\b/);
    expect(page).not.toMatch(/Teachers(&#39;)? room/);
  });

  it("names a pupil author by the pupils' rule, whatever name they gave themselves", async () => {
    await feed("forum", [message(LUCA_MXID, "2026-11-22T13:00:00.000Z", "\u202eevil title")]);
    const partner = await pageOf(await app.as(marie));
    expect(partner).toContain("by Luca B.");
    expect(partner).not.toContain("Bianchi");
    // A right-to-left override is removed from the title, never shown raw.
    expect(partner).not.toContain("\u202e");
    expect(await pageOf(await app.as(ada))).toContain("by Luca Bianchi,");
  });

  it("shows nothing of the inside to a teacher outside the project", async () => {
    const page = await app.as(outsider).then((c) => c.get(`/app/projects/${project.id}`));
    expect(page.html).not.toContain("survey");
  });

  it("drops a redacted topic", async () => {
    const root = message("@ada:test", "2026-11-22T14:00:00.000Z", "Wrong thread");
    await feed("forum", [root]);
    expect(await pageOf(await app.as(ada))).toContain("Wrong thread");
    await feed("forum", [
      {
        type: "m.room.redaction",
        event_id: "$redaction",
        sender: "@ada:test",
        origin_server_ts: Date.parse("2026-11-22T14:01:00.000Z"),
        content: { redacts: root.event_id },
      },
    ]);
    expect(await pageOf(await app.as(ada))).not.toContain("Wrong thread");
  });
});
