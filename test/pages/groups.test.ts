import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { up as nameGroupNotifications } from "../../migrations/20261130_821_group_notification_names.ts";
import {
  type Account,
  addPupilsToProject,
  admitStaffFromLaunch,
  createGroup,
  joinGroup,
  registerPupils,
  REQUESTS_SHOWN,
  type Teacher,
} from "../../core/index.ts";
import { DATABASE_KINDS } from "../support/databases.ts";
import { World } from "../support/world.ts";
import { type Client, startPages } from "./client.ts";

/**
 * Issue 16 (4): eTwinning Groups. A teacher proposes a group, the central admin approves it;
 * teachers find it by name or topic and join (open) or ask to join (closed, a moderator
 * accepts); members leave; pupils and a national unit's staff are never members.
 */
describe.each(DATABASE_KINDS)("groups on %s", (kind) => {
  let w: World;
  let app: Awaited<ReturnType<typeof startPages>>;
  let giulia: Teacher; // proposes and moderates
  let claire: Teacher; // joins
  let hans: Teacher; // asks to join the closed group
  let staff: Account;
  let asGiulia: Client;
  let asClaire: Client;
  let asHans: Client;
  let asAdmin: Client;
  let openId = "";
  let closedId = "";

  const idOf = (location: string | null) => location?.split("/").pop()?.split("?")[0] ?? "";
  const memberRow = (groupId: string, teacherId: string) =>
    w.store.knex("group_members").where({ group_id: groupId, teacher_id: teacherId }).first();

  beforeAll(async () => {
    w = await World.create(kind);
    giulia = await w.teacher("Giulia Rossi", await w.school("Liceo Galilei", "IT", "Pisa"));
    claire = await w.teacher("Claire Martin", await w.school("Collège Jean Moulin", "FR", "Lyon"));
    hans = await w.teacher("Hans Gruber", await w.school("Gymnasium Wien", "AT", "Wien"));
    staff = await admitStaffFromLaunch(
      w.deps,
      { issuer: "https://lms.unit-it.example", subject: "anna", name: "Anna Staff", email: "", locale: "en" },
      "IT",
    );
    app = await startPages(w);
    asGiulia = await app.as(giulia);
    asClaire = await app.as(claire);
    asHans = await app.as(hans);
    asAdmin = await app.as(await w.centralAdmin(), { roles: [] });
  });
  afterAll(async () => {
    await app?.tool.stop();
    await w?.destroy();
  });

  it("a teacher proposes a group; it stays hidden until the central admin approves it, and the proposer is told", async () => {
    const bad = await asGiulia.post("/app/groups/new", { name: "", description: "x", access: "open" });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain("Please fill in");

    const proposed = await asGiulia.post("/app/groups/new", {
      name: "Robotics & coding",
      description: "Teachers who teach <robots> to their pupils.",
      access: "open",
    });
    expect(proposed.status).toBe(303);
    openId = idOf(proposed.location);
    expect((await asGiulia.get(`/app/groups/${openId}`)).html).toContain("Waiting for approval");
    // Others neither find nor open it yet.
    expect((await asClaire.get("/app/groups?text=robot")).html).not.toContain("Robotics");
    expect((await asClaire.get(`/app/groups/${openId}`)).status).toBe(404);
    expect((await asClaire.post(`/app/groups/${openId}/join`)).status).toBe(404);

    const queue = await asAdmin.get("/app/admin/groups");
    expect(queue.html).toContain("Robotics &amp; coding");
    // Only the central admin decides.
    expect((await asGiulia.post(`/app/admin/groups/${openId}/approve`)).status).toBe(403);
    const approved = await asAdmin.post(`/app/admin/groups/${openId}/approve`);
    expect(approved.status).toBe(303);
    expect((await asAdmin.get("/app/admin/groups")).html).not.toContain("Robotics");

    const notes = await asGiulia.get("/app/notifications");
    expect(notes.html).toContain("Your proposed group “Robotics &amp; coding” was approved");
    const moderator = await memberRow(openId, giulia.id);
    expect(moderator).toMatchObject({ role: "moderator", status: "member" });
  });

  it("teachers find the group by name or topic and join an open group at once", async () => {
    for (const n of [1, 2, 3]) {
      const made = await asAdmin.post("/app/admin/groups/new", {
        name: `Climate circle ${n}`,
        description: "Weather data from schools.",
        access: "open",
        moderatorId: giulia.id,
      });
      expect(made.status).toBe(303);
    }
    const byTopic = await asClaire.get("/app/groups?text=%3Crobots%3E");
    expect(byTopic.html).toContain("Robotics &amp; coding");
    expect(byTopic.html).toContain("&lt;robots&gt;");
    expect(byTopic.html).not.toContain("Climate circle");
    const climate = await asClaire.get("/app/groups?text=climate");
    expect(climate.html.match(/Climate circle \d/g)).toHaveLength(3);
    // Names in any script, whatever the case typed: "über" finds "Über Grenzen", as the
    // name typed exactly finds a Greek group.
    for (const name of ["Über Grenzen", "Ρομποτική στην τάξη"])
      await createGroup(w.deps, w.actor(await w.centralAdmin()), {
        name,
        description: "—",
        access: "open",
        moderatorId: giulia.id,
      });
    for (const [typed, found] of [
      ["über", "Über Grenzen"],
      ["ÜBER", "Über Grenzen"],
      ["Ρομποτική", "Ρομποτική στην τάξη"],
      ["ρομποτική", "Ρομποτική στην τάξη"],
    ] as const)
      expect((await asClaire.get(`/app/groups?text=${encodeURIComponent(typed)}`)).html, typed).toContain(
        found,
      );

    const joined = await asClaire.post(`/app/groups/${openId}/join`);
    expect(joined.status).toBe(303);
    expect(joined.location).toContain("done=group_joined");
    const shown = await asClaire.get(`/app/groups/${openId}`);
    expect(shown.html).toContain("Claire Martin");
    expect(shown.html).toContain("Leave the group");
    expect(await memberRow(openId, claire.id)).toMatchObject({ role: "member", status: "member" });
    // Twice is refused with the reason.
    const again = await asClaire.post(`/app/groups/${openId}/join`);
    expect(again.status).toBe(422);
    expect(again.html).toContain("You are already in this group");
  });

  it("pages the list 20 at a time after the last group shown, and refuses a forged page link", async () => {
    const admin = { accountId: (await w.centralAdmin()).id };
    for (let n = 1; n <= 21; n++)
      await createGroup(w.deps, admin, {
        name: `Paging circle ${String(n).padStart(2, "0")}`,
        description: "Many groups.",
        access: "open",
        moderatorId: giulia.id,
      });
    const names = (page: string) => page.match(/Paging circle \d\d/g) ?? [];
    const first = await asClaire.get("/app/groups?text=paging");
    expect(names(first.html)).toHaveLength(20);
    const next = /href="([^"]+)" rel="next"/.exec(first.html)?.[1]?.replaceAll("&amp;", "&") ?? "";
    expect(next).toContain("text=paging");
    const second = await asClaire.get(next);
    expect(names(second.html)).toHaveLength(1);
    expect(second.html).not.toContain('rel="next"');
    // Every group once, none twice.
    expect(new Set([...names(first.html), ...names(second.html)]).size).toBe(21);
    expect((await asClaire.get("/app/groups?after=garbage")).status).toBe(422);
  });

  it("a closed group takes a request that a moderator accepts; the applicant is told", async () => {
    const made = await asAdmin.post("/app/admin/groups/new", {
      name: "Inclusive classrooms",
      description: "Pupils with special needs.",
      access: "closed",
      moderatorId: giulia.id,
    });
    closedId = idOf(made.location);
    const asked = await asHans.post(`/app/groups/${closedId}/join`);
    expect(asked.location).toContain("done=group_join_requested");
    expect(await memberRow(closedId, hans.id)).toMatchObject({ status: "requested" });
    expect((await asHans.get(`/app/groups/${closedId}`)).html).toContain(
      "Your request waits for a moderator.",
    );
    // The moderator hears of the request, and of which group, with the way to answer it.
    const told = (await asGiulia.get("/app/notifications")).html;
    expect(told).toContain("Hans Gruber asks to join your group “Inclusive classrooms”.");
    expect(told).toContain(`href="/app/groups/${closedId}"`);

    // A member who is not a moderator cannot accept.
    expect((await asHans.post(`/app/groups/${closedId}/requests/${hans.id}/accept`)).status).toBe(422);
    const page = await asGiulia.get(`/app/groups/${closedId}`);
    expect(page.html).toContain("Requests to join");
    expect(page.html).toContain("Hans Gruber");
    const accepted = await asGiulia.post(`/app/groups/${closedId}/requests/${hans.id}/accept`);
    expect(accepted.status).toBe(303);
    expect(await memberRow(closedId, hans.id)).toMatchObject({ status: "member" });
    expect((await asHans.get("/app/notifications")).html).toContain(
      "A moderator accepted you into the group “Inclusive classrooms”.",
    );
  });

  it("members leave; moderators remove members; the last moderator stays", async () => {
    const left = await asClaire.post(`/app/groups/${openId}/leave`);
    expect(left.status).toBe(303);
    expect(await memberRow(openId, claire.id)).toBeUndefined();
    expect((await asClaire.get(`/app/groups/${openId}`)).html).toContain("Join the group");

    const removed = await asGiulia.post(`/app/groups/${closedId}/members/${hans.id}/remove`);
    expect(removed.status).toBe(303);
    expect(await memberRow(closedId, hans.id)).toBeUndefined();

    const lastModerator = await asGiulia.post(`/app/groups/${openId}/leave`);
    expect(lastModerator.status).toBe(422);
    expect(lastModerator.html).toContain("only moderator");
    expect(await w.store.knex("events").where({ type: "group_left" })).toHaveLength(1);
  });

  it("pupils and a national unit's staff are never members and cannot propose", async () => {
    const project = await w.activeProject(giulia, claire);
    const { registered } = await registerPupils(w.deps, w.actor(giulia), [{ displayName: "Pia" }]);
    const pupilId = registered[0]?.id ?? "";
    await addPupilsToProject(w.deps, w.actor(giulia), project.id, [pupilId]);
    const asPupil = await app.pupil(pupilId);
    const asStaff = await app.as(staff, { roles: [] });
    for (const visitor of [asPupil, asStaff]) {
      expect((await visitor.get("/app/groups")).status).toBe(403);
      expect((await visitor.post(`/app/groups/${openId}/join`)).status).toBeGreaterThanOrEqual(403);
      expect(
        (await visitor.post("/app/groups/new", { name: "Mine", description: "Mine.", access: "open" }))
          .status,
      ).toBeGreaterThanOrEqual(403);
    }
    // The central admin cannot make staff a moderator either.
    const byAdmin = await asAdmin.post("/app/admin/groups/new", {
      name: "Staff group",
      description: "No.",
      access: "open",
      moderatorId: staff.id,
    });
    expect(byAdmin.status).toBe(422);
    expect(byAdmin.html).toContain("must be a teacher");
    expect(await w.store.knex("group_members").where({ teacher_id: staff.id })).toHaveLength(0);
    expect(await w.store.knex("groups").where({ name: "Mine" })).toHaveLength(0);
  });

  it("shows a moderator the oldest requests, and says when more are waiting", async () => {
    const group = await createGroup(w.deps, w.actor(await w.centralAdmin()), {
      name: "Popular and closed",
      description: "Many ask.",
      access: "closed",
      moderatorId: giulia.id,
    });
    const school = await w.school("Busy school", "AT", "Graz");
    const applicants: Teacher[] = [];
    for (let n = 0; n <= REQUESTS_SHOWN; n++) {
      const applicant = await w.teacher(`Applicant ${String(n).padStart(3, "0")}`, school);
      await joinGroup(w.deps, w.actor(applicant), group.id);
      applicants.push(applicant);
    }
    const more = "These are the 200 oldest requests; more are waiting.";
    const page = (await asGiulia.get(`/app/groups/${group.id}`)).html;
    expect(page.match(/\/accept"/g)).toHaveLength(REQUESTS_SHOWN);
    expect(page).toContain(more);
    await asGiulia.post(`/app/groups/${group.id}/requests/${applicants[0]?.id}/accept`);
    const after = (await asGiulia.get(`/app/groups/${group.id}`)).html;
    expect(after).toContain(`Applicant ${REQUESTS_SHOWN}`);
    expect(after).not.toContain(more);
  });

  it("gives a group notification stored before names were carried its group's name", async () => {
    await w.store.knex("notifications").insert({
      id: randomUUID(),
      account_id: claire.id,
      event_id: 999_999,
      type: "group_request_accepted",
      project_id: null,
      params: JSON.stringify({ group: openId }),
      created_at: w.clock.now(),
      read_at: null,
    });
    await nameGroupNotifications(w.store.knex);
    expect((await asClaire.get("/app/notifications")).html).toContain(
      "A moderator accepted you into the group “Robotics &amp; coding”.",
    );
  });
});
